/** Patch cords and direct cables (DAC, AOC, in-rack jumpers) by assembly, fiber grade and stocked length. */
import type { Bom } from '../../domain/engine/bom.ts';
import { formatCount, formatLength } from '../../ui/format.ts';
import { BomHeading, BomTable, TotalRow } from './BomTable.tsx';

export function CableLines({ bom }: { bom: Bom }) {
  const total = bom.cables.reduce((s, c) => s + c.count, 0);
  return (
    <section aria-label="Cabling">
      <BomHeading>Cables: patch cords and direct cables</BomHeading>
      <BomTable
        label="Cables"
        columns={[
          { header: 'Assembly', cell: (c) => c.assembly },
          { header: 'Fiber grade', cell: (c) => c.fiber ?? '—' },
          { header: 'Length', numeric: true, cell: (c) => formatLength(c.lengthM) },
          { header: 'Count', numeric: true, cell: (c) => formatCount(c.count) },
        ]}
        rows={bom.cables}
        rowKey={(c) => `${c.assembly}-${c.fiber}-${c.lengthM}`}
        foot={<TotalRow label="All cables" span={3} values={[formatCount(total)]} />}
      />
    </section>
  );
}
