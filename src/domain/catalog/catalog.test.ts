import { describe, expect, it } from 'vitest';
import { CAGE_ACCEPTS, moduleFitsCage } from './cageFit.ts';
import { DEVICE_MODELS } from './devices.ts';
import { MODULES } from './modules.ts';
import { OPTICS } from './optics.ts';
import {
  FIBER_FAMILY,
  FORM_FACTORS,
  type DeviceModelSpec,
  type FiberGrade,
  type ModuleSpec,
  type OpticSpec,
} from './types.ts';

const optics: Readonly<Record<string, OpticSpec>> = OPTICS;
const modules: Readonly<Record<string, ModuleSpec>> = MODULES;
const devices: Readonly<Record<string, DeviceModelSpec>> = DEVICE_MODELS;

const opticRows = Object.entries(optics);
const moduleRows = Object.entries(modules);
const deviceRows = Object.entries(devices);
const isCable = (o: OpticSpec): boolean => o.medium === 'copper' || o.medium === 'aoc';
const grades = (table: Readonly<Partial<Record<FiberGrade, number>>>): FiberGrade[] =>
  Object.keys(table) as FiberGrade[];

function optic(id: string): OpticSpec {
  const found = optics[id];
  if (!found) throw new Error(`no optic ${id}`);
  return found;
}

function device(id: string): DeviceModelSpec {
  const found = devices[id];
  if (!found) throw new Error(`no device ${id}`);
  return found;
}

describe('optics', () => {
  it.each(opticRows)('%s has a positive rate, lanes and reach', (_id, o) => {
    expect(o.rateGbps).toBeGreaterThan(0);
    expect(o.lanes).toBeGreaterThan(0);
    for (const reach of Object.values(o.reachM)) expect(reach).toBeGreaterThan(0);
    for (const loss of Object.values(o.maxChannelLossDb)) expect(loss).toBeGreaterThan(0);
    if (o.assemblyReachM !== undefined) expect(o.assemblyReachM).toBeGreaterThan(0);
    expect(o.source.length).toBeGreaterThan(0);
  });

  it.each(opticRows)('%s lights an even number of strands, 0 only for cable assemblies', (_id, o) => {
    expect(o.strands % 2).toBe(0);
    expect(o.strands === 0).toBe(isCable(o));
  });

  it.each(opticRows)('%s lists only fiber grades of its own medium', (_id, o) => {
    if (isCable(o)) {
      expect(o.reachM).toEqual({});
      expect(o.maxChannelLossDb).toEqual({});
      expect(o.assemblyReachM).toBeGreaterThan(0);
      expect(o.connector).toBe('integrated');
      return;
    }
    expect(o.assemblyReachM).toBeUndefined();
    expect(o.connector).not.toBe('integrated');
    expect(grades(o.reachM).length).toBeGreaterThan(0);
    for (const grade of [...grades(o.reachM), ...grades(o.maxChannelLossDb)]) {
      expect(FIBER_FAMILY[grade]).toBe(o.medium);
    }
    for (const grade of grades(o.maxChannelLossDb)) expect(o.reachM[grade]).toBeDefined();
  });

  it.each(opticRows)('%s breaks out only into known optics of matching total rate', (_id, o) => {
    for (const b of o.breakouts) {
      const child = optic(b.optic);
      expect(b.fanout).toBeGreaterThan(1);
      expect(child.rateGbps * b.fanout).toBe(o.rateGbps);
      expect(isCable(child)).toBe(isCable(o));
    }
  });

  it.each(opticRows.filter(([, o]) => !isCable(o)))(
    '%s is sold as at least one transceiver module',
    (id) => {
      const carriers = moduleRows.filter(
        ([, m]) => m.kind === 'transceiver' && m.carries.some((c) => c.optic === id),
      );
      expect(carriers.length).toBeGreaterThan(0);
    },
  );
});

