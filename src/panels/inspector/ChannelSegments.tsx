/** The channel drawn segment by segment: cords, panels with their mated pairs, trunks. */
import type { LinkVerdict } from '../../domain/engine/linkVerdict.ts';
import type { NodeIndex, Site } from '../../domain/engine/placement.ts';
import { PanelSection } from '../PanelSection.tsx';
import { channelSteps } from './channelSteps.ts';

export function ChannelSegments({ verdict, a, b, nodes }: { verdict: LinkVerdict; a: Site; b: Site; nodes: NodeIndex }) {
  const steps = channelSteps(verdict.segments, verdict.plant.connectors, a, b, nodes);
  return (
    <PanelSection level={3} title="Channel" aside={`${verdict.plant.connections} connections, ${verdict.plant.splices} splices`}>
      <ol aria-label="Channel" className="text-[12.5px]">
        {steps.map((step, i) => (
          <li key={i} className="flex justify-between gap-2 border-l-2 border-slate-300 py-0.5 pl-2">
            <span className="text-slate-700">{step.label}</span>
            <span className="tabular-nums text-slate-900">{step.detail}</span>
          </li>
        ))}
      </ol>
    </PanelSection>
  );
}
