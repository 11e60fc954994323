import type { EdgeTypes } from '@xyflow/react';
import { AggregateEdge } from './edges/AggregateEdge.tsx';
import { LinkGroupEdge } from './edges/LinkGroupEdge.tsx';

/** Declared once at module scope: a new object per render would remount every edge. */
export const edgeTypes = { linkGroup: LinkGroupEdge, aggregate: AggregateEdge } satisfies EdgeTypes;
