import { useState, type ReactNode } from 'react';

import { describeError } from '@/lib/form-errors';

import { Button } from './Button';
import { ConfirmDialog } from './ConfirmDialog';

interface DeleteActionProps {
  /** Names what goes, e.g. "Delete resume"; labels the confirm button. */
  confirmLabel: string;
  /** The dialog's question, e.g. "Delete this resume?" */
  title: string;
  /** The consequences, spelled out. */
  children: ReactNode;
  /** Rejects with the reason when the delete fails. */
  onDelete: () => Promise<unknown>;
}

/** A Delete button that asks first, in a dialog that says what will be lost. */
export function DeleteAction({ confirmLabel, title, children, onDelete }: DeleteActionProps) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onDelete();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button
        variant="secondary"
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        Delete
      </Button>
      <ConfirmDialog
        open={open}
        title={title}
        confirmLabel={confirmLabel}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
        pending={pending}
        error={error}
      >
        {children}
      </ConfirmDialog>
    </>
  );
}
