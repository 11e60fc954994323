/** An aggregated edge's label (AggregateEdge.tsx): its text, its short form, and its nominal size for placement (lod/useRunLabels.ts). */
import { formatCapacity } from '../../report/formatCapacity.ts';
import { formatCount, plural } from '../../ui/format.ts';
import type { AggregateData } from '../flowTypes.ts';

/** "2 link groups · 64 links · 25.6 Tb/s". */
export function aggregateSummary(data: AggregateData): string {
  return `${plural(data.groups.length, 'link group')} · ${formatCount(data.links)} links · ${formatCapacity(data.capacityGbps)}`;
}

/** Where only a shorter label has room: "64 links · 25.6 Tb/s" (the verdict's glyph stays). */
export function aggregateCountText(data: AggregateData): string {
  return `${formatCount(data.links)} links · ${formatCapacity(data.capacityGbps)}`;
}

/** The label's height at scale 1, canvas px: 13 px text on a 20 px line, its padding and its 2 px border. */
export const AGGREGATE_LABEL_HEIGHT = 28;

/** The label's width at scale 1 from its text (13 px semibold, tabular figures), plus padding, border and the status glyph. */
export function estimateAggregateLabelWidth(text: string): number {
  return Math.ceil(text.length * 7.8 + 40);
}
