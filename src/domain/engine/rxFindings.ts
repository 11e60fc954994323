/** The Rx power a group's receivers should read, and what it says: an attenuator needed, or a DOM warning at turn-up. */
import type { OpticSpec } from '../catalog/types.ts';
import type { LinkGroup } from '../model/design.ts';
import type { Finding } from './findings.ts';
import type { linkLoss } from './linkLoss.ts';
import { rxWindow, type RxWindow } from './rxWindow.ts';

/** A to B; B to A as well where the ends run different optics (a breakout), since Tx and Rx then differ. */
export function windowsOf(link: LinkGroup, opticA: OpticSpec, opticBId: string, opticB: OpticSpec, loss: ReturnType<typeof linkLoss>): RxWindow[] {
  const fiberLoss = opticA.medium === 'smf' || opticA.medium === 'mmf' ? loss : null;
  const ab = rxWindow(link.optic, opticA, opticBId, opticB, fiberLoss);
  return opticBId === link.optic ? [ab] : [ab, rxWindow(opticBId, opticB, link.optic, opticA, fiberLoss)];
}

export function rxFindings(link: LinkGroup, windows: readonly RxWindow[]): Finding[] {
  const out: Finding[] = [];
  for (const w of windows) {
    if (w.attenuatorDb !== null && w.lossMinDb !== null) {
      out.push({ code: 'loss-below-minimum', severity: 'error', linkId: link.id, optic: w.rxOptic, lossMinDb: w.lossMinDb, rxMaxDbm: w.rxMaxDbm, overloadDbm: w.overloadDbm, attenuatorDb: w.attenuatorDb });
    } else if (w.status === 'near-threshold' && w.crossesWarnDbm !== null) {
      out.push({ code: 'rx-near-threshold', severity: 'warning', linkId: link.id, optic: w.rxOptic, rxMinDbm: w.rxMinDbm, rxMaxDbm: w.rxMaxDbm, thresholdDbm: w.crossesWarnDbm, derived: w.dom?.derived ?? false });
    }
  }
  return out;
}
