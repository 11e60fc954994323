import { describe, expect, it } from 'vitest';
import type { FabricParams } from './params.ts';
import { sizeFabric, type FabricCounts } from './sizeFabric.ts';

const superpod = (servers: number, extra: Partial<FabricParams> = {}): FabricParams => ({
  template: 'rail-optimized',
  servers,
  serverModel: 'dgx-h100',
  switchModel: 'qm9700',
  ...extra,
});

function counts(params: FabricParams): FabricCounts {
  const r = sizeFabric(params);
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.counts;
}

describe('published DGX SuperPOD H100 compute fabrics (QM9700, 8 rails, 32 servers per SU)', () => {
  it.each([
    // name, servers, tiers, leaves, spines, cores, server-leaf, leaf-spine, spine-core
    ['8 SU in 2 tiers', 256, 2, 64, 32, 0, 2048, 2048, 0],
    ['16 SU in 3 tiers', 512, 3, 128, 128, 64, 4096, 4096, 4096],
    ['4 SU, last SU one node short (127 nodes)', 127, 2, 32, 16, 0, 1016, 1024, 0],
  ] as const)('%s', (_name, servers, tiers, leaves, spines, cores, serverLeaf, leafSpine, spineCore) => {
    const c = counts(superpod(servers));
    expect(c.railsPerServer).toBe(8);
    expect({ tiers: c.tiers, leaves: c.leaves, spines: c.spines, cores: c.cores }).toEqual({ tiers, leaves, spines, cores });
    expect(c.links).toEqual({ serverLeaf, leafSpine, spineCore });
  });

  it('sizes switches for full SUs when the last SU is partly populated', () => {
    const c = counts(superpod(127));
    expect({ sus: c.sus, serversInLastSu: c.serversInLastSu, leavesPerSu: c.leavesPerSu }).toEqual({ sus: 4, serversInLastSu: 31, leavesPerSu: 8 });
  });

  it('picks 3 tiers on its own once 2 no longer fit, and says so when 2 are forced', () => {
    expect(counts(superpod(256)).tiers).toBe(2);
    const forced = sizeFabric(superpod(512, { tiers: 2 }));
    expect(forced.ok).toBe(false);
    expect(!forced.ok && forced.problems.join(' ')).toMatch(/use 3 tiers/);
  });
});

describe('sizing rules', () => {
  it.each([
    // SUs, minimum spines (leaves x uplinks / 64), spines after rounding up to a divisor of 32 uplinks
    [1, 4, 4],
    [3, 12, 16],
    [5, 20, 32],
    [6, 24, 32],
  ])('%i SUs: spine count rounds up from %i to %i, a divisor of each leaf\'s 32 uplinks', (sus, minimum, spines) => {
    const c = counts(superpod(sus * 32));
    expect(Math.ceil((c.leaves * c.uplinksPerLeaf) / c.portsPerSwitch.spine)).toBe(minimum);
    expect(c.spines).toBe(spines);
    expect(c.uplinksPerLeaf % c.spines).toBe(0);
    expect(c.downlinksPerSpine).toBe((c.leaves * c.uplinksPerLeaf) / spines);
  });

  it.each([
    [0, 32, 32],
    [4, 30, 30],
    [16, 24, 24],
  ])('leaf-spine with %i reserved ports per 64-port leaf: %i down, %i up', (reservedLeafPorts, down, up) => {
    const c = counts(superpod(480, { template: 'leaf-spine', reservedLeafPorts }));
    expect({ down: c.downlinksPerLeaf, up: c.uplinksPerLeaf }).toEqual({ down, up });
    expect(c.serversPerSu * c.railsPerServer).toBe(c.leavesPerSu * down);
  });

  it('the default rail-optimized SU is what a leaf can take down: 30 servers with 4 ports reserved on a 64-port leaf', () => {
    const c = counts(superpod(240, { reservedLeafPorts: 4 }));
    expect({ serversPerSu: c.serversPerSu, leavesPerSu: c.leavesPerSu, down: c.downlinksPerLeaf, up: c.uplinksPerLeaf }).toEqual({ serversPerSu: 30, leavesPerSu: 8, down: 30, up: 30 });
  });

  it('a rail-optimized SU larger than a leaf spreads each rail over the fewest leaves that divide it evenly', () => {
    // 72 servers per rail on 32-down leaves: 3 leaves of 24 (2 leaves of 36 would not fit)
    const c = counts(superpod(144, { suServers: 72 }));
    expect({ leavesPerRail: c.leavesPerRail, leavesPerSu: c.leavesPerSu, down: c.downlinksPerLeaf }).toEqual({ leavesPerRail: 3, leavesPerSu: 24, down: 24 });
    expect(c.links.serverLeaf).toBe(c.leaves * c.downlinksPerLeaf);
  });

  it('3:1 leaf-spine: 48 down and 16 up per leaf, SUs of whole racks that fill whole leaves', () => {
    const c = counts(superpod(240, { template: 'leaf-spine', oversubscription: 3 }));
    expect(c.downlinksPerLeaf / c.uplinksPerLeaf).toBe(3);
    expect(c).toMatchObject({ serversPerSu: 24, leavesPerSu: 4, downlinksPerLeaf: 48, uplinksPerLeaf: 16, sus: 10, leaves: 40, spines: 16 });
    expect(c.links).toEqual({ serverLeaf: 1920, leafSpine: 640, spineCore: 0 });
  });

  it('3 tiers: pods of SUs whose spines split 1:1, cores sized from every spine uplink', () => {
    const c = counts(superpod(512));
    expect({ susPerPod: c.susPerPod, pods: c.pods, spinesPerPod: c.spinesPerPod }).toEqual({ susPerPod: 4, pods: 4, spinesPerPod: 32 });
    expect({ down: c.downlinksPerSpine, up: c.uplinksPerSpine, core: c.downlinksPerCore }).toEqual({ down: 32, up: 32, core: 64 });
  });

  it.each([
    // SUs, pods, SUs per pod (the last pod may be short, like the last SU)
    [16, 4, 4],
    [6, 2, 3],
    [255, 64, 4],
  ])('3 tiers, %i SUs: %i pods of up to %i SUs, as few as the spines allow, then balanced', (sus, pods, susPerPod) => {
    const c = counts(superpod(sus * 32, { tiers: 3 }));
    expect({ pods: c.pods, susPerPod: c.susPerPod }).toEqual({ pods, susPerPod });
    expect(c.cores * c.downlinksPerCore).toBe(pods * c.spinesPerPod * c.uplinksPerSpine);
  });
});

