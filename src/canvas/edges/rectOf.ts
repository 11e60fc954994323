import type { InternalNode } from '@xyflow/react';
import type { Rect } from '../edgeGeometry.ts';

/** A mounted node's rectangle in canvas coordinates. */
export function rectOf(node: InternalNode): Rect {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width ?? node.width ?? 0, height: node.measured.height ?? node.height ?? 0 };
}
