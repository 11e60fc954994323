/**
 * Ctrl/Cmd+P opens the report and prints it; printing from the browser's menu opens it too, so
 * paper never shows the editor. flushSync renders the report before the browser lays out the page.
 */
import { useEffect } from 'react';
import { flushSync } from 'react-dom';

export function usePrintShortcut(enabled: boolean, openReport: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'p') return;
      e.preventDefault();
      flushSync(openReport);
      window.print();
    };
    const beforePrint = () => flushSync(openReport);
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [enabled, openReport]);
}
