/**
 * The 2026 catalog entries against the project's reference tables (shared/reference/optics.json and
 * devices.json, beside the repository): every figure the reference gives must be the catalog's.
 * The tables live outside the repository, so the fields this check reads are kept in
 * reference2026.fixture.json; where the tables are found (walking up from here), the fixture is
 * checked against them too, so it cannot drift from its source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEVICE_MODELS } from './devices.ts';
import { OPTICS } from './optics.ts';
import fixture from './reference2026.fixture.json' with { type: 'json' };
import { FIBER_GRADES, type DeviceModelSpec, type FiberGrade, type OpticSpec } from './types.ts';

interface RefOptic {
  readonly id: string;
  readonly data_rate_gbps: number;
  readonly optical_lanes: number;
  readonly fibers_used: number;
  readonly wavelengths_nm: readonly (number | string)[];
  readonly reach_m: Readonly<Record<string, number | null>> | null;
  readonly max_channel_insertion_loss_db: Readonly<Record<string, number | null>> | null;
}

interface RefDevice {
  readonly id: string;
  readonly gpus: number | null;
  readonly rackUnits: number | null;
  readonly powerTypW: number | null;
  readonly powerMaxW: number | null;
  readonly portGroups: readonly { purpose: string; cages: number; formFactor: string; portsPerCage: number; portGbps: number }[];
}

/** The 2026 optics (and the 802.3dj 800G PMDs the 1.6T entries split into) that the reference lists, by reference id. */
const OPTIC_TWINS: readonly (readonly [string, string])[] = [
  ['1600g-2xdr4', 'NVIDIA-XDR-2xDR4'],
  ['800g-dr4', '800GBASE-DR4'],
  ['800g-dr4-2', '800GBASE-DR4-2'],
  ['800g-fr4', '800GBASE-FR4'],
  ['800g-fr4-500', '800GBASE-FR4-500'],
];

/** The 2026 platforms (XDR generation) the reference lists under the same ids. */
const DEVICE_TWINS: readonly string[] = ['dgx-b300', 'gb300-tray', 'hgx-8gpu-800g', 'q3400', 'q3200'];

function findReference(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'shared', 'reference');
    if (existsSync(join(candidate, 'optics.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

const fixtureOptics = fixture.optics as readonly RefOptic[];
const fixtureDevices = fixture.devices as readonly RefDevice[];
const refOptics = new Map(fixtureOptics.map((o) => [o.id, o]));
const refDevices = new Map(fixtureDevices.map((d) => [d.id, d]));
const optics: Readonly<Record<string, OpticSpec>> = OPTICS;
const devices: Readonly<Record<string, DeviceModelSpec>> = DEVICE_MODELS;

function own<T>(table: ReadonlyMap<string, T> | Readonly<Record<string, T>>, id: string): T {
  const found = table instanceof Map ? table.get(id) : Object.hasOwn(table, id) ? (table as Record<string, T>)[id] : undefined;
  if (found === undefined) throw new Error(`no entry ${id}`);
  return found;
}

/** The published per-grade figures of a reference table (nulls and non-grade keys are not figures). */
function gradeFigures(table: Readonly<Record<string, number | null>> | null): Partial<Record<FiberGrade, number>> {
  const out: Partial<Record<FiberGrade, number>> = {};
  for (const grade of FIBER_GRADES) {
    const value = table?.[grade];
    if (typeof value === 'number') out[grade] = value;
  }
  return out;
}

describe('2026 catalog entries match the reference tables where the reference has a figure', () => {
  it.each(OPTIC_TWINS)('%s = reference %s: rate, lanes, fibers, reach, loss, wavelengths', (id, refId) => {
    const o = own(optics, id);
    const r = own(refOptics, refId);
    expect(o.rateGbps).toBe(r.data_rate_gbps);
    expect(o.lanes).toBe(r.optical_lanes);
    expect(o.strands).toBe(r.fibers_used);
    for (const [grade, reach] of Object.entries(gradeFigures(r.reach_m))) expect(o.reachM[grade as FiberGrade]).toBe(reach);
    for (const [grade, loss] of Object.entries(gradeFigures(r.max_channel_insertion_loss_db))) expect(o.maxChannelLossDb[grade as FiberGrade]).toBe(loss);
    // the reference gives a grid as text where it did not verify one; numbers are checked
    if (r.wavelengths_nm.every((w) => typeof w === 'number')) expect(o.wavelengthsNm).toEqual(r.wavelengths_nm);
  });

  it.each(OPTIC_TWINS)('%s: where the reference has no reach or loss figure, the catalog adds no loss figure of its own', (id, refId) => {
    const r = own(refOptics, refId);
    if (Object.keys(gradeFigures(r.max_channel_insertion_loss_db)).length === 0) expect(own(optics, id).maxChannelLossDb).toEqual({});
  });

  it.each(DEVICE_TWINS)('%s: rack units, power, GPUs and each port group\'s cages and native mode', (id) => {
    const d = own(devices, id);
    const r = own(refDevices, id);
    expect([d.rackUnits, d.powerTypW, d.powerMaxW]).toEqual([r.rackUnits, r.powerTypW, r.powerMaxW]);
    // the reference leaves a switch's GPUs empty
    expect(d.gpus).toBe(r.gpus ?? 0);
    for (const g of r.portGroups) {
      const mine = d.portGroups.find((p) => p.purpose === g.purpose);
      if (!mine) throw new Error(`${id}: no port group ${g.purpose}`);
      expect(mine.cages).toBe(g.cages);
      expect(mine.modes[0]).toEqual({ ports: g.portsPerCage, rateGbps: g.portGbps });
      // the reference names the 200G-lane OSFP cages of the XDR generation "OSFP"; the catalog calls them OSFP224
      expect(mine.formFactor === 'OSFP224' ? 'OSFP' : mine.formFactor).toBe(g.formFactor);
    }
  });
});

const referenceDir = findReference();

describe.skipIf(referenceDir === null)('the fixture is the reference tables\' own entries', () => {
  const read = (file: string): readonly Record<string, unknown>[] => JSON.parse(readFileSync(join(referenceDir ?? '', file), 'utf8'));
  /** The reference entry cut down to the fields the fixture keeps (port groups to theirs). */
  function cut(entry: Record<string, unknown>, like: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(
      Object.entries(like).map(([key, value]) => {
        const own = entry[key];
        if (key === 'portGroups' && Array.isArray(own) && Array.isArray(value)) {
          const fields = Object.keys(value[0] ?? {});
          return [key, own.map((g: Record<string, unknown>) => Object.fromEntries(fields.map((f) => [f, g[f]])))];
        }
        return [key, own];
      }),
    );
  }

  it.each([
    ['optics.json', fixture.optics],
    ['devices.json', fixture.devices],
  ] as const)('%s', (file, kept) => {
    const table = new Map(read(file).map((e) => [e.id, e]));
    for (const entry of kept as readonly Record<string, unknown>[]) {
      const source = table.get(entry.id);
      if (!source) throw new Error(`${file} has no entry ${String(entry.id)}`);
      expect(cut(source, entry)).toEqual(entry);
    }
  });
});
