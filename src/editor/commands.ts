/**
 * The editing commands behind the shortcuts and the toolbar, each one undo step: delete, duplicate,
 * copy, paste, select all, nudge. They read and write the design store and say what they did.
 */
import { copyFragment, pasteFragment, readFragment, type Fragment } from '../domain/edit/clipboard.ts';
import { removeLinks, removeNodes, setLayout, updateNode } from '../domain/edit/designEdits.ts';
import type { Catalog } from '../domain/catalog/catalog.ts';
import type { Design, DesignNode, NodeId } from '../domain/model/design.ts';
import { flowElementsOf } from '../canvas/flowElementsOf.ts';
import { nearestFree } from '../canvas/floorGrid.ts';
import type { DesignStore } from '../store/designStore.ts';
import { DEFAULTS, floorItems, keyboardTarget, NODE_KIND, type PaletteKind } from './palette/placement.ts';
import { plural } from '../ui/format.ts';

export interface CommandResult {
  readonly ok: boolean;
  readonly message: string;
}

const done = (message: string): CommandResult => ({ ok: true, message });
const refused = (message: string): CommandResult => ({ ok: false, message });

export function deleteSelection(store: DesignStore): CommandResult | null {
  const { design, selected } = store.getState();
  if (!design || (!selected.nodeIds.length && !selected.linkIds.length)) return null;
  const names = selected.nodeIds.map((id) => design.nodes.find((n) => n.id === id)?.name).filter(Boolean);
  store.getState().edit((d) => removeLinks(removeNodes(d, selected.nodeIds), selected.linkIds));
  store.getState().select(null);
  const what = names.length === 1 && !selected.linkIds.length ? names[0]! : plural(selected.nodeIds.length + selected.linkIds.length, 'item');
  return done(`Deleted ${what}. Undo with Ctrl+Z.`);
}

export function selectAll(store: DesignStore): void {
  const { design } = store.getState();
  if (design) store.getState().selectMany({ nodeIds: design.nodes.map((n) => n.id), linkIds: design.links.map((l) => l.id) });
}

/** The selection as clipboard text (a versioned fragment), or null when no node is selected. */
export function copySelection(store: DesignStore): string | null {
  const { design, selected } = store.getState();
  if (!design || !selected.nodeIds.length) return null;
  return JSON.stringify(copyFragment(design, selected.nodeIds));
}

export function duplicateSelection(store: DesignStore, catalog: Catalog): CommandResult | null {
  const text = copySelection(store);
  return text ? pasteText(store, text, catalog, false) : null;
}

/**
 * Pastes clipboard text from this tab or another. Top-level items go into the selected container
 * (or the one around the selection) when they may sit there, else back beside their originals;
 * racks slide to free floor cells, and copies get names of their own.
 */
export function pasteText(store: DesignStore, text: string, catalog: Catalog, intoSelection = true): CommandResult {
  const { design, selected } = store.getState();
  if (!design) return refused('There is no design to paste into.');
  const fragment = readFragment(text, catalog);
  if (!fragment) return refused('Nothing to paste: the clipboard holds no Fabric Designer items.');
  const target = intoSelection ? pasteTarget(design, fragment, selected.nodeIds) : null;
  const { design: pasted, pastedIds } = pasteFragment(design, fragment, target);
  if (!pastedIds.length) {
    const kind = topKind(fragment);
    return refused(`Nothing was pasted: select a ${kind === 'hall' ? 'building' : 'hall'} to paste ${kind === 'hall' ? 'halls' : 'racks and switches'} into.`);
  }
  const before = new Set(design.nodes.map((n) => n.id));
  store.getState().edit(() => tidyPasted(pasted, pastedIds, before));
  store.getState().selectMany({ nodeIds: [...pastedIds], linkIds: [] });
  return done(`Pasted ${plural(pastedIds.length, 'item')}.`);
}

