/**
 * `npm run fabric -- <command>`: the engine, headless. Exit status 0 clean, 1 the design has
 * errors, 2 the file could not be read or the command was wrong (the message says why).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { BUILTIN_CATALOG } from '../domain/catalog/catalog.ts';
import { analyzeDesign } from '../domain/engine/analyzeDesign.ts';
import { parseDesign } from '../domain/format/parseDesign.ts';
import type { Design } from '../domain/model/design.ts';
import { analysisJson } from '../domain/report/analysisJson.ts';
import { bomCsv } from '../domain/report/bomCsv.ts';
import { toCsv } from '../domain/report/csv.ts';
import { CUTSHEET_HEADER, cutsheetRows } from '../domain/report/cutsheet.ts';
import { parseArgs, UsageError, type ParsedArgs } from './args.ts';
import { catalogJson, catalogText } from './catalogText.ts';
import { GENERATE_OPTIONS, generateCommand } from './generateCommand.ts';
import { analysisText, bomText } from './formatText.ts';

const USAGE = `Usage: fabric <command> [options]

  analyze <design.json> [--json]        every finding and the totals
  bom <design.json> [--json|--csv]      the bill of materials
  cutsheet <design.json> --csv          one row per cable: ends, ports, optic, length, label
  generate --template rail-optimized|leaf-spine --servers N --server-model ID --switch-model ID
           [--rack-type gb200-nvl72|gb300-nvl72] [--planes N]
           [--tiers 2|3] [--su-servers N] [--oversubscription R] [--reserved-leaf-ports N]
           [--servers-per-rack N] [--halls N] [--buildings N] [--building-distance-m M]
           [--hall-distance-m M] [--spine-model ID] [--core-model ID] [--name TEXT] [-o design.json]
  catalog [--json]                      optic, module and device ids with key figures

Exit status: 0 clean, 1 the design has errors, 2 the file could not be read.`;

export class ReadError extends Error {}

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readFile: (path: string) => string;
  readonly writeFile: (path: string, text: string) => void;
}

export function loadDesign(path: string | undefined, io: Io): Design {
  if (!path) throw new UsageError('name a design file');
  let text: string;
  try {
    text = io.readFile(path);
  } catch (e) {
    throw new ReadError(`cannot read ${path}: ${(e as Error).message}`);
  }
  const parsed = parseDesign(text);
  if (!parsed.ok) throw new ReadError(`${path} is not a valid design:\n${parsed.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
  for (const w of parsed.warnings) io.err(`warning: ${w.path}: ${w.message}\n`);
  if (parsed.migratedFrom !== null) io.err(`note: ${path} was version ${parsed.migratedFrom}; read through migrations\n`);
  return parsed.design;
}

/** Runs one command and returns the exit status. */
export function runCli(argv: readonly string[], io: Io): number {
  try {
    const [command, ...rest] = argv;
    const args = parseArgs(rest, new Set(['o', 'output', ...GENERATE_OPTIONS]));
    switch (command) {
      case 'analyze':
        return analyze(args, io);
      case 'bom':
        return bom(args, io);
      case 'generate':
        return generateCommand(args, io);
      case 'cutsheet':
        return cutsheet(args, io);
      case 'catalog':
        io.out(args.flags.has('json') ? `${JSON.stringify(catalogJson(BUILTIN_CATALOG), null, 2)}\n` : catalogText(BUILTIN_CATALOG));
        return 0;
      case undefined:
      case 'help':
      case '--help':
        io.out(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) io.err(`fabric: ${e.message}\n\n${USAGE}\n`);
    else if (e instanceof ReadError) io.err(`fabric: ${e.message}\n`);
    else throw e;
    return 2;
  }
}

function analyze(args: ParsedArgs, io: Io): number {
  const design = loadDesign(args.positionals[0], io);
  const analysis = analyzeDesign(design);
  io.out(args.flags.has('json') ? `${JSON.stringify(analysisJson(analysis), null, 2)}\n` : analysisText(design.name, analysis));
  return analysis.summary.errors > 0 ? 1 : 0;
}

function bom(args: ParsedArgs, io: Io): number {
  const design = loadDesign(args.positionals[0], io);
  const analysis = analyzeDesign(design);
  const { bom } = analysis;
  if (args.flags.has('json')) io.out(`${JSON.stringify(bom, null, 2)}\n`);
  else if (args.flags.has('csv')) io.out(bomCsv(bom));
  else io.out(bomText(bom));
  return analysis.summary.errors > 0 ? 1 : 0;
}

export function cutsheet(args: ParsedArgs, io: Io): number {
  const design = loadDesign(args.positionals[0], io);
  const analysis = analyzeDesign(design);
  io.out(toCsv(CUTSHEET_HEADER, cutsheetRows(design, analysis)));
  return analysis.summary.errors > 0 ? 1 : 0;
}

export const nodeIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  readFile: (p) => readFileSync(p, 'utf8'),
  writeFile: (p, t) => writeFileSync(p, t),
};

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('src/cli/fabric.ts')) {
  process.exitCode = runCli(process.argv.slice(2), nodeIo);
}
