/**
 * A rack's or switch's port groups, shown at the port level (lod/usePortDetail.ts): per group a line
 * with a bar of the cages each link group takes on the busiest device, coloured by the group's
 * verdict, and the cages left (red when more are wanted than the group has), then a legend line of
 * who takes them. It stays inside its card, with the lines that fit (lod/portPanelFit.ts). Its 7.5 px
 * text shows only from PORTS_FROM, where it is at least 11 px on screen. Numbers from the engine
 * (lod/portPanelData.ts).
 */
import { memo } from 'react';
import { analysisOf } from '../../store/useAnalysis.ts';
import { useDesignStore } from '../../store/designStoreContext.ts';
import { formatCount, plural } from '../../ui/format.ts';
import { STATUS_STROKE } from '../../ui/statusWords.ts';
import { portPanelData, type PortBar } from '../lod/portPanelData.ts';
import { PANEL_LINE_PX, portPanelFit } from '../lod/portPanelFit.ts';

/** `roomPx`: the height the card leaves the panel (lod/portPanelFit.ts, portPanelRoomPx). */
export const PortPanel = memo(function PortPanel({ id, name, roomPx }: { id: string; name: string; roomPx: number }) {
  const data = useDesignStore((s) => (s.design ? portPanelData(s.design, analysisOf(s.design), id) : null));
  if (!data) return null;
  const fit = portPanelFit({ heading: data.heading !== null, bars: data.bars.length, idle: data.idle !== null }, roomPx);
  const folded = data.bars.slice(fit.bars);
  return (
    <div
      role="group"
      aria-label={`Ports of ${name}`}
      className="port-panel mt-0.5 overflow-hidden rounded-sm bg-white/95 text-[7.5px] text-slate-700 tabular-nums"
      style={{ lineHeight: `${PANEL_LINE_PX}px`, maxHeight: roomPx }}
    >
      {fit.heading && <div className="truncate text-slate-500">{data.heading}</div>}
      {data.bars.slice(0, fit.bars).map((bar, i) => (
        <PortBarView key={bar.title} bar={bar} legend={i < fit.legends} />
      ))}
      {fit.more > 0 && (
        <div className="truncate text-slate-500" title={folded.map((bar) => `${bar.title}: ${leftOf(bar)}`).join('\n')}>
          +{plural(fit.more, 'more port group')}
        </div>
      )}
      {fit.idle && (
        <div className="truncate text-slate-500" title={data.idle ?? undefined}>
          {data.idle}
        </div>
      )}
    </div>
  );
});

const leftOf = (bar: PortBar) => (bar.over ? `${formatCount(bar.over)} over` : `${formatCount(bar.free)} free`);

function PortBarView({ bar, legend }: { bar: PortBar; legend: boolean }) {
  const scale = Math.max(bar.cages, bar.inUse, 1);
  const left = leftOf(bar);
  const tone = bar.over ? 'font-semibold text-red-700' : bar.free === 0 ? 'font-semibold text-amber-700' : 'text-slate-600';
  const details = bar.segments.map((s) => s.detail).join('\n');
  return (
    <>
      <div className="flex items-center gap-1">
        <span className="min-w-0 truncate font-semibold" title={legend ? bar.title : `${bar.title}\n${details}`}>
          {bar.title}
        </span>
        <div
          role="meter"
          aria-label={bar.title}
          aria-valuemin={0}
          aria-valuemax={scale}
          aria-valuenow={bar.inUse}
          aria-valuetext={`${formatCount(bar.inUse)} of ${formatCount(bar.cages)} cages in use, ${left}`}
          className={`flex h-1 min-w-4 flex-1 overflow-hidden rounded-sm bg-slate-200 ${bar.over ? 'outline outline-red-600' : ''}`}
        >
          {bar.segments.map((s) => (
            <div key={s.linkId} title={s.detail} className="h-full border-r border-white last:border-r-0" style={{ width: `${(100 * s.cages) / scale}%`, background: STATUS_STROKE[s.status] }} />
          ))}
        </div>
        <span className={`shrink-0 ${tone}`}>{left}</span>
      </div>
      {legend && (
        <div className="truncate" title={details}>
          {bar.segments.map((s) => s.label).join(' · ') || 'no link groups'}
        </div>
      )}
    </>
  );
}
