import { Handle, Position } from '@xyflow/react';

// React Flow only draws an edge between handles; link-group edges compute their own border-to-border
// run, so the handles sit invisibly at the centre.
const style = { top: '50%', left: '50%', opacity: 0, pointerEvents: 'none' } as const;

export function CentreHandles() {
  return (
    <>
      <Handle type="source" position={Position.Top} style={style} isConnectable={false} />
      <Handle type="target" position={Position.Top} style={style} isConnectable={false} />
    </>
  );
}
