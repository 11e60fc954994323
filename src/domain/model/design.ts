/** The design document: what the file stores and the editor edits. Derived data never lives here. */
import type { DeviceModelSpec, FiberGrade, ModuleSpec, OpticSpec } from '../catalog/types.ts';

export type NodeId = string;
export type LinkId = string;

export interface PointM {
  readonly x: number;
  readonly y: number;
}

/** A rack position on a hall's floor grid. */
export interface FloorPosition {
  readonly row: number;
  readonly slot: number;
}

export interface BuildingNode {
  readonly id: NodeId;
  readonly kind: 'building';
  readonly name: string;
  /** Location on the campus, metres. */
  readonly campusM: PointM;
}

export interface HallNode {
  readonly id: NodeId;
  readonly kind: 'hall';
  readonly parent: NodeId;
  readonly name: string;
  /** Where the hall's cable entry sits in its building, metres from the building entry. */
  readonly entryM: PointM;
}

/** GPU racks hold GPU servers, management racks appliances (UFM), network racks only switches. */
export type RackKind = 'gpu' | 'network' | 'management';

export interface RackContents {
  /** Server model id from the catalog. */
  readonly model: string;
  readonly perRack: number;
}

export interface RackNode {
  readonly id: NodeId;
  readonly kind: 'rack';
  readonly parent: NodeId;
  readonly name: string;
  readonly rackKind: RackKind;
  /** Position of the first rack; a grouped node's racks stand in consecutive slots of that row. */
  readonly floor: FloorPosition;
  /** Servers (or, in a management rack, appliances) in each rack; absent for network racks. */
  readonly contents?: RackContents;
  /** How many identical racks this node stands for. */
  readonly quantity: number;
}

export const SWITCH_ROLES = ['leaf', 'spine', 'core', 'border', 'management'] as const;
export type SwitchRole = (typeof SWITCH_ROLES)[number];

export const SWITCH_FABRICS = ['storage'] as const;
export type SwitchFabric = (typeof SWITCH_FABRICS)[number];

export interface SwitchNode {
  readonly id: NodeId;
  readonly kind: 'switch';
  /** A hall, or a rack in a hall (then it stands where the rack stands). */
  readonly parent: NodeId;
  readonly name: string;
  readonly model: string;
  readonly role: SwitchRole;
  /** The plane (1-based) of a multi-plane fabric the switches belong to; absent: the design has no planes. */
  readonly plane?: number;
  /** The network the switches serve; absent: the compute fabric. The BOM counts a storage fabric's switches on lines of their own. */
  readonly fabric?: SwitchFabric;
  /**
   * The down:up ratio these switches are built for (a storage leaf at 4:3); absent: the design's
   * `settings.targetOversubscription`. The engine warns only above it.
   */
  readonly targetOversubscription?: number;
  /** Required when the parent is a hall. All switches of a group share one position. */
  readonly floor?: FloorPosition;
  readonly quantity: number;
}

export type DesignNode = BuildingNode | HallNode | RackNode | SwitchNode;
export type NodeKind = DesignNode['kind'];

/** Which end of a link group faces the higher tier (overrides the role order). */
export type LinkDirection = 'a-up' | 'b-up';

/** `count` links of one optic between two nodes. */
export interface LinkGroup {
  readonly id: LinkId;
  readonly a: NodeId;
  readonly b: NodeId;
  readonly count: number;
  /** Optic id at end A (and at end B unless `opticB` names a breakout child). */
  readonly optic: string;
  /** For breakouts: the child optic at end B; `count` then counts child links. */
  readonly opticB?: string;
  /**
   * The port group (its `purpose` in the device model, e.g. `storage+inband`) the links land on at end
   * A / end B; absent: the model's first group that hosts the optic (its compute or fabric ports).
   */
  readonly portsA?: string;
  readonly portsB?: string;
  /** Overrides the length derived from placement. */
  readonly lengthM?: number;
  readonly fiber?: FiberGrade;
  /** Overrides of the plant defaults for this group. */
  readonly connections?: number;
  readonly splices?: number;
  readonly connectorLossDb?: number;
  readonly spliceLossDb?: number;
  readonly direction?: LinkDirection;
  readonly label?: string;
  /** The chain this group's cables run over, whatever its path; else the design's template for the path. */
  readonly channel?: ChannelTemplate;
}

