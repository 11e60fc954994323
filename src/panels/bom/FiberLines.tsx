/** Fiber strands and pairs in total, and per building pair and hall pair: the campus and hall trunks. */
import type { Crossing } from '../../domain/engine/bandwidth.ts';
import type { Bom } from '../../domain/engine/bom.ts';
import { formatCount } from '../../ui/format.ts';
import { BomHeading, BomTable } from './BomTable.tsx';
import { FigureTable } from './FigureTable.tsx';

export function FiberLines({ bom, nameOf }: { bom: Bom; nameOf: (id: string) => string }) {
  const { fiber } = bom;
  const totals: [string, string][] = [
    ['Fiber strands', formatCount(fiber.strands)],
    ['Fiber pairs', formatCount(fiber.pairs)],
  ];
  return (
    <section aria-label="Fiber">
      <BomHeading>Fiber</BomHeading>
      <FigureTable label="Fiber totals" rows={totals} className="mb-3" />
      <CrossingTable label="Fiber by building pair" rows={fiber.byBuildingPair} nameOf={nameOf} />
      <CrossingTable label="Fiber by hall pair" rows={fiber.byHallPair} nameOf={nameOf} />
    </section>
  );
}

function CrossingTable({ label, rows, nameOf }: { label: string; rows: readonly Crossing[]; nameOf: (id: string) => string }) {
  return (
    <>
      <BomHeading>{label}</BomHeading>
      <BomTable
        label={label}
        columns={[
          { header: 'Between', wide: true, cell: (c) => `${nameOf(c.a)} ↔ ${nameOf(c.b)}` },
          { header: 'Links', numeric: true, cell: (c) => formatCount(c.links) },
          { header: 'Cables', numeric: true, cell: (c) => formatCount(c.cables) },
          { header: 'Fiber strands', numeric: true, cell: (c) => formatCount(c.strands) },
          { header: 'Fiber pairs', numeric: true, cell: (c) => formatCount(c.pairs) },
        ]}
        rows={rows}
        rowKey={(c) => `${c.a}-${c.b}`}
      />
    </>
  );
}
