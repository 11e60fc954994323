/** What each canvas node and edge carries: display text prepared once per design, never domain objects. */
import type { Edge, Node } from '@xyflow/react';
import type { LinkStatus } from '../domain/engine/linkVerdict.ts';
import type { RackKind, SwitchRole } from '../domain/model/design.ts';
import type { HallGrid } from './floorGrid.ts';
import type { ContainerSummary } from './lod/containerSummaries.ts';

export type ContainerData = { readonly name: string; readonly kindLabel: string };
export type HallData = ContainerData & {
  readonly grid: HallGrid;
  /** What a grid cell means on the floor, e.g. "slot 0.6 m × row 3 m". */
  readonly scale: string;
};
export type RackData = {
  readonly name: string;
  readonly rackKind: RackKind;
  /** e.g. "4 × NVIDIA DGX H100 (×2 racks)". */
  readonly contents: string;
  readonly quantity: number;
  readonly holdsSwitches: boolean;
  /** Whether link groups can start or end here (a network rack has no ports of its own). */
  readonly hasPorts: boolean;
  /** "row 2 · slot 5". */
  readonly place: string;
};
export type SwitchData = {
  readonly name: string;
  readonly modelName: string;
  readonly role: SwitchRole;
  readonly quantity: number;
  /** "row 2 · slot 5", or null inside a rack. */
  readonly place: string | null;
};

export type BuildingFlowNode = Node<ContainerData, 'building'>;
export type HallFlowNode = Node<HallData, 'hall'>;
export type RackFlowNode = Node<RackData, 'rack'>;
export type SwitchFlowNode = Node<SwitchData, 'switch'>;
export type FabricFlowNode = BuildingFlowNode | HallFlowNode | RackFlowNode | SwitchFlowNode | SummaryFlowNode;

export type LinkGroupData = {
  readonly status: LinkStatus;
  /** e.g. "32 × 400G-LR4-10 · 2.4 km". */
  readonly text: string;
  /** Where along the run the label sits (0 = source end). */
  readonly labelT: number;
  /** How far the run bows sideways at its middle, px (0 = straight). */
  readonly bend: number;
};
export type LinkGroupFlowEdge = Edge<LinkGroupData, 'linkGroup'>;

/** A building or hall zoomed out to one card: what it holds, and the findings inside it. */
export type SummaryData = ContainerSummary & {
  readonly name: string;
  readonly kindLabel: 'Building' | 'Hall';
  /** How wide its name may be drawn, canvas px (lod/titleRoom.ts); null: no card beside it. */
  readonly titleRoomPx: number | null;
};
export type SummaryFlowNode = Node<SummaryData, 'summary'>;

/** One link group inside an aggregated edge, as its list shows it. */
export type AggregatedGroup = { readonly id: string; readonly status: LinkStatus; readonly text: string };
export type AggregateData = {
  readonly status: LinkStatus;
  readonly links: number;
  readonly capacityGbps: number;
  /** e.g. "Hall 1 – Hall 2". */
  readonly between: string;
  readonly groups: readonly AggregatedGroup[];
};
export type AggregateFlowEdge = Edge<AggregateData, 'aggregate'>;
