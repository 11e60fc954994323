/** Keyboard shortcuts and mouse gestures, read from the same table the key handler uses. */
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { chordLabel, SHORTCUTS } from './shortcutMap.ts';

const GESTURES: readonly [string, string][] = [
  ['Drag a palette item onto the canvas', 'Place it in the container under the pointer'],
  ['Drag a card', 'Move it; racks and switches snap to the hall floor grid (row, slot)'],
  ['Drag a card into another container', 'Move it there; a refusal says why'],
  ['Drag from a card’s right-edge grip to another card', 'Connect them: choose the optic and count'],
  ['Drag on empty canvas', 'Select everything in the box'],
  ['Shift+click', 'Add to or remove from the selection'],
  ['Double-click a name', 'Rename in place'],
  ['Scroll, Space+drag or right-drag', 'Pan'],
  ['Ctrl+scroll or pinch', 'Zoom'],
];

export function HelpDialog({ mac, onClose }: { mac: boolean; onClose: () => void }) {
  return (
    <ModalDialog title="Keyboard shortcuts and gestures" onClose={onClose} width="w-[min(760px,95vw)]">
      <div className="grid gap-6 md:grid-cols-2">
        <table className="w-full text-left text-xs">
          <caption className="pb-1.5 text-left text-[11px] font-semibold tracking-wider text-slate-500 uppercase">Keyboard</caption>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.action} className="border-t border-slate-100">
                <th scope="row" className="py-1.5 pr-3 font-normal text-slate-700">
                  {s.label}
                </th>
                <td className="py-1.5 text-right whitespace-nowrap">
                  {s.chords.map((c, i) => (
                    <span key={i}>
                      {i > 0 && <span className="px-1 text-slate-400">or</span>}
                      <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-[11px] text-slate-700 shadow-[0_1px_0_#cbd5e1]">{chordLabel(c, mac)}</kbd>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="w-full self-start text-left text-xs">
          <caption className="pb-1.5 text-left text-[11px] font-semibold tracking-wider text-slate-500 uppercase">Mouse</caption>
          <tbody>
            {GESTURES.map(([gesture, effect]) => (
              <tr key={gesture} className="border-t border-slate-100">
                <th scope="row" className="py-1.5 pr-3 align-top font-medium text-slate-800">
                  {gesture}
                </th>
                <td className="py-1.5 text-slate-600">{effect}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ModalDialog>
  );
}
