/** Capacity between buildings and between halls, with the trunks that carry it and the worst verdict of the groups between them. */
import type { Analysis } from '../domain/engine/analyzeDesign.ts';
import type { Design } from '../domain/model/design.ts';
import { placePairCapacity, type PairCapacity, type PairTrunks } from '../domain/report/placePairCapacity.ts';
import { BomTable } from '../panels/bom/BomTable.tsx';
import { formatCount } from '../ui/format.ts';
import { STATUS_GLYPH, STATUS_WORD } from '../ui/statusWords.ts';
import { formatCapacity } from './formatCapacity.ts';

export function ReportCapacity({ design, analysis }: { design: Design; analysis: Analysis }) {
  const pairs = placePairCapacity(design, analysis);
  return (
    <>
      <PairTable label="Capacity between buildings" none="No links between buildings." rows={pairs.buildings} />
      <PairTable label="Capacity between halls" none="No links between halls." rows={pairs.halls} />
      <p className="text-slate-600">
        Fibers: in use (MPO positions on indoor trunks, lit strands on outside plant) / provisioned (standard trunk counts after the design&apos;s{' '}
        {design.settings.spareFiberPercent} % spare fibers).
      </p>
    </>
  );
}

function PairTable({ label, none, rows }: { label: string; none: string; rows: readonly PairCapacity[] }) {
  if (rows.length === 0) return <p className="mb-3">{none}</p>;
  return (
    <BomTable
      label={label}
      columns={[
        { header: 'Between', wide: true, cell: (c) => `${c.between[0]} ↔ ${c.between[1]}` },
        { header: 'Link groups', numeric: true, cell: (c) => formatCount(c.linkGroups) },
        { header: 'Links', numeric: true, cell: (c) => formatCount(c.links) },
        { header: 'Cables', numeric: true, cell: (c) => formatCount(c.cables) },
        { header: 'Capacity', numeric: true, cell: (c) => formatCapacity(c.capacityGbps) },
        { header: 'Trunks', cell: trunksText },
        { header: 'Fibers used / provisioned', numeric: true, cell: (c) => (c.trunks.length ? `${formatCount(c.usedFibers)} / ${formatCount(c.provisionedFibers)}` : '—') },
        { header: 'Worst verdict', cell: (c) => `${STATUS_GLYPH[c.status]} ${STATUS_WORD[c.status]}` },
      ]}
      rows={rows}
      rowKey={(c) => `${c.a}-${c.b}`}
    />
  );
}

const trunkText = (t: PairTrunks) => `${formatCount(t.count)} × ${formatCount(t.fibers)} f ${t.type === 'osp' ? 'OSP' : 'MPO'} ${t.fiber}`;

function trunksText(c: PairCapacity): string {
  if (c.trunks.length) return c.trunks.map(trunkText).join(', ');
  return c.buildings ? `via ${c.buildings[0]} ↔ ${c.buildings[1]}` : '—';
}
