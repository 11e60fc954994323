/** `fabric diff <before> <after> [--json|--csv]`: exit 0 when nothing differs, 1 when something does. */
import { diffDesigns, isEmptyDiff, type DesignDiff } from '../domain/diff/diffDesigns.ts';
import { DIFF_HEADER, diffCsvRows, diffRows } from '../domain/diff/diffRows.ts';
import { analyzeDesign } from '../domain/engine/analyzeDesign.ts';
import { toCsv } from '../domain/report/csv.ts';
import { UsageError, type ParsedArgs } from './args.ts';
import { loadDesign, type Io } from './cliIo.ts';

export function diffCommand(args: ParsedArgs, io: Io): number {
  const [beforePath, afterPath] = args.positionals;
  if (!beforePath || !afterPath) throw new UsageError('name two design files: fabric diff <before> <after>');
  const before = loadDesign(beforePath, io);
  const after = loadDesign(afterPath, io);
  const diff = diffDesigns({ design: before, analysis: analyzeDesign(before) }, { design: after, analysis: analyzeDesign(after) });
  if (args.flags.has('json')) io.out(`${JSON.stringify({ before: before.name, after: after.name, ...diff }, null, 2)}\n`);
  else if (args.flags.has('csv')) io.out(toCsv(DIFF_HEADER, diffCsvRows(diff)));
  else io.out(changeOrderText(before.name, after.name, diff));
  return isEmptyDiff(diff) ? 0 : 1;
}

function changeOrderText(beforeName: string, afterName: string, diff: DesignDiff): string {
  const rows = diffRows(diff);
  if (rows.length === 0) return `No differences between "${beforeName}" and "${afterName}".\n`;
  const lines = [`Change order: "${beforeName}" → "${afterName}"`, ''];
  let category = '';
  for (const r of rows) {
    if (r.category !== category) {
      category = r.category;
      lines.push(`${HEADINGS[r.category]}:`);
    }
    const change = r.difference !== null ? `: ${r.before} → ${r.after} (${r.difference > 0 ? '+' : ''}${r.difference})` : r.change === 'changed' ? `: ${r.before} → ${r.after}` : '';
    lines.push(`  ${r.change.padEnd(8)} ${r.item}${r.field ? ` ${r.field}` : ''}${change}`);
  }
  return `${lines.join('\n')}\n`;
}

const HEADINGS = { design: 'Design', node: 'Nodes', link: 'Link groups', verdict: 'Verdicts', finding: 'Findings', bom: 'Bill of materials' } as const;
