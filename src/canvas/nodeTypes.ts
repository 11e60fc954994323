import type { NodeTypes } from '@xyflow/react';
import { BuildingNode, HallNode } from './nodes/ContainerNodes.tsx';
import { RackNode } from './nodes/RackNode.tsx';
import { SummaryNode } from './nodes/SummaryNode.tsx';
import { SwitchNode } from './nodes/SwitchNode.tsx';

/** Declared once at module scope: a new object per render would remount every node. */
export const nodeTypes = { building: BuildingNode, hall: HallNode, rack: RackNode, switch: SwitchNode, summary: SummaryNode } satisfies NodeTypes;
