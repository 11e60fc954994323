import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../e2e/fixtures/parseCsv.ts';
import { serializeDesign } from '../domain/format/serializeDesign.ts';
import { parseDesign } from '../domain/format/parseDesign.ts';
import { runCli, type Io } from './fabric.ts';

const seed = 'public/examples/two-building-lr4.fabric.json';

async function run(argv: string[], extra: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const written = new Map<string, string | Uint8Array>();
  const io: Io = {
    out: (t) => (out += t),
    err: (t) => (err += t),
    readFile: (p) => extra[p] ?? readFileSync(p, 'utf8'),
    writeFile: (p, data) => written.set(p, data),
  };
  const status = await runCli(argv, io);
  return { status, out, err, written };
}

/** The seed example with one link group's count changed. */
function seedWithCount(linkId: string, count: number): string {
  const parsed = parseDesign(readFileSync(seed, 'utf8'));
  if (!parsed.ok) throw new Error('seed');
  return serializeDesign({ ...parsed.design, links: parsed.design.links.map((l) => (l.id === linkId ? { ...l, count } : l)) });
}

describe('fabric export', () => {
  it('writes the NetBox files into the folder named by -o and exits 0', async () => {
    const r = await run(['export', seed, '--to', 'netbox', '-o', 'out']);
    expect(r.status).toBe(0);
    expect([...r.written.keys()]).toEqual(expect.arrayContaining(['out/sites.csv', 'out/devices.csv', 'out/interfaces.csv', 'out/cables.csv']));
    expect(csvRecords(String(r.written.get('out/sites.csv'))).records.map((s) => s.name)).toEqual(['Building A', 'Building B']);
  });

  it('writes CVT P2P as CSV on stdout, as a workbook for an .xlsx name, and draw.io XML', async () => {
    const csv = await run(['export', seed, '--to', 'cvt']);
    expect(csv.status).toBe(0);
    expect(csv.out.split('\r\n')[0]).toBe('A-Rack,A-U,A-Node Name,A-Type,A-Port,Z-Rack,Z-U,Z-Node Name,Z-Type,Z-Port');
    const xlsx = await run(['export', seed, '--to', 'cvt', '-o', 'p2p.xlsx']);
    const bytes = xlsx.written.get('p2p.xlsx') as Uint8Array;
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip container ("PK")
    const drawio = await run(['export', seed, '--to', 'drawio']);
    expect(drawio.out).toMatch(/^<\?xml[^]*<mxfile[^]*<\/mxfile>\n$/);
  });

  it('exits 2 on a missing target, a missing folder for NetBox, or an unreadable design', async () => {
    expect((await run(['export', seed])).status).toBe(2);
    expect((await run(['export', seed, '--to', 'visio'])).status).toBe(2);
    expect((await run(['export', seed, '--to', 'netbox'])).status).toBe(2);
    const missing = await run(['export', 'nope.json', '--to', 'drawio']);
    expect(missing.status).toBe(2);
    expect(missing.err).toMatch(/cannot read nope\.json/);
  });
});

describe('fabric diff', () => {
  it('exits 0 and says so when nothing differs', async () => {
    const r = await run(['diff', seed, seed]);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^No differences/);
    expect(JSON.parse((await run(['diff', seed, seed, '--json'])).out)).toMatchObject({ nodes: { added: [], removed: [], changed: [] }, bom: [] });
  });

  it('exits 1 with the changed field and the BOM delta (text, JSON and CSV)', async () => {
    const files = { 'after.json': seedWithCount('a-compute', 48) };
    const text = await run(['diff', seed, 'after.json'], files);
    expect(text.status).toBe(1);
    expect(text.out).toMatch(/link a-compute \(.*\) count: 64 → 48 \(-16\)/);
    const json = JSON.parse((await run(['diff', seed, 'after.json', '--json'], files)).out);
    expect(json.links.changed).toEqual([expect.objectContaining({ id: 'a-compute', fields: [{ field: 'count', before: 64, after: 48 }] })]);
    const cableLines = json.bom.filter((l: { section: string }) => l.section === 'cables');
    // a-compute runs row to row over panels and a trunk: 16 fewer links are 16 fewer cords at each end
    expect(cableLines.reduce((n: number, l: { figures: { field: string; difference: number }[] }) => n + l.figures.find((f) => f.field === 'count')!.difference, 0)).toBe(-32);
    const csv = csvRecords((await run(['diff', seed, 'after.json', '--csv'], files)).out);
    expect(csv.header).toEqual(['category', 'change', 'item', 'field', 'before', 'after', 'difference']);
    expect(csv.records.find((r) => r.category === 'link')).toMatchObject({ change: 'changed', field: 'count', before: '64', after: '48', difference: '-16' });
  });

  it('exits 2 when a file is missing or not a design', async () => {
    expect((await run(['diff', seed])).status).toBe(2);
    expect((await run(['diff', seed, 'bad.json'], { 'bad.json': '{' })).status).toBe(2);
  });
});
