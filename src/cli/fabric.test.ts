import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../domain/catalog/catalog.ts';
import { analyzeDesign } from '../domain/engine/analyzeDesign.ts';
import { parseDesign } from '../domain/format/parseDesign.ts';
import { cutsheetCsv } from '../domain/report/cutsheetCsv.ts';
import { runCli, type Io } from './fabric.ts';

function run(...argv: string[]) {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => (out += t),
    err: (t) => (err += t),
    readFile: (p) => readFileSync(p, 'utf8'),
    writeFile: () => {},
  };
  const status = runCli(argv, io);
  return { status, out, err };
}

const seed = 'public/examples/two-building-lr4.fabric.json';
const faults = 'public/examples/faults.fabric.json';

function parsedSeed() {
  const parsed = parseDesign(readFileSync(seed, 'utf8'));
  if (!parsed.ok) throw new Error('seed must parse');
  return parsed.design;
}

describe('fabric CLI', () => {
  it('analyze exits 0 on a clean design and 1 when the design has errors', () => {
    expect(run('analyze', seed).status).toBe(0);
    const r = run('analyze', faults);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/4 error\(s\), 2 warning\(s\)/);
    expect(r.out).toMatch(/reach-exceeded +DR4 run past 500 m \(Leaf \(oversubscribed\) → Spine \(far wing\)\): 597 m exceeds 400GBASE-DR4's 500 m reach on OS2: use 400GBASE-FR4 \(2 km\)/);
    // a device finding names the device, and the link groups table names every group with its ends
    expect(r.out).toMatch(/ports-exhausted +Small leaf \(exhausted\): Generic 12.8T switch/);
    expect(r.out).toMatch(/ERROR +qsfpdd-in-qsfp28 .* QSFP-DD module in a QSFP28 cage \(Leaf \(oversubscribed\) → In-band 100G switch\)/);
  });

  it('analyze --json has summary, links with status, length, loss, margin and finding codes, and the bom', () => {
    const j = JSON.parse(run('analyze', faults, '--json').out);
    expect(j.summary).toMatchObject({ errors: 4, warnings: 2, linkGroups: 5, cables: 156 });
    const far = j.links.find((l: { id: string }) => l.id === 'dr4-too-far');
    // 597 m over 4 panels: 0.597 km x 0.4 dB/km + 4 x 0.5 dB = 2.24 dB of the 3.0 dB budget
    expect(far).toMatchObject({ status: 'error', lengthM: 597, lossDb: 2.24, marginDb: 0.76 });
    expect(far.findings.map((f: { code: string }) => f.code)).toEqual(['reach-exceeded', 'loss-budget-exceeded']);
    expect(j.findings[0].about).toEqual({ kind: 'link-group', id: 'dr4-too-far', name: 'DR4 run past 500 m', a: 'Leaf (oversubscribed)', b: 'Spine (far wing)' });
    expect(Object.keys(j.bom)).toEqual(expect.arrayContaining(['devices', 'modules', 'cables', 'fiber', 'powerW']));
  });

  it('analyze --json gives each hall and building pair the trunks joining them, fibers used and provisioned, next to its crossing figures', () => {
    const seedJson = JSON.parse(run('analyze', seed, '--json').out);
    // 64 x 400G-LR4-10 between the buildings, 2 lit strands each = 128 fibers; with 20 % spares 153.6, so one 288-fiber OSP trunk
    expect(seedJson.buildings).toEqual([
      {
        a: 'bldg-a', b: 'bldg-b', links: 64, cables: 64, capacityGbps: 64 * 400, strands: 128, pairs: 64,
        between: ['Building A', 'Building B'], viaBuildings: null, linkGroups: 2, status: 'ok',
        trunks: [{ type: 'osp', fiber: 'OS2', fibers: 288, count: 1 }], trunkFibersUsed: 128, trunkFibersProvisioned: 288,
      },
    ]);
    // the halls are in different buildings: no trunk of their own, the buildings' outside plant carries them
    expect(seedJson.halls).toEqual([expect.objectContaining({ a: 'hall-a1', b: 'hall-b1', pairs: 64, between: ['Hall A1', 'Hall B1'], viaBuildings: ['Building A', 'Building B'], trunks: [], trunkFibersUsed: 0 })]);
    // faults: 16 x 400G-DR4 (12 MPO positions each) + 40 x 400G-FR4 (2 fibers each) = 272 fibers, +20 % = 326.4, so 432
    const [hallPair] = JSON.parse(run('analyze', faults, '--json').out).halls;
    expect(hallPair).toMatchObject({ a: 'hall-1', b: 'hall-2', links: 56, status: 'error', trunks: [{ type: 'mpo', fiber: 'OS2', fibers: 432, count: 1 }], trunkFibersUsed: 272, trunkFibersProvisioned: 432 });
  });

  it('bom --json lists devices with model, role and count, modules with count, fiber strands and pairs', () => {
    const j = JSON.parse(run('bom', seed, '--json').out);
    expect(j.devices).toContainEqual(expect.objectContaining({ model: 'dgx-h100', role: 'server', count: 16 }));
    expect(j.modules).toContainEqual(expect.objectContaining({ module: 'qsfpdd-400g-lr4-10', count: 128 }));
    expect(j.fiber).toMatchObject({ strands: 64 * 2 + 192 * 8, pairs: 64 + 192 * 4 });
  });

  it('bom --csv starts with its header and escapes nothing it need not', () => {
    const csv = run('bom', seed, '--csv').out.split('\r\n');
    expect(csv[0]).toBe('category,item,description,role_or_grade,length_m,count,switch_side,server_side,unit_power_w,total_power_w,unit_price,extended_price');
    expect(csv).toContain('module,qsfpdd-400g-lr4-10,QSFP-DD 400G-LR4-10 (generic 400G-LR4-10 QSFP-DD),,,128,128,0,12,1536,,');
    expect(csv).toContain('module,osfp-2x400g-dr4-flat,"OSFP 2x400G DR4 twin-port, flat-top (MMS4X00-NM-FLT)",,,64,0,64,17,1088,,');
    // the fiber rows keep the pair's ids in `item` (scripts read them) and name the places in `description`
    expect(csv).toContain('fiber,pairs bldg-a<->bldg-b,"campus trunk pairs between buildings, Building A - Building B",,,64,,,,,,');
    expect(csv).toContain('fiber,pairs hall-a1<->hall-b1,"trunk pairs between halls, Hall A1 - Hall B1",,,64,,,,,,');
  });

  it('bom names buildings and halls by their names, never by id', () => {
    const text = run('bom', seed).out;
    expect(text).toContain('  buildings Building A <-> Building B: 64 pairs\n  halls Hall A1 <-> Hall B1: 64 pairs\n');
    expect(text).not.toMatch(/bldg-a|bldg-b|hall-a1|hall-b1/);
  });

  it('bom text names the device models with no published power by their names, never by id', () => {
    const power = run('bom', faults).out.split('\n').find((l) => l.startsWith('Power:'));
    const unpowered = ['generic-12t8-32x400g-qsfpdd', 'generic-25t6-64x400g-qsfpdd', 'sn4600c'];
    expect(unpowered.map((id) => BUILTIN_CATALOG.devices[id]?.powerMaxW)).toEqual([null, null, null]);
    expect(power).toMatch(/ W max \(no figure for (.+)\)$/);
    expect(power!.replace(/^.* W max \(no figure for (.+)\)$/, '$1').split('; ')).toEqual(unpowered.map((id) => BUILTIN_CATALOG.devices[id]!.name));
  });

  it('cutsheet --task cords|trunks writes the installer sheets; another task is refused', () => {
    const cords = run('cutsheet', seed, '--csv', '--task', 'cords');
    expect(cords.status).toBe(0);
    const lines = cords.out.trim().split('\r\n');
    expect(lines[0]).toBe('cord_id,building,hall,rack,device,port,socket,to_panel,to_panel_port,to_rack,to_device,to_port,assembly,fiber,length_m,polarity,label,far_label,cable_id,link_group');
    const bom = JSON.parse(run('bom', seed, '--json').out) as { cables: { count: number }[] };
    expect(lines.length - 1).toBe(bom.cables.reduce((n, c) => n + c.count, 0));
    const trunks = run('cutsheet', seed, '--task=trunks').out.trim().split('\r\n');
    expect(trunks[0]).toBe('trunk_id,label,type,fiber,between_a,between_b,trunk_fibers,length_m,fibers,a_panel_port,b_panel_port,polarity,cable_id,link_group');
    // 32 LR4 links each way between the buildings, one row each on the OSP trunk
    expect(trunks.filter((l) => l.includes(',osp,'))).toHaveLength(64);
    // the same bytes as the browser's downloads, which the worker builds with the same function
    const design = parsedSeed();
    const analysis = analyzeDesign(design);
    expect(cords.out).toBe(cutsheetCsv(design, analysis, 'cords').csv);
    expect(run('cutsheet', seed, '--task', 'trunks').out).toBe(cutsheetCsv(design, analysis, 'trunks').csv);
    expect(run('cutsheet', seed).out).toBe(cutsheetCsv(design, analysis, 'schedule').csv);
    const bad = run('cutsheet', seed, '--task', 'panels');
    expect(bad.status).toBe(2);
    expect(bad.err).toMatch(/--task must be one of cords, trunks/);
  });

  it('exits 2 with a reason when the file cannot be read or is not a design', () => {
    expect(run('analyze', 'no/such/file.json')).toMatchObject({ status: 2, err: expect.stringMatching(/cannot read no\/such\/file.json/) });
    const bad = run('analyze', 'package.json');
    expect(bad.status).toBe(2);
    expect(bad.err).toMatch(/\$\.format: not a fabric-designer file/);
    expect(run('frobnicate').status).toBe(2);
  });

  it('catalog --json lists the ids people write designs with', () => {
    const j = JSON.parse(run('catalog', '--json').out);
    expect(j.optics.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining(['400g-dr4', '400g-fr4', '400g-lr4-10', '800g-2xdr4']));
    expect(j.devices.map((d: { id: string }) => d.id)).toEqual(expect.arrayContaining(['dgx-h100', 'qm9700', 'sn5600']));
  });
});

