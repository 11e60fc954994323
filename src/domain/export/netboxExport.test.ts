import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../../e2e/fixtures/parseCsv.ts';
import { analyzeDesign } from '../engine/analyzeDesign.ts';
import { parseDesign } from '../format/parseDesign.ts';
import type { Design } from '../model/design.ts';
import { CUTSHEET_HEADER, cutsheetRows } from '../report/cutsheet.ts';
import { building, design, hall, linkGroup, switches } from '../testing/designBuilder.ts';
import { NETBOX_HEADERS, netboxExport } from './netboxExport.ts';

/** Fields of NetBox's import forms (netbox/dcim/forms/bulk_import.py, NetBox 4: devices take `role`). */
const IMPORT_FORM_FIELDS: Record<keyof typeof NETBOX_HEADERS, readonly string[]> = {
  'sites.csv': ['name', 'slug', 'status', 'region', 'group', 'tenant', 'facility', 'time_zone', 'description', 'physical_address', 'shipping_address', 'latitude', 'longitude', 'comments', 'tags'],
  'locations.csv': ['site', 'parent', 'name', 'slug', 'status', 'tenant', 'description', 'tags'],
  'manufacturers.csv': ['name', 'slug', 'description', 'tags'],
  'device_roles.csv': ['name', 'slug', 'color', 'vm_role', 'config_template', 'description', 'tags'],
  'device_types.csv': ['manufacturer', 'default_platform', 'model', 'slug', 'part_number', 'u_height', 'is_full_depth', 'subdevice_role', 'airflow', 'description', 'weight', 'weight_unit', 'comments'],
  'racks.csv': ['site', 'location', 'name', 'facility_id', 'tenant', 'status', 'role', 'type', 'serial', 'asset_tag', 'width', 'u_height', 'desc_units', 'outer_width', 'outer_depth', 'outer_unit', 'mounting_depth', 'weight', 'max_weight', 'weight_unit', 'description', 'comments', 'tags'],
  'devices.csv': ['name', 'role', 'tenant', 'manufacturer', 'device_type', 'platform', 'serial', 'asset_tag', 'status', 'site', 'location', 'rack', 'position', 'face', 'parent', 'device_bay', 'airflow', 'description', 'comments', 'tags'],
  'interfaces.csv': ['device', 'name', 'label', 'parent', 'bridge', 'lag', 'type', 'enabled', 'mark_connected', 'mac_address', 'mtu', 'mgmt_only', 'description', 'mode'],
  'rear_ports.csv': ['device', 'name', 'label', 'type', 'color', 'mark_connected', 'positions', 'description', 'tags'],
  'front_ports.csv': ['device', 'name', 'label', 'type', 'color', 'mark_connected', 'rear_port', 'rear_port_position', 'description', 'tags'],
  'cables.csv': ['side_a_device', 'side_a_type', 'side_a_name', 'side_b_device', 'side_b_type', 'side_b_name', 'type', 'status', 'tenant', 'label', 'color', 'length', 'length_unit', 'description', 'comments', 'tags'],
};
/** Required columns of each form (NetBox refuses a file without them). */
const REQUIRED: Record<keyof typeof NETBOX_HEADERS, readonly string[]> = {
  'sites.csv': ['name', 'slug', 'status'],
  'locations.csv': ['site', 'name', 'slug', 'status'],
  'manufacturers.csv': ['name', 'slug'],
  'device_roles.csv': ['name', 'slug'],
  'device_types.csv': ['manufacturer', 'model', 'slug'],
  'racks.csv': ['site', 'name', 'status', 'width'],
  'devices.csv': ['role', 'manufacturer', 'device_type', 'status', 'site'],
  'interfaces.csv': ['device', 'name', 'type'],
  'rear_ports.csv': ['device', 'name', 'type'],
  'front_ports.csv': ['device', 'name', 'type', 'rear_port'],
  'cables.csv': ['side_a_device', 'side_a_type', 'side_a_name', 'side_b_device', 'side_b_type', 'side_b_name'],
};
/** dcim/choices.py CableTypeChoices (fiber, direct-attach and AOC values). */
const CABLE_TYPES = ['smf', 'smf-os1', 'smf-os2', 'mmf', 'mmf-om1', 'mmf-om2', 'mmf-om3', 'mmf-om4', 'mmf-om5', 'dac-active', 'dac-passive', 'aoc'];
/** dcim/choices.py PortTypeChoices (the fiber values), for front and rear ports. */
const PORT_TYPES = ['fc', 'lc', 'lc-pc', 'lc-upc', 'lc-apc', 'mpo', 'mtrj', 'sc', 'sc-apc', 'st', 'cs', 'sn', 'mdc', 'splice'];
/** dcim/constants.py CABLE_TERMINATION_MODELS (the device components a cable row can name). */
const TERMINATION_TYPES = ['dcim.interface', 'dcim.frontport', 'dcim.rearport'];
/** dcim/constants.py REARPORT_POSITIONS_MIN/MAX. */
const POSITIONS = { min: 1, max: 1024 };
/** dcim/choices.py InterfaceTypeChoices (the pluggable Ethernet values) and `other`. */
const INTERFACE_TYPES = [
  '25gbase-x-sfp28', '100gbase-x-qsfp28', '100gbase-x-qsfpdd', '200gbase-x-qsfp56', '200gbase-x-qsfpdd', '400gbase-x-qsfp112', '400gbase-x-qsfpdd',
  '400gbase-x-osfp', '400gbase-x-osfp-rhs', '800gbase-x-qsfpdd', '800gbase-x-osfp', '1.6tbase-x-osfp1600', '1000base-t', '10gbase-t', 'other',
];

