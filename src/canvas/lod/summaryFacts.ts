/** A summary card's lines, as text: "GPUs 16,384", "Power 1.2 MW typ.", "Findings 2 errors, 1 warning". */
import { formatCount, plural } from '../../ui/format.ts';
import type { SummaryData } from '../flowTypes.ts';

const megawatts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const kilowatts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function summaryFacts(s: SummaryData): [string, string][] {
  const power = s.powerW >= 1e6 ? `${megawatts.format(s.powerW / 1e6)} MW` : `${kilowatts.format(s.powerW / 1e3)} kW`;
  const unpublished = s.unpublishedPower ? `${plural(s.unpublishedPower, 'device')} not published` : '';
  const powerText = !s.powerW && unpublished ? unpublished : `${power} typ.${unpublished ? ` + ${unpublished}` : ''}`;
  const findings = s.errors || s.warnings ? [s.errors && plural(s.errors, 'error'), s.warnings && plural(s.warnings, 'warning')].filter(Boolean).join(', ') : 'none';
  return [
    ['GPUs', formatCount(s.gpus)],
    ['Switches', formatCount(s.switches)],
    ['Power', powerText],
    ['Findings', findings],
  ];
}

/** The card's accessible name: "Hall Hall 1: 16,384 GPUs, 81 switches, 1.2 MW typ., no findings". */
export function summaryName(s: SummaryData): string {
  const [gpus, switches, power, findings] = summaryFacts(s).map(([, v]) => v);
  return `${s.kindLabel} ${s.name}: ${gpus} GPUs, ${switches} switches, power ${power}, findings ${findings}`;
}