/** Nudges the selection: racks and switches by a slot or a row, buildings and halls by a grid step. */
export function nudgeSelection(store: DesignStore, dx: -1 | 0 | 1, dy: -1 | 0 | 1): boolean {
  const { design, selected } = store.getState();
  if (!design || !selected.nodeIds.length) return false;
  const boxes = flowElementsOf(design).boxes;
  const picked = new Set(selected.nodeIds);
  const next = (d: Design) => {
    let out = d;
    const layout: Record<NodeId, { x: number; y: number }> = {};
    for (const node of d.nodes) {
      if (!picked.has(node.id)) continue;
      if ((node.kind === 'rack' || node.kind === 'switch') && node.floor) {
        const floor = { row: Math.max(0, node.floor.row + dy), slot: Math.max(0, node.floor.slot + dx) };
        if (floor.row !== node.floor.row || floor.slot !== node.floor.slot) out = updateNode(out, node.id, { floor });
      } else if (node.kind === 'building' || node.kind === 'hall') {
        const box = boxes.get(node.id);
        if (box) layout[node.id] = { x: box.x + dx * 24, y: box.y + dy * 24 };
      }
    }
    return Object.keys(layout).length ? setLayout(out, layout) : out;
  };
  store.getState().edit(next);
  return true;
}

function topKind(fragment: Fragment): DesignNode['kind'] {
  const inside = new Set(fragment.nodes.map((n) => n.id));
  return fragment.nodes.find((n) => n.kind === 'building' || !inside.has(n.parent))?.kind ?? 'rack';
}

const PALETTE_OF: Record<DesignNode['kind'], PaletteKind> = { building: 'building', hall: 'hall', rack: 'gpu-rack', switch: 'switch' };

function pasteTarget(design: Design, fragment: Fragment, selectedIds: readonly NodeId[]): DesignNode | null {
  const kind = PALETTE_OF[topKind(fragment)];
  if (NODE_KIND[kind] === 'building') return null;
  const target = keyboardTarget(design, kind, selectedIds);
  // with nothing selected, items whose container still exists go back beside their originals
  if (!selectedIds.length && fragment.nodes.some((n) => n.kind !== 'building' && design.nodes.some((m) => m.id === n.parent))) return null;
  return target.ok ? target.parent : null;
}

/** Copies stand on free floor cells, new buildings beside the others on the campus, and every copy has its own name. */
function tidyPasted(design: Design, pastedIds: readonly NodeId[], before: ReadonlySet<NodeId>): Design {
  let out = design;
  const used = new Set(design.nodes.filter((n) => before.has(n.id)).map((n) => n.name));
  let campusX = Math.max(0, ...design.nodes.filter((n) => n.kind === 'building' && before.has(n.id)).map((n) => (n.kind === 'building' ? n.campusM.x : 0)));
  for (const node of design.nodes) {
    if (before.has(node.id)) continue;
    const name = uniqueName(used, node.name);
    used.add(name);
    if (name !== node.name) out = updateNode(out, node.id, { name });
  }
  for (const id of pastedIds) {
    const node = out.nodes.find((n) => n.id === id);
    if (!node) continue;
    if (node.kind === 'building') {
      campusX += DEFAULTS.buildingSpacingM;
      out = updateNode(out, id, { campusM: { x: campusX, y: node.campusM.y } });
    } else if ((node.kind === 'rack' || node.kind === 'switch') && node.floor) {
      const span = node.kind === 'rack' ? Math.max(1, node.quantity) : 1;
      const floor = nearestFree(floorItems(out, node.parent, new Set([id])), node.floor, span);
      if (floor.row !== node.floor.row || floor.slot !== node.floor.slot) out = updateNode(out, id, { floor });
    }
  }
  return out;
}

/** "GPU rack 1" → "GPU rack 2", "Leaf A" → "Leaf A 2": the first name not in use. */
export function uniqueName(used: ReadonlySet<string>, name: string): string {
  if (!used.has(name)) return name;
  const base = name.replace(/\s+\d+$/, '');
  for (let i = 2; ; i++) if (!used.has(`${base} ${i}`)) return `${base} ${i}`;
}
