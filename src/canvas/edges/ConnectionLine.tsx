/** The line drawn while connecting: grey on empty canvas, green over a node it may join, red over one it may not. */
import type { ConnectionLineComponentProps } from '@xyflow/react';
import type { FabricFlowNode } from '../flowTypes.ts';

const STROKE = { valid: '#059669', invalid: '#dc2626', none: '#64748b' } as const;

export function ConnectionLine({ fromX, fromY, toX, toY, connectionStatus }: ConnectionLineComponentProps<FabricFlowNode>) {
  const stroke = STROKE[connectionStatus ?? 'none'];
  return (
    <g>
      <path d={`M ${fromX},${fromY} L ${toX},${toY}`} fill="none" stroke={stroke} strokeWidth={2} strokeDasharray="6 4" />
      <circle cx={toX} cy={toY} r={4} fill="#fff" stroke={stroke} strokeWidth={2} />
    </g>
  );
}
