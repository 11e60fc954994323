/**
 * The canvas's dot grid (one dot per snap step), drawn inside the viewport rather than behind it as
 * React Flow's <Background> does. That one redraws its pattern across the whole pane on every pan
 * frame (the pattern's offset follows the viewport), which on a software-rastered canvas cost more
 * than the cards; in the viewport the dots move with it, inside the layer the compositor shifts
 * (ViewportDetail.tsx), and are drawn again only when the view rests. Same dots: a circle of `size`
 * half a gap off each multiple of `gap` in flow coordinates (where React Flow puts them),
 * scaling with the zoom.
 */
import { memo, useId } from 'react';
import { ViewportPortal } from '@xyflow/react';

/** How far the grid reaches from the origin each way, flow px: a multiple of the gap, past any pan. */
const REACH = 96_000;

export const DotGrid = memo(function DotGrid({ gap, size, color }: { gap: number; size: number; color: string }) {
  // React's ids hold characters that would need escaping in url(#…)
  const id = `dot-grid-${useId().replace(/[^\w-]/g, '')}`;
  const reach = Math.ceil(REACH / gap) * gap;
  return (
    <ViewportPortal>
      <svg aria-hidden="true" className="dot-grid" width={2 * reach} height={2 * reach} style={{ left: -reach, top: -reach }}>
        <pattern id={id} width={gap} height={gap} patternUnits="userSpaceOnUse" patternTransform={`translate(${-gap / 2} ${-gap / 2})`}>
          <circle cx={size / 2} cy={size / 2} r={size / 2} fill={color} />
        </pattern>
        <rect width="100%" height="100%" fill={`url(#${id})`} />
      </svg>
    </ViewportPortal>
  );
});