describe('no switch is ever given more links than it has ports', () => {
  it.each([
    ['SuperPOD 8 SU', superpod(256)],
    ['SuperPOD 16 SU', superpod(512)],
    ['3:1 leaf-spine', superpod(1000, { template: 'leaf-spine', oversubscription: 3 })],
    ['65,536 GPUs: 8,192 DGX H100 on QM9700', superpod(8192, { halls: 8 })],
    ['65,536 GPUs: 8,192 DGX B300 on 51.2T switches at 800G', superpod(8192, { serverModel: 'dgx-b300', switchModel: 'generic-51t2-64x800g-osfp' })],
    ['65,536 GPUs: 8,192 DGX B200 on 51.2T switches as 128 x 400G', superpod(8192, { serverModel: 'dgx-b200', switchModel: 'generic-51t2-64x800g-osfp', tiers: 3 })],
    ['reserved ports and 2:1', superpod(3000, { template: 'leaf-spine', reservedLeafPorts: 6, oversubscription: 2 })],
  ])('%s', (_name, params) => {
    const c = counts(params);
    const reserved = params.reservedLeafPorts ?? 0;
    expect(c.downlinksPerLeaf + c.uplinksPerLeaf).toBeLessThanOrEqual(c.portsPerSwitch.leaf - reserved);
    expect(c.downlinksPerSpine + c.uplinksPerSpine).toBeLessThanOrEqual(c.portsPerSwitch.spine);
    expect(c.downlinksPerCore).toBeLessThanOrEqual(c.portsPerSwitch.core);
    expect(c.uplinksPerLeaf % c.spinesPerPod).toBe(0);
    expect(c.links.leafSpine).toBe(c.spines * c.downlinksPerSpine);
    expect(c.links.spineCore).toBe(c.cores * c.downlinksPerCore);
    expect(c.links.serverLeaf).toBeLessThanOrEqual(c.leaves * c.downlinksPerLeaf);
  });

  it('the 65k-GPU QM9700 fabric is a full 3-tier fat tree: 2,048 leaves, 2,048 spines, 1,024 cores', () => {
    const c = counts(superpod(8192));
    expect(c).toMatchObject({ tiers: 3, gpus: 65536, leaves: 2048, spines: 2048, cores: 1024, pods: 64 });
  });
});

describe('parameters that cannot fit return problems, never throw', () => {
  it.each([
    ['more GPUs than 3 tiers of 64-port switches can join', superpod(16384), /too large for 3 tiers/],
    ['no servers and an unknown model', superpod(0, { serverModel: 'dgx-h999' }), /servers must be a whole number/],
    ['a switch without the server port rate', superpod(64, { switchModel: 'sn4600c' }), /have no 400G mode/],
    ['an optic of the wrong rate', superpod(64, { optics: { leafSpine: '800g-2xdr4' } }), /runs at 800G/],
    ['more halls than SUs', superpod(64, { halls: 3 }), /cannot fill 3 halls/],
    ['an oversubscription below 1:1', superpod(64, { oversubscription: 0.5 }), /oversubscription must be 1 or more/],
  ])('%s', (_name, params, message) => {
    const r = sizeFabric(params);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.join(' ')).toMatch(message);
  });
});
