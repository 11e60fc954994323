/** Finds design items by name: names that start with the query first, then names that contain it. */
import type { DesignNode } from '../../domain/model/design.ts';

export function findNodes(nodes: readonly DesignNode[], query: string, limit = 8): DesignNode[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const starts: DesignNode[] = [];
  const contains: DesignNode[] = [];
  for (const node of nodes) {
    const name = node.name.toLowerCase();
    if (name.startsWith(q)) starts.push(node);
    else if (name.includes(q)) contains.push(node);
  }
  const byName = (p: DesignNode, q2: DesignNode) => p.name.localeCompare(q2.name, undefined, { numeric: true });
  return [...starts.sort(byName), ...contains.sort(byName)].slice(0, limit);
}

export const KIND_WORD: Record<DesignNode['kind'], string> = { building: 'Building', hall: 'Hall', rack: 'Rack', switch: 'Switch' };