describe('modules', () => {
  it.each(moduleRows)('%s carries known optics of the right medium', (_id, m) => {
    expect(m.carries.length).toBeGreaterThan(0);
    for (const c of m.carries) {
      expect(Number.isInteger(c.linksPerModule)).toBe(true);
      expect(c.linksPerModule).toBeGreaterThanOrEqual(1);
      expect(isCable(optic(c.optic))).toBe(m.kind === 'cable-end');
    }
  });

  it.each(moduleRows)('%s offers the same capacity in each of its ways to run', (_id, m) => {
    const capacities = m.carries.map((c) => optic(c.optic).rateGbps * c.linksPerModule);
    expect(new Set(capacities).size).toBe(1);
  });

  it.each(moduleRows)('%s has a heatsink only if it is OSFP-class and sane power', (_id, m) => {
    if (m.heatsink !== undefined) expect(['OSFP', 'OSFP224']).toContain(m.formFactor);
    if (m.powerW !== null) expect(m.powerW).toBeGreaterThan(0);
    if (m.reachLimitM !== undefined) expect(m.reachLimitM).toBeGreaterThan(0);
  });

  it.each(moduleRows)('%s is a co-packaged port exactly when it sits on a CPO faceplate, and then has no power of its own', (_id, m) => {
    expect(m.kind === 'co-packaged').toBe(m.formFactor === 'CPO');
    if (m.kind !== 'co-packaged') return;
    expect(m.powerW).toBeNull();
    expect(m.heatsink).toBeUndefined();
    for (const c of m.carries) expect(optic(c.optic).medium).toMatch(/^(smf|mmf)$/);
  });

  it('parts are unique', () => {
    const parts = moduleRows.map(([, m]) => m.part);
    expect(new Set(parts).size).toBe(parts.length);
  });
});

describe('device models', () => {
  it.each(deviceRows)('%s has usable port groups', (_id, d) => {
    expect(d.portGroups.length).toBeGreaterThan(0);
    for (const g of d.portGroups) {
      expect(g.cages).toBeGreaterThan(0);
      expect(g.modes.length).toBeGreaterThanOrEqual(1);
      for (const mode of g.modes) {
        expect(mode.ports).toBeGreaterThan(0);
        expect(mode.rateGbps).toBeGreaterThan(0);
      }
    }
    // GPU servers have GPUs; switches and appliances (UFM) none
    expect(d.kind === 'gpu-server' ? d.gpus > 0 : d.gpus === 0).toBe(true);
  });

  it.each(deviceRows)('%s has CPO faceplate ports only if it is a switch', (_id, d) => {
    if (d.portGroups.some((g) => g.formFactor === 'CPO')) expect(d.kind).toBe('switch');
  });

  const switchModes = deviceRows
    .filter(([, d]) => d.kind === 'switch')
    .flatMap(([id, d]) => {
      const group = d.portGroups[0];
      return group ? group.modes.map((mode) => [id, `${mode.ports}x${mode.rateGbps}G`, group, mode] as const) : [];
    });

  it.each(switchModes)('%s fabric mode %s has a module that fits and runs it', (_id, _label, group, mode) => {
    const fitting = moduleRows.filter(
      ([, m]) =>
        moduleFitsCage(m, group) && m.carries.some((c) => optic(c.optic).rateGbps === mode.rateGbps),
    );
    expect(fitting.length).toBeGreaterThan(0);
  });
});

describe('cage fit', () => {
  it.each(FORM_FACTORS)('%s cage accepts its own form factor', (ff) => {
    expect(CAGE_ACCEPTS[ff]).toContain(ff);
  });

  it.each([
    ['qsfp28-100g-dr', { formFactor: 'QSFP-DD' }, true],
    ['qsfp28-100g-dr', { formFactor: 'OSFP' }, false],
    ['qsfpdd-400g-dr4', { formFactor: 'QSFP28' }, false],
    ['qsfpdd-400g-dr4', { formFactor: 'QSFP-DD800' }, true],
    ['osfp-2x400g-dr4', { formFactor: 'OSFP', heatsink: 'finned' }, true],
    ['osfp-2x400g-dr4', { formFactor: 'OSFP', heatsink: 'flat' }, false],
    ['osfp-2x400g-dr4-flat', { formFactor: 'OSFP', heatsink: 'flat' }, true],
    ['osfp-2x400g-dr4-flat', { formFactor: 'OSFP' }, true],
    ['osfp-2x400g-dr4', { formFactor: 'OSFP224', heatsink: 'finned' }, true],
    ['osfp224-2x800g-dr4', { formFactor: 'OSFP', heatsink: 'finned' }, false],
    ['qsfp56-200g-sr4', { formFactor: 'QSFP112' }, true],
  ] as const)('%s in %o fits: %s', (id, cage, fits) => {
    const m = modules[id];
    if (!m) throw new Error(`no module ${id}`);
    expect(moduleFitsCage(m, cage)).toBe(fits);
  });
});

