/** Transceiver modules by part: how many go in switches and in servers, their power, optional prices. */
import type { Bom, ModuleLine } from '../../domain/engine/bom.ts';
import { formatCount, formatModulePower, formatWatts } from '../../ui/format.ts';
import { BomHeading, BomTable, TotalRow, type Column } from './BomTable.tsx';
import { ItemName, priced } from './DeviceLines.tsx';
import { PriceCell, type PriceEditing } from './PriceCell.tsx';
import { ownEntry } from '../../domain/ownTable.ts';

export function ModuleLines({ bom, editing, showPrices }: { bom: Bom; editing: PriceEditing; showPrices: boolean }) {
  const columns: Column<ModuleLine>[] = [
    { header: 'Module', wide: true, cell: (m) => <ItemName name={m.name} id={m.part} /> },
    { header: 'Form factor', cell: (m) => m.formFactor },
    { header: 'Switch side', numeric: true, cell: (m) => formatCount(m.switchSide) },
    { header: 'Server side', numeric: true, cell: (m) => formatCount(m.serverSide) },
    { header: 'Total', numeric: true, cell: (m) => formatCount(m.count) },
    { header: 'Power each', numeric: true, cell: (m) => (m.powerW === null ? 'not published' : `${formatWatts(m.powerW)} ${m.powerBasis}`) },
    { header: 'Power total', numeric: true, cell: (m) => (m.totalPowerW === null ? '' : formatWatts(m.totalPowerW)) },
  ];
  if (showPrices) {
    columns.push(
      { header: 'Unit price', numeric: true, cell: (m) => <PriceCell item={m.module} name={m.name} editing={editing} /> },
      { header: 'Extended', numeric: true, cell: (m) => priced(ownEntry(editing.prices, m.module), m.count) },
    );
  }
  const sum = (pick: (m: ModuleLine) => number) => bom.modules.reduce((s, m) => s + pick(m), 0);
  const totals = [formatCount(sum((m) => m.switchSide)), formatCount(sum((m) => m.serverSide)), formatCount(sum((m) => m.count)), '', formatModulePower(bom.powerW)];
  return (
    <section aria-label="Modules">
      <BomHeading>Transceiver modules</BomHeading>
      <BomTable
        label="Transceiver modules"
        columns={columns}
        rows={bom.modules}
        rowKey={(m) => m.module}
        foot={<TotalRow label="All modules" span={2} values={showPrices ? [...totals, '', ''] : totals} />}
      />
      {bom.cableEnds > 0 && (
        <p className="-mt-2 mb-4 text-xs text-slate-500">
          Besides these, {formatCount(bom.cableEnds)} plug ends of direct-attach and active cables fill cages; they are bought with the cables below.
        </p>
      )}
      {bom.coPackagedPorts > 0 && (
        <p className="-mt-2 mb-4 text-xs text-slate-500">
          {formatCount(bom.coPackagedPorts)} links end on co-packaged switch ports: the fiber plugs into the switch faceplate, no module is bought there.
        </p>
      )}
    </section>
  );
}
