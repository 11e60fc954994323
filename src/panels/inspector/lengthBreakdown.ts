/** The length model's terms as rows an architect reads top to bottom, summing to the cable length. */
import type { LengthTerm, LengthTermKind, PathKind } from '../../domain/engine/cableLength.ts';

export interface BreakdownRow {
  readonly label: string;
  readonly lengthM: number;
}

const TERM_LABEL: Record<LengthTermKind, string> = {
  'in-rack-patch': 'In-rack patch',
  riser: 'Riser',
  floor: 'Across the floor',
  'to-hall-entry': 'To hall entry',
  'hall-to-hall': 'Hall to hall',
  'to-building-entry': 'To building entry',
  'campus-route': 'Campus route',
  slack: 'Slack on patch cords',
  'service-loop': 'Service loops at trunk ends',
  'stock-rounding': 'Up to stocked length',
  override: 'Length set on the link',
};

export const PATH_LABEL: Record<PathKind, string> = {
  'same-rack': 'same rack',
  'same-hall': 'same hall',
  'cross-hall': 'between halls',
  'cross-building': 'between buildings',
};

export function breakdownRows(terms: readonly LengthTerm[], slackPercent: number): BreakdownRow[] {
  return terms.map((t) => {
    const end = t.end ? ` (${t.end.toUpperCase()} end)` : '';
    const slack = t.kind === 'slack' ? ` ${slackPercent} %` : '';
    return { label: `${TERM_LABEL[t.kind]}${slack}${end}`, lengthM: t.lengthM };
  });
}

const metres = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** Exact metres with grouped thousands ("2,541 m", "8.4 m"): the breakdown must add up on screen. */
export function formatMetres(lengthM: number): string {
  return `${metres.format(lengthM)} m`;
}
