/**
 * The editing canvas: containers, racks and switches as nodes, link groups as verdict-coloured
 * edges. Nodes are derived from the document (one derivation per design object); the selection and
 * the nodes being dragged are laid over them, so untouched nodes keep their identity.
 */
import { useCallback, useMemo } from 'react';
import {
  ConnectionLineType,
  Controls,
  MiniMap,
  ReactFlow,
  SelectionMode,
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
  type IsValidConnection,
  type NodeChange,
  type OnConnectEnd,
} from '@xyflow/react';
import type { Design } from '../domain/model/design.ts';
import { useDesignStore, useDesignStoreApi } from '../store/designStoreContext.ts';
import './canvas.css';
import { useCanvasUi } from './canvasUi.ts';
import { CanvasHints, nodeIdAt } from './CanvasHints.tsx';
import { CtrlWheelZoom } from './CtrlWheelZoom.tsx';
import { DotGrid } from './DotGrid.tsx';
import { ConnectionLine } from './edges/ConnectionLine.tsx';
import { edgeTypes } from './edgeTypes.ts';
import { flowElementsOf } from './flowElementsOf.ts';
import type { AggregateFlowEdge, FabricFlowNode, LinkGroupFlowEdge } from './flowTypes.ts';
import { withEdgeSelection, withNodeOverlays } from './overlays.ts';
import { nodeTypes } from './nodeTypes.ts';
import { useCanvasDrag } from './useCanvasDrag.ts';
import { FIT_PADDING, minZoomFor, useFitOnReplace } from './useFitOnReplace.ts';
import { lodElements } from './lod/lodElements.ts';
import { useCollapsed } from './lod/useCollapsed.ts';
import { usePortDetail } from './lod/usePortDetail.ts';
import { useRunLabels } from './lod/useRunLabels.ts';
import { analysisOf } from '../store/useAnalysis.ts';
import { ViewportDetail } from './ViewportDetail.tsx';

const fitViewOptions = { padding: FIT_PADDING } as const;
const SNAP_GRID: [number, number] = [24, 24];
const PAN_BUTTONS = [1, 2];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const MINIMAP_COLOUR: Record<string, string> = { building: '#e2e8f0', hall: '#f8fafc', rack: '#a78bfa', switch: '#14b8a6' };

export interface CanvasActions {
  /** A connection was drawn from `a` to `b` and may exist: choose its optics. */
  readonly onConnect: (a: string, b: string) => void;
  /** Why a link group between two nodes cannot exist, or null. */
  readonly connectionRefusal: (a: string, b: string) => string | null;
  /** Shows a refusal to the user. */
  readonly notify: (message: string) => void;
}

export function FabricCanvas({ design, actions }: { design: Design; actions: CanvasActions }) {
  const store = useDesignStoreApi();
  const elements = flowElementsOf(design);
  const collapsed = useCollapsed(design, elements);
  usePortDetail(elements);
  const shown = useMemo(() => lodElements(design, analysisOf(design), elements, collapsed), [design, elements, collapsed]);
  const selected = useDesignStore((s) => s.selected);
  const snapToGrid = useCanvasUi((s) => s.snapToGrid);
  const drag = useCanvasDrag(actions.notify);
  useFitOnReplace(design);
  const minZoom = useMemo(() => minZoomFor(elements.rects), [elements.rects]);
  const nodes = useMemo(() => withNodeOverlays(design, shown.nodes, selected.nodeIds, drag.positions), [design, shown.nodes, selected.nodeIds, drag.positions]);
  const edges = useMemo(() => withEdgeSelection(shown.edges, selected.linkIds), [shown.edges, selected.linkIds]);
  useRunLabels(shown.edges, selected.linkIds);

  // React Flow reports clicks, Shift-clicks and box selection as select changes; the store keeps the selection.
  const onNodesChange = useCallback(
    (changes: NodeChange<FabricFlowNode>[]) => {
      const picks = changes.filter((c) => c.type === 'select');
      if (!picks.length) return;
      const { selected: now, selectMany } = store.getState();
      const ids = new Set(now.nodeIds);
      for (const c of picks) if (c.selected) ids.add(c.id); else ids.delete(c.id);
      selectMany({ nodeIds: [...ids], linkIds: now.linkIds });
    },
    [store],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<LinkGroupFlowEdge | AggregateFlowEdge>[]) => {
      const picks = changes.filter((c) => c.type === 'select');
      if (!picks.length) return;
      const { selected: now, selectMany } = store.getState();
      const ids = new Set(now.linkIds);
      for (const c of picks) if (c.selected) ids.add(c.id); else ids.delete(c.id);
      selectMany({ nodeIds: now.nodeIds, linkIds: [...ids] });
    },
    [store],
  );
  const onPaneClick = useCallback(() => store.getState().select(null), [store]);

  const { onConnect: chooseOptics, connectionRefusal, notify } = actions;
  const isValidConnection = useCallback<IsValidConnection<LinkGroupFlowEdge | AggregateFlowEdge>>((c) => connectionRefusal(c.source, c.target) === null, [connectionRefusal]);
  const onConnect = useCallback((c: Connection) => chooseOptics(c.source, c.target), [chooseOptics]);
  const onConnectEnd = useCallback<OnConnectEnd>(
    (event, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const over = point ? nodeIdAt(point.clientX, point.clientY) : null;
      const reason = over && over !== state.fromNode.id ? connectionRefusal(state.fromNode.id, over) : null;
      if (reason) notify(reason);
    },
    [connectionRefusal, notify],
  );

  return (
    <ReactFlow
      aria-label="Fabric canvas"
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onPaneClick={onPaneClick}
      onNodeDragStart={drag.onNodeDragStart}
      onNodeDrag={drag.onNodeDrag}
      onNodeDragStop={drag.onNodeDragStop}
      onConnect={onConnect}
      onConnectEnd={onConnectEnd}
      isValidConnection={isValidConnection}
      connectionLineComponent={ConnectionLine}
      connectionLineType={ConnectionLineType.Straight}
      connectionRadius={24}
      deleteKeyCode={null}
      selectionKeyCode="Shift"
      multiSelectionKeyCode={MULTI_SELECT_KEYS}
      selectionOnDrag
      selectionMode={SelectionMode.Full}
      panOnDrag={PAN_BUTTONS}
      panOnScroll
      zoomOnDoubleClick={false}
      nodeDragThreshold={3}
      snapToGrid={snapToGrid}
      snapGrid={SNAP_GRID}
      zIndexMode="manual"
      minZoom={minZoom}
      maxZoom={2}
    >
      <DotGrid gap={SNAP_GRID[0]} size={1.2} color="#cbd5e1" />
      <Controls showInteractive={false} position="bottom-left" fitViewOptions={fitViewOptions} />
      <MiniMap position="bottom-right" ariaLabel="Minimap" pannable zoomable nodeColor={minimapColour} nodeStrokeWidth={2} nodeStrokeColor="#94a3b8" />
      <ViewportDetail />
      <CtrlWheelZoom />
      <CanvasHints connectionRefusal={connectionRefusal} empty={design.nodes.length === 0} />
    </ReactFlow>
  );
}

function minimapColour(node: FabricFlowNode): string {
  if (node.type === 'rack' && node.data.rackKind === 'network') return '#38bdf8';
  if (node.type === 'rack' && node.data.rackKind === 'management') return '#f59e0b';
  return MINIMAP_COLOUR[node.type] ?? '#cbd5e1';
}
