/** `fabric export <design> --to netbox|cvt|drawio [-o path]`: the hand-off files, from the engine. */
import { analyzeDesign } from '../domain/engine/analyzeDesign.ts';
import { CVT_HEADER, cvtRows, cvtSheets } from '../domain/export/cvtP2p.ts';
import { cvtXlsx } from '../domain/export/cvtXlsx.ts';
import { drawioXml } from '../domain/export/drawioXml.ts';
import { netboxExport } from '../domain/export/netboxExport.ts';
import { toCsv } from '../domain/report/csv.ts';
import { diagramLayout } from '../canvas/diagramLayout.ts';
import { UsageError, type ParsedArgs } from './args.ts';
import { loadDesign, ReadError, type Io } from './cliIo.ts';

export const EXPORT_TARGETS = ['netbox', 'cvt', 'drawio'] as const;

export async function exportCommand(args: ParsedArgs, io: Io): Promise<number> {
  const target = args.options.get('to');
  if (!target || !(EXPORT_TARGETS as readonly string[]).includes(target)) throw new UsageError(`--to must be one of ${EXPORT_TARGETS.join(', ')}`);
  const output = args.options.get('o') ?? args.options.get('output');
  const design = loadDesign(args.positionals[0], io);
  const analysis = analyzeDesign(design);
  switch (target) {
    case 'netbox': {
      if (!output) throw new UsageError('the NetBox export is several CSV files: name a folder with -o');
      const result = netboxExport(design, analysis);
      if (result.problems.length > 0) throw new ReadError(`NetBox would refuse these names (rename them in the design; nothing was written):\n${result.problems.map((p) => `  ${p}`).join('\n')}`);
      for (const note of result.notes) io.err(`note: ${note}\n`);
      for (const file of result.files) io.writeFile(`${output}/${file.name}`, file.text);
      io.err(`wrote ${result.files.length} files to ${output}/\n`);
      return 0;
    }
    case 'cvt': {
      if (output?.toLowerCase().endsWith('.xlsx')) {
        const blob = await cvtXlsx(cvtSheets(design, analysis));
        io.writeFile(output, new Uint8Array(await blob.arrayBuffer()));
      } else write(io, output, toCsv(CVT_HEADER, cvtRows(design, analysis)));
      return 0;
    }
    case 'drawio':
      write(io, output, drawioXml(design, analysis.catalog, diagramLayout(design, analysis)));
      return 0;
    default:
      throw new UsageError(`--to must be one of ${EXPORT_TARGETS.join(', ')}`);
  }
}

function write(io: Io, output: string | undefined, text: string): void {
  if (output) io.writeFile(output, text);
  else io.out(text);
}
