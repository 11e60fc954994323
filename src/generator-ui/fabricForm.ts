/**
 * The Generate fabric dialog's form: what the user typed, as text, turned into generator parameters
 * and per-field messages. Range rules stay in the domain (validateParams); this file only parses
 * text and routes the domain's messages to the field they name.
 */
import type { Catalog } from '../domain/catalog/catalog.ts';
import { validateParams, type FabricParams, type FabricTemplate, type TierOptics } from '../domain/generator/params.ts';
import { ownEntry } from '../domain/ownTable.ts';
import { DEFAULT_STORAGE_ARRAY_PORTS } from '../domain/generator/storage.ts';

export type TierChoice = 'auto' | '2' | '3';
export type OpticTier = keyof TierOptics;
export const OPTIC_TIERS: readonly OpticTier[] = ['serverLeaf', 'leafSpine', 'spineCore'];

export const NUMBER_FIELDS = [
  'servers',
  'planes',
  'suServers',
  'oversubscription',
  'reservedLeafPorts',
  'serversPerRack',
  'halls',
  'buildings',
  'buildingDistanceM',
  'hallDistanceM',
  'storageArrayPorts',
] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

export interface FabricForm {
  readonly template: FabricTemplate;
  /** A RACK_TYPES id, or '' for servers in ordinary racks. */
  readonly rackType: string;
  readonly serverModel: string;
  readonly switchModel: string;
  readonly tiers: TierChoice;
  /** Number fields as typed; an empty optional field means the generator's default. */
  readonly numbers: Readonly<Record<NumberField, string>>;
  /** Fixed optic id per tier; '' lets the engine choose per run. */
  readonly optics: Readonly<Record<OpticTier, string>>;
  /** The optic of runs between buildings; '' ranks them like any other run. */
  readonly campusOptic: string;
  /** UFM appliances on an InfiniBand fabric (the generator's default: on). */
  readonly ufm: boolean;
  /** An InfiniBand storage fabric on the servers' storage ports (the generator's default: off). */
  readonly storage: boolean;
}

export type FieldName = NumberField | 'rackType' | 'serverModel' | 'switchModel' | 'campusOptic' | `optics.${OpticTier}`;

export interface FormReading {
  /** Null while any field is unreadable or the domain rejects the parameters. */
  readonly params: FabricParams | null;
  readonly fieldErrors: Readonly<Partial<Record<FieldName, string>>>;
  /** Domain problems that name no field the dialog shows. */
  readonly otherProblems: readonly string[];
}

/** A SuperPOD-sized start that is not the reference case, so a user sees every field do something. */
export const INITIAL_FORM: FabricForm = {
  template: 'rail-optimized',
  rackType: '',
  serverModel: 'dgx-h100',
  switchModel: 'qm9700',
  tiers: 'auto',
  numbers: {
    servers: '128',
    planes: '',
    suServers: '',
    oversubscription: '1',
    reservedLeafPorts: '0',
    serversPerRack: '4',
    halls: '1',
    buildings: '1',
    buildingDistanceM: '500',
    hallDistanceM: '50',
    storageArrayPorts: String(DEFAULT_STORAGE_ARRAY_PORTS),
  },
  optics: { serverLeaf: '', leafSpine: '', spineCore: '' },
  campusOptic: '',
  ufm: true,
  storage: false,
};

/** Fields the generator fills in itself when left empty. */
const OPTIONAL: ReadonlySet<NumberField> = new Set(['suServers', 'planes']);

/**
 * validateParams starts every message with the parameter it is about ("servers must be…",
 * "switchModel: …", "optics.leafSpine: …"); spine and core models default to the switch model,
 * so their messages belong under the switch field.
 */
const FIELD_OF_KEY: Readonly<Record<string, FieldName>> = {
  ...Object.fromEntries(NUMBER_FIELDS.map((f) => [f, f])),
  rackType: 'rackType',
  campusOptic: 'campusOptic',
  serverModel: 'serverModel',
  switchModel: 'switchModel',
  spineModel: 'switchModel',
  coreModel: 'switchModel',
  ...Object.fromEntries(OPTIC_TIERS.map((t) => [`optics.${t}`, `optics.${t}`])),
};

export function readForm(form: FabricForm, catalog: Catalog): FormReading {
  const fieldErrors: Partial<Record<FieldName, string>> = {};
  const numbers: Partial<Record<NumberField, number>> = {};
  for (const field of NUMBER_FIELDS) {
    // the array ports mean something only with a storage fabric
    if (field === 'storageArrayPorts' && !form.storage) continue;
    const text = form.numbers[field].trim();
    if (text === '' && OPTIONAL.has(field)) continue;
    const value = text === '' ? NaN : Number(text);
    if (Number.isFinite(value)) numbers[field] = value;
    else fieldErrors[field] = 'Enter a number.';
  }
  const optics = Object.fromEntries(OPTIC_TIERS.filter((t) => form.optics[t]).map((t) => [t, form.optics[t]]));
  const params: FabricParams = {
    template: form.template,
    serverModel: form.serverModel,
    ...(form.rackType ? { rackType: form.rackType } : {}),
    switchModel: form.switchModel,
    ...(form.tiers === 'auto' ? {} : { tiers: form.tiers === '2' ? 2 : 3 }),
    ...numbers,
    // unreadable servers still go through validation, so the other fields get their messages
    servers: numbers.servers ?? NaN,
    optics,
    ...(form.campusOptic ? { campusOptic: form.campusOptic } : {}),
    ...(form.ufm ? {} : { ufm: false }),
    ...(form.storage ? { storage: true } : {}),
  };
  const otherProblems: string[] = [];
  for (const message of validateParams(params, catalog)) {
    const key = /^[\w.]+/.exec(message)?.[0] ?? '';
    const field = ownEntry(FIELD_OF_KEY, key);
    if (!field) otherProblems.push(message);
    else fieldErrors[field] ??= forField(message, key);
  }
  const ok = Object.keys(fieldErrors).length === 0 && otherProblems.length === 0;
  return { params: ok ? params : null, fieldErrors, otherProblems };
}

/** "suServers (servers per scalable unit) must be …" under its field reads "Must be …"; model ids keep their case. */
function forField(message: string, key: string): string {
  const rest = message.slice(key.length).replace(/^(\s*\([^)]*\))?:?\s*/, '');
  return /^[a-z]+\b(?!')/.test(rest) ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest;
}
