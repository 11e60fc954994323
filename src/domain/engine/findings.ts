/** Findings are data: a stable code, a severity, the numbers behind it. Sentences live in describeFinding. */
import type { FiberGrade, Protocol } from '../catalog/types.ts';
import { assertNever } from '../assertNever.ts';
import type { ReachAlternative } from './reachAlternatives.ts';
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
  /** Without a suggestion: optics that would reach, and what the ends lack to host them. */
  readonly alternatives: readonly ReachAlternative[];
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

/** The optic publishes no channel loss on this fiber: the loss was computed but could not be checked. */
export interface LossUnverified extends LinkFindingBase {
  readonly code: 'loss-unverified';
  readonly optic: string;
  readonly fiber: FiberGrade;
  readonly lengthM: number;
  readonly lossDb: number;
  /** A catalog optic with a published budget that passes this link, when there is one. */
  readonly suggestion: OpticSuggestion | null;
}

/** The receiver would overload on this short span (or the optic's minimum loss is not met). */
export interface LossBelowMinimum extends LinkFindingBase {
  readonly code: 'loss-below-minimum';
  readonly optic: string;
  readonly lossMinDb: number;
  readonly rxMaxDbm: number | null;
  readonly overloadDbm: number | null;
  readonly attenuatorDb: number;
}

/** The expected Rx window crosses a DOM warning threshold: the module will raise a warning at turn-up. */
export interface RxNearThreshold extends LinkFindingBase {
  readonly code: 'rx-near-threshold';
  readonly optic: string;
  readonly rxMinDbm: number | null;
  readonly rxMaxDbm: number | null;
  readonly thresholdDbm: number;
  /** The threshold is a derived default, not the module's published set. */
  readonly derived: boolean;
}

/**
 * Protocols disagree: at an end, the port group and the module (`end` set), or the two ends' ports
 * (`end` null). `expected` is what the port speaks, `found` what the module or the other end speaks.
 */
export interface ProtocolMismatch extends LinkFindingBase {
  readonly code: 'protocol-mismatch';
  readonly end: LinkEnd | null;
  readonly nodeId: NodeId;
  readonly model: string;
  readonly optic: string;
  readonly module: string | null;
  readonly expected: readonly Protocol[];
  readonly found: readonly Protocol[];
  readonly suggestion: OpticSuggestion | null;
}

export interface FiberMismatch extends LinkFindingBase {
  readonly code: 'fiber-mismatch';
  readonly optic: string;
  readonly fiber: FiberGrade;
  /** Grades the optic is specified on. */
  readonly specifiedOn: readonly FiberGrade[];
}

/** The link names a port group (`portsA`/`portsB`) its end's device model does not have. */
export interface PortGroupUnknown extends LinkFindingBase {
  readonly code: 'port-group-unknown';
  readonly end: LinkEnd;
  readonly nodeId: NodeId;
  readonly model: string;
  readonly portGroup: string;
  /** The groups the model has, in catalog order. */
  readonly portGroups: readonly string[];
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

/**
 * A module draws more than its cage's power class: above every class the group offers
 * (`highPowerNeeded` null), or more high-power cages needed on the busiest device than it has.
 */
export interface PowerClassExceeded {
  readonly code: 'power-class-exceeded';
  readonly severity: Severity;
  readonly nodeId: NodeId;
  readonly model: string;
  readonly portGroup: string;
  readonly module: string;
  readonly powerW: number;
  /** The class of ordinary cages, and of the high-power cages if the group has any. */
  readonly cageMaxW: number;
  readonly highPowerMaxW: number | null;
  readonly highPowerNeeded: number | null;
  readonly highPowerCages: number | null;
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
  | LossUnverified
  | LossBelowMinimum
  | RxNearThreshold
  | ProtocolMismatch
  | PowerClassExceeded
  | FiberMismatch
  | FormFactorMismatch
  | PortGroupUnknown
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
    case 'power-class-exceeded':
      return { nodeId: f.nodeId, linkId: f.linkIds[0] };
    case 'protocol-mismatch':
      return { linkId: f.linkId, nodeId: f.nodeId };
    case 'form-factor-mismatch':
    case 'port-group-unknown':
    case 'speed-mismatch':
    case 'uneven-spread':
      return { linkId: f.linkId, nodeId: f.nodeId };
    case 'reach-exceeded':
    case 'loss-budget-exceeded':
    case 'loss-unverified':
    case 'loss-below-minimum':
    case 'rx-near-threshold':
    case 'fiber-mismatch':
    case 'optic-mismatch':
    case 'unknown-optic':
    case 'channel-mismatch':
      return { linkId: f.linkId };
    default:
      return assertNever(f);
  }
}
