import { useEffect, useRef, type RefObject } from 'react';

/**
 * A native <dialog> shown as a modal while `open`: focus moves to `initialFocus`, and when it
 * closes (or unmounts) focus returns to whatever had it before. Attach the returned ref to the
 * dialog and style it with Modal.module.css.
 */
export function useModalDialog(open: boolean, initialFocus: RefObject<HTMLElement | null>) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    initialFocus.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [open, initialFocus]);
  return dialogRef;
}
