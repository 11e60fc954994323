/**
 * Shows a <dialog> as a modal for as long as its component is mounted: showModal traps focus and
 * makes the page behind inert, Escape closes it, and focus goes back to what opened it.
 * Spread the result on the <dialog>.
 */
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';

export function useModalDialog(onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  // read while rendering, before showModal moves focus into the dialog
  const [opener] = useState(() => document.activeElement);
  useEffect(() => {
    const dialog = ref.current;
    // no close() on cleanup: its close event would arrive after a StrictMode remount and shut the dialog
    if (dialog && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first control (often the close button); a form's first field is more useful
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    // the browser gives focus back on close(), but not when the dialog is simply unmounted
    return () => {
      const focused = document.activeElement;
      if ((focused === null || focused === document.body) && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [opener]);
  return {
    ref,
    // Escape: the owner unmounts the dialog in this very event. Left to the browser, the dialog would close
    // at once but say so a task later, and a dialog opened again in between (a click on the button that
    // opens it) would be unmounted by that late close event.
    onCancel: (event: SyntheticEvent<HTMLDialogElement>) => {
      event.preventDefault();
      onClose();
    },
    onClose,
  };
}
