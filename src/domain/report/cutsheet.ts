/**
 * The cable schedule: one row per physical cable, grouped nodes expanded to devices and ports.
 * Ports are taken in order on each device, group by group in design order, so the spread matches
 * the one the engine checks (A end in contiguous blocks, B end round robin).
 */
import type { Analysis } from '../engine/analyzeDesign.ts';
import { cableAssembly, cordsPerLink } from '../engine/cableAssembly.ts';
import { channelEnds } from '../engine/connectorClass.ts';
import { cordLegs, farDevice, legsInUse, nearDevice } from '../engine/cableEnds.ts';
import { groupCableRun } from '../engine/linkRuns.ts';
import { rackMemberOf, indexNodes, type Site } from '../engine/placement.ts';
import type { Design } from '../model/design.ts';
import type { CableRun } from '../engine/cableLength.ts';
import { ChannelPaths, type PathHop } from './channelPath.ts';
import type { Cell } from './csv.ts';
import { endLabel } from './endLabel.ts';
import { PortAllocator } from './portNames.ts';

export const CUTSHEET_HEADER = [
  'cable_id', 'label', 'link_group',
  'a_building', 'a_hall', 'a_rack', 'a_device', 'a_port',
  'b_building', 'b_hall', 'b_rack', 'b_device', 'b_port',
  'optic', 'a_module', 'b_module', 'assembly', 'fiber', 'length_m',
  'a_cord_m', 'a_panel', 'trunks', 'b_panel', 'b_cord_m', 'polarity', 'a_label', 'b_label',
] as const;

/** Rows of the whole schedule (equal to the BOM's cable count): what a progress bar counts towards. */
export function cutsheetSize(analysis: Analysis): number {
  return analysis.summary.cables;
}

/** Yields every cable row; a caller can pace it (the browser does, in a worker). */
export function* cutsheetRows(design: Design, analysis: Analysis): Generator<Cell[]> {
  for (const cable of cutsheetCables(design, analysis)) yield cable.cells;
}

export interface CutsheetCable {
  readonly cells: Cell[];
  /** The panels and trunks the cable's path passes, as data (empty for a direct cable). */
  readonly hops: readonly PathHop[];
  readonly linkId: string;
  readonly cableId: string;
  /** The chain as measured: its cords give the patch-cord lengths. */
  readonly run: CableRun;
  readonly a: CableEnd;
  /** One end per breakout leg, else one. */
  readonly b: readonly CableEnd[];
  /** Which of the link's cords this row is (1-based), of `cords` (two for a 2xDR4 module's two MPO sockets). */
  readonly cord: number;
  readonly cords: number;
}

/** A device end as the schedule names it (names, not ids, except the device as the schedule's columns show it). */
export interface CableEnd {
  readonly building: string;
  readonly hall: string;
  /** `R03-01`: row and slot as the UI numbers them. */
  readonly rack: string;
  readonly device: string;
  readonly port: string;
  readonly label: string;
}

/** Every cable row with its path as data: what the hand-off exports read. */
export function* cutsheetCables(design: Design, analysis: Analysis): Generator<CutsheetCable> {
  const nodes = indexNodes(design);
  const ports = new PortAllocator();
  const paths = new ChannelPaths(nodes);
  const place = (site: Site, device: number) => {
    const member = rackMemberOf(site, device);
    const building = site.buildingId;
    const hall = site.hallId;
    const rack = `R${String(site.floor.row + 1).padStart(2, '0')}-${String(site.floor.slot + member + 1).padStart(2, '0')}`;
    const deviceName = site.devices > 1 ? `${site.node.id}#${device + 1}` : site.node.id;
    const shownName = site.devices > 1 ? `${site.node.name || site.node.id}#${device + 1}` : site.node.name || site.node.id;
    return { member, building, hall, rack, deviceName, shownName, name: nodes.get(building)?.name ?? building, hallName: nodes.get(hall)?.name ?? hall };
  };

  let serial = 0;
  for (const link of design.links) {
    const v = analysis.linkById.get(link.id);
    const a = analysis.sites.get(link.a);
    const b = analysis.sites.get(link.b);
    const optic = analysis.catalog.optics[link.optic];
    if (!v || !a || !b || !optic) continue;
    const child = link.opticB && link.opticB !== link.optic ? analysis.catalog.optics[link.opticB] : undefined;
    const assembly = cableAssembly(optic, child);
    const fanout = v.fanout;
    const cords = cordsPerLink(optic);
    const ends = channelEnds(optic, child);
    const width = { mpo: optic.connector === 'mpo-16' ? 16 : optic.connector === 'mpo-12' ? 12 : 2, osp: optic.strands / cords };
    ports.group();
    for (let p = 0; p < v.cables; p++) {
      const da = nearDevice(p, v.cables, Math.max(1, a.devices));
      const pa = place(a, da);
      const aPort = ports.take(a, v.endA, da);
      const bEnds: { place: ReturnType<typeof place>; port: string }[] = [];
      const legCount = legsInUse(p, fanout, link.count);
      for (let j = 0; j < legCount; j++) {
        const db = farDevice(p, j, fanout, Math.max(1, b.devices));
        bEnds.push({ place: place(b, db), port: ports.take(b, v.endB, db) });
      }
      const direct = optic.medium !== 'smf' && optic.medium !== 'mmf';
      const aLabel = endLabel(pa.rack, pa.shownName, aPort);
      for (let cord = 1; cord <= cords; cord++) {
        const carried = cordLegs(legCount, fanout, cord, cords);
        const legs = bEnds.slice(carried.first, carried.end);
        const pb = legs[0]!.place;
        const run = groupCableRun(link, a, pa.member, b, pb.member, design.settings, nodes, direct);
        const bLabel = endLabel(pb.rack, pb.shownName, legs[0]!.port, legs.length - 1);
        const aLoc = `${pa.building}.${pa.hall}.${pa.rack}:${pa.deviceName}:${aPort}`;
        const bLoc = `${pb.building}.${pb.hall}.${pb.rack}:${pb.deviceName}:${legs.map((e) => e.port).join('+')}`;
        const path = paths.cells(run, a, b, ends, v.plant.fiber, width, legs.length);
        const cells: Cell[] = [
          `C${String(++serial).padStart(6, '0')}`,
          `${aLoc} / ${bLoc}${cords > 1 ? ` (cord ${cord} of ${cords})` : ''}`,
          link.id,
          pa.name, pa.hallName, pa.rack, pa.deviceName, aPort,
          pb.name, pb.hallName, pb.rack, legs.map((e) => e.place.deviceName).join(' '), legs.map((e) => e.port).join(' '),
          optic.name, v.endA?.module.part ?? '', v.endB?.module.part ?? '', assembly, v.plant.fiber, run.lengthM,
          path.aCordM, path.aPanel, path.trunks, path.bPanel, path.bCordM, path.polarity, aLabel, bLabel,
        ];
        const end = (e: { place: ReturnType<typeof place>; port: string }, label: string): CableEnd => ({
          building: e.place.name, hall: e.place.hallName, rack: e.place.rack, device: e.place.deviceName, port: e.port, label,
        });
        const bLegs = legs.map((e) => end(e, endLabel(e.place.rack, e.place.shownName, e.port)));
        yield { cells, hops: path.hops, linkId: link.id, cableId: String(cells[0]), run, a: end({ place: pa, port: aPort }, aLabel), b: bLegs, cord, cords };
      }
    }
  }
}
