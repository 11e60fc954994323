/** Routes keystrokes and the browser's copy, cut and paste events to the editor's commands. */
import { useEffect, useEffectEvent } from 'react';
import { isTypingTarget } from './clipboardBridge.ts';
import { matchShortcut, type EditorAction } from './shortcuts/shortcutMap.ts';

const NUDGES = new Set<EditorAction>(['nudge-left', 'nudge-right', 'nudge-up', 'nudge-down']);

export interface ClipboardHandlers {
  /** The text to put on the clipboard, or null when nothing is selected. */
  copy(): string | null;
  afterCut(): void;
  paste(text: string): void;
}

export function useEditorKeys(run: (action: EditorAction) => void, clipboard: ClipboardHandlers, mac: boolean): void {
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (isTypingTarget(e.target) || dialogOpen()) return;
    const shortcut = matchShortcut(e, mac);
    if (!shortcut || shortcut.viaClipboardEvent) return;
    const nudge = NUDGES.has(shortcut.action);
    // React Flow claims arrows on a focused node (to move it by pixels); here they move it by a floor cell
    if (e.defaultPrevented && !(nudge && onCanvasNode(e.target))) return;
    // arrows belong to whatever has focus, unless that is the canvas (or nothing)
    if (nudge && !canvasHasFocus()) return;
    e.preventDefault();
    run(shortcut.action);
  });
  const onCopy = useEffectEvent((e: ClipboardEvent, cut: boolean) => {
    if (isTypingTarget(e.target) || dialogOpen() || hasTextSelection()) return;
    const text = clipboard.copy();
    if (!text) return;
    e.clipboardData?.setData('text/plain', text);
    e.preventDefault();
    if (cut) clipboard.afterCut();
  });
  const onPaste = useEffectEvent((e: ClipboardEvent) => {
    if (isTypingTarget(e.target) || dialogOpen()) return;
    e.preventDefault();
    clipboard.paste(e.clipboardData?.getData('text/plain') ?? '');
  });
  useEffect(() => {
    const key = (e: KeyboardEvent) => onKey(e);
    const copy = (e: ClipboardEvent) => onCopy(e, false);
    const cut = (e: ClipboardEvent) => onCopy(e, true);
    const paste = (e: ClipboardEvent) => onPaste(e);
    window.addEventListener('keydown', key);
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', paste);
    return () => {
      window.removeEventListener('keydown', key);
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', paste);
    };
  }, []);
}

function dialogOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

function onCanvasNode(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.react-flow__node') !== null;
}

function canvasHasFocus(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active.closest('.react-flow') !== null;
}

/** Text the user selected on the page (a finding's message, a table cell) copies as text. */
function hasTextSelection(): boolean {
  const selection = window.getSelection();
  return !!selection && !selection.isCollapsed && selection.toString().trim().length > 0;
}
