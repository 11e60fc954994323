import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../catalog/catalog.ts';
import { resolveParams, validateParams, type FabricParams } from './params.ts';

const base: FabricParams = { template: 'rail-optimized', servers: 256, serverModel: 'dgx-h100', switchModel: 'qm9700' };

describe('fabric parameters', () => {
  it('fills the documented defaults', () => {
    expect(resolveParams(base)).toMatchObject({
      spineModel: 'qm9700',
      coreModel: 'qm9700',
      tiers: undefined,
      planes: undefined,
      rackType: undefined,
      suServers: undefined,
      oversubscription: 1,
      reservedLeafPorts: 0,
      serversPerRack: 4,
      halls: 1,
      buildings: 1,
      buildingDistanceM: 500,
      hallDistanceM: 50,
    });
    expect(resolveParams({ ...base, template: 'leaf-spine' }).suServers).toBeUndefined();
  });

  it('a rack type brings its trays per rack and an SU of 8 racks', () => {
    expect(resolveParams({ ...base, serverModel: 'gb300-tray', rackType: 'gb300-nvl72' })).toMatchObject({ serversPerRack: 18, suServers: 144 });
  });

  it('accepts a complete, sensible set', () => {
    expect(validateParams({ ...base, tiers: 3, optics: { serverLeaf: '400g-dr4' }, spineModel: 'sn5600' }, BUILTIN_CATALOG)).toEqual([]);
  });

  it.each([
    [{ servers: -1 }, 'servers must be a whole number of at least 1 (got -1).'],
    [{ suServers: 0 }, 'suServers (servers per scalable unit) must be a whole number of at least 1 (got 0).'],
    [{ reservedLeafPorts: 1.5 }, 'reservedLeafPorts must be a whole number of at least 0 (got 1.5).'],
    [{ tiers: 4 as never }, 'tiers must be 2 or 3 (got 4).'],
    [{ oversubscription: Number.NaN }, 'oversubscription must be 1 or more (3 means 3:1 down:up at the leaf; got NaN).'],
    [{ hallDistanceM: -5 }, 'hallDistanceM must be a distance of 0 m or more (got -5).'],
    [{ serverModel: 'dgx-h999' }, 'serverModel: unknown device model "dgx-h999".'],
    [{ serverModel: 'sn5600' }, 'serverModel: sn5600 is a switch, not a GPU server.'],
    [{ spineModel: 'dgx-b200' }, 'spineModel: dgx-b200 is a gpu-server, not a switch.'],
    [{ coreModel: 'q3400' }, "coreModel: q3400's fabric ports have no 400G mode (the server's port rate)."],
    [{ optics: { spineCore: 'nope' } }, 'optics.spineCore: unknown optic "nope".'],
    [{ template: 'torus' as never }, 'template must be one of rail-optimized, leaf-spine (got torus).'],
    [{ planes: 0 }, 'planes must be a whole number of at least 1 (got 0).'],
    [{ planes: 2 }, 'planes: the compute ports of dgx-h100 do not split into 2 (each cage runs 2 × 400G).'],
    [{ rackType: 'nvl36' }, 'rackType must be one of gb200-nvl72, gb300-nvl72 (got nvl36).'],
    [{ rackType: 'gb200-nvl72', serverModel: 'dgx-gb200-tray', servers: 100 }, 'servers (compute trays) must fill whole gb200-nvl72 racks of 18 (got 100).'],
    [{ rackType: 'gb200-nvl72', servers: 144 }, 'serverModel: a gb200-nvl72 rack holds dgx-gb200-tray compute trays (got dgx-h100).'],
    [{ rackType: 'gb200-nvl72', serverModel: 'dgx-gb200-tray', servers: 144, serversPerRack: 4 }, 'serversPerRack: a gb200-nvl72 rack holds 18 compute trays (got 4).'],
  ])('%o is rejected with a clear message', (change, message) => {
    expect(validateParams({ ...base, ...change }, BUILTIN_CATALOG)).toEqual([message]);
  });
});
