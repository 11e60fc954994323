/**
 * The libraries the app starts with, imported on their own so the page evaluates them in one task
 * and the app's code in the next (main.tsx): together they were one task of ~300 ms.
 */
export { createRoot } from 'react-dom/client';
export { ReactFlow, ReactFlowProvider } from '@xyflow/react';
