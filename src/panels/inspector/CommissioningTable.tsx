/** What DOM should read at turn-up: the engine's expected Rx window per lane against the receiver and the module's thresholds. */
import type { LinkVerdict } from '../../domain/engine/linkVerdict.ts';
import type { RxWindow } from '../../domain/engine/rxWindow.ts';
import { formatDbRange, formatDbValue, RX_STATUS_TEXT } from '../../ui/formatDb.ts';
import { PanelSection } from '../PanelSection.tsx';

const num = 'py-0.5 text-right tabular-nums text-slate-800';
const label = 'py-0.5 text-left font-normal text-slate-600';

export function CommissioningTable({ verdict, opticName }: { verdict: LinkVerdict; opticName: (id: string) => string }) {
  const windows = verdict.commissioning;
  if (windows.length === 0) return null;
  return (
    <PanelSection level={3} title="Commissioning" aside="per lane">
      {windows.map((w, i) => (
        <WindowTable key={i} w={w} caption={windows.length > 1 ? `${opticName(w.txOptic)} → ${opticName(w.rxOptic)}` : null} />
      ))}
    </PanelSection>
  );
}

function WindowTable({ w, caption }: { w: RxWindow; caption: string | null }) {
  const rows: [string, string][] = [
    ['Tx launch', `${formatDbRange(w.txMinDbm, w.txMaxDbm)} dBm`],
    ['Loss window', `${formatDbRange(w.lossMinDb, w.lossMaxDb)} dB`],
    ['Expected Rx', `${formatDbRange(w.rxMinDbm, w.rxMaxDbm)} dBm`],
    ['Sensitivity', `${formatDbValue(w.sensitivityDbm)}${w.sensitivityDbm === null ? '' : ' dBm'}`],
    ['Overload', `${formatDbValue(w.overloadDbm)}${w.overloadDbm === null ? '' : ' dBm'}`],
    ['Margin', `${formatDbValue(w.marginDb)}${w.marginDb === null ? '' : ' dB'}`],
    ['DOM Rx warning', w.dom ? `${formatDbRange(w.dom.rxLowWarnDbm, w.dom.rxHighWarnDbm, ' / ')} dBm${w.dom.derived ? ' (derived)' : ''}` : 'not published'],
    ['Status', RX_STATUS_TEXT[w.status]],
  ];
  return (
    <table aria-label={caption ? `Commissioning ${caption}` : 'Commissioning'} className="mb-1 w-full text-[12.5px]">
      {caption && <caption className="text-left text-[11px] text-slate-500">{caption}</caption>}
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th scope="row" className={label}>
              {k}
            </th>
            <td className={num}>{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
