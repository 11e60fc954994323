/**
 * Placing palette items: dropped on the canvas (into the container under the pointer, at the floor
 * cell under it) or from the keyboard (into the selected container, else the newest that fits).
 * Buildings and halls are placed at once, named for typing over; racks and switches first ask for
 * their model and counts.
 */
import { useCallback, useState, type DragEvent } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { BUILDING, CARD } from '../canvas/layoutSizes.ts';
import { canvasUi } from '../canvas/canvasUi.ts';
import { dropTarget } from '../canvas/dropTarget.ts';
import { cellAt, hallGrid, nearestFree } from '../canvas/floorGrid.ts';
import { flowElementsOf } from '../canvas/flowElementsOf.ts';
import { revealViewport } from '../canvas/revealViewport.ts';
import { placeText } from '../canvas/toFlowNodes.ts';
import type { DesignNode, FloorPosition } from '../domain/model/design.ts';
import { useDesignStoreApi } from '../store/designStoreContext.ts';
import { paletteKindOf } from './palette/Palette.tsx';
import { buildNode, defaultOptions, floorItems, keyboardTarget, NODE_KIND, RACK_KIND, type PaletteKind, type PlaceOptions } from './palette/placement.ts';
import { refuse } from './toasts/toastStore.ts';

export interface PendingPlacement {
  readonly kind: PaletteKind;
  readonly parent: DesignNode | null;
  readonly at: { readonly floor?: FloorPosition; readonly position?: { x: number; y: number } };
  /** "Into Hall A1 at row 0 · slot 3". */
  readonly where: string;
}

const ASKS = new Set<PaletteKind>(['gpu-rack', 'network-rack', 'management-rack', 'switch']);
const LABEL: Record<PaletteKind, string> = { building: 'A building', hall: 'A hall', 'gpu-rack': 'A GPU rack', 'network-rack': 'A network rack', 'management-rack': 'A management rack', switch: 'A switch' };

export function usePlacement() {
  const store = useDesignStoreApi();
  const { screenToFlowPosition, setViewport } = useReactFlow();
  const flow = useStoreApi();
  const [pending, setPending] = useState<PendingPlacement | null>(null);

  const commit = useCallback(
    (p: PendingPlacement, options: PlaceOptions) => {
      const design = store.getState().design;
      if (!design) return;
      // the count chosen in the dialog may need a wider free run than the cell under the drop
      const span = RACK_KIND[p.kind] ? Math.max(1, Math.round(options.quantity)) : 1;
      const floor = p.at.floor && p.parent ? nearestFree(floorItems(design, p.parent.id), p.at.floor, span) : undefined;
      const { node, layout } = buildNode(design, p.kind, options, p.parent, { ...p.at, ...(floor ? { floor } : {}) });
      store.getState().placeNodes([node], layout);
      store.getState().select({ nodeId: node.id });
      setPending(null);
      if (!ASKS.has(p.kind)) canvasUi.getState().startRename(node.id);
      // a drop lands under the pointer; a node placed from the keyboard (no point given) goes where
      // the layout puts it, which may be off screen
      if (p.at.position || p.at.floor) return;
      const placed = store.getState().design;
      const rect = placed && flowElementsOf(placed).rects.get(node.id);
      const { transform, width, height, maxZoom } = flow.getState();
      const view = rect ? revealViewport(rect, node.kind, { x: transform[0], y: transform[1], zoom: transform[2] }, { width, height }, maxZoom) : null;
      if (view) void setViewport(view, { duration: 200 });
    },
    [flow, setViewport, store],
  );

  const start = useCallback(
    (p: PendingPlacement) => {
      const design = store.getState().design;
      if (!design) return;
      if (ASKS.has(p.kind)) setPending(p);
      else commit(p, defaultOptions(design, p.kind));
    },
    [commit, store],
  );

  /** Enter or a click on a palette item. */
  const placeFromKeyboard = useCallback(
    (kind: PaletteKind) => {
      const { design, selected } = store.getState();
      if (!design) return;
      const target = keyboardTarget(design, kind, selected.nodeIds);
      if (!target.ok) return refuse(target.reason);
      start({ kind, parent: target.parent, at: {}, where: target.parent ? `Into ${target.parent.name}` : 'On the campus' });
    },
    [start, store],
  );

  const locate = useCallback(
    (kind: PaletteKind, clientX: number, clientY: number) => {
      const design = store.getState().design;
      if (!design) return null;
      const point = screenToFlowPosition({ x: clientX, y: clientY });
      const { rects, boxes } = flowElementsOf(design);
      const target = dropTarget(NODE_KIND[kind], point, design.nodes, rects);
      if (!target.ok) return { target, placement: null };
      const parent = target.parent;
      const origin = parent ? rects.get(parent.id) : undefined;
      // the pointer holds a new card by its middle
      const local = { x: point.x - (origin?.x ?? 0) - CARD.width / 2, y: point.y - (origin?.y ?? 0) - CARD.height / 2 };
      let at: PendingPlacement['at'] = {};
      let where = parent ? `Into ${parent.name}` : 'On the campus';
      if (!parent) at = { position: { x: point.x - 24, y: point.y - 24 } };
      else if (parent.kind === 'building') at = { position: { x: Math.max(BUILDING.pad, local.x), y: Math.max(BUILDING.header, local.y) } };
      else if (parent.kind === 'hall') {
        const floor = nearestFree(floorItems(design, parent.id), cellAt(boxes.get(parent.id)?.grid ?? hallGrid([]), local.x, local.y), 1);
        at = { floor };
        where += ` at ${placeText(floor, 1)}`;
      }
      return { target, placement: { kind, parent, at, where } satisfies PendingPlacement };
    },
    [screenToFlowPosition, store],
  );

  const onDragOver = useCallback(
    (e: DragEvent) => {
      const kind = paletteKindOf([...e.dataTransfer.types]);
      if (!kind) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      const found = locate(kind, e.clientX, e.clientY);
      if (!found) return;
      const { target, placement } = found;
      canvasUi.getState().setDropHint(
        target.ok ? { targetId: target.parent?.id ?? null, ok: true, message: placement!.where } : { targetId: target.over?.id ?? null, ok: false, message: `${LABEL[kind]} cannot go here: ${target.reason}` },
      );
    },
    [locate],
  );

  const onDragLeave = useCallback((e: DragEvent) => {
    if (!(e.relatedTarget instanceof Node) || !e.currentTarget.contains(e.relatedTarget)) canvasUi.getState().setDropHint(null);
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      const kind = paletteKindOf([...e.dataTransfer.types]);
      canvasUi.getState().setDropHint(null);
      if (!kind) return;
      e.preventDefault();
      const found = locate(kind, e.clientX, e.clientY);
      if (!found) return;
      if (!found.target.ok) return refuse(`${LABEL[kind]} cannot go there: ${found.target.reason}.`);
      start(found.placement!);
    },
    [locate, start],
  );

  return { pending, commit, cancel: () => setPending(null), placeFromKeyboard, onDragOver, onDragLeave, onDrop };
}
