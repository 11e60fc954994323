/** `fabric generate`: a whole fabric from a few parameters, written as a design file. */
import { RACK_TYPES } from '../domain/catalog/rackTypes.ts';
import { BUILTIN_CATALOG } from '../domain/catalog/catalog.ts';
import { generateFabric } from '../domain/generator/generateFabric.ts';
import { describeTierOptic } from '../domain/generator/tierOptics.ts';
import { describeStorage } from '../domain/generator/storage.ts';
import { describeUfm } from '../domain/generator/ufm.ts';
import type { FabricCounts } from '../domain/generator/sizeFabric.ts';
import { FABRIC_TEMPLATES, type FabricParams, type FabricTemplate } from '../domain/generator/params.ts';
import { serializeDesign } from '../domain/format/serializeDesign.ts';
import { UsageError, type ParsedArgs } from './args.ts';

/** Options of `generate` that take a value. */
export const GENERATE_OPTIONS = [
  'template', 'servers', 'server-model', 'switch-model', 'spine-model', 'core-model', 'tiers', 'su-servers',
  'oversubscription', 'reserved-leaf-ports', 'servers-per-rack', 'halls', 'buildings', 'building-distance-m',
  'hall-distance-m', 'name', 'planes', 'rack-type', 'campus-optic', 'storage-array-ports',
] as const;

export interface GenerateIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly writeFile: (path: string, text: string) => void;
}

export function generateCommand(args: ParsedArgs, io: GenerateIo): number {
  const params = paramsFrom(args);
  const result = generateFabric(params);
  if (!result.ok) {
    io.err(`fabric: cannot generate this fabric:\n${result.problems.map((p) => `  ${p}`).join('\n')}\n`);
    return 2;
  }
  const text = serializeDesign(result.design);
  const target = args.options.get('o') ?? args.options.get('output');
  if (target) io.writeFile(target, text);
  else io.out(text);
  io.err(`${summary(result.counts)}${target ? `; written to ${target}` : ''}\n`);
  io.err(`optics:\n${result.optics.map((t) => `  ${describeTierOptic(t, BUILTIN_CATALOG)}`).join('\n')}\n`);
  const ufm = describeUfm(result.ufm, BUILTIN_CATALOG);
  if (ufm) io.err(`${ufm}\n`);
  const storage = describeStorage(result.storage, BUILTIN_CATALOG);
  if (storage) io.err(`${storage}\n`);
  return 0;
}

/** One line a user can check against a published table: servers, switches, links and, with planes, cable units. */
function summary(c: FabricCounts): string {
  const servers = c.rackType ? `${c.servers} compute trays in ${c.gpuRacks} ${c.rackType} racks (${c.nvlinkSwitchTrays} NVLink switch trays)` : `${c.servers} servers`;
  const planes = c.planes > 1 ? `, ${c.planes} planes` : '';
  const units =
    c.planes > 1
      ? ` at ${c.rateGbps}G; in ${c.serverPortGbps}G cable units ${c.cableUnits.serverLeaf}, ${c.cableUnits.leafSpine}, ${c.cableUnits.spineCore}`
      : '';
  return (
    `${c.gpus.toLocaleString('en-US')} GPUs on ${servers} in ${c.sus} SUs of ${c.serversPerSu}${planes}; ` +
    `${c.leaves} leaves, ${c.spines} spines, ${c.cores} cores (${c.tiers} tiers); ` +
    `links server-leaf ${c.links.serverLeaf}, leaf-spine ${c.links.leafSpine}, spine-core ${c.links.spineCore}${units}`
  );
}

function paramsFrom(args: ParsedArgs): FabricParams {
  const get = (k: string) => args.options.get(k);
  const template = get('template') ?? 'rail-optimized';
  if (!FABRIC_TEMPLATES.includes(template as FabricTemplate)) throw new UsageError(`--template must be ${FABRIC_TEMPLATES.join(' or ')}`);
  const required = (k: string) => {
    const v = get(k);
    if (v === undefined) throw new UsageError(`generate needs --${k}`);
    return v;
  };
  const num = (k: string): number | undefined => {
    const v = get(k);
    if (v === undefined) return undefined;
    const n = Number(v.replace(/:1$/, ''));
    if (!Number.isFinite(n)) throw new UsageError(`--${k} must be a number (got "${v}")`);
    return n;
  };
  const tiers = num('tiers');
  const rackType = get('rack-type');
  // a rack type names its tray model, so --server-model may be left out
  const trayModel = rackType === undefined ? undefined : RACK_TYPES.get(rackType)?.trayModel;
  if (tiers !== undefined && tiers !== 2 && tiers !== 3) throw new UsageError('--tiers must be 2 or 3');
  const optional = <K extends keyof FabricParams>(key: K, value: FabricParams[K] | undefined) => (value === undefined ? {} : { [key]: value });
  return {
    template: template as FabricTemplate,
    servers: num('servers') ?? Number(required('servers')),
    serverModel: get('server-model') ?? trayModel ?? required('server-model'),
    ...optional('rackType', rackType),
    ...optional('planes', num('planes')),
    switchModel: required('switch-model'),
    ...optional('spineModel', get('spine-model')),
    ...optional('coreModel', get('core-model')),
    ...optional('tiers', tiers as 2 | 3 | undefined),
    ...optional('suServers', num('su-servers')),
    ...optional('oversubscription', num('oversubscription')),
    ...optional('reservedLeafPorts', num('reserved-leaf-ports')),
    ...optional('serversPerRack', num('servers-per-rack')),
    ...optional('halls', num('halls')),
    ...optional('buildings', num('buildings')),
    ...optional('buildingDistanceM', num('building-distance-m')),
    ...optional('hallDistanceM', num('hall-distance-m')),
    ...optional('campusOptic', get('campus-optic')),
    ...(args.flags.has('no-ufm') ? { ufm: false } : {}),
    ...storageParams(args, num('storage-array-ports')),
    ...optional('name', get('name')),
  };
}

/** `--storage` asks for the storage fabric; `--storage-array-ports` sizes it and means nothing without it. */
function storageParams(args: ParsedArgs, arrayPorts: number | undefined): Pick<FabricParams, 'storage' | 'storageArrayPorts'> {
  const storage = args.flags.has('storage');
  if (arrayPorts !== undefined && !storage) throw new UsageError('--storage-array-ports needs --storage');
  return storage ? { storage, ...(arrayPorts === undefined ? {} : { storageArrayPorts: arrayPorts }) } : {};
}
