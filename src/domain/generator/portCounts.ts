/** Port counts the sizing reads from the catalog: a server's compute ports and a switch's ports at the fabric rate. */
import type { Catalog } from '../catalog/catalog.ts';

export type PortCount<T> = ({ readonly ok: true } & T) | { readonly ok: false; readonly problem: string };

/**
 * The fabric runs at the server's native compute-port rate; each compute port is one rail.
 * The catalog lists a device's compute group first, native mode first.
 */
export function fabricRate(catalog: Catalog, serverModel: string): PortCount<{ rateGbps: number; rails: number; gpus: number }> {
  const server = catalog.devices[serverModel];
  if (!server) return { ok: false, problem: `serverModel: unknown device model "${serverModel}".` };
  if (server.kind !== 'gpu-server') return { ok: false, problem: `serverModel: ${serverModel} is a ${server.kind}, not a GPU server.` };
  const group = server.portGroups[0];
  const mode = group?.modes[0];
  if (!group || !mode) return { ok: false, problem: `serverModel: ${serverModel} has no compute ports in the catalog.` };
  return { ok: true, rateGbps: mode.rateGbps, rails: group.cages * mode.ports, gpus: server.gpus };
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
  readonly rateGbps: number;
  readonly rails: number;
  readonly gpusPerServer: number;
  readonly leaf: number;
  readonly spine: number;
  readonly core: number;
}

/** The server's rails and rate and every switch role's port count, or what the catalog lacks. */
export function fabricPorts(
  catalog: Catalog,
  models: { readonly serverModel: string; readonly switchModel: string; readonly spineModel: string; readonly coreModel: string },
): { readonly ok: true; readonly ports: FabricPorts } | { readonly ok: false; readonly problems: string[] } {
  const rate = fabricRate(catalog, models.serverModel);
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
  return { ok: true, ports: { rateGbps: rate.rateGbps, rails: rate.rails, gpusPerServer: rate.gpus, leaf, spine, core } };
}