describe('published figures', () => {
  it('400G-DR4: 500 m on OS2, 3.0 dB, breaks out to 4 x 100G-DR', () => {
    const o = optic('400g-dr4');
    expect(o.reachM.OS2).toBe(500);
    expect(o.maxChannelLossDb.OS2).toBe(3.0);
    expect(o.breakouts).toContainEqual({ optic: '100g-dr', fanout: 4 });
  });

  it('400G-LR4-10: 10 km, 6.3 dB, CWDM4 on duplex LC', () => {
    const o = optic('400g-lr4-10');
    expect(o.reachM.OS2).toBe(10000);
    expect(o.maxChannelLossDb.OS2).toBe(6.3);
    expect(o.wavelengthsNm).toEqual([1271, 1291, 1311, 1331]);
    expect(o.connector).toBe('lc-duplex');
    expect(o.strands).toBe(2);
  });

  it('400G-FR4: 2 km, 4.0 dB', () => {
    const o = optic('400g-fr4');
    expect(o.reachM.OS2).toBe(2000);
    expect(o.maxChannelLossDb.OS2).toBe(4.0);
  });

  it('NVIDIA twin-port optics split into their single-port halves', () => {
    expect(optic('800g-2xdr4').breakouts).toEqual([{ optic: '400g-dr4', fanout: 2 }]);
    expect(optic('800g-2xsr4').reachM).toEqual({ OM3: 30, OM4: 50 });
    expect(optic('800g-2xfr4').strands).toBe(4);
    expect(optic('400g-sr4').reachM).toEqual({ OM3: 60, OM4: 100, OM5: 100 });
  });

  it('QM9700: 32 finned OSFP cages of 2 x 400G', () => {
    const g = device('qm9700').portGroups[0];
    expect(g).toMatchObject({ cages: 32, formFactor: 'OSFP', heatsink: 'finned' });
    expect(g?.modes[0]).toEqual({ ports: 2, rateGbps: 400 });
  });

  it('DGX H100: 4 flat-top OSFP compute cages of 2 x 400G', () => {
    const g = device('dgx-h100').portGroups[0];
    expect(g).toMatchObject({ purpose: 'compute', cages: 4, formFactor: 'OSFP', heatsink: 'flat' });
    expect(g?.modes).toEqual([{ ports: 2, rateGbps: 400 }]);
  });

  it('Q3400: 72 cages of 2 x 800G', () => {
    const g = device('q3400').portGroups[0];
    expect(g?.cages).toBe(72);
    expect(g?.modes[0]).toEqual({ ports: 2, rateGbps: 800 });
  });

  it('SN5600: 64 OSFP cages, native 1 x 800G, splits to 2 x 400G and 4 x 200G/100G', () => {
    const g = device('sn5600').portGroups[0];
    expect(g).toMatchObject({ cages: 64, formFactor: 'OSFP' });
    expect(g?.modes).toEqual([
      { ports: 1, rateGbps: 800 },
      { ports: 2, rateGbps: 400 },
      { ports: 4, rateGbps: 200 },
      { ports: 4, rateGbps: 100 },
    ]);
  });

  it('1.6T on OSFP224: 1.6TBASE-DR8 500 m over 16 fibers, twin-port 2xDR4 and 2xFR4 split into 800G halves', () => {
    expect(optic('1600g-dr8')).toMatchObject({ rateGbps: 1600, reachM: { OS2: 500 }, strands: 16, connector: 'mpo-16', maxChannelLossDb: {} });
    expect(optic('1600g-2xdr4').breakouts).toEqual([{ optic: '800g-dr4', fanout: 2 }]);
    expect(optic('1600g-2xfr4')).toMatchObject({ reachM: { OS2: 2000 }, strands: 4, breakouts: [{ optic: '800g-fr4', fanout: 2 }] });
    expect(MODULES['osfp224-1600g-dr8'].formFactor).toBe('OSFP224');
  });

  it('200G-lane splits (802.3dj Cl.180): 800GBASE-DR4 into 4 x 200GBASE-DR1 or 2 x 400GBASE-DR2, 1.6TBASE-DR8 into 8 or 4; 500 m, no loss budget published', () => {
    expect(optic('200g-dr1')).toMatchObject({ rateGbps: 200, lanes: 1, strands: 2, reachM: { OS2: 500 }, maxChannelLossDb: {} });
    expect(optic('400g-dr2')).toMatchObject({ rateGbps: 400, lanes: 2, strands: 4, reachM: { OS2: 500 }, maxChannelLossDb: {} });
    expect(optic('800g-dr4').breakouts).toEqual([
      { optic: '200g-dr1', fanout: 4 },
      { optic: '400g-dr2', fanout: 2 },
    ]);
    expect(optic('1600g-dr8').breakouts).toContainEqual({ optic: '200g-dr1', fanout: 8 });
    // the IEEE module runs its split: one OSFP224 1.6T DR8 serves 8 DR1 links, as a 400G DR4 serves 4 x 100G-DR
    expect(MODULES['osfp224-1600g-dr8'].carries).toContainEqual({ optic: '200g-dr1', linksPerModule: 8 });
    // NVIDIA publishes other XDR splits (2 x 400G, 4 x 200G to ConnectX-8 over splitters): its twin-port gets none of these
    expect(MODULES['osfp224-2x800g-dr4'].carries.map((c) => c.optic)).toEqual(['800g-dr4', '1600g-2xdr4']);
  });

  it('800GBASE-LR4 10 km; coherent ZR+ and 800ZR reach 120 km amplified with no loss budget (OSNR-limited)', () => {
    expect(optic('800g-lr4').reachM).toEqual({ OS2: 10000 });
    for (const id of ['400g-zr-plus', '800g-zr']) {
      expect(optic(id).reachM).toEqual({ OS2: 120000 });
      expect(optic(id).maxChannelLossDb).toEqual({});
    }
    expect(MODULES['qsfpdd-400g-zr-plus']).toMatchObject({ powerW: 22.5, powerBasis: 'max' });
  });

  it('102.4T: Tomahawk 6 class 64 x 1.6T, 128 x 800G, 256 x 400G or 512 x 200G; Spectrum-X Photonics SN6810 128 x 800G co-packaged', () => {
    const th6 = device('generic-102t4-64x1600g').portGroups[0];
    expect(th6?.modes.map((m) => th6.cages * m.ports * m.rateGbps)).toEqual([102400, 102400, 102400, 102400]);
    expect(th6?.modes.map((m) => th6.cages * m.ports)).toEqual([64, 128, 256, 512]);
    // every port of a split mode runs on whole 200G lanes of the cage's 8
    expect(th6?.modes.map((m) => 8 / m.ports)).toEqual([8, 4, 2, 1]);
    expect(device('sn6810').portGroups[0]).toMatchObject({ cages: 128, formFactor: 'CPO', modes: [{ ports: 1, rateGbps: 800 }] });
    expect(device('sn6800').portGroups[0]?.cages).toBe(512);
  });

  it('Quantum-X Photonics Q3450-LD: 144 x 800G InfiniBand on faceplate ports, no pluggable', () => {
    const g = device('q3450-ld').portGroups[0];
    expect(g).toMatchObject({ cages: 144, formFactor: 'CPO', protocols: ['infiniband'] });
    const hosted = moduleRows.filter(([, m]) => moduleFitsCage(m, g!));
    expect(hosted.map(([, m]) => m.kind)).toEqual(['co-packaged']);
  });

  it('the DGX SuperPOD twin-port modules are 17 W max', () => {
    expect(MODULES['osfp-2x400g-dr4']).toMatchObject({ powerW: 17, powerBasis: 'max', heatsink: 'finned' });
    expect(MODULES['osfp-2x400g-sr4-flat']).toMatchObject({ heatsink: 'flat' });
    expect(MODULES['osfp-400g-dr4-flat'].reachLimitM).toBe(100);
  });
});
