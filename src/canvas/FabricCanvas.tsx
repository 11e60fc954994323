/** The read-only canvas: containers, racks and switches as nodes, link groups as verdict-coloured edges. */
import { useCallback } from 'react';
import { Background, BackgroundVariant, Controls, ReactFlow, type EdgeMouseHandler, type NodeMouseHandler } from '@xyflow/react';
import type { Design } from '../domain/model/design.ts';
import { useDesignStore } from '../store/designStoreContext.ts';
import { edgeTypes } from './edgeTypes.ts';
import { flowElementsOf } from './flowElementsOf.ts';
import { nodeTypes } from './nodeTypes.ts';

const fitViewOptions = { padding: 0.08 } as const;

export function FabricCanvas({ design }: { design: Design }) {
  const { nodes, edges } = flowElementsOf(design);
  const select = useDesignStore((s) => s.select);
  const onNodeClick = useCallback<NodeMouseHandler>((_, node) => select({ nodeId: node.id }), [select]);
  const onEdgeClick = useCallback<EdgeMouseHandler>((_, edge) => select({ linkId: edge.id }), [select]);
  const onPaneClick = useCallback(() => select(null), [select]);
  return (
    <ReactFlow
      aria-label="Fabric canvas"
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodeClick={onNodeClick}
      onEdgeClick={onEdgeClick}
      onPaneClick={onPaneClick}
      nodesDraggable={false}
      nodesConnectable={false}
      elementsSelectable={false}
      zIndexMode="manual"
      fitView
      fitViewOptions={fitViewOptions}
      minZoom={0.05}
      maxZoom={2}
    >
      <Background variant={BackgroundVariant.Dots} gap={24} size={1.2} color="#cbd5e1" />
      <Controls showInteractive={false} position="bottom-left" />
    </ReactFlow>
  );
}
