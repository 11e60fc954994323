/** Every keyboard shortcut of the editor, as data: the key handler and the help dialog both read this table. */

export type EditorAction =
  | 'undo'
  | 'redo'
  | 'delete'
  | 'duplicate'
  | 'copy'
  | 'paste'
  | 'cut'
  | 'select-all'
  | 'clear-selection'
  | 'rename'
  | 'connect'
  | 'find'
  | 'help'
  | 'fit-view'
  | 'zoom-in'
  | 'zoom-out'
  | 'toggle-snap'
  | 'nudge-left'
  | 'nudge-right'
  | 'nudge-up'
  | 'nudge-down';

export interface KeyChord {
  readonly key: string;
  /** Ctrl on Windows and Linux, Cmd on macOS. */
  readonly mod?: boolean;
  readonly shift?: boolean;
  readonly alt?: boolean;
  /** How the help dialog writes it, when the key alone would mislead ("!" is Shift+1). */
  readonly display?: string;
}

export interface Shortcut {
  readonly action: EditorAction;
  readonly label: string;
  readonly chords: readonly KeyChord[];
  /** Handled by the browser's copy/paste events, so they work between tabs without a permission prompt. */
  readonly viaClipboardEvent?: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'undo', label: 'Undo', chords: [{ key: 'z', mod: true }] },
  { action: 'redo', label: 'Redo', chords: [{ key: 'z', mod: true, shift: true }, { key: 'y', mod: true }] },
  { action: 'delete', label: 'Delete the selection', chords: [{ key: 'Delete' }, { key: 'Backspace' }] },
  { action: 'duplicate', label: 'Duplicate the selection', chords: [{ key: 'd', mod: true }] },
  { action: 'copy', label: 'Copy (also to another tab)', chords: [{ key: 'c', mod: true }], viaClipboardEvent: true },
  { action: 'cut', label: 'Cut', chords: [{ key: 'x', mod: true }], viaClipboardEvent: true },
  { action: 'paste', label: 'Paste into the selected container', chords: [{ key: 'v', mod: true }], viaClipboardEvent: true },
  { action: 'select-all', label: 'Select everything', chords: [{ key: 'a', mod: true }] },
  { action: 'clear-selection', label: 'Clear the selection', chords: [{ key: 'Escape' }] },
  { action: 'rename', label: 'Rename the selected item', chords: [{ key: 'F2' }] },
  { action: 'connect', label: 'Connect the two selected racks or switches', chords: [{ key: 'c' }] },
  { action: 'find', label: 'Find an item by name', chords: [{ key: 'f', mod: true }, { key: '/' }] },
  { action: 'help', label: 'Show this help', chords: [{ key: '?' }] },
  { action: 'fit-view', label: 'Fit the design in view', chords: [{ key: '!', shift: true, display: 'Shift+1' }] },
  { action: 'zoom-in', label: 'Zoom in', chords: [{ key: '+' }, { key: '=' }] },
  { action: 'zoom-out', label: 'Zoom out', chords: [{ key: '-' }] },
  { action: 'toggle-snap', label: 'Snap buildings and halls to the grid, on or off', chords: [{ key: 'g' }] },
  { action: 'nudge-left', label: 'Move the selection one slot left', chords: [{ key: 'ArrowLeft' }] },
  { action: 'nudge-right', label: 'Move the selection one slot right', chords: [{ key: 'ArrowRight' }] },
  { action: 'nudge-up', label: 'Move the selection one row up', chords: [{ key: 'ArrowUp' }] },
  { action: 'nudge-down', label: 'Move the selection one row down', chords: [{ key: 'ArrowDown' }] },
];

export interface KeyStroke {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** Keys whose character already depends on Shift ("?" is Shift+/ on most layouts): Shift is not compared. */
const SHIFTED_CHARACTERS = new Set(['?', '!', '+']);

/** The action a keystroke stands for, or null. `mac`: Cmd is the modifier, else Ctrl. */
export function matchShortcut(stroke: KeyStroke, mac: boolean): Shortcut | null {
  const mod = mac ? stroke.metaKey : stroke.ctrlKey;
  const otherMod = mac ? stroke.ctrlKey : stroke.metaKey;
  if (otherMod) return null;
  const key = stroke.key.length === 1 ? stroke.key.toLowerCase() : stroke.key;
  for (const shortcut of SHORTCUTS) {
    for (const chord of shortcut.chords) {
      if (chord.key.toLowerCase() !== key.toLowerCase()) continue;
      if (!!chord.mod !== mod || !!chord.alt !== stroke.altKey) continue;
      if (!SHIFTED_CHARACTERS.has(chord.key) && !!chord.shift !== stroke.shiftKey) continue;
      return shortcut;
    }
  }
  return null;
}

/** How a chord reads in the help dialog: "Ctrl+Shift+Z" or "⌘⇧Z". */
export function chordLabel(chord: KeyChord, mac: boolean): string {
  if (chord.display) return chord.display;
  const names: Record<string, string> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', Escape: 'Esc', Delete: 'Delete', Backspace: 'Backspace', ' ': 'Space' };
  const key = names[chord.key] ?? (chord.key.length === 1 ? chord.key.toUpperCase() : chord.key);
  const parts = [chord.mod ? (mac ? '⌘' : 'Ctrl') : null, chord.shift && !SHIFTED_CHARACTERS.has(chord.key) ? (mac ? '⇧' : 'Shift') : null, chord.alt ? (mac ? '⌥' : 'Alt') : null, key];
  return parts.filter(Boolean).join(mac ? '' : '+');
}

export const isMacPlatform = (platform: string) => /mac|iphone|ipad/i.test(platform);
