/** Port counts the sizing reads from the catalog: a server's compute ports and a switch's ports at the fabric rate. */
import type { Catalog } from '../catalog/catalog.ts';
import type { CageMode } from '../catalog/types.ts';

export type PortCount<T> = ({ readonly ok: true } & T) | { readonly ok: false; readonly problem: string };

/**
 * Each compute port is one rail. With one plane the fabric runs at the server's native port rate;
 * with N planes each port splits into N ports of 1/N the rate, one per plane, so every plane has all
 * the rails. The catalog lists a device's compute group first, native mode first.
 */
export function fabricRate(
  catalog: Catalog,
  serverModel: string,
  planes: number,
): PortCount<{ rateGbps: number; serverPortGbps: number; rails: number; gpus: number }> {
  const server = catalog.devices[serverModel];
  if (!server) return { ok: false, problem: `serverModel: unknown device model "${serverModel}".` };
  if (server.kind !== 'gpu-server') return { ok: false, problem: `serverModel: ${serverModel} is a ${server.kind}, not a GPU server.` };
  const group = server.portGroups[0];
  const native = group?.modes[0];
  if (!group || !native) return { ok: false, problem: `serverModel: ${serverModel} has no compute ports in the catalog.` };
  const mode = planeMode(group.modes, planes);
  if (!mode) {
    const runs = group.modes.map((m) => `${m.ports} × ${m.rateGbps}G`).join(', ');
    return { ok: false, problem: `planes: the compute ports of ${serverModel} do not split into ${planes} (each cage runs ${runs}).` };
  }
  return { ok: true, rateGbps: mode.rateGbps, serverPortGbps: native.rateGbps, rails: group.cages * native.ports, gpus: server.gpus };
}

/** The cage mode that splits each native port into `planes` equal ports. */
function planeMode(modes: readonly CageMode[], planes: number): CageMode | undefined {
  const native = modes[0];
  if (!native) return undefined;
  return modes.find((m) => m.ports === native.ports * planes && m.rateGbps * planes === native.rateGbps);
}

/**
 * Planes when the user gives none: 1 when the leaf runs the server's native rate (also when it
 * could run a split: a single plane is then the plain reading), else the fewest planes whose split
 * rate the leaf runs, else 1 (and the rate check names the mismatch).
 */
export function inferPlanes(catalog: Catalog, serverModel: string, leafModel: string): number {
  const modes = catalog.devices[serverModel]?.portGroups[0]?.modes ?? [];
  const native = modes[0];
  if (!native || switchPortsAt(catalog, leafModel, native.rateGbps).ok) return 1;
  const split = modes
    .map((m) => m.ports / native.ports)
    .filter((planes) => planes > 1 && planeMode(modes, planes) && switchPortsAt(catalog, leafModel, native.rateGbps / planes).ok)
    .sort((a, b) => a - b)[0];
  return split ?? 1;
}

/**
 * Logical ports a switch offers at `rateGbps` in its fabric group (listed first): the engine lands a
 * link on the first group that hosts it, and other groups (management, in-band) are not fabric ports.
 */
export function switchPortsAt(catalog: Catalog, model: string, rateGbps: number): PortCount<{ ports: number }> {
  const device = catalog.devices[model];
  if (!device) return { ok: false, problem: `unknown device model "${model}".` };
  if (device.kind !== 'switch') return { ok: false, problem: `${model} is a ${device.kind}, not a switch.` };
  const group = device.portGroups[0];
  const mode = group?.modes.find((m) => m.rateGbps === rateGbps);
  if (!group || !mode) return { ok: false, problem: `${model}'s fabric ports have no ${rateGbps}G mode (the server's port rate).` };
  return { ok: true, ports: group.cages * mode.ports };
}

export interface FabricPorts {
  readonly planes: number;
  /** Per plane. */
  readonly rateGbps: number;
  readonly serverPortGbps: number;
  /** Per plane. */
  readonly rails: number;
  readonly gpusPerServer: number;
  readonly leaf: number;
  readonly spine: number;
  readonly core: number;
}

/** The server's rails and rate and every switch role's port count, or what the catalog lacks. */
export function fabricPorts(
  catalog: Catalog,
  models: {
    readonly serverModel: string;
    readonly switchModel: string;
    readonly spineModel: string;
    readonly coreModel: string;
    readonly planes: number | undefined;
  },
): { readonly ok: true; readonly ports: FabricPorts } | { readonly ok: false; readonly problems: string[] } {
  const planes = models.planes ?? inferPlanes(catalog, models.serverModel, models.switchModel);
  const rate = fabricRate(catalog, models.serverModel, planes);
  if (!rate.ok) return { ok: false, problems: [rate.problem] };
  const roles = [
    ['switchModel', models.switchModel],
    ['spineModel', models.spineModel],
    ['coreModel', models.coreModel],
  ] as const;
  const counts = roles.map(([, model]) => switchPortsAt(catalog, model, rate.rateGbps));
  const problems = counts.flatMap((c, i) => (c.ok ? [] : [`${roles[i]![0]}: ${c.problem}`]));
  const [leaf, spine, core] = counts.map((c) => (c.ok ? c.ports : 0)) as [number, number, number];
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    ports: { planes, rateGbps: rate.rateGbps, serverPortGbps: rate.serverPortGbps, rails: rate.rails, gpusPerServer: rate.gpus, leaf, spine, core },
  };
}
