import { useDesignStore } from '../../store/designStoreContext.ts';

/** Each node subscribes to its own selection flag only, so selecting re-renders the nodes that changed, not all. */
export function useIsSelectedNode(id: string): boolean {
  return useDesignStore((s) => s.selected.nodeIds.includes(id));
}

export function useIsSelectedLink(id: string): boolean {
  return useDesignStore((s) => s.selected.linkIds.includes(id));
}
