/** The CLI on hostile files and wrong commands: exit 2 with a short reason, never a stack trace. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../domain/format/fileSize.ts';
import { runCli, type Io } from './fabric.ts';
import { readDesignText } from './readDesignText.ts';

const seedPath = 'public/examples/two-building-lr4.fabric.json';
const seed = readFileSync(seedPath, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'fabric-cli-'));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function run(argv: string[], io: Partial<Io> = {}, debug = false) {
  let out = '';
  let err = '';
  const status = runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), readFile: readDesignText, writeFile: () => {}, ...io }, debug);
  return { status, out, err };
}

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /);

describe('fabric CLI on hostile files', () => {
  it('refuses a link whose optic is "toString" as an unknown optic', () => {
    const path = file('to-string.fabric.json', seed.replace('"optic": "400g-dr4"', '"optic": "toString"'));
    const r = run(['analyze', path]);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/\$\.links\[\d+\]\.optic: unknown optic "toString"/);
    noStack(r.err);
  });

  it('refuses the runaway of issue 8 with the cap it exceeds, without expanding it', () => {
    const doc = JSON.parse(seed);
    const rack = doc.nodes.find((n: { contents?: unknown }) => n.contents);
    Object.assign(rack, { quantity: 100_000, contents: { ...rack.contents, perRack: 256 } });
    doc.links[0].count = 1_000_000;
    const r = run(['bom', file('runaway.fabric.json', JSON.stringify(doc))]);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/expands to 25,600,0\d\d servers; the cap is 2,000,000/);
  });

  it('reads a file that starts with a UTF-8 byte-order mark', () => {
    const r = run(['analyze', file('bom.fabric.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed)]))]);
    expect(r).toMatchObject({ status: 0, err: '' });
  });

  it('refuses JSON nested thousands deep as nested too deeply', () => {
    const r = run(['analyze', file('deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`)]);
    expect(r).toMatchObject({ status: 2, err: expect.stringMatching(/nested too deeply/) });
    noStack(r.err);
  });

  it('refuses a file over 25 MB from its size on disk, before reading it', () => {
    const path = file('huge.fabric.json', '');
    truncateSync(path, MAX_FILE_BYTES + 1); // sparse: nothing is written or read
    expect(run(['analyze', path])).toMatchObject({ status: 2, err: expect.stringMatching(/file is 25\.0 MB; the limit is 25 MB/) });
  });

  it('refuses a file that is not UTF-8', () => {
    expect(run(['analyze', file('latin1.json', Buffer.from([0x7b, 0xe9, 0x7d]))])).toMatchObject({ status: 2, err: expect.stringMatching(/not UTF-8 text/) });
  });
});

describe('fabric CLI commands and options', () => {
  it('refuses a misspelt option and lists the valid ones of that command', () => {
    const r = run(['generate', '--oversubscripton', '3', '--servers', '256']);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/^fabric: generate does not take --oversubscripton; it takes .*--oversubscription,/);
  });

  it.each([
    [['cutsheet', seedPath, '--json'], /cutsheet does not take --json; it takes --task, --csv, --help/],
    [['analyze', seedPath, '--csv'], /analyze does not take --csv; it takes --json, --help/],
    [['catalog', '--jsn'], /catalog does not take --jsn/],
    [['bom', seedPath, '--json', '--csv'], /bom takes --json or --csv, not both/],
    [['analyze', seedPath, seedPath], /analyze takes one design file/],
    [['analyse', seedPath], /unknown command "analyse"; the commands are analyze, bom, cutsheet, commission, generate, catalog/],
  ])('refuses %j with exit 2', (argv, message) => {
    expect(run(argv)).toMatchObject({ status: 2, err: expect.stringMatching(message), out: '' });
  });

  it('ends an unexpected error with one line and exit 2; FABRIC_DEBUG shows the stack', () => {
    const failing = { out: () => { throw new Error('disk on fire'); } };
    expect(run(['catalog'], failing)).toEqual({ status: 2, out: '', err: 'fabric: unexpected error: disk on fire\n' });
    const debug = run(['catalog'], failing, true);
    expect(debug.err).toMatch(/^fabric: unexpected error: disk on fire\nError: disk on fire\n\s+at /);
  });
});

describe('the fabric process', { timeout: 120_000 }, () => {
  const shell = (command: string, env: Record<string, string> = {}) =>
    // a generous hang guard, not a timing assertion
    spawnSync('bash', ['-o', 'pipefail', '-c', command], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });

  it('ends quietly when the reader closes the pipe', () => {
    // 8,192 GPUs: a cable schedule of 24,576 rows, far more than a pipe buffers
    const big = join(dir, 'big.fabric.json');
    const generated = ['generate', '--template', 'rail-optimized', '--servers', '1024', '--server-model', 'dgx-h100', '--switch-model', 'qm9700', '--tiers', '3', '-o', big];
    expect(run(generated, { writeFile: writeFileSync }).status).toBe(0);
    const r = shell(`node bin/fabric.mjs cutsheet ${big} | head -1`);
    expect(r.stdout).toMatch(/^cable_id,label,link_group,/);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('exits 2 on a misspelt flag with one message and no stack', () => {
    const r = shell('node bin/fabric.mjs analyze --jsno');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('fabric: analyze does not take --jsno; it takes --json, --help\n(npx fabric help lists the commands and their options)\n');
  });
});
