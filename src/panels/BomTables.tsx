/**
 * A compact bill of materials: devices by model and role, transceiver modules by part and side.
 * Re-rendered only when a line it shows changed.
 */
import { memo } from 'react';
import type { Bom } from '../domain/engine/bom.ts';
import { deviceLineName } from '../domain/report/deviceLineName.ts';
import { formatCount } from '../ui/format.ts';
import { PanelSection } from './PanelSection.tsx';
import { sameRows } from './sameRows.ts';

const th = 'py-1 font-medium text-slate-500';
const num = 'py-1 text-right tabular-nums';

export interface BomRows {
  readonly devices: readonly { readonly key: string; readonly name: string; readonly role: string; readonly count: string }[];
  readonly modules: readonly { readonly key: string; readonly name: string; readonly part: string; readonly switchSide: string; readonly serverSide: string; readonly count: string }[];
}

export function bomRowsOf(bom: Bom): BomRows {
  return {
    devices: bom.devices.map((d) => ({ key: `${d.model}-${d.role}-${d.plane}-${d.fabric}`, name: deviceLineName(d), role: d.role, count: formatCount(d.count) })),
    modules: bom.modules.map((m) => ({ key: m.module, name: m.name, part: m.part, switchSide: formatCount(m.switchSide), serverSide: formatCount(m.serverSide), count: formatCount(m.count) })),
  };
}

export const BomTables = memo(function BomTables({ rows }: { rows: BomRows }) {
  return (
    <PanelSection title="Bill of materials">
      <table aria-label="Devices" className="mb-3 w-full table-fixed text-[13px]">
        <thead className="border-b border-slate-200 text-left text-xs">
          <tr>
            <th className={th}>Device</th>
            <th className={`${th} w-20`}>Role</th>
            <th className={`${th} w-14 text-right`}>Count</th>
          </tr>
        </thead>
        <tbody>
          {rows.devices.map((d) => (
            <tr key={d.key} className="border-b border-slate-100 last:border-0">
              <td className="py-1 pr-2 break-words text-slate-900">{d.name}</td>
              <td className="py-1 text-slate-600">{d.role}</td>
              <td className={num}>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table aria-label="Transceiver modules" className="w-full table-fixed text-[13px]">
        <thead className="border-b border-slate-200 text-left text-xs">
          <tr>
            <th className={th}>Module</th>
            <th className={`${th} w-14 text-right`}>Switch</th>
            <th className={`${th} w-14 text-right`}>Server</th>
            <th className={`${th} w-14 text-right`}>Total</th>
          </tr>
        </thead>
        <tbody>
          {rows.modules.map((m) => (
            <tr key={m.key} className="border-b border-slate-100 last:border-0">
              <td className="py-1 pr-2 break-words">
                <div className="text-slate-900">{m.name}</div>
                <div className="text-[11px] text-slate-500">{m.part}</div>
              </td>
              <td className={`${num} text-slate-600`}>{m.switchSide}</td>
              <td className={`${num} text-slate-600`}>{m.serverSide}</td>
              <td className={`${num} font-medium text-slate-900`}>{m.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PanelSection>
  );
}, (p, q) => sameRows(p.rows.devices, q.rows.devices) && sameRows(p.rows.modules, q.rows.modules));
