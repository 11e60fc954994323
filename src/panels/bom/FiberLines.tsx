/** Fiber strands and pairs in total, and per building pair and hall pair: the campus and hall trunks. */
import type { Crossing } from '../../domain/engine/bandwidth.ts';
import type { Bom } from '../../domain/engine/bom.ts';
import { formatCount } from '../../ui/format.ts';
import { BomHeading, BomTable } from './BomTable.tsx';

export function FiberLines({ bom, nameOf }: { bom: Bom; nameOf: (id: string) => string }) {
  const { fiber } = bom;
  return (
    <section aria-label="Fiber">
      <BomHeading>Fiber</BomHeading>
      <table aria-label="Fiber totals" className="mb-3 text-[13px]">
        <tbody>
          <tr>
            <th scope="row" className="pr-4 text-left font-normal text-slate-600">
              Fiber strands
            </th>
            <td className="text-right font-semibold tabular-nums">{formatCount(fiber.strands)}</td>
          </tr>
          <tr>
            <th scope="row" className="pr-4 text-left font-normal text-slate-600">
              Fiber pairs
            </th>
            <td className="text-right font-semibold tabular-nums">{formatCount(fiber.pairs)}</td>
          </tr>
        </tbody>
      </table>
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
