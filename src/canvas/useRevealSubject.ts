/** Pans and zooms the canvas to what a finding is about: its node, or both ends of its link group. */
import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Subject } from '../store/designStore.ts';
import { useDesignStoreApi } from '../store/designStoreContext.ts';

export function useRevealSubject(): (subject: Subject) => void {
  const { fitView } = useReactFlow();
  const store = useDesignStoreApi();
  return useCallback(
    (subject: Subject) => {
      const ids = new Set<string>();
      if (subject.nodeId) ids.add(subject.nodeId);
      const link = subject.linkId ? store.getState().design?.links.find((l) => l.id === subject.linkId) : undefined;
      if (link) ids.add(link.a).add(link.b);
      if (ids.size) void fitView({ nodes: [...ids].map((id) => ({ id })), duration: 400, padding: 0.6, maxZoom: 1.2 });
    },
    [fitView, store],
  );
}
