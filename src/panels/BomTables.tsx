/** A compact bill of materials: devices by model and role, transceiver modules by part and side. */
import type { Bom } from '../domain/engine/bom.ts';
import { deviceLineName } from '../domain/report/deviceLineName.ts';
import { formatCount } from '../ui/format.ts';
import { PanelSection } from './PanelSection.tsx';

const th = 'py-1 font-medium text-slate-500';
const num = 'py-1 text-right tabular-nums';

export function BomTables({ bom }: { bom: Bom }) {
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
          {bom.devices.map((d) => (
            <tr key={`${d.model}-${d.role}-${d.plane}`} className="border-b border-slate-100 last:border-0">
              <td className="py-1 pr-2 break-words text-slate-900">
                {deviceLineName(d)}
              </td>
              <td className="py-1 text-slate-600">{d.role}</td>
              <td className={num}>{formatCount(d.count)}</td>
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
          {bom.modules.map((m) => (
            <tr key={m.module} className="border-b border-slate-100 last:border-0">
              <td className="py-1 pr-2 break-words">
                <div className="text-slate-900">{m.name}</div>
                <div className="text-[11px] text-slate-500">{m.part}</div>
              </td>
              <td className={`${num} text-slate-600`}>{formatCount(m.switchSide)}</td>
              <td className={`${num} text-slate-600`}>{formatCount(m.serverSide)}</td>
              <td className={`${num} font-medium text-slate-900`}>{formatCount(m.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PanelSection>
  );
}
