/** Devices by model and role, and racks by kind, with power at maximum rating and optional prices. */
import { rackKindName } from '../../domain/model/rackKinds.ts';
import type { Bom, DeviceLine } from '../../domain/engine/bom.ts';
import { formatCount, formatWatts } from '../../ui/format.ts';
import { BomHeading, BomTable, type Column } from './BomTable.tsx';
import { extended, formatMoney } from './formatMoney.ts';
import { PriceCell, type PriceEditing } from './PriceCell.tsx';
import { ownEntry } from '../../domain/ownTable.ts';

export function DeviceLines({ bom, editing, showPrices }: { bom: Bom; editing: PriceEditing; showPrices: boolean }) {
  const columns: Column<DeviceLine>[] = [
    { header: 'Model', wide: true, cell: (d) => <ItemName name={d.name} id={d.model} /> },
    { header: 'Role', cell: (d) => d.role },
    // a multi-plane fabric buys each plane's switches on their own line
    ...(bom.devices.some((d) => d.plane !== undefined) ? [{ header: 'Plane', numeric: true, cell: (d: DeviceLine) => (d.plane === undefined ? '' : String(d.plane)) }] : []),
    // a storage fabric's switches are bought on lines of their own
    ...(bom.devices.some((d) => d.fabric !== undefined) ? [{ header: 'Fabric', cell: (d: DeviceLine) => d.fabric ?? 'compute' }] : []),
    { header: 'Count', numeric: true, cell: (d) => formatCount(d.count) },
    { header: 'GPUs', numeric: true, cell: (d) => (d.gpus ? formatCount(d.gpus) : '') },
    { header: 'Max power each', numeric: true, cell: (d) => (d.powerMaxW === null ? 'not published' : formatWatts(d.powerMaxW)) },
    { header: 'Max power total', numeric: true, cell: (d) => (d.powerMaxW === null ? '' : formatWatts(d.powerMaxW * d.count)) },
  ];
  if (showPrices) {
    columns.push(
      { header: 'Unit price', numeric: true, cell: (d) => <PriceCell item={d.model} name={d.name} editing={editing} /> },
      { header: 'Extended', numeric: true, cell: (d) => priced(ownEntry(editing.prices, d.model), d.count) },
    );
  }
  return (
    <section aria-label="Devices and racks">
      <BomHeading>Devices</BomHeading>
      <BomTable label="Devices" columns={columns} rows={bom.devices} rowKey={(d) => `${d.model}-${d.role}-${d.plane}-${d.fabric}`} />
      {bom.racks.length > 0 && (
        <>
          <BomHeading>Racks</BomHeading>
          <BomTable
            label="Racks"
            columns={[
              { header: 'Rack', cell: (r) => rackKindName(r.rackKind) },
              { header: 'Count', numeric: true, cell: (r) => formatCount(r.count) },
            ]}
            rows={bom.racks}
            rowKey={(r) => r.rackKind}
          />
        </>
      )}
    </section>
  );
}

export function ItemName({ name, id }: { name: string; id: string }) {
  return (
    <>
      <div>{name}</div>
      {id !== name && <div className="text-[11px] text-slate-500">{id}</div>}
    </>
  );
}

export function priced(unitPrice: number | undefined, count: number): string {
  return unitPrice === undefined ? '' : formatMoney(extended(unitPrice, count));
}
