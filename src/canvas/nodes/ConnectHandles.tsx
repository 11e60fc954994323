/**
 * A rack or switch's connection points. Drawing a link group starts from the grip on the card's
 * right edge; while a connection is being drawn the whole card becomes a target, so it can be let
 * go anywhere on the card. Link-group edges compute their own border-to-border run, so where the
 * handles sit does not shape the edge.
 */
import { Handle, Position, useStore, type ReactFlowState } from '@xyflow/react';

/**
 * Whether a connection is being drawn. Read straight from the store: useConnection copies the whole
 * connection into a new object for each caller on every store change, and every card calls this, so
 * each pan frame made a few hundred copies and compared them key by key.
 */
const connecting = (s: ReactFlowState) => s.connection.inProgress;

const fullCard = { inset: 0, width: 'auto', height: 'auto', transform: 'none', borderRadius: 6, opacity: 0, border: 0 } as const;

export function ConnectHandles({ name, connectable }: { name: string; connectable: boolean }) {
  const inProgress = useStore(connecting);
  return (
    <>
      <Handle
        type="target"
        position={Position.Left}
        isConnectableStart={false}
        isConnectable={connectable}
        style={{ ...fullCard, pointerEvents: inProgress && connectable ? 'all' : 'none' }}
      />
      <Handle
        type="source"
        position={Position.Right}
        isConnectable={connectable}
        aria-label={`Connect from ${name}`}
        title={connectable ? 'Drag to another rack or switch to connect' : undefined}
        className={`connect-grip ${connectable ? '' : 'invisible'}`}
      />
    </>
  );
}
