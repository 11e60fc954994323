/**
 * The commissioning window of one direction of a link: the Tx launch window minus the loss window is
 * the Rx power a technician should read in DOM, against the receiver's sensitivity and overload.
 */
import type { DomThresholds, OpticSpec } from '../catalog/types.ts';
import type { LossWindow } from './linkLoss.ts';

/** `not-published`: a Tx or Rx figure the window needs is missing; the row says so instead of guessing. */
export type RxStatus = 'ok' | 'near-threshold' | 'below-sensitivity' | 'overload' | 'not-published';

export interface RxWindow {
  /** The transmitting end's optic, and the receiving end's. */
  readonly txOptic: string;
  readonly rxOptic: string;
  /** Per lane, dBm; null = not published. */
  readonly txMinDbm: number | null;
  readonly txMaxDbm: number | null;
  /** Null for copper and AOC assemblies (no field fiber). */
  readonly lossMinDb: number | null;
  readonly lossMaxDb: number | null;
  readonly rxMinDbm: number | null;
  readonly rxMaxDbm: number | null;
  readonly sensitivityDbm: number | null;
  readonly overloadDbm: number | null;
  /** Rx minimum above sensitivity, overload above Rx maximum, and the smaller of the two. */
  readonly marginLowDb: number | null;
  readonly marginHighDb: number | null;
  readonly marginDb: number | null;
  /** Loss to add so the Rx maximum stays below overload (or the optic's stated minimum loss is met). */
  readonly attenuatorDb: number | null;
  readonly dom: DomThresholds | null;
  /** The DOM warning threshold the window crosses, if any. */
  readonly crossesWarnDbm: number | null;
  readonly status: RxStatus;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const minus = (x: number | null, y: number | null) => (x === null || y === null ? null : round2(x - y));

export function rxWindow(txId: string, tx: OpticSpec, rxId: string, rx: OpticSpec, loss: LossWindow | null): RxWindow {
  const txP = tx.lanePower;
  const rxP = rx.lanePower;
  const txMinDbm = txP?.txMinDbm ?? null;
  const txMaxDbm = txP?.txMaxDbm ?? null;
  const rxMinDbm = minus(txMinDbm, loss?.maxDb ?? null);
  const rxMaxDbm = minus(txMaxDbm, loss?.minDb ?? null);
  const sensitivityDbm = rxP?.rxMinDbm ?? null;
  const overloadDbm = rxP?.overloadDbm ?? null;
  const marginLowDb = minus(rxMinDbm, sensitivityDbm);
  const marginHighDb = minus(overloadDbm, rxMaxDbm);
  const margins = [marginLowDb, marginHighDb].filter((m): m is number => m !== null);
  const marginDb = margins.length ? Math.min(...margins) : null;
  const shortOfMinLoss = rx.minChannelLossDb !== undefined && loss ? rx.minChannelLossDb - loss.minDb : null;
  const needed = Math.max(marginHighDb === null ? 0 : -marginHighDb, shortOfMinLoss ?? 0);
  const attenuatorDb = needed > 0 ? Math.ceil(needed) : null;
  const dom = rx.dom ?? null;
  const crossesWarnDbm =
    dom?.rxLowWarnDbm != null && rxMinDbm !== null && rxMinDbm < dom.rxLowWarnDbm
      ? dom.rxLowWarnDbm
      : dom?.rxHighWarnDbm != null && rxMaxDbm !== null && rxMaxDbm > dom.rxHighWarnDbm
        ? dom.rxHighWarnDbm
        : null;
  const status: RxStatus =
    attenuatorDb !== null
      ? 'overload'
      : marginLowDb !== null && marginLowDb < 0
        ? 'below-sensitivity'
        : crossesWarnDbm !== null
          ? 'near-threshold'
          : rxMinDbm === null || (sensitivityDbm === null && overloadDbm === null)
            ? 'not-published'
            : 'ok';
  return {
    txOptic: txId,
    rxOptic: rxId,
    txMinDbm,
    txMaxDbm,
    lossMinDb: loss?.minDb ?? null,
    lossMaxDb: loss?.maxDb ?? null,
    rxMinDbm,
    rxMaxDbm,
    sensitivityDbm,
    overloadDbm,
    marginLowDb,
    marginHighDb,
    marginDb,
    attenuatorDb,
    dom,
    crossesWarnDbm,
    status,
  };
}
