import type { ReactNode } from 'react';

import { Button } from '@/components/ui';

import styles from './editor.module.css';

interface AddButtonProps {
  id: string;
  /** The accessible name, where the text alone would be ambiguous ("Add bullet to job 2"). */
  label?: string;
  onClick: () => void;
  children: ReactNode;
}

/** The button under a list of the document that adds an item to it. */
export function AddButton({ id, label, onClick, children }: AddButtonProps) {
  return (
    <Button id={id} variant="secondary" size="sm" className={styles.addButton} aria-label={label} onClick={onClick}>
      {children}
    </Button>
  );
}