export interface CampusRoute {
  readonly a: NodeId;
  readonly b: NodeId;
  readonly lengthM: number;
}

export interface PathCounts {
  readonly sameRack: number;
  readonly sameHall: number;
  readonly crossHall: number;
  readonly crossBuilding: number;
}

/** Where a panel stands: at the head of its rack row, at its hall's entry, at its building's entry. */
export const PANEL_PLACES = ['row', 'hall', 'building'] as const;
export type PanelPlace = (typeof PANEL_PLACES)[number];

/**
 * One segment of a channel as installed. Cords join a device to a panel (or two devices); trunks join
 * two panels (an outside-plant trunk, with its splice closures, joins two buildings); at a `panel` the
 * trunk arrives terminated in the cord's connector (one mated pair), at a `cassette` an MPO trunk meets
 * the cord through an MPO-to-LC cassette (two mated pairs: the cord's connector in front, MPO behind).
 */
export type ChannelSegment =
  | { readonly kind: 'cord' }
  | { readonly kind: 'panel'; readonly at: PanelPlace }
  | { readonly kind: 'cassette'; readonly at: PanelPlace }
  | { readonly kind: 'trunk' }
  | { readonly kind: 'osp-trunk'; readonly closures: number };

/** An ordered chain from device A to device B: cord, then (junction, trunk)*, junction, cord; or one direct cord. */
export type ChannelTemplate = readonly ChannelSegment[];

export type PathKey = keyof PathCounts;

/** Connector classes the loss budget tells apart: duplex LC and MPO (single-mode MPO is APC). */
export const CONNECTOR_TYPES = ['lc', 'mpo'] as const;
export type ConnectorType = (typeof CONNECTOR_TYPES)[number];

/** One figure for every mated pair, or one per connector type (a type left out takes the default). */
export type ConnectorLoss = number | Readonly<Partial<Record<ConnectorType, number>>>;

/** Plant and length-model defaults; every one is editable in the file. */
export interface Settings {
  readonly slackPercent: number;
  readonly targetOversubscription: number;
  readonly inRackPatchM: number;
  readonly riserM: number;
  readonly rackPitchM: number;
  readonly rowPitchM: number;
  readonly routeFactor: number;
  readonly campusRoutes: readonly CampusRoute[];
  readonly attenuationDbPerKm: Readonly<Record<FiberGrade, number>>;
  readonly connectorLossDb: ConnectorLoss;
  readonly spliceLossDb: number;
  /** Counts that replace the channel's own for a path kind (older files set all four). */
  readonly connections?: Readonly<Partial<PathCounts>>;
  readonly splices?: Readonly<Partial<PathCounts>>;
  readonly defaultSmf: FiberGrade;
  readonly defaultMmf: FiberGrade;
  /** Channel templates by path kind; a path left out uses the built-in template. */
  readonly channels: Readonly<Partial<Record<PathKey, ChannelTemplate>>>;
  /** Service loop left at each end of every trunk, metres (patch cords get `slackPercent` instead). */
  readonly serviceLoopM: number;
  /** Spare fibers added to a trunk's lit fibers before rounding up to a standard count. */
  readonly spareFiberPercent: number;
  /** A same-hall run whose direct cord (as ordered) is at most this long is that cord, with no panels; 0 always takes the chain. */
  readonly directCordMaxM: number;
}

/** Design-local catalog additions; they pass the same schema as the built-in tables. */
export interface CatalogAdditions {
  readonly optics?: Readonly<Record<string, OpticSpec>>;
  readonly modules?: Readonly<Record<string, ModuleSpec>>;
  readonly devices?: Readonly<Record<string, DeviceModelSpec>>;
}

export interface LayoutEntry {
  readonly x: number;
  readonly y: number;
  readonly width?: number;
  readonly height?: number;
}

export interface Design {
  readonly name: string;
  readonly settings: Settings;
  readonly nodes: readonly DesignNode[];
  readonly links: readonly LinkGroup[];
  readonly catalog: CatalogAdditions;
  /** User-entered unit prices by module id or device model id (any currency, stated by the user). */
  readonly prices: Readonly<Record<string, number>>;
  /** Canvas-only data, kept apart from the topology. */
  readonly layout: Readonly<Record<NodeId, LayoutEntry>>;
}
