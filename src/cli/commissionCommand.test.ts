import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, type Io } from './fabric.ts';

function run(...argv: string[]) {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t), readFile: (p) => readFileSync(p, 'utf8'), writeFile: () => {} };
  return { status: runCli(argv, io), out, err };
}

const seed = 'public/examples/two-building-lr4.fabric.json';
const faults = 'public/examples/faults.fabric.json';

const FIELDS = ['id', 'optic', 'txMinDbm', 'txMaxDbm', 'lossMinDb', 'lossMaxDb', 'rxMinDbm', 'rxMaxDbm', 'sensitivityDbm', 'overloadDbm', 'marginDb', 'status'];

describe('fabric commission', () => {
  it('exits like analyze: 0 clean, 1 when the design has errors, 2 when the file or flags are wrong', () => {
    expect(run('commission', seed).status).toBe(0);
    expect(run('commission', faults, '--json').status).toBe(1);
    expect(run('commission', 'no/such/file.json')).toMatchObject({ status: 2, err: expect.stringMatching(/cannot read/) });
    expect(run('commission', seed, '--json', '--csv')).toMatchObject({ status: 2, err: expect.stringMatching(/commission takes --json or --csv, not both/) });
  });

  it('--json: links[] with exactly the documented fields; the LR4-10 trunk window is Tx minus the budget check\'s loss', () => {
    const { links } = JSON.parse(run('commission', seed, '--json').out) as { links: Record<string, unknown>[] };
    const analyzed = JSON.parse(run('analyze', seed, '--json').out) as { links: { id: string; lossDb: number }[] };
    for (const row of links) expect(Object.keys(row)).toEqual(FIELDS);
    const trunk = links.find((l) => l.id === 'a-to-b')!;
    const lossMax = analyzed.links.find((l) => l.id === 'a-to-b')!.lossDb;
    expect(trunk).toMatchObject({ optic: '400g-lr4-10', txMinDbm: -2.7, txMaxDbm: 5.1, lossMaxDb: lossMax, sensitivityDbm: -9, overloadDbm: null, status: 'ok' });
    expect(trunk.rxMinDbm).toBeCloseTo(-2.7 - lossMax, 2);
    expect(trunk.marginDb).toBeCloseTo(-2.7 - lossMax + 9, 2);
  });

  it('--csv: one row per cable of the cable schedule, blank measured columns', () => {
    const lines = run('commission', seed, '--csv').out.trim().split('\r\n');
    const cutsheet = run('cutsheet', seed, '--csv').out.trim().split('\r\n');
    expect(lines.length).toBe(cutsheet.length);
    const header = lines[0]!.split(',');
    expect(header.slice(0, 3)).toEqual(['cable_id', 'link_group', 'a_device']);
    expect(header.slice(-2)).toEqual(['measured_rx_a_dbm', 'measured_rx_b_dbm']);
    const trunk = lines.find((l) => l.includes(',a-to-b,'))!.split(',');
    const at = (name: string) => trunk[header.indexOf(name)];
    expect(at('optic')).toBe('400G-LR4-10');
    expect(at('sensitivity_dbm')).toBe('-9');
    expect(at('dom_thresholds')).toBe('derived');
    expect([at('measured_rx_a_dbm'), at('measured_rx_b_dbm')]).toEqual(['', '']);
    // each cable's own length: Rx min = Tx min - (length x 0.4 dB/km + the link's connections)
    expect(Number(at('rx_min_dbm'))).toBeCloseTo(-2.7 - Number(at('loss_max_db')), 2);
  });

  it('text: a row per link group, n/p where a figure is not published', () => {
    const r = run('commission', seed);
    expect(r.out).toMatch(/a-to-b +400G-LR4-10 +-2\.7 +5\.1 /);
    expect(r.out).toMatch(/n\/p/);
  });
});