describe('fabric generate', () => {
  it('writes a design that analyze reads back, with the published SuperPOD tier counts', () => {
    const files = new Map<string, string>();
    let err = '';
    const io: Io = { out: () => {}, err: (t) => (err += t), readFile: (p) => files.get(p) ?? readFileSync(p, 'utf8'), writeFile: (p, t) => files.set(p, String(t)) };
    const status = runCli(['generate', '--template', 'rail-optimized', '--servers', '256', '--server-model', 'dgx-h100', '--switch-model', 'qm9700', '--tiers', '2', '-o', 'mem.json'], io);
    expect(status).toBe(0);
    expect(err).toMatch(/64 leaves, 32 spines, 0 cores \(2 tiers\)/);
    let out = '';
    expect(runCli(['analyze', 'mem.json', '--json'], { ...io, out: (t) => (out += t) })).toBe(0);
    expect(JSON.parse(out).tiers.map((t: { lower: string; upper: string; links: number }) => [t.lower, t.upper, t.links])).toEqual([
      ['server', 'leaf', 2048],
      ['leaf', 'spine', 2048],
    ]);
  });

  it('--planes 2 builds the Spectrum-X twin-plane B300 fabric of the published table (16 SU)', () => {
    const r = run('generate', '--servers', '1024', '--server-model', 'dgx-b300', '--switch-model', 'sn5600', '--planes', '2');
    expect(r.status).toBe(0);
    expect(r.err).toMatch(/8,192 GPUs on 1024 servers in 16 SUs of 64, 2 planes; 256 leaves, 128 spines, 0 cores \(2 tiers\)/);
    expect(r.err).toMatch(/links server-leaf 16384, leaf-spine 16384, spine-core 0 at 400G; in 800G cable units 8192, 8192, 0/);
    expect(JSON.parse(r.out).nodes.map((n: { name: string }) => n.name)).toEqual(expect.arrayContaining(['Plane 2 SU 16 leaves', 'Plane 1 spine group 1']));
  });

  it('adds the UFM appliances of an InfiniBand fabric and says so on stderr; --no-ufm leaves them out', () => {
    const args = ['generate', '--servers', '127', '--server-model', 'dgx-h100', '--switch-model', 'qm9700'];
    const r = run(...args);
    expect(r.err).toMatch(/^UFM: 4 × NVIDIA UFM Enterprise Appliance 3\.1 in a management rack, 4 links to the SU 4 leaves\.$/m);
    const design = JSON.parse(r.out);
    expect(design.nodes.find((n: { id: string }) => n.id === 'ufm')).toMatchObject({ rackKind: 'management', contents: { model: 'ufm-appliance-3.1', perRack: 4 } });
    const off = run(...args, '--no-ufm');
    expect(off.err).not.toMatch(/UFM/);
    expect(JSON.parse(off.out).links.some((l: { id: string }) => l.id.startsWith('ufm'))).toBe(false);
  });

  it('--storage adds the storage fabric and says so on stderr; --storage-array-ports sizes it, and needs --storage', () => {
    const args = ['generate', '--servers', '127', '--server-model', 'dgx-h100', '--switch-model', 'qm9700'];
    const r = run(...args, '--storage');
    expect(r.status).toBe(0);
    expect(r.err).toMatch(/^Storage: 16 × NVIDIA Quantum-2 QM9700 \(8 server leaves at 4:3, 2 array leaves keeping 48 array ports at 1:1, 6 spines\); 254 server–leaf links .*, 240 leaf–spine, 4 UFM links to the array leaves;/m);
    const design = JSON.parse(r.out);
    expect(design.nodes.find((n: { id: string }) => n.id === 'su1-storage-leaf')).toMatchObject({ kind: 'switch', fabric: 'storage', role: 'leaf', quantity: 2 });
    expect(design.links.find((l: { id: string }) => l.id === 'su1-gpu--su1-storage-leaf')).toMatchObject({ portsA: 'storage+inband', count: 64 });
    const more = run(...args, '--storage', '--storage-array-ports', '96');
    expect(more.err).toMatch(/^Storage: 18 × .*4 array leaves keeping 96 array ports/m);
    expect(run(...args).err).not.toMatch(/Storage/);
    const lone = run(...args, '--storage-array-ports', '96');
    expect(lone.status).not.toBe(0);
    expect(lone.err).toMatch(/--storage-array-ports needs --storage/);
    const ethernet = run('generate', '--servers', '127', '--server-model', 'dgx-h100', '--switch-model', 'sn5600', '--storage');
    expect(ethernet.status).toBe(0);
    expect(ethernet.err).toMatch(/^Storage: not added: .*no Ethernet storage layout is published/m);
  });

  it('the Q3400 XDR fabric takes 72 servers per SU without being told', () => {
    const r = run('generate', '--servers', '576', '--server-model', 'dgx-b300', '--switch-model', 'q3400');
    expect(r.err).toMatch(/4,608 GPUs on 576 servers in 8 SUs of 72; 64 leaves, 36 spines, 0 cores \(2 tiers\)/);
  });

  it('--rack-type builds NVL72 racks of 18 trays in SUs of 8 racks; --su-servers 144 is accepted', () => {
    const r = run('generate', '--rack-type', 'gb300-nvl72', '--servers', '576', '--switch-model', 'q3400', '--su-servers', '144');
    expect(r.status).toBe(0);
    expect(r.err).toMatch(/2,304 GPUs on 576 compute trays in 32 gb300-nvl72 racks \(288 NVLink switch trays\) in 4 SUs of 144/);
    const wrong = run('generate', '--rack-type', 'gb300-nvl72', '--servers', '100', '--switch-model', 'q3400');
    expect(wrong.status).toBe(2);
    expect(wrong.err).toMatch(/must fill whole gb300-nvl72 racks of 18 \(got 100\)/);
  });

  it('--campus-optic fixes the optic of the runs between buildings, and the failure says what reaches', () => {
    const args = ['generate', '--servers', '256', '--server-model', 'hgx-8gpu-400g', '--switch-model', 'arista-7060dx5-64s', '--buildings', '2', '--building-distance-m', '1500'];
    const r = run(...args, '--campus-optic', '400g-lr4-6');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.out).links.map((l: { optic: string }) => l.optic)).toContain('400g-lr4-6');
    const far = run('generate', '--servers', '576', '--server-model', 'dgx-b300', '--switch-model', 'q3400', '--tiers', '3', '--buildings', '2', '--building-distance-m', '1500');
    expect(far.status).toBe(2);
    expect(far.err).toMatch(/between buildings .* Choose the campus optic \(--campus-optic ID/);
  });

  it('exits 2 with the reasons when the parameters cannot be met', () => {
    const r = run('generate', '--servers', '256', '--server-model', 'dgx-h100', '--switch-model', 'acme');
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/unknown device model "acme"/);
    expect(run('generate', '--servers', '256').err).toMatch(/generate needs --server-model/);
    const lanes = run('generate', '--servers', '256', '--server-model', 'dgx-h100', '--switch-model', 'generic-102t4-64x1600g');
    expect(lanes.status).toBe(2);
    expect(lanes.err).toMatch(/Lane rates do not match: .* Choose a switch whose 400G ports run 100G lanes/);
  });
});
