/**
 * The structured plant in NetBox's terms (dcim front ports, rear ports and cables between them): one
 * patch-panel device per place panels stand in; a front port for every panel port the cut sheet hands
 * out, named as the cut sheet names it (`MPO P3`); a rear port at each end of every trunk of the BOM,
 * with as many positions as paths the trunk carries; the trunk as a cable between its two rear ports.
 * A front port maps to the position its path takes on the trunk beside it. At a panel between two trunks
 * it maps to the trunk toward A and is marked connected: NetBox's import cannot pass a position from
 * one rear port to another through a front port, so its trace stops at such a panel.
 */
import type { PlantBom, TrunkLine } from '../engine/plantBom.ts';
import { trunkRouteKey } from '../engine/plantPlaces.ts';
import { panelPortName, type JunctionHop, type PathHop, type TrunkHop } from '../report/channelPath.ts';
import type { Cell } from '../report/csv.ts';

export const PANEL_ROLE = 'patch-panel';
export const PANEL_MANUFACTURER = 'Generic';
export const PANEL_TYPE = 'Fiber patch panel';

export interface PanelDevice {
  readonly name: string;
  readonly site: string;
  /** The hall; empty for a panel at building level. */
  readonly location: string;
}

/** A front port a cord plugs into. */
export interface PanelPort {
  readonly device: string;
  readonly port: string;
}

interface Trunk {
  readonly number: number;
  readonly line: TrunkLine;
  /** Route fibers this trunk holds, numbered along the route as the cut sheet numbers them. */
  readonly lastFiber: number;
  positions: number;
}

/** dcim PortTypeChoices values for the panels' connectors and the trunks' ends. */
const FRONT_TYPE = { lc: 'lc', mpo: 'mpo' } as const;
const REAR_TYPE = { mpo: 'mpo', osp: 'splice' } as const;

export class NetboxPlant {
  private readonly panels = new Map<string, PanelDevice>();
  private readonly trunks = new Map<string, Trunk[]>();
  private readonly front: Cell[][] = [];
  /** Paths whose far end is a breakout harness (several front ports for one trunk position). */
  breakouts = 0;

  constructor(bom: PlantBom) {
    let number = 0;
    for (const line of bom.trunks) {
      const route = trunkRouteKey(line.type, line.fiber, line.places);
      const list = this.trunks.get(route) ?? [];
      for (let i = 0; i < line.count; i++) list.push({ number: ++number, line, lastFiber: (list.at(-1)?.lastFiber ?? 0) + line.fibers, positions: 0 });
      this.trunks.set(route, list);
    }
  }

  /** Adds a cable path's panel ports and trunk positions; the front ports its two cords plug into, or null when it passes no panel. */
  addPath(hops: readonly PathHop[]): { readonly a: PanelPort; readonly b: PanelPort } | null {
    const junctions = hops.filter((h): h is JunctionHop => h.kind === 'junction');
    for (const j of junctions) this.panelAt(j);
    if (junctions.length === 0) return null;
    if (junctions.some((j) => j.ports.length > 1)) {
      this.breakouts++;
      return null;
    }
    const taken = new Map<PathHop, { trunk: Trunk; position: number }>();
    for (const h of hops) {
      const trunk = h.kind === 'trunk' ? this.trunkOf(h) : undefined;
      if (trunk) taken.set(h, { trunk, position: ++trunk.positions });
    }
    const ports = junctions.map((j) => {
      const i = hops.indexOf(j);
      const first = j === junctions[0];
      const beside = taken.get(hops[first ? i + 1 : i - 1]!);
      const port = { device: this.panelAt(j).name, port: panelPortName(j, j.ports[0]!) };
      const between = !first && j !== junctions.at(-1);
      this.front.push([port.device, port.port, FRONT_TYPE[j.connector], between ? 'true' : 'false', beside ? rearName(beside.trunk) : '', beside?.position ?? '']);
      return port;
    });
    return { a: ports[0]!, b: ports.at(-1)! };
  }

  devices(): PanelDevice[] {
    return [...this.panels.values()];
  }

  frontPorts(): Cell[][] {
    return this.front;
  }

  /** A rear port at each end of every trunk (device, name, type, positions, description). */
  rearPorts(): Cell[][] {
    return this.allTrunks().flatMap((t) =>
      t.line.places.map((id) => [this.panels.get(id)?.name ?? '', rearName(t), REAR_TYPE[t.line.type], Math.max(1, t.positions), describe(t.line)]),
    );
  }

  /** Every trunk as A and B rear ends with its line, for the cable rows. */
  trunkCables(): { readonly a: PanelPort; readonly b: PanelPort; readonly line: TrunkLine; readonly label: string }[] {
    return this.allTrunks().map((t) => {
      const [a, b] = t.line.places.map((id) => ({ device: this.panels.get(id)?.name ?? '', port: rearName(t) }));
      return { a: a!, b: b!, line: t.line, label: rearName(t) };
    });
  }

  private allTrunks(): Trunk[] {
    return [...this.trunks.values()].flat().sort((x, y) => x.number - y.number);
  }

  private panelAt(j: JunctionHop): PanelDevice {
    let panel = this.panels.get(j.place.id);
    if (!panel) this.panels.set(j.place.id, (panel = { name: `${j.place.name} panel`, site: j.building, location: j.hall ?? '' }));
    return panel;
  }

  /** The trunk of the route that holds the path's first fiber (the route's trunks are filled in BOM order). */
  private trunkOf(h: TrunkHop): Trunk | undefined {
    const list = this.trunks.get(h.route);
    return list?.find((t) => h.firstFiber <= t.lastFiber) ?? list?.at(-1);
  }
}

const rearName = (t: Trunk) => `T${t.number}`;

function describe(line: TrunkLine): string {
  return `${line.type === 'osp' ? 'OSP' : 'MPO'} trunk ${line.fibers} f ${line.fiber} ${line.between[0]} - ${line.between[1]}`;
}
