/**
 * NetBox bulk-import CSV files (one per object type, in import order) for the cabled devices of a
 * design: sites (buildings), locations (halls), manufacturers, device roles, device types, racks,
 * devices, interfaces and planned cables. Names NetBox would refuse are returned as problems, never
 * shortened or rewritten; cables NetBox's import cannot hold as they are are left out with a note.
 */
import type { Analysis } from '../engine/analyzeDesign.ts';
import type { Design } from '../model/design.ts';
import { toCsv, type Cell } from '../report/csv.ts';
import { cableRecords, ends, type CableRecord } from './cableRecords.ts';
import { NameChecks } from './netboxNames.ts';
import { netboxCableType, netboxInterfaceType } from './netboxTypes.ts';

export interface ExportFile {
  readonly name: string;
  readonly text: string;
}

export interface NetboxExport {
  readonly files: readonly ExportFile[];
  /** Names NetBox would refuse: the export must not be used until they are fixed. */
  readonly problems: readonly string[];
  /** What the files leave out, and why. */
  readonly notes: readonly string[];
}

/** The documented import-form fields each file uses, in NetBox's import order. */
export const NETBOX_HEADERS = {
  'sites.csv': ['name', 'slug', 'status'],
  'locations.csv': ['site', 'name', 'slug', 'status'],
  'manufacturers.csv': ['name', 'slug'],
  'device_roles.csv': ['name', 'slug', 'color'],
  'device_types.csv': ['manufacturer', 'model', 'slug', 'u_height'],
  'racks.csv': ['site', 'location', 'name', 'status', 'width'],
  'devices.csv': ['name', 'role', 'manufacturer', 'device_type', 'status', 'site', 'location', 'rack', 'position', 'face'],
  'interfaces.csv': ['device', 'name', 'type'],
  'cables.csv': ['side_a_device', 'side_a_type', 'side_a_name', 'side_b_device', 'side_b_type', 'side_b_name', 'type', 'status', 'label', 'length', 'length_unit'],
} as const;

type FileName = keyof typeof NETBOX_HEADERS;

/** NetBox's rack width default (inches); older import forms require the column. */
const RACK_WIDTH_IN = 19;
/** Role colours (hex, NetBox's colour choices): servers green, switch tiers blue to purple. */
const ROLE_COLOR = new Map([['server', '4caf50'], ['leaf', '2196f3'], ['spine', '3f51b5'], ['core', '9c27b0'], ['border', 'ff9800'], ['management', '9e9e9e']]);

interface DeviceRow {
  readonly name: string;
  readonly nodeId: string;
  readonly site: string;
  readonly location: string;
  readonly rack: string;
}

export function netboxExport(design: Design, analysis: Analysis): NetboxExport {
  const records = cableRecords(design, analysis);
  const names = new NameChecks();
  const rows = new Map<FileName, Map<string, Cell[]>>(Object.keys(NETBOX_HEADERS).map((f) => [f as FileName, new Map()]));
  const add = (file: FileName, key: string, row: Cell[]) => {
    const table = rows.get(file)!;
    if (!table.has(key)) table.set(key, row);
  };
  const notes: string[] = [];
  let breakouts = 0;
  let sharing = 0;
  const cabled = new Set<string>();

  const addDevice = (d: DeviceRow) => {
    const site = analysis.sites.get(d.nodeId);
    const model = site?.model ? analysis.catalog.devices[site.model] : undefined;
    if (!site || !model) return;
    const role = site.node.kind === 'rack' ? 'server' : site.node.role;
    add('sites.csv', d.site, [names.name('site', d.site, 100), names.slug('site', d.site), 'planned']);
    add('locations.csv', `${d.site}\u0000${d.location}`, [d.site, names.name('location', d.location, 100), names.slug('location', d.location), 'planned']);
    add('manufacturers.csv', model.vendor, [names.name('manufacturer', model.vendor, 100), names.slug('manufacturer', model.vendor)]);
    add('device_roles.csv', role, [role, role, ROLE_COLOR.get(role) ?? '9e9e9e']);
    add('device_types.csv', model.name, [model.vendor, names.name('device type', model.name, 100), names.slug('device type', model.name), model.rackUnits]);
    add('racks.csv', `${d.site}\u0000${d.location}\u0000${d.rack}`, [d.site, d.location, names.name('rack', d.rack, 100), 'planned', RACK_WIDTH_IN]);
    // no rack unit (U) is in the design, so position and face stay empty
    add('devices.csv', d.name, [names.name('device', d.name, 64), role, model.vendor, model.name, 'planned', d.site, d.location, d.rack, '', '']);
  };

  for (const r of records) {
    const aDevice = { name: r.a_device, nodeId: r.link.a, site: r.a_building, location: r.a_hall, rack: r.a_rack };
    addDevice(aDevice);
    const bNames = ends(r.b_device);
    const bPorts = ends(r.b_port);
    bNames.forEach((name) => addDevice({ name, nodeId: r.link.b, site: r.b_building, location: r.b_hall, rack: r.b_rack }));
    const optic = analysis.catalog.optics[r.link.optic];
    const childOptic = r.link.opticB ? analysis.catalog.optics[r.link.opticB] : undefined;
    const verdict = analysis.linkById.get(r.link.id);
    if (!optic || !verdict) continue;
    const interfaceType = (end: 'a' | 'b') => {
      const fit = end === 'a' ? verdict.endA : verdict.endB;
      const rate = end === 'b' && childOptic ? childOptic.rateGbps : optic.rateGbps;
      return fit ? netboxInterfaceType(fit.portGroup.formFactor, rate, fit.portGroup.heatsink === 'flat') : 'other';
    };
    add('interfaces.csv', `${r.a_device}\u0000${r.a_port}`, [r.a_device, names.name('interface', r.a_port, 64), interfaceType('a')]);
    bNames.forEach((name, i) => add('interfaces.csv', `${name}\u0000${bPorts[i]}`, [name, names.name('interface', bPorts[i] ?? '', 64), interfaceType('b')]));
    if (bNames.length > 1) {
      breakouts++;
      continue;
    }
    const aEnd = `${r.a_device}\u0000${r.a_port}`;
    const bEnd = `${r.b_device}\u0000${r.b_port}`;
    if (cabled.has(aEnd) || cabled.has(bEnd)) {
      sharing++;
      continue;
    }
    cabled.add(aEnd).add(bEnd);
    add('cables.csv', r.cable_id, cableRow(r, netboxCableType(optic.medium, verdict.plant.fiber), names));
  }
  if (breakouts > 0) notes.push(`${breakouts} breakout cable(s) left out of cables.csv: NetBox's cable import takes one interface per side (model them with front and rear ports).`);
  if (sharing > 0) notes.push(`${sharing} cable(s) left out of cables.csv because their interface already has a cable (the second cord of a twin-cord link): NetBox allows one cable per interface, so such a link is one cable there, labelled with its first cord's cable id.`);
  const files = [...rows].map(([name, table]) => ({ name, text: toCsv(NETBOX_HEADERS[name], table.values()) }));
  return { files, problems: names.problems(), notes };
}

function cableRow(r: CableRecord, type: string, names: NameChecks): Cell[] {
  return [r.a_device, 'dcim.interface', r.a_port, r.b_device, 'dcim.interface', r.b_port, type, 'planned', names.name('cable label', r.cable_id, 100), Number(r.length_m), 'm'];
}
