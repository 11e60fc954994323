/** Opens a design file dropped anywhere on the window; an overlay says so while a file is dragged over. */
import { useEffect, useState } from 'react';

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

export function DropZone({ onFile }: { onFile: (file: File) => void }) {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // enter and leave fire for every child crossed; count them to know when the drag leaves the window
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth += 1;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) onFile(file);
    };
    const events = { dragenter: enter, dragover: over, dragleave: leave, drop } as const;
    for (const [name, handler] of Object.entries(events)) window.addEventListener(name, handler as EventListener);
    return () => {
      for (const [name, handler] of Object.entries(events)) window.removeEventListener(name, handler as EventListener);
    };
  }, [onFile]);
  if (!dragging) return null;
  return (
    <div role="status" className="pointer-events-none fixed inset-0 z-50 grid place-items-center bg-sky-900/30 p-8">
      <p className="rounded-lg border-2 border-dashed border-sky-500 bg-white px-8 py-6 text-base font-medium text-sky-900 shadow-lg">
        Drop a .fabric.json file to open it
      </p>
    </div>
  );
}
