/** The link schedule: per link group its ends, optic, longest length, loss, margin and channel. */
import type { Analysis } from '../domain/engine/analyzeDesign.ts';
import { linkGroupName } from '../domain/engine/linkGroupName.ts';
import type { Design } from '../domain/model/design.ts';
import { BomTable } from '../panels/bom/BomTable.tsx';
import { formatCount, formatLength } from '../ui/format.ts';

const db = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${x.toFixed(2)} dB`);

export function ReportLinkSchedule({ design, analysis }: { design: Design; analysis: Analysis }) {
  const names = new Map(design.nodes.map((n) => [n.id, n.name || n.id]));
  const rows = design.links.flatMap((link) => {
    const v = analysis.linkById.get(link.id);
    return v ? [{ link, v }] : [];
  });
  return (
    <BomTable
      label="Link schedule"
      columns={[
        { header: 'Link group', wide: true, cell: ({ link }) => linkGroupName(link, analysis.catalog) },
        { header: 'A end', cell: ({ link }) => names.get(link.a) ?? link.a },
        { header: 'B end', cell: ({ link }) => names.get(link.b) ?? link.b },
        { header: 'Optic', cell: ({ link }) => analysis.catalog.optics[link.optic]?.name ?? link.optic },
        { header: 'Links', numeric: true, cell: ({ link }) => formatCount(link.count) },
        { header: 'Length', numeric: true, cell: ({ v }) => formatLength(v.lengthM) },
        { header: 'Loss', numeric: true, cell: ({ v }) => db(v.fit?.lossDb) },
        { header: 'Margin', numeric: true, cell: ({ v }) => db(v.fit?.marginDb) },
        { header: 'Channel', cell: ({ v }) => `${v.plant.connections} conn., ${v.plant.splices} splices` },
      ]}
      rows={rows}
      rowKey={({ link }) => link.id}
    />
  );
}
