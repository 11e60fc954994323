/**
 * The installer's view of one cable path: which panel port and which trunk fibers it takes, segment
 * by segment. Ports and fiber positions are handed out in cut-sheet order, per place and per trunk route.
 */
import type { FiberGrade } from '../catalog/types.ts';
import type { CableRun } from '../engine/cableLength.ts';
import type { ChannelEnds } from '../engine/connectorClass.ts';
import type { NodeIndex, Site } from '../engine/placement.ts';
import { nameOf, placeOf, sideSite, trunkRouteKey, type Place } from '../engine/plantPlaces.ts';
import type { ConnectorType } from '../model/design.ts';

export interface PathCells {
  readonly aCordM: number | null;
  readonly aPanel: string;
  /** Middle of the chain: trunks with their fiber positions and the panels between them. */
  readonly trunks: string;
  readonly bPanel: string;
  readonly bCordM: number | null;
  readonly polarity: string;
  /** The same chain as data, A to B: what the hand-off exports build the plant from. */
  readonly hops: readonly PathHop[];
}

/** A panel the path passes: its place (with the building and hall it stands in) and the ports it takes. */
export interface JunctionHop {
  readonly kind: 'junction';
  readonly place: Place;
  readonly building: string;
  /** Null for a panel at building level. */
  readonly hall: string | null;
  readonly connector: ConnectorType;
  readonly cassette: boolean;
  /** Port numbers on the place's panel for this connector, first to last. */
  readonly ports: readonly number[];
}

/** A trunk the path passes: its route (the BOM's key: type, grade, the two places) and the fibers it takes. */
export interface TrunkHop {
  readonly kind: 'trunk';
  readonly type: 'mpo' | 'osp';
  readonly route: string;
  readonly firstFiber: number;
  readonly fibers: number;
}

export type PathHop = JunctionHop | TrunkHop;

export class ChannelPaths {
  private readonly ports = new Map<string, number>();
  private readonly fibers = new Map<string, number>();

  constructor(private readonly nodes: NodeIndex) {}

  /** `width`: trunk fibers this path takes (MPO positions, or lit strands on spliced OSP); `portsAtB`: ports a breakout takes at B. */
  cells(run: CableRun, a: Site, b: Site, ends: ChannelEnds | null, fiber: FiberGrade | null, width: { mpo: number; osp: number }, portsAtB: number): PathCells {
    const segs = run.segments;
    const junctionText: string[] = [];
    const middle: string[] = [];
    const hops: PathHop[] = [];
    for (let i = 0; i < segs.length; i++) {
      const s = segs[i]!;
      if (s.kind === 'panel' || s.kind === 'cassette') {
        const site = sideSite(s.side, a, b);
        const place = placeOf(s.at, site, this.nodes);
        const type = ends ? (s.side === 'a' ? ends.a : ends.b) : 'lc';
        const key = `${place.id}\u0000${type}`;
        const taken = s.side === 'b' ? portsAtB : 1;
        const first = (this.ports.get(key) ?? 0) + 1;
        this.ports.set(key, first + taken - 1);
        const text = `${place.name} ${type.toUpperCase()}${s.kind === 'cassette' ? ' cassette' : ''} ${taken > 1 ? `P${first}-${first + taken - 1}` : `P${first}`}`;
        junctionText.push(text);
        hops.push({
          kind: 'junction', place, building: nameOf(this.nodes, site.buildingId), hall: s.at === 'building' ? null : nameOf(this.nodes, site.hallId),
          connector: type, cassette: s.kind === 'cassette', ports: Array.from({ length: taken }, (_, k) => first + k),
        });
        if (junctionText.length > 1 && i < segs.length - 2) middle.push(text);
      } else if (s.kind === 'trunk' || s.kind === 'osp-trunk') {
        const before = segs[i - 1]!;
        const after = segs[i + 1]!;
        if ((before.kind !== 'panel' && before.kind !== 'cassette') || (after.kind !== 'panel' && after.kind !== 'cassette')) continue;
        const p = placeOf(before.at, sideSite(before.side, a, b), this.nodes);
        const q = placeOf(after.at, sideSite(after.side, a, b), this.nodes);
        const osp = s.kind === 'osp-trunk';
        const type = osp ? 'osp' : 'mpo';
        const key = trunkRouteKey(type, fiber, [p.id, q.id]);
        const n = osp ? width.osp : width.mpo;
        const first = (this.fibers.get(key) ?? 0) + 1;
        this.fibers.set(key, first + n - 1);
        hops.push({ kind: 'trunk', type, route: key, firstFiber: first, fibers: n });
        middle.push(`${osp ? 'OSP' : 'MPO'} trunk ${p.name}-${q.name} ${s.lengthM} m f${first}-${first + n - 1}`);
      }
    }
    const cords = segs.filter((s) => s.kind === 'cord');
    const structured = junctionText.length > 0;
    return {
      aCordM: structured ? cords[0]!.lengthM : null,
      aPanel: junctionText[0] ?? '',
      trunks: middle.join(' > '),
      bPanel: structured ? junctionText[junctionText.length - 1]! : '',
      bCordM: structured ? cords[cords.length - 1]!.lengthM : null,
      polarity: ends ? polarityOf(ends) : '',
      hops,
    };
  }
}

/** MPO parallel optics: Type B trunks and cords; duplex LC: A-B cords (the pair flips once end to end). */
export function polarityName(connector: ConnectorType): string {
  return connector === 'mpo' ? 'MPO Type B' : 'LC A-B';
}

function polarityOf(ends: ChannelEnds): string {
  return ends.a === ends.b ? polarityName(ends.a) : `${polarityName(ends.a)} / ${polarityName(ends.b)}`;
}

/** One port of a junction as the task sheets name it: `MPO P5`, `LC cassette P12`. */
export function panelPortName(hop: JunctionHop, port: number): string {
  return `${hop.connector.toUpperCase()}${hop.cassette ? ' cassette' : ''} P${port}`;
}
