/** What goes in the cages at each end, and what the group carries: fiber strands and capacity. */
import type { ConnectorKind } from '../../domain/catalog/types.ts';
import type { HostedEnd } from '../../domain/engine/endFit.ts';
import type { LinkVerdict } from '../../domain/engine/linkVerdict.ts';
import { formatCount } from '../../ui/format.ts';
import { PanelSection } from '../PanelSection.tsx';
import { formatRate } from './units.ts';

interface Props {
  readonly verdict: LinkVerdict;
  readonly names: { readonly a: string; readonly b: string };
  readonly connector: ConnectorKind | undefined;
}

const CONNECTOR: Record<ConnectorKind, string> = { 'lc-duplex': 'duplex LC', 'mpo-12': 'MPO-12', 'mpo-16': 'MPO-16', integrated: 'integrated plugs' };

const th = 'py-0.5 pr-2 text-left align-top font-normal text-slate-500';
const td = 'py-0.5 pr-2 align-top text-slate-800 break-words';

export function LinkEnds({ verdict, names, connector }: Props) {
  const rows: [string, (end: HostedEnd) => string][] = [
    ['Module', (e) => e.module.name],
    ['Part', (e) => e.module.part],
    ['Links per module', (e) => String(e.linksPerModule)],
    ['Cage', (e) => `${e.portGroup.purpose} · ${e.portGroup.formFactor}`],
    ['Power', (e) => (e.module.kind === 'co-packaged' ? "in the switch's figure" : e.module.powerW === null ? 'unknown' : `${e.module.powerW} W ${e.module.powerBasis}`)],
  ];
  const ends = [verdict.endA, verdict.endB] as const;
  return (
    <PanelSection level={3} title="Ends and fiber">
      <table aria-label="Modules at each end" className="w-full table-fixed text-[12px]">
        <thead>
          <tr>
            <th className="w-[7rem]" />
            <th scope="col" className="truncate pr-2 pb-0.5 text-left font-medium text-slate-700">
              A · {names.a}
            </th>
            <th scope="col" className="truncate pb-0.5 text-left font-medium text-slate-700">
              B · {names.b}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row" className={th}>
                {label}
              </th>
              {ends.map((end, i) => (
                <td key={i} className={td}>
                  {end ? value(end) : <span className="text-slate-400">no module fits</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="mt-2 grid grid-cols-[7rem_1fr] gap-y-0.5 text-[12px]">
        <dt className="text-slate-500">Fiber</dt>
        <dd className="text-slate-800">
          {verdict.strands
            ? `${formatCount(verdict.strands)} strands (${formatCount(verdict.strands / 2)} pairs) in ${formatCount(verdict.cables)} cables${connector ? `, ${CONNECTOR[connector]}` : ''}`
            : `${formatCount(verdict.cables)} cable assemblies, no field fiber`}
        </dd>
        <dt className="text-slate-500">Capacity</dt>
        <dd className="text-slate-800">
          {formatRate(verdict.capacityGbps)} <span className="text-slate-500">({formatRate(verdict.rateGbps)} per link)</span>
        </dd>
      </dl>
    </PanelSection>
  );
}