const example = (name: string) => {
  const parsed = parseDesign(readFileSync(`public/examples/${name}.fabric.json`, 'utf8'));
  if (!parsed.ok) throw new Error(name);
  return parsed.design;
};

function files(d: Design) {
  const result = netboxExport(d, analyzeDesign(d));
  return { ...result, csv: new Map(result.files.map((f) => [f.name, csvRecords(f.text)])) };
}

describe('netboxExport', () => {
  for (const name of ['two-building-lr4', 'dgx-h100-su']) {
    it(`${name}: every file uses documented import fields, the required ones, and NetBox's values`, () => {
      const { csv, problems } = files(example(name));
      expect(problems).toEqual([]);
      expect([...csv.keys()]).toEqual(Object.keys(NETBOX_HEADERS));
      for (const [file, { header }] of csv) {
        const form = file as keyof typeof NETBOX_HEADERS;
        expect(IMPORT_FORM_FIELDS[form]).toEqual(expect.arrayContaining(header));
        expect(header).toEqual(expect.arrayContaining([...REQUIRED[form]]));
      }
      for (const file of ['sites.csv', 'locations.csv', 'racks.csv', 'devices.csv', 'cables.csv']) for (const r of csv.get(file)!.records) expect(r.status).toBe('planned');
      for (const r of csv.get('cables.csv')!.records) {
        expect(TERMINATION_TYPES).toContain(r.side_a_type);
        expect(TERMINATION_TYPES).toContain(r.side_b_type);
        expect(r.length_unit).toBe('m');
        expect(CABLE_TYPES).toContain(r.type);
        expect(Number(r.length)).toBeGreaterThan(0);
      }
      for (const r of csv.get('interfaces.csv')!.records) expect(INTERFACE_TYPES).toContain(r.type);
      for (const file of ['rear_ports.csv', 'front_ports.csv']) for (const r of csv.get(file)!.records) expect(PORT_TYPES).toContain(r.type);
      for (const r of csv.get('front_ports.csv')!.records) expect(['true', 'false']).toContain(r.mark_connected);
      for (const r of csv.get('rear_ports.csv')!.records) {
        expect(Number(r.positions)).toBeGreaterThanOrEqual(POSITIONS.min);
        expect(Number(r.positions)).toBeLessThanOrEqual(POSITIONS.max);
      }
      for (const file of ['sites.csv', 'locations.csv', 'manufacturers.csv', 'device_roles.csv', 'device_types.csv']) for (const r of csv.get(file)!.records) expect(r.slug).toMatch(/^[-a-z0-9_]+$/);
    });
  }

  it('references only objects the files create: device interfaces, panel front ports and trunk rear ports', () => {
    const d = example('two-building-lr4');
    const { csv, notes } = files(d);
    const devices = new Set(csv.get('devices.csv')!.records.map((r) => r.name));
    const terminations = new Set([
      ...csv.get('interfaces.csv')!.records.map((r) => `dcim.interface:${r.device}:${r.name}`),
      ...csv.get('front_ports.csv')!.records.map((r) => `dcim.frontport:${r.device}:${r.name}`),
      ...csv.get('rear_ports.csv')!.records.map((r) => `dcim.rearport:${r.device}:${r.name}`),
    ]);
    const racks = new Set(csv.get('racks.csv')!.records.map((r) => `${r.site}/${r.location}/${r.name}`));
    for (const r of csv.get('devices.csv')!.records) if (r.rack) expect(racks).toContain(`${r.site}/${r.location}/${r.rack}`);
    const cables = csv.get('cables.csv')!.records;
    for (const c of cables) {
      expect(devices).toContain(c.side_a_device);
      expect(devices).toContain(c.side_b_device);
      expect(terminations).toContain(`${c.side_a_type}:${c.side_a_device}:${c.side_a_name}`);
      expect(terminations).toContain(`${c.side_b_type}:${c.side_b_device}:${c.side_b_name}`);
    }
    expect(notes).toEqual([expect.stringMatching(/^At a panel between two trunks the front ports map to the trunk toward the A end/)]);
    // a direct cable is one cable; a cable through panels is its two cords; and every trunk of the BOM
    const analysis = analyzeDesign(d);
    const rows = [...cutsheetRows(d, analysis)];
    const panelled = rows.filter((r) => r[CUTSHEET_HEADER.indexOf('a_panel')] !== '').length;
    expect(panelled).toBeGreaterThan(0);
    const trunks = analysis.bom.plant.trunks.reduce((n, t) => n + t.count, 0);
    expect(cables).toHaveLength(rows.length - panelled + 2 * panelled + trunks);
    // one cable per termination, as NetBox allows
    const ends = cables.flatMap((c) => [`${c.side_a_type}:${c.side_a_device}:${c.side_a_name}`, `${c.side_b_type}:${c.side_b_device}:${c.side_b_name}`]);
    expect(new Set(ends).size).toBe(ends.length);
  });

  it('keeps one cable per interface: the second cord of an 800G 2xDR4 link is left out with a note', () => {
    const model = 'generic-51t2-64x800g-osfp';
    const d = design(
      [building('b'), hall('h', 'b'), switches('l', 'h', model, 'leaf', 1, { row: 0, slot: 0 }), switches('s', 'h', model, 'spine', 1, { row: 2, slot: 0 })],
      [linkGroup('g', 'l', 's', 4, '800g-2xdr4')],
    );
    const analysis = analyzeDesign(d);
    expect([...cutsheetRows(d, analysis)]).toHaveLength(8);
    const { csv, notes } = files(d);
    // each kept cable is two cords (device to panel); the left-out cords' panel ports stay, as the BOM counts them
    expect(csv.get('cables.csv')!.records.filter((c) => c.side_a_type === 'dcim.interface' || c.side_b_type === 'dcim.interface')).toHaveLength(8);
    expect(csv.get('front_ports.csv')!.records).toHaveLength(analysis.bom.plant.panels.reduce((n, p) => n + p.ports, 0));
    expect(notes).toEqual([expect.stringMatching(/^4 cable\(s\) left out of cables\.csv because their interface already has a cable/)]);
  });

  it('writes device-to-device cables and no panels when the channels are direct cords', () => {
    const model = 'generic-25t6-64x400g-qsfpdd';
    const d = design(
      [building('b'), hall('h', 'b'), switches('l', 'h', model, 'leaf', 1, { row: 0, slot: 0 }), switches('s', 'h', model, 'spine', 1, { row: 2, slot: 0 })],
      [linkGroup('g', 'l', 's', 4, '400g-dr4')],
      { channels: { sameHall: [{ kind: 'cord' }] } },
    );
    const { csv } = files(d);
    expect(csv.get('front_ports.csv')!.records).toEqual([]);
    expect(csv.get('rear_ports.csv')!.records).toEqual([]);
    expect(csv.get('devices.csv')!.records.map((r) => r.role)).not.toContain('patch-panel');
    expect(csv.get('cables.csv')!.records.map((c) => [c.side_a_type, c.side_b_type])).toEqual(Array(4).fill(['dcim.interface', 'dcim.interface']));
  });

  it('reports names NetBox would refuse instead of changing them', () => {
    const longId = 'x'.repeat(70);
    const d = design(
      [building('b'), { ...hall('h', 'b'), name: '  Hall\tone' }, switches(longId, 'h', 'generic-12t8-32x400g-qsfpdd', 'leaf', 1, { row: 0, slot: 0 }), switches('s', 'h', 'generic-12t8-32x400g-qsfpdd', 'spine', 1, { row: 2, slot: 0 })],
      [linkGroup('l', longId, 's', 2, '400g-dr4')],
    );
    const { problems, csv } = files(d);
    expect(problems).toEqual(
      expect.arrayContaining([
        `device "${longId}" is 70 characters long; NetBox takes at most 64`,
        'location "  Hall\tone" contains a control character (a line break or tab)',
        'location "  Hall\tone" starts or ends with a space',
      ]),
    );
    expect(csv.get('devices.csv')!.records.map((r) => r.name)).toContain(longId);
  });
});
