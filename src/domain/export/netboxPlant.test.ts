import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../../e2e/fixtures/parseCsv.ts';
import { analyzeDesign } from '../engine/analyzeDesign.ts';
import { parseDesign } from '../format/parseDesign.ts';
import { cableRecords } from './cableRecords.ts';
import { netboxExport } from './netboxExport.ts';

function exported(name: string) {
  const parsed = parseDesign(readFileSync(`public/examples/${name}.fabric.json`, 'utf8'));
  if (!parsed.ok) throw new Error(name);
  const analysis = analyzeDesign(parsed.design);
  const result = netboxExport(parsed.design, analysis);
  const csv = (file: string) => csvRecords(result.files.find((f) => f.name === file)!.text).records;
  return { design: parsed.design, analysis, csv, problems: result.problems };
}

describe('NetBox export of the structured plant', () => {
  for (const name of ['two-building-lr4', 'dgx-h100-su']) {
    it(`${name}: every front port maps to a position its rear port has; ports and trunks are the BOM's`, () => {
      const { analysis, csv, problems } = exported(name);
      expect(problems).toEqual([]);
      const plant = analysis.bom.plant;
      const rear = new Map(csv('rear_ports.csv').map((r) => [`${r.device}:${r.name}`, Number(r.positions)]));
      for (const positions of rear.values()) expect(positions).toBeGreaterThanOrEqual(1);
      const front = csv('front_ports.csv');
      expect(front.length).toBeGreaterThan(0);
      for (const f of front) {
        const positions = rear.get(`${f.device}:${f.rear_port}`);
        expect(positions, `${f.device} ${f.name}`).toBeDefined();
        expect(Number(f.rear_port_position)).toBeGreaterThanOrEqual(1);
        expect(Number(f.rear_port_position)).toBeLessThanOrEqual(positions!);
      }
      // no two front ports share a position of one rear port
      const taken = front.map((f) => `${f.device}:${f.rear_port}:${f.rear_port_position}`);
      expect(new Set(taken).size).toBe(taken.length);

      // one panel device per place of the BOM's panel lines, with that line's ports of its connector
      const panels = csv('devices.csv').filter((d) => d.role === 'patch-panel');
      expect(panels.map((d) => d.name).sort()).toEqual([...new Set(plant.panels.map((p) => `${p.at} panel`))].sort());
      for (const line of plant.panels) {
        const prefix = `${line.connector.toUpperCase()}${line.via === 'cassettes' ? ' cassette' : ''} P`;
        const ports = front.filter((f) => f.device === `${line.at} panel` && /^\d+$/.test(f.name!.slice(prefix.length)) && f.name!.startsWith(prefix));
        expect(ports, `${line.at} ${line.connector}`).toHaveLength(line.ports);
      }

      // one cable per trunk of the BOM, rear port to rear port, of the trunk's length and grade
      const trunks = csv('cables.csv').filter((c) => c.side_a_type === 'dcim.rearport');
      expect(trunks).toHaveLength(plant.trunks.reduce((n, t) => n + t.count, 0));
      for (const t of trunks) {
        expect(t.side_b_type).toBe('dcim.rearport');
        expect(rear.has(`${t.side_a_device}:${t.side_a_name}`) && rear.has(`${t.side_b_device}:${t.side_b_name}`)).toBe(true);
        expect(rear.get(`${t.side_a_device}:${t.side_a_name}`)).toBe(rear.get(`${t.side_b_device}:${t.side_b_name}`));
      }
      const lengths = plant.trunks.flatMap((t) => Array<number>(t.count).fill(t.lengthM));
      expect(trunks.map((t) => Number(t.length)).sort((x, y) => x - y)).toEqual(lengths.sort((x, y) => x - y));
    });
  }

  it('traces every same-hall path end to end as NetBox would: interface, front port, trunk position, far front port, interface', () => {
    const { design, analysis, csv } = exported('dgx-h100-su');
    const cables = csv('cables.csv');
    const cableAt = new Map<string, Record<string, string>>();
    for (const c of cables) {
      cableAt.set(`${c.side_a_type}:${c.side_a_device}:${c.side_a_name}`, c);
      cableAt.set(`${c.side_b_type}:${c.side_b_device}:${c.side_b_name}`, c);
    }
    const far = (c: Record<string, string>, from: string) =>
      `${c.side_a_type}:${c.side_a_device}:${c.side_a_name}` === from ? `${c.side_b_type}:${c.side_b_device}:${c.side_b_name}` : `${c.side_a_type}:${c.side_a_device}:${c.side_a_name}`;
    const front = csv('front_ports.csv');
    const frontByName = new Map(front.map((f) => [`dcim.frontport:${f.device}:${f.name}`, f]));
    const frontByPosition = new Map(front.map((f) => [`${f.device}:${f.rear_port}:${f.rear_port_position}`, f]));

    const records = cableRecords(design, analysis).filter((r) => r.hops.filter((h) => h.kind === 'junction').length === 2);
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) {
      const start = `dcim.interface:${r.a_device}:${r.a_port}`;
      const nearFront = frontByName.get(far(cableAt.get(start)!, start))!;
      const nearRear = `dcim.rearport:${nearFront.device}:${nearFront.rear_port}`;
      const [, farDevice, farRear] = far(cableAt.get(nearRear)!, nearRear).split(':');
      const farFront = frontByPosition.get(`${farDevice}:${farRear}:${nearFront.rear_port_position}`)!;
      const end = `dcim.frontport:${farFront.device}:${farFront.name}`;
      expect(far(cableAt.get(end)!, end)).toBe(`dcim.interface:${r.b_device}:${r.b_port}`);
    }
  });
});
