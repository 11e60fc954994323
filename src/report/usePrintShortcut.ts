/**
 * Ctrl/Cmd+P opens the report and prints it; printing from the browser's menu opens it too, so
 * paper never shows the editor. flushSync renders the report before the browser lays out the page.
 * A printable page already open (the report, a change order) is what prints.
 */
import { useEffect } from 'react';
import { flushSync } from 'react-dom';

export function usePrintShortcut(enabled: boolean, openReport: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'p') return;
      e.preventDefault();
      if (!printableOpen()) flushSync(openReport);
      window.print();
    };
    const beforePrint = () => {
      if (!printableOpen()) flushSync(openReport);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [enabled, openReport]);
}

/** PrintPreview's dialog, the one thing report.css lets onto paper. */
const printableOpen = () => document.querySelector('dialog.print-report[open]') !== null;
