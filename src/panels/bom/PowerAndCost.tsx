/** Power totals and, once the user has priced something, the total cost and what is still unpriced. */
import type { Bom } from '../../domain/engine/bom.ts';
import { formatModulePower, formatWatts } from '../../ui/format.ts';
import { BomHeading } from './BomTable.tsx';
import { FigureTable } from './FigureTable.tsx';
import { formatMoney } from './formatMoney.ts';

export function PowerAndCost({ bom, nameOf }: { bom: Bom; nameOf: (item: string) => string }) {
  const rows: [string, string][] = [
    ['Transceiver modules', formatModulePower(bom.powerW)],
    ['Devices at maximum rating', formatWatts(bom.powerW.devicesMax)],
    ['Total', `${bom.powerW.modulesUnpublished || bom.devicesWithoutPower.length ? 'at least ' : ''}${formatWatts(bom.powerW.modules + bom.powerW.devicesMax)}`],
  ];
  return (
    <section aria-label="Power and cost" className="grid gap-6 sm:grid-cols-2 print:grid-cols-2">
      <div>
        <BomHeading>Power</BomHeading>
        <FigureTable label="Power" rows={rows} />
        {bom.devicesWithoutPower.length > 0 && (
          <p className="mt-1 text-xs text-slate-500">No published power for: {bom.devicesWithoutPower.map(nameOf).join('; ')}.</p>
        )}
      </div>
      <div>
        <BomHeading>Cost</BomHeading>
        {bom.cost ? (
          <>
            <p aria-label="Total cost" className="text-base font-semibold tabular-nums">
              Total {formatMoney(bom.cost.total)}
            </p>
            <p className="mt-1 text-xs text-slate-500">
              {bom.cost.unpriced.length ? `Not priced yet: ${bom.cost.unpriced.map(nameOf).join(', ')}.` : 'Every device and module is priced.'}
            </p>
          </>
        ) : (
          <p className="text-xs text-slate-500">Enter unit prices for devices and modules to see extended and total cost.</p>
        )}
      </div>
    </section>
  );
}
