/** What Create would make: the sizing's counts and the engine's totals, or why it cannot be made. */
import { BUILTIN_CATALOG } from '../domain/catalog/catalog.ts';
import type { FabricPreview } from '../domain/generator/previewFabric.ts';
import { describeTierOptic } from '../domain/generator/tierOptics.ts';
import { formatCount, plural } from '../ui/format.ts';
import { StatusIcon } from '../ui/StatusIcon.tsx';
import type { PreviewFinding } from './previewWorker.ts';
import type { FabricPreviewState } from './useFabricPreview.ts';

type Row = readonly [label: string, value: string];

function rowGroups({ counts, modules, fiberPairs, cables, appliances, storageCounts }: FabricPreview): readonly (readonly [title: string, rows: readonly Row[]])[] {
  // a two-tier fabric has no cores: a dash reads "not in this design" where 0 reads "missing"
  const upper = (n: number) => (counts.tiers === 3 ? formatCount(n) : '—');
  const racks: Row[] = [[counts.rackType ? 'NVL72 racks' : 'GPU racks', formatCount(counts.gpuRacks)]];
  if (counts.rackType) racks.push(['NVLink switch trays', formatCount(counts.nvlinkSwitchTrays)]);
  if (appliances > 0) racks.push(['UFM appliances', formatCount(appliances)]);
  const groups: (readonly [string, readonly Row[]])[] = [
    ['Compute', [[counts.rackType ? 'Compute trays' : 'Servers', formatCount(counts.servers)], ['GPUs', formatCount(counts.gpus)], ...racks, ['Scalable units', formatCount(counts.sus)]]],
    ['Switches', [['Planes', formatCount(counts.planes)], ['Leaves', formatCount(counts.leaves)], ['Spines', formatCount(counts.spines)], ['Cores', upper(counts.cores)]]],
    [
      `Links at ${counts.rateGbps}G`,
      [
        ['Server–leaf links', formatCount(counts.links.serverLeaf)],
        ['Leaf–spine links', formatCount(counts.links.leafSpine)],
        ['Spine–core links', upper(counts.links.spineCore)],
      ],
    ],
  ];
  if (counts.planes > 1) {
    // NVIDIA counts a twin-plane fabric's cables in units of the server port: one carries a link of each plane
    groups.push([
      `Cables in ${counts.serverPortGbps}G units`,
      [
        ['Server–leaf cables', formatCount(counts.cableUnits.serverLeaf)],
        ['Leaf–spine cables', formatCount(counts.cableUnits.leafSpine)],
        ['Spine–core cables', upper(counts.cableUnits.spineCore)],
      ],
    ]);
  }
  if (storageCounts) {
    groups.push([
      'Storage fabric',
      [
        ['Storage leaves', formatCount(storageCounts.leaves)],
        ['Storage spines', formatCount(storageCounts.spines)],
        ['Storage links', formatCount(storageCounts.links)],
        ['Array ports kept', formatCount(storageCounts.arrayPorts)],
      ],
    ]);
  }
  groups.push(['Cable plant', [['Transceiver modules', formatCount(modules)], ['Fiber pairs', formatCount(fiberPairs)], ['Cables', formatCount(cables)]]]);
  return groups;
}

