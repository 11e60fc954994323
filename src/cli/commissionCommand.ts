/** `fabric commission <design> [--json | --csv]`: the expected Rx power per link group, or per cable. */
import { analyzeDesign } from '../domain/engine/analyzeDesign.ts';
import { COMMISSION_CSV_HEADER, commissioningCsvRows, commissioningLinks, type CommissioningJsonRow } from '../domain/report/commissioning.ts';
import { toCsv } from '../domain/report/csv.ts';
import { UsageError, type ParsedArgs } from './args.ts';
import { loadDesign, type Io } from './cliIo.ts';

export function commissionCommand(args: ParsedArgs, io: Io): number {
  if (args.flags.has('json') && args.flags.has('csv')) throw new UsageError('commission takes --json or --csv, not both');
  const design = loadDesign(args.positionals[0], io);
  const analysis = analyzeDesign(design);
  if (args.flags.has('json')) io.out(`${JSON.stringify({ links: commissioningLinks(analysis) }, null, 2)}\n`);
  else if (args.flags.has('csv')) io.out(toCsv(COMMISSION_CSV_HEADER, commissioningCsvRows(design, analysis)));
  else io.out(commissioningText(design.name, commissioningLinks(analysis), (id) => analysis.catalog.optics[id]?.name ?? id));
  return analysis.summary.errors > 0 ? 1 : 0;
}

const fmt = (x: number | null) => (x === null ? 'n/p' : x.toFixed(1));
const pad = (s: string, n: number) => s.padStart(n);

function commissioningText(name: string, rows: readonly CommissioningJsonRow[], opticName: (id: string) => string): string {
  const out = [
    `${name}: commissioning sheet (per lane, dBm and dB; n/p = not published)`,
    `${'link group'.padEnd(26)}${'optic'.padEnd(28)}${pad('Tx min', 7)}${pad('Tx max', 7)}${pad('loss min', 9)}${pad('loss max', 9)}${pad('Rx min', 7)}${pad('Rx max', 7)}${pad('sens', 6)}${pad('ovld', 6)}${pad('margin', 7)}  status`,
  ];
  for (const r of rows) {
    out.push(
      `${r.id.padEnd(26)}${opticName(r.optic).slice(0, 27).padEnd(28)}${pad(fmt(r.txMinDbm), 7)}${pad(fmt(r.txMaxDbm), 7)}${pad(fmt(r.lossMinDb), 9)}${pad(fmt(r.lossMaxDb), 9)}${pad(fmt(r.rxMinDbm), 7)}${pad(fmt(r.rxMaxDbm), 7)}${pad(fmt(r.sensitivityDbm), 6)}${pad(fmt(r.overloadDbm), 6)}${pad(fmt(r.marginDb), 7)}  ${r.status}`,
    );
  }
  return `${out.join('\n')}\n`;
}
