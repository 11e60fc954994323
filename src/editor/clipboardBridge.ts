/**
 * The clipboard between tabs. Ctrl/Cmd+C and V go through the browser's copy and paste events,
 * which need no permission; the toolbar buttons use the async Clipboard API. Each copy is also kept
 * in localStorage, which every tab of the app shares, for when the Clipboard API is refused.
 */
const KEY = 'fabric-designer.clipboard';

export function rememberCopy(text: string): void {
  try {
    localStorage.setItem(KEY, text);
  } catch {
    // storage full or disabled: the system clipboard still has it
  }
}

export function lastCopy(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export async function writeClipboard(text: string): Promise<void> {
  rememberCopy(text);
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // refused (no permission, not focused): the localStorage copy serves this app's tabs
  }
}

/** The system clipboard's text, or the last copy made in any tab of the app when it cannot be read. */
export async function readClipboard(): Promise<string> {
  try {
    const text = await navigator.clipboard.readText();
    if (text) return text;
  } catch {
    // refused: fall back below
  }
  return lastCopy() ?? '';
}

/** Whether a key or clipboard event comes from a field the user types in, where the browser's own behaviour wins. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}
