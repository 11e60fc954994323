/**
 * `npx fabric <command>`: the engine, headless. Exit status 0 clean, 1 the design has errors,
 * 2 the file could not be read, the command was wrong or anything unexpected happened (one line
 * says why; FABRIC_DEBUG=1 adds the stack).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BUILTIN_CATALOG } from '../domain/catalog/catalog.ts';
import { analyzeDesign } from '../domain/engine/analyzeDesign.ts';
import { indexNodes } from '../domain/engine/placement.ts';
import { analysisJson } from '../domain/report/analysisJson.ts';
import { bomCsv } from '../domain/report/bomCsv.ts';
import { cutsheetCsv } from '../domain/report/cutsheetCsv.ts';
import { parseArgs, UsageError, type CommandSpec, type ParsedArgs } from './args.ts';
import { catalogJson, catalogText } from './catalogText.ts';
import { loadDesign, ReadError, type Io } from './cliIo.ts';
import { commissionCommand } from './commissionCommand.ts';
import { diffCommand } from './diffCommand.ts';
import { exportCommand } from './exportCommand.ts';
import { GENERATE_OPTIONS, generateCommand } from './generateCommand.ts';
import { analysisText, bomText } from './formatText.ts';
import { readDesignText } from './readDesignText.ts';

const USAGE = `Usage: fabric <command> [options]

  analyze <design.json> [--json]        every finding and the totals
  bom <design.json> [--json|--csv]      the bill of materials
  cutsheet <design.json> [--csv] [--task cords|trunks]
                                        one row per cable (CSV): ends, ports, optic, length, label;
                                        --task cords: one row per patch cord, by rack;
                                        --task trunks: one row per trunk and path, by pair of places
  commission <design.json> [--json|--csv]
                                        expected Rx power per link group (--csv: per cable)
  generate --template rail-optimized|leaf-spine --servers N --server-model ID --switch-model ID
           [--rack-type gb200-nvl72|gb300-nvl72] [--planes N] [--campus-optic ID]
           [--tiers 2|3] [--su-servers N] [--oversubscription R] [--reserved-leaf-ports N]
           [--servers-per-rack N] [--halls N] [--buildings N] [--building-distance-m M]
           [--hall-distance-m M] [--spine-model ID] [--core-model ID] [--name TEXT] [--no-ufm]
           [--storage [--storage-array-ports N]] [-o design.json]
  catalog [--json]                      optic, module and device ids with key figures
  export <design.json> --to netbox|cvt|drawio [-o path]
                                        hand-off files: NetBox CSVs (-o folder), NVIDIA CVT P2P
                                        (.xlsx by -o name, else CSV), draw.io diagram
  diff <before.json> <after.json> [--json|--csv]
                                        what changed: items, verdicts, BOM delta (change order)

Exit status: 0 clean, 1 the design has errors, 2 the file could not be read, the command was
wrong or anything unexpected happened. FABRIC_DEBUG=1 shows the stack of an unexpected error.
export: 0 written, 2 bad input. diff: 0 no differences, 1 differences found, 2 bad input.`;

const COMMANDS = new Map<string, CommandSpec>([
  ['analyze', { flags: ['json', 'help'], valued: [], positionals: 1 }],
  ['bom', { flags: ['json', 'csv', 'help'], valued: [], positionals: 1 }],
  ['cutsheet', { flags: ['csv', 'help'], valued: ['task'], positionals: 1 }],
  ['commission', { flags: ['json', 'csv', 'help'], valued: [], positionals: 1 }],
  ['generate', { flags: ['help', 'no-ufm', 'storage'], valued: [...GENERATE_OPTIONS, 'o', 'output'], positionals: 0 }],
  ['catalog', { flags: ['json', 'help'], valued: [], positionals: 0 }],
  ['export', { flags: ['help'], valued: ['to', 'o', 'output'], positionals: 1 }],
  ['diff', { flags: ['json', 'csv', 'help'], valued: [], positionals: 2 }],
]);

export { loadDesign, ReadError, type Io } from './cliIo.ts';

/** Runs one command and returns the exit status (a promise for commands that write workbooks); never throws. */
export function runCli(argv: readonly string[], io: Io, debug = false): number | Promise<number> {
  const failed = (e: unknown): number => {
    if (e instanceof UsageError) io.err(`fabric: ${e.message}\n(npx fabric help lists the commands and their options)\n`);
    else if (e instanceof ReadError) io.err(`fabric: ${e.message}\n`);
    else io.err(`fabric: unexpected error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n${debug && e instanceof Error ? `${e.stack}\n` : ''}`);
    return 2;
  };
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.out(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    const spec = COMMANDS.get(command);
    if (!spec) throw new UsageError(`unknown command "${command}"; the commands are ${[...COMMANDS.keys()].join(', ')}`);
    const args = parseArgs(command, rest, spec);
    if (args.flags.has('help')) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    switch (command) {
      case 'analyze':
        return analyze(args, io);
      case 'bom':
        return bom(args, io);
      case 'generate':
        return generateCommand(args, io);
      case 'cutsheet':
        return cutsheet(args, io);
      case 'export':
        return exportCommand(args, io).catch(failed);
      case 'diff':
        return diffCommand(args, io);
      case 'commission':
        return commissionCommand(args, io);
      default:
        io.out(args.flags.has('json') ? `${JSON.stringify(catalogJson(BUILTIN_CATALOG), null, 2)}\n` : catalogText(BUILTIN_CATALOG));
        return 0;
    }
  } catch (e) {
    return failed(e);
  }
}

