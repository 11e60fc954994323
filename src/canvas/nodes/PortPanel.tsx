/**
 * A rack's or switch's port groups, shown at the port level (lod/usePortDetail.ts): per group a bar of
 * the cages each link group takes on the busiest device, coloured by the group's verdict, and the
 * cages left (red when more are wanted than the group has). Its 7.5 px text shows only from
 * PORTS_FROM, where it is at least 11 px on screen. Numbers from the engine (lod/portPanelData.ts).
 */
import { memo } from 'react';
import { analysisOf } from '../../store/useAnalysis.ts';
import { useDesignStore } from '../../store/designStoreContext.ts';
import { formatCount } from '../../ui/format.ts';
import { STATUS_STROKE } from '../../ui/statusWords.ts';
import { portPanelData, type PortBar } from '../lod/portPanelData.ts';

export const PortPanel = memo(function PortPanel({ id, name }: { id: string; name: string }) {
  const data = useDesignStore((s) => (s.design ? portPanelData(s.design, analysisOf(s.design), id) : null));
  if (!data) return null;
  return (
    <div role="group" aria-label={`Ports of ${name}`} className="port-panel mt-0.5 space-y-[3px] rounded-sm bg-white/95 text-[7.5px] leading-[9px] text-slate-700 tabular-nums">
      <div className="text-slate-500">{data.heading}</div>
      {data.bars.map((bar) => (
        <PortBarView key={bar.title} bar={bar} />
      ))}
      {data.idle && (
        <div className="truncate text-slate-500" title={data.idle}>
          {data.idle}
        </div>
      )}
    </div>
  );
});

function PortBarView({ bar }: { bar: PortBar }) {
  const scale = Math.max(bar.cages, bar.inUse, 1);
  const left = bar.over ? `${formatCount(bar.over)} over` : `${formatCount(bar.free)} free`;
  const tone = bar.over ? 'font-semibold text-red-700' : bar.free === 0 ? 'font-semibold text-amber-700' : 'text-slate-600';
  const legend = bar.segments.map((s) => s.label).join(' · ');
  return (
    <div>
      <div className="flex justify-between gap-1">
        <span className="truncate font-semibold">{bar.title}</span>
        <span className={`shrink-0 ${tone}`}>{left}</span>
      </div>
      <div
        role="meter"
        aria-label={bar.title}
        aria-valuemin={0}
        aria-valuemax={scale}
        aria-valuenow={bar.inUse}
        aria-valuetext={`${formatCount(bar.inUse)} of ${formatCount(bar.cages)} cages in use, ${left}`}
        className={`my-px flex h-1 overflow-hidden rounded-sm bg-slate-200 ${bar.over ? 'outline outline-red-600' : ''}`}
      >
        {bar.segments.map((s) => (
          <div key={s.linkId} title={s.detail} className="h-full border-r border-white last:border-r-0" style={{ width: `${(100 * s.cages) / scale}%`, background: STATUS_STROKE[s.status] }} />
        ))}
      </div>
      <div className="truncate" title={bar.segments.map((s) => s.detail).join('\n')}>
        {legend || 'no link groups'}
      </div>
    </div>
  );
}
