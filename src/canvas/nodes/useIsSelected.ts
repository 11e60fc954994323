import { useDesignStore } from '../../store/designStoreContext.ts';

/** Each node subscribes to its own selection flag only, so selecting re-renders two nodes, not all. */
export function useIsSelectedNode(id: string): boolean {
  return useDesignStore((s) => s.selection?.nodeId === id);
}

export function useIsSelectedLink(id: string): boolean {
  return useDesignStore((s) => s.selection?.linkId === id);
}
