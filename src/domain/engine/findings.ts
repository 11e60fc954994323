/** Findings are data: a stable code, a severity, the numbers behind it. Sentences live in describeFinding. */
import type { FiberGrade } from '../catalog/types.ts';
import { assertNever } from '../assertNever.ts';
import type { LinkId, NodeId } from '../model/design.ts';
import type { PathKind } from './cableLength.ts';

export type Severity = 'error' | 'warning';
export type LinkEnd = 'a' | 'b';

interface LinkFindingBase {
  readonly severity: Severity;
  readonly linkId: LinkId;
}

export interface ReachExceeded extends LinkFindingBase {
  readonly code: 'reach-exceeded';
  readonly optic: string;
  readonly lengthM: number;
  readonly reachM: number;
  /** The fiber grade, or null for copper/AOC assemblies. */
  readonly fiber: FiberGrade | null;
  /** Cheapest (in watts) catalog optic that passes this link, when there is one. */
  readonly suggestion: OpticSuggestion | null;
}

export interface LossBudgetExceeded extends LinkFindingBase {
  readonly code: 'loss-budget-exceeded';
  readonly optic: string;
  readonly lengthM: number;
  readonly lossDb: number;
  readonly budgetDb: number;
  readonly marginDb: number;
  readonly connections: number;
  readonly connectorLossDb: number;
  readonly splices: number;
  readonly suggestion: OpticSuggestion | null;
}

export interface FiberMismatch extends LinkFindingBase {
  readonly code: 'fiber-mismatch';
  readonly optic: string;
  readonly fiber: FiberGrade;
  /** Grades the optic is specified on. */
  readonly specifiedOn: readonly FiberGrade[];
}

export interface FormFactorMismatch extends LinkFindingBase {
  readonly code: 'form-factor-mismatch';
  readonly end: LinkEnd;
  readonly nodeId: NodeId;
  readonly model: string;
  readonly optic: string;
  /** Cage form factors (with heatsink) the device offers. */
  readonly cages: readonly string[];
}

export interface SpeedMismatch extends LinkFindingBase {
  readonly code: 'speed-mismatch';
  readonly end: LinkEnd;
  readonly nodeId: NodeId;
  readonly model: string;
  readonly optic: string;
  readonly rateGbps: number;
  readonly portRatesGbps: readonly number[];
}

export interface OpticMismatch extends LinkFindingBase {
  readonly code: 'optic-mismatch';
  readonly opticA: string;
  readonly opticB: string;
}

export interface UnevenSpread extends LinkFindingBase {
  readonly code: 'uneven-spread';
  readonly end: LinkEnd;
  readonly nodeId: NodeId;
  readonly count: number;
  readonly devices: number;
  readonly remainder: number;
}

export interface UnknownReference extends LinkFindingBase {
  readonly code: 'unknown-optic';
  readonly optic: string;
}

export interface PortsExhausted {
  readonly code: 'ports-exhausted';
  readonly severity: Severity;
  readonly nodeId: NodeId;
  readonly model: string;
  readonly portGroup: string;
  /** Cages needed on the busiest device of the node. */
  readonly cagesNeeded: number;
  readonly cages: number;
  readonly linkIds: readonly LinkId[];
}

export interface Oversubscribed {
  readonly code: 'oversubscribed';
  readonly severity: Severity;
  readonly nodeId: NodeId;
  readonly downGbps: number;
  readonly upGbps: number;
  readonly ratio: number;
  readonly target: number;
}

/** The link group's channel template cannot be laid on its path (e.g. a building panel on a same-hall run). */
export interface ChannelMismatch extends LinkFindingBase {
  readonly code: 'channel-mismatch';
  readonly path: PathKind;
  readonly problem: string;
}

export interface OpticSuggestion {
  readonly optic: string;
  readonly reachM: number;
  readonly marginDb: number | null;
}

export type Finding =
  | ReachExceeded
  | LossBudgetExceeded
  | FiberMismatch
  | FormFactorMismatch
  | SpeedMismatch
  | OpticMismatch
  | UnevenSpread
  | UnknownReference
  | PortsExhausted
  | Oversubscribed
  | ChannelMismatch;

export type FindingCode = Finding['code'];

/** The node or link group a finding is about, for selecting it in the UI. */
export function findingSubject(f: Finding): { readonly linkId?: LinkId; readonly nodeId?: NodeId } {
  switch (f.code) {
    case 'ports-exhausted':
    case 'oversubscribed':
      return { nodeId: f.nodeId };
    case 'form-factor-mismatch':
    case 'speed-mismatch':
    case 'uneven-spread':
      return { linkId: f.linkId, nodeId: f.nodeId };
    case 'reach-exceeded':
    case 'loss-budget-exceeded':
    case 'fiber-mismatch':
    case 'optic-mismatch':
    case 'unknown-optic':
    case 'channel-mismatch':
      return { linkId: f.linkId };
    default:
      return assertNever(f);
  }
}
