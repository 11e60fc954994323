/**
 * NetBox bulk-import CSV files (one per object type, in import order) for the cabled devices of a
 * design: sites (buildings), locations (halls), manufacturers, device roles, device types, racks,
 * devices, interfaces and planned cables. Names NetBox would refuse are returned as problems, never
 * shortened or rewritten; cables NetBox's import cannot hold as they are are left out with a note.
 */
import type { Analysis } from '../engine/analyzeDesign.ts';
import type { Design } from '../model/design.ts';
import { toCsv, type Cell } from '../report/csv.ts';
import type { CutsheetCable } from '../report/cutsheet.ts';
import { cableRecords, ends } from './cableRecords.ts';
import { NameChecks } from './netboxNames.ts';
import { NetboxPlant, PANEL_MANUFACTURER, PANEL_ROLE, PANEL_TYPE } from './netboxPlant.ts';
import { netboxCableType, netboxFiberType, netboxInterfaceType } from './netboxTypes.ts';
import { roleOf } from '../engine/tiers.ts';

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
  'rear_ports.csv': ['device', 'name', 'type', 'positions', 'description'],
  'front_ports.csv': ['device', 'name', 'type', 'mark_connected', 'rear_port', 'rear_port_position'],
  'cables.csv': ['side_a_device', 'side_a_type', 'side_a_name', 'side_b_device', 'side_b_type', 'side_b_name', 'type', 'status', 'label', 'length', 'length_unit'],
} as const;

type FileName = keyof typeof NETBOX_HEADERS;

/** NetBox's rack width default (inches); older import forms require the column. */
const RACK_WIDTH_IN = 19;
/** Role colours (hex, NetBox's colour choices): servers green, switch tiers blue to purple. */
const ROLE_COLOR = new Map([['server', '4caf50'], ['appliance', '795548'], ['leaf', '2196f3'], ['spine', '3f51b5'], ['core', '9c27b0'], ['border', 'ff9800'], ['management', '9e9e9e'], [PANEL_ROLE, '607d8b']]);
/** NetBox's largest rear port (dcim/constants.py REARPORT_POSITIONS_MAX). */
const REAR_POSITIONS_MAX = 1024;

interface DeviceRow {
  readonly name: string;
  readonly nodeId: string;
  readonly site: string;
  readonly location: string;
  readonly rack: string;
}

export function netboxExport(design: Design, analysis: Analysis, cables?: Iterable<CutsheetCable>): NetboxExport {
  const records = cableRecords(design, analysis, cables);
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
  const plant = new NetboxPlant(analysis.bom.plant);

  const addDevice = (d: DeviceRow) => {
    const site = analysis.sites.get(d.nodeId);
    const model = site?.model ? analysis.catalog.devices[site.model] : undefined;
    if (!site || !model) return;
    const role = roleOf(site);
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
    const panels = plant.addPath(r.hops);
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
    const type = netboxCableType(optic.medium, verdict.plant.fiber);
    if (panels) {
      add('cables.csv', `${r.cable_id}-A`, cableRow([r.a_device, 'dcim.interface', r.a_port], [panels.a.device, 'dcim.frontport', panels.a.port], type, `${r.cable_id}-A`, r.a_cord_m, names));
      add('cables.csv', `${r.cable_id}-B`, cableRow([panels.b.device, 'dcim.frontport', panels.b.port], [r.b_device, 'dcim.interface', r.b_port], type, `${r.cable_id}-B`, r.b_cord_m, names));
    } else {
      add('cables.csv', r.cable_id, cableRow([r.a_device, 'dcim.interface', r.a_port], [r.b_device, 'dcim.interface', r.b_port], type, r.cable_id, r.length_m, names));
    }
  }
  for (const p of plant.devices()) {
    add('sites.csv', p.site, [names.name('site', p.site, 100), names.slug('site', p.site), 'planned']);
    if (p.location) add('locations.csv', `${p.site}\u0000${p.location}`, [p.site, names.name('location', p.location, 100), names.slug('location', p.location), 'planned']);
    add('manufacturers.csv', PANEL_MANUFACTURER, [PANEL_MANUFACTURER, names.slug('manufacturer', PANEL_MANUFACTURER)]);
    add('device_roles.csv', PANEL_ROLE, [PANEL_ROLE, PANEL_ROLE, ROLE_COLOR.get(PANEL_ROLE)!]);
    // the design places no panel in a rack unit, so the type takes none (0U) rather than a guessed height
    add('device_types.csv', PANEL_TYPE, [PANEL_MANUFACTURER, PANEL_TYPE, names.slug('device type', PANEL_TYPE), 0]);
    add('devices.csv', p.name, [names.name('device', p.name, 64), PANEL_ROLE, PANEL_MANUFACTURER, PANEL_TYPE, 'planned', p.site, p.location, '', '', '']);
  }
  for (const row of plant.rearPorts()) {
    if (Number(row[3]) > REAR_POSITIONS_MAX) names.refuse(`rear port ${row[1]} of ${row[0]} carries ${row[3]} paths; NetBox takes at most ${REAR_POSITIONS_MAX} positions`);
    add('rear_ports.csv', `${row[0]}\u0000${row[1]}`, row);
  }
  for (const row of plant.frontPorts()) add('front_ports.csv', `${row[0]}\u0000${row[1]}`, row);
  for (const t of plant.trunkCables()) {
    add('cables.csv', t.label, cableRow([t.a.device, 'dcim.rearport', t.a.port], [t.b.device, 'dcim.rearport', t.b.port], netboxFiberType(t.line.fiber), t.label, String(t.line.lengthM), names));
  }
  if (plant.breakouts > 0) notes.push(`${plant.breakouts} breakout path(s) through panels left out of front_ports.csv: a harness puts several front ports on one trunk position, which NetBox's front port import cannot hold.`);
  if (plant.frontPorts().some((row) => row[3] === 'true')) notes.push('At a panel between two trunks the front ports map to the trunk toward the A end and are marked connected: NetBox cannot pass a trunk position through to a second trunk, so its cable trace stops there.');
  if (breakouts > 0) notes.push(`${breakouts} breakout cable(s) left out of cables.csv: NetBox's cable import takes one interface per side (model them with front and rear ports).`);
  if (sharing > 0) notes.push(`${sharing} cable(s) left out of cables.csv because their interface already has a cable (the second cord of a twin-cord link): NetBox allows one cable per interface, so such a link is one cable there, labelled with its first cord's cable id.`);
  const files = [...rows].map(([name, table]) => ({ name, text: toCsv(NETBOX_HEADERS[name], table.values()) }));
  return { files, problems: names.problems(), notes };
}

type Termination = readonly [device: string, type: 'dcim.interface' | 'dcim.frontport' | 'dcim.rearport', name: string];

function cableRow(a: Termination, b: Termination, type: string, label: string, lengthM: string, names: NameChecks): Cell[] {
  return [...a, ...b, type, 'planned', names.name('cable label', label, 100), Number(lengthM), 'm'];
}
