/**
 * The chooser for a new link group: the optics that fit both ends, ranked by the engine for this
 * very run (passes first, then fuller cages, then watts), with reach, loss margin, power and fiber
 * for each; the count starts at what the free ports allow.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { Catalog } from '../../domain/catalog/catalog.ts';
import type { PathKind } from '../../domain/engine/cableLength.ts';
import type { OptionStatus } from '../../domain/engine/rankOptics.ts';
import { formatCount, formatLength, formatWatts } from '../../ui/format.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { STATUS_GLYPH, STATUS_TEXT_CLASS } from '../../ui/statusWords.ts';
import { FIELD, PRIMARY_BUTTON, SECONDARY_BUTTON } from '../formStyles.ts';
import type { DraftOption, LinkDraft } from './linkDraft.ts';

const PATH_WORDS: Record<PathKind, string> = {
  'same-rack': 'In one rack',
  'same-hall': 'Across the hall floor',
  'cross-hall': 'Between halls of one building',
  'cross-building': 'Between buildings, over the campus route',
};
const VERDICT: Record<OptionStatus, string> = { ok: 'Passes', warning: 'Warning', error: 'Fails' };

export interface LinkChoice {
  readonly optic: string;
  readonly count: number;
}

export function ConnectDialog({ draft, catalog, onConnect, onClose }: { draft: LinkDraft; catalog: Catalog; onConnect: (choice: LinkChoice) => void; onClose: () => void }) {
  const rates = useMemo(() => [...new Set(draft.options.map((o) => o.rateGbps))].sort((x, y) => y - x), [draft.options]);
  // the fastest rate both ends share that some optic passes at: a 400G port is not wanted at 100G by default
  const [rate, setRate] = useState<number | 'all'>(() => rates.find((r) => draft.options.some((o) => o.rateGbps === r && o.status !== 'error')) ?? rates[0] ?? 'all');
  const shown = useMemo(() => draft.options.filter((o) => rate === 'all' || o.rateGbps === rate), [draft.options, rate]);
  const [optic, setOptic] = useState(shown[0]?.optic ?? '');
  const [typedCount, setTypedCount] = useState<number | null>(null);
  const chosen = useMemo(() => draft.options.find((o) => o.optic === optic), [draft.options, optic]);
  const pickRate = (next: number | 'all') => {
    setRate(next);
    const first = draft.options.find((o) => next === 'all' || o.rateGbps === next);
    if (first && next !== 'all' && chosen?.rateGbps !== next) setOptic(first.optic);
  };
  const count = typedCount ?? chosen?.defaultCount ?? 1;
  const countId = useId();
  const captionId = useId();
  const nameOf = (id: string) => catalog.optics[id]?.name ?? id;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (chosen && Number.isInteger(count) && count >= 1) onConnect({ optic: chosen.optic, count });
  };
  return (
    <ModalDialog title={`Connect ${draft.a.name} → ${draft.b.name}`} onClose={onClose} width="w-[min(900px,95vw)]">
      <form onSubmit={submit} className="grid gap-3">
        <p className="text-xs text-slate-600">
          {PATH_WORDS[draft.run.path]} · longest cable <b className="text-slate-900 tabular-nums">{formatLength(draft.run.lengthM)}</b> as ordered (with slack), measured from where both ends
          stand.
        </p>
        {rates.length > 1 && (
          <div role="radiogroup" aria-label="Rate" className="flex items-center gap-1 text-xs">
            <span className="mr-1 text-slate-500">Rate</span>
            {[...rates, 'all' as const].map((r) => (
              <button
                key={r}
                type="button"
                role="radio"
                aria-checked={rate === r}
                onClick={() => pickRate(r)}
                className={`h-6 rounded-md border px-2 font-medium tabular-nums ${rate === r ? 'border-sky-500 bg-sky-50 text-sky-800' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50'}`}
              >
                {r === 'all' ? 'All rates' : `${r}G`}
              </button>
            ))}
          </div>
        )}
        {draft.options.length === 0 ? (
          <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-red-800">
            No optic fits both ends.
          </p>
        ) : (
          <div className="max-h-[46vh] overflow-y-auto rounded-md border border-slate-200">
            <table className="w-full border-collapse text-left text-xs tabular-nums" aria-describedby={captionId}>
              <caption id={captionId} className="sr-only">
                Optics that fit both ends, best first for this run
              </caption>
              <thead className="sticky top-0 bg-slate-50 text-[11px] text-slate-500 uppercase">
                <tr>
                  <th scope="col" className="py-1.5 pr-2 pl-3 font-semibold">Optic</th>
                  <th scope="col" className="px-2 font-semibold">Verdict</th>
                  <th scope="col" className="px-2 text-right font-semibold">Reach</th>
                  <th scope="col" className="px-2 text-right font-semibold">Loss margin</th>
                  <th scope="col" className="px-2 text-right font-semibold">Watts / link</th>
                  <th scope="col" className="px-2 text-right font-semibold">Fiber</th>
                  <th scope="col" className="py-1.5 pr-3 pl-2 text-right font-semibold">Free ports</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((o) => (
                  <OptionRow key={o.optic} option={o} name={nameOf(o.optic)} checked={o.optic === optic} onPick={() => setOptic(o.optic)} />
                ))}
              </tbody>
            </table>
          </div>
        )}
        {chosen && <Modules option={chosen} catalog={catalog} a={draft.a.name} b={draft.b.name} />}
        <div className="flex items-end justify-between gap-4">
          <div className="grid gap-1">
            <label htmlFor={countId} className="text-xs font-medium text-slate-700">
              Links
            </label>
            <input id={countId} className={`${FIELD} w-28`} type="number" min={1} step={1} required value={Number.isFinite(count) ? count : ''} onChange={(e) => setTypedCount(e.currentTarget.valueAsNumber)} />
          </div>
          {chosen && <FreePortsNote option={chosen} optic={nameOf(chosen.optic)} a={draft.a.name} b={draft.b.name} count={count} />}
          <div className="flex gap-2">
            <button type="button" className={SECONDARY_BUTTON} onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className={PRIMARY_BUTTON} disabled={!chosen}>
              Create link group
            </button>
          </div>
        </div>
      </form>
    </ModalDialog>
  );
}

function OptionRow({ option: o, name, checked, onPick }: { option: DraftOption; name: string; checked: boolean; onPick: () => void }) {
  const muted = o.status === 'error' ? 'text-slate-500' : 'text-slate-800';
  return (
    <tr onClick={onPick} className={`cursor-pointer border-t border-slate-100 ${checked ? 'bg-sky-50' : 'hover:bg-slate-50'} ${muted}`}>
      <td className="py-1.5 pr-2 pl-3">
        <div className="flex items-center gap-2">
          <label className="flex cursor-pointer items-center gap-2 font-medium">
            <input type="radio" name="optic" value={o.optic} checked={checked} onChange={onPick} className="accent-sky-600" />
            {name}
          </label>
          {!o.fillsCages && (
            <span className="rounded bg-amber-50 px-1 text-[10px] text-amber-700" title="A single-port module in a twin-port cage leaves a port unused">
              half cage
            </span>
          )}
        </div>
      </td>
      <td className="px-2 whitespace-nowrap">
        <span className={`font-semibold ${STATUS_TEXT_CLASS[o.status]}`}>
          <span aria-hidden="true">{STATUS_GLYPH[o.status]} </span>
          {VERDICT[o.status]}
        </span>
      </td>
      <td className="px-2 text-right">{o.fit.reachM === null ? '—' : formatLength(o.fit.reachM)}</td>
      <td className="px-2 text-right">{o.fit.marginDb === null ? <span title="No published channel-loss figure: reach check only">—</span> : `${o.fit.marginDb.toFixed(1)} dB`}</td>
      <td className="px-2 text-right">{o.wattsPerLink === null ? '—' : formatWatts(o.wattsPerLink)}</td>
      <td className="px-2 text-right">{o.strands === 0 ? 'cable assembly' : `${o.strands} strands`}</td>
      <td className="py-1.5 pr-3 pl-2 text-right">{formatCount(Math.min(o.freeA, o.freeB))}</td>
    </tr>
  );
}

function FreePortsNote({ option, optic, a, b, count }: { option: DraftOption; optic: string; a: string; b: string; count: number }) {
  const most = Math.min(option.freeA, option.freeB);
  const short = most === 0 ? (option.freeA === 0 ? a : b) : null;
  if (short || count > most) {
    return (
      <p role="status" className="flex-1 text-xs text-amber-800">
        <span aria-hidden="true" className="font-bold text-amber-600">⚠ </span>
        {short ? `${short} has no free port for ${optic}` : `Free ports allow only ${formatCount(most)} links of ${optic}`}: this link group would exhaust its cages.
      </p>
    );
  }
  return (
    <p className="flex-1 text-xs text-slate-500">
      Free ports allow {formatCount(most)} links of {optic}: {formatCount(option.freeA)} at {a}, {formatCount(option.freeB)} at {b}.
    </p>
  );
}

function Modules({ option, catalog, a, b }: { option: DraftOption; catalog: Catalog; a: string; b: string }) {
  const name = (id: string) => catalog.modules[id]?.name ?? id;
  return (
    <p className="text-xs text-slate-600">
      Modules: <b className="font-medium text-slate-800">{name(option.moduleA)}</b> at {a}, <b className="font-medium text-slate-800">{name(option.moduleB)}</b> at {b}.
    </p>
  );
}
