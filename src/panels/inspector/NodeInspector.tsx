/** A building, hall, rack or switch: where it stands, what is wrong with it, its fields and its link groups. */
import { rackKindName } from '../../domain/model/rackKinds.ts';
import type { Analysis } from '../../domain/engine/analyzeDesign.ts';
import { findingSubject } from '../../domain/engine/findings.ts';
import type { Design, DesignNode } from '../../domain/model/design.ts';
import { useDesignStore } from '../../store/designStoreContext.ts';
import { useAnalysis } from '../../store/useAnalysis.ts';
import { formatCount } from '../../ui/format.ts';
import { NodeFields } from './NodeFields.tsx';
import { NodeLinks } from './NodeLinks.tsx';
import { SubjectFindings } from './SubjectFindings.tsx';
import { SubjectHeader } from './SubjectHeader.tsx';
import { formatRate } from './units.ts';

export function NodeInspector({ nodeId }: { nodeId: string }) {
  const design = useDesignStore((s) => s.design);
  const analysis = useAnalysis();
  const node = design?.nodes.find((n) => n.id === nodeId);
  if (!design || !analysis || !node) return null;
  const parent = node.kind === 'building' ? undefined : design.nodes.find((n) => n.id === node.parent);
  const findings = analysis.findings.filter((f) => findingSubject(f).nodeId === node.id);
  return (
    <>
      <SubjectHeader kind={kindLabel(node)} title={node.name}>
        {summaryOf(node, design, analysis).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </SubjectHeader>
      <SubjectFindings title={`Findings for this ${kindLabel(node).toLowerCase()}`} findings={findings} nodeId={node.id} />
      <NodeFields node={node} catalog={analysis.catalog} parentName={parent?.name ?? null} />
      {(node.kind === 'rack' || node.kind === 'switch') && <NodeLinks nodeId={node.id} />}
    </>
  );
}

function kindLabel(node: DesignNode): string {
  if (node.kind === 'rack') return rackKindName(node.rackKind);
  return { building: 'Building', hall: 'Hall', switch: 'Switch' }[node.kind];
}

/** What it holds and where it stands; for a switch with uplinks and downlinks, its oversubscription. */
function summaryOf(node: DesignNode, design: Design, analysis: Analysis): string[] {
  const place = ancestry(node, design).join(' · ');
  const model = (id: string) => analysis.catalog.devices[id]?.name ?? id;
  switch (node.kind) {
    case 'building':
      return [`On the campus at (${node.campusM.x}, ${node.campusM.y}) m`];
    case 'hall':
      return [`In ${place}`];
    case 'rack': {
      const holds = node.contents ? `${node.contents.perRack} × ${model(node.contents.model)} per rack` : 'Network rack';
      return [`${holds}${node.quantity > 1 ? `, ${formatCount(node.quantity)} racks` : ''}`, `In ${place}`];
    }
    case 'switch': {
      const load = analysis.bandwidth.switches.find((s) => s.nodeId === node.id);
      const lines = [`${node.quantity > 1 ? `${formatCount(node.quantity)} × ` : ''}${model(node.model)}, ${node.role}`, `In ${place}`];
      if (load && load.downGbps > 0 && load.ratio !== null) {
        lines.push(`Per switch ${formatRate(load.downGbps)} down, ${formatRate(load.upGbps)} up: ${load.ratio}:1 (target ${design.settings.targetOversubscription}:1)`);
      }
      if (load && load.managementGbps > 0) lines.push(`Per switch ${formatRate(load.managementGbps)} to appliances and management switches, outside the ratio`);
      return lines;
    }
  }
}

function ancestry(node: DesignNode, design: Design): string[] {
  const names: string[] = [];
  let current: DesignNode | undefined = node;
  while (current && current.kind !== 'building') {
    const parentId: string = current.parent;
    current = design.nodes.find((n) => n.id === parentId);
    if (current) names.push(current.name);
  }
  return names;
}