export function FabricPreviewPanel({ state, blocked, problems }: {
  readonly state: FabricPreviewState;
  /** The form has unreadable fields, so there is nothing current to preview. */
  readonly blocked: boolean;
  /** Reasons the current parameters cannot be generated, from the form or from Create. */
  readonly problems: readonly string[];
}) {
  const { result, pending } = state;
  const preview = result?.ok ? result.preview : null;
  const failed = !blocked && !pending && result && !result.ok ? result.problems : [];
  const shownProblems = [...problems, ...failed];
  const status = blocked ? 'Fix the highlighted fields to update the preview.' : pending ? 'Updating preview…' : preview ? summaryOf(preview) : 'Cannot generate these parameters.';
  return (
    <section aria-labelledby="fabric-preview-title" className="flex min-h-0 flex-col">
      <h3 id="fabric-preview-title" className="text-[11px] font-semibold tracking-wider text-slate-500 uppercase">
        Preview
      </h3>
      <p role="status" className="mt-1 min-h-9 text-xs leading-snug text-slate-600">
        {status}
      </p>
      {shownProblems.length > 0 && (
        <ul aria-label="Problems" className="mb-3 space-y-1 rounded-md border border-red-200 bg-red-50 p-2 text-xs leading-snug text-red-900">
          {shownProblems.map((p) => (
            <li key={p} className="flex gap-1.5">
              <StatusIcon status="error" />
              <span>{p}</span>
            </li>
          ))}
        </ul>
      )}
      {preview && (
        <div aria-busy={pending || blocked} className={pending || blocked || failed.length ? 'opacity-50 transition-opacity' : 'transition-opacity'}>
          <table aria-label="Preview counts" className="w-full text-[13px]">
            {rowGroups(preview).map(([title, rows]) => (
              <tbody key={title}>
                <tr>
                  <th colSpan={2} scope="rowgroup" className="pt-2 pb-0.5 text-left text-[11px] font-medium text-slate-500">
                    {title}
                  </th>
                </tr>
                {rows.map(([label, value]) => (
                  <tr key={label} className="border-b border-slate-100 last:border-0">
                    <th scope="row" className="py-0.5 text-left font-normal text-slate-600">
                      {label}
                    </th>
                    <td className="py-0.5 text-right font-medium text-slate-900 tabular-nums">{value}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
          <OpticsByTier preview={preview} />
          {preview.ufm && (
            <p aria-label="UFM" className="mt-2 text-xs leading-snug text-slate-700">
              {preview.ufm}
            </p>
          )}
          {preview.storage && (
            <p aria-label="Storage fabric" className="mt-2 text-xs leading-snug text-slate-700">
              {preview.storage}
            </p>
          )}
          <Verdict preview={preview} findings={state.findings} />
        </div>
      )}
    </section>
  );
}

/** Which optic each tier got and why (the preview runs on the built-in catalog). */
function OpticsByTier({ preview }: { preview: FabricPreview }) {
  return (
    <div className="mt-2">
      <h4 className="pb-0.5 text-[11px] font-medium text-slate-500">Optics</h4>
      <ul aria-label="Optics by tier" className="space-y-0.5 text-xs leading-snug text-slate-700">
        {preview.optics.map((t) => {
          const line = describeTierOptic(t, BUILTIN_CATALOG);
          return <li key={line}>{line}</li>;
        })}
      </ul>
    </div>
  );
}

/** Distinct findings shown before the rest are summed up; the Findings panel lists all after Create. */
const SHOWN_FINDINGS = 3;

function Verdict({ preview: { errors, warnings }, findings }: { preview: FabricPreview; findings: readonly PreviewFinding[] }) {
  const status = errors ? 'error' : warnings ? 'warning' : 'ok';
  const words = errors || warnings ? `${plural(errors, 'error')}, ${plural(warnings, 'warning')}` : 'Every link group passes reach, loss and port checks';
  const hidden = findings.length - SHOWN_FINDINGS;
  return (
    <div className="mt-3 rounded-md bg-white px-2 py-1.5 text-xs text-slate-700 ring-1 ring-slate-200">
      <p className="flex items-start gap-1.5 font-medium">
        <StatusIcon status={status} />
        <span>{words}</span>
      </p>
      {findings.length > 0 && (
        <ul aria-label="Findings" className="mt-1 space-y-1 border-t border-slate-100 pt-1 leading-snug">
          {findings.slice(0, SHOWN_FINDINGS).map((f) => (
            <li key={f.message} className="flex items-start gap-1.5">
              <StatusIcon status={f.severity} />
              <span>
                {f.message}
                {f.count > 1 && <span className="text-slate-500"> ({formatCount(f.count)} link groups)</span>}
              </span>
            </li>
          ))}
          {hidden > 0 && <li className="pl-5 text-slate-500">and {plural(hidden, 'other finding')}, listed under Findings once created</li>}
        </ul>
      )}
    </div>
  );
}

function summaryOf({ counts }: FabricPreview): string {
  const su = `${plural(counts.sus, 'SU')} of ${formatCount(counts.serversPerSu)} ${counts.rackType ? 'trays' : 'servers'}`;
  const planes = counts.planes > 1 ? `${counts.planes} planes of ` : '';
  return `${formatCount(counts.gpus)} GPUs in ${su}, ${planes}${counts.tiers} tiers at ${counts.rateGbps}G, ${counts.template}.`;
}
