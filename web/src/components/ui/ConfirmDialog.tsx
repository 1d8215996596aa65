import { useId, useRef, type KeyboardEvent, type ReactNode, type SyntheticEvent } from 'react';

import { Alert } from './Alert';
import { Button } from './Button';
import styles from './ConfirmDialog.module.css';
import modal from './Modal.module.css';
import { useModalDialog } from './use-modal-dialog';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What will happen, in plain words. */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** The confirmed action is running. */
  pending?: boolean;
  /** Why the confirmed action failed; the dialog stays open. */
  error?: string | null;
  /** The confirm button's label while the action runs (default "Deleting…"). */
  pendingLabel?: string;
  /** "primary" for an action that loses nothing (e.g. enabling an account); default "danger". */
  confirmVariant?: 'danger' | 'primary';
}

/**
 * A modal that asks before a destructive action. Focus starts on Cancel, Escape cancels, and
 * focus returns to whatever opened it.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  pending = false,
  error,
  pendingLabel = 'Deleting…',
  confirmVariant = 'danger',
}: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useModalDialog(open, cancelRef);
  const titleId = useId();
  const bodyId = useId();

  const cancel = (event: SyntheticEvent) => {
    event.preventDefault();
    if (!pending) onCancel();
  };

  if (!open) return null;
  return (
    <dialog
      ref={dialogRef}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className={modal.dialog}
      onCancel={cancel}
      onKeyDown={(event: KeyboardEvent) => {
        if (event.key === 'Escape') cancel(event);
      }}
    >
      <h2 id={titleId} className={styles.title}>
        {title}
      </h2>
      <div id={bodyId} className={styles.body}>
        {children}
      </div>
      {error && (
        <Alert tone="error" className={styles.error}>
          {error}
        </Alert>
      )}
      <div className={styles.actions}>
        <Button ref={cancelRef} variant="secondary" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button variant={confirmVariant} onClick={onConfirm} loading={pending} loadingLabel={pendingLabel}>
          {confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}