function analyze(args: ParsedArgs, io: Io): number {
  const design = loadDesign(args.positionals[0], io);
  const analysis = analyzeDesign(design);
  io.out(args.flags.has('json') ? `${JSON.stringify(analysisJson(design, analysis), null, 2)}\n` : analysisText(design, analysis));
  return analysis.summary.errors > 0 ? 1 : 0;
}

function bom(args: ParsedArgs, io: Io): number {
  const design = loadDesign(args.positionals[0], io);
  const analysis = analyzeDesign(design);
  const { bom } = analysis;
  if (args.flags.has('json') && args.flags.has('csv')) throw new UsageError('bom takes --json or --csv, not both');
  if (args.flags.has('json')) io.out(`${JSON.stringify(bom, null, 2)}\n`);
  else if (args.flags.has('csv')) io.out(bomCsv(bom, indexNodes(design)));
  else io.out(bomText(bom, indexNodes(design)));
  return analysis.summary.errors > 0 ? 1 : 0;
}

/** The installer's sheets `cutsheet --task` writes, by name. */
const CUTSHEET_TASKS = ['cords', 'trunks'] as const;
const isCutsheetTask = (task: string): task is (typeof CUTSHEET_TASKS)[number] => (CUTSHEET_TASKS as readonly string[]).includes(task);

export function cutsheet(args: ParsedArgs, io: Io): number {
  const task = args.options.get('task');
  if (task !== undefined && !isCutsheetTask(task)) throw new UsageError(`--task must be one of ${CUTSHEET_TASKS.join(', ')}`);
  const design = loadDesign(args.positionals[0], io);
  const analysis = analyzeDesign(design);
  io.out(cutsheetCsv(design, analysis, task ?? 'schedule').csv);
  return analysis.summary.errors > 0 ? 1 : 0;
}

export const nodeIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  readFile: readDesignText,
  writeFile: (p, data) => {
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, data);
  },
};

/** The process entry (bin/fabric.mjs): a reader that closed the pipe (`| head`) ends the run quietly. */
export async function main(): Promise<void> {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE' && stream === process.stdout) process.stderr.write(`fabric: cannot write the output: ${e.message}\n`);
      process.exit(e.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
    });
  }
  process.exitCode = await runCli(process.argv.slice(2), nodeIo, process.env.FABRIC_DEBUG === '1');
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('src/cli/fabric.ts')) await main();
