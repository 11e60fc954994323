/**
 * The structured plant as the BOM lists it: trunks per pair of places (sized to standard fiber counts
 * with spares), panels and cassettes per place, breakout harnesses and splice closures, and the
 * patch-cord lines; made from the running totals of every group's part (plantPart.ts, plantTotals.ts).
 */
import type { FiberGrade } from '../catalog/types.ts';
import type { ConnectorType } from '../model/design.ts';
import type { CableAssembly } from './cableAssembly.ts';
import type { Junction, TrunkRoute } from './plantPart.ts';
import { sizeTrunks } from './trunkCounts.ts';

export interface CableLine {
  readonly assembly: CableAssembly;
  readonly fiber: FiberGrade | null;
  readonly lengthM: number;
  readonly count: number;
}

export interface TrunkLine {
  /** `mpo`: indoor MPO trunk; `osp`: outside-plant cable between buildings, spliced in closures. */
  readonly type: 'mpo' | 'osp';
  readonly fiber: FiberGrade;
  /** Names of the two places it joins, in name order. */
  readonly between: readonly [string, string];
  readonly places: readonly [string, string];
  /** Fibers per trunk: a standard count, after spares. */
  readonly fibers: number;
  /** Fibers the links of this route use (MPO positions for indoor trunks, lit strands for spliced OSP); a route of several trunks repeats it on each line. */
  readonly usedFibers: number;
  /** Cut length: the longest run over this route, with its loops. */
  readonly lengthM: number;
  readonly count: number;
  /** Splice closures per trunk. */
  readonly closures: number;
}

export interface PanelLine {
  readonly at: string;
  readonly place: string;
  /** The connector the cords plug into. */
  readonly connector: ConnectorType;
  /** `adapters`: the trunk arrives in the cord's connector; `cassettes`: MPO-to-LC cassettes. */
  readonly via: 'adapters' | 'cassettes';
  readonly ports: number;
}

export interface CassetteLine {
  readonly at: string;
  readonly place: string;
  /** One MPO-12 behind, six LC duplex in front. */
  readonly cassette: 'mpo-12-to-6x-lc-duplex';
  readonly count: number;
  readonly lcPorts: number;
}

export interface HarnessLine {
  readonly assembly: 'mpo-12-to-lc-breakout' | 'mpo-16-to-lc-breakout';
  readonly fiber: FiberGrade | null;
  /** LC duplex legs per harness. */
  readonly legs: number;
  readonly count: number;
}

export interface PlantBom {
  readonly trunks: readonly TrunkLine[];
  readonly panels: readonly PanelLine[];
  readonly cassettes: readonly CassetteLine[];
  readonly harnesses: readonly HarnessLine[];
  readonly spliceClosures: number;
  /** Fusion splices: every fiber of an OSP trunk at each of its closures. */
  readonly splices: number;
}

const LC_PER_CASSETTE = 6;

/** The lines of the structured plant from its totals: trunks sized, cassettes from LC panel ports, OSP closures and splices. */
export function plantLines(routes: readonly TrunkRoute[], ports: readonly Junction[], harnesses: readonly HarnessLine[], spareFiberPercent: number): PlantBom {
  const trunks = routes.map(trunkLine).sort((x, y) => x.type.localeCompare(y.type) || x.between.join().localeCompare(y.between.join()));
  const sized = trunks.flatMap((t) => sizeTrunks(t.usedFibers, spareFiberPercent).map((size) => ({ ...t, ...size })));
  const panels = ports.map((p) => ({ at: p.place.name, place: p.place.id, connector: p.connector, via: p.via, ports: p.ports })).sort((x, y) => x.at.localeCompare(y.at) || x.connector.localeCompare(y.connector));
  const cassettes = panels
    .filter((p) => p.via === 'cassettes' && p.connector === 'lc')
    .map((p): CassetteLine => ({ at: p.at, place: p.place, cassette: 'mpo-12-to-6x-lc-duplex', count: Math.ceil(p.ports / LC_PER_CASSETTE), lcPorts: p.ports }));
  const osp = sized.filter((t) => t.type === 'osp');
  return {
    trunks: sized,
    panels,
    cassettes,
    harnesses,
    spliceClosures: osp.reduce((n, t) => n + t.closures * t.count, 0),
    splices: osp.reduce((n, t) => n + t.closures * t.count * t.fibers, 0),
  };
}

/** A route's line before sizing; its places in name order (then id order, for two places of one name). */
function trunkLine(r: TrunkRoute): TrunkLine {
  const [x, y] = r.ends;
  const [p, q] = x.name < y.name || (x.name === y.name && x.id <= y.id) ? [x, y] : [y, x];
  return { type: r.type, fiber: r.fiber, between: [p.name, q.name], places: [p.id, q.id], fibers: 0, usedFibers: r.usedFibers, lengthM: r.lengthM, count: 0, closures: r.closures };
}
