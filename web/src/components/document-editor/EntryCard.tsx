import type { ReactNode } from 'react';

import { Button } from '@/components/ui';
import { cx } from '@/lib/cx';
import { needsCheck } from '@/lib/resume-document';

import { useEditor, useHasNotes, useIssue } from './context';
import styles from './editor.module.css';
import { ItemToolbar } from './ItemToolbar';

interface EntryCardProps {
  /** "Job 2". */
  legend: string;
  /** "job 2". */
  name: string;
  index: number;
  count: number;
  /** Base id of the entry's buttons. */
  id: string;
  /** The entry's path (`experience[1]`), for a message about the entry as a whole. */
  path: string;
  onMove: (to: number) => void;
  onRemove: () => void;
  focusAfterRemove: string;
  /** The parser's confidence: below 0.6 the entry asks to be checked. */
  confidence?: number | null;
  /** "Looks right": clears the confidence. */
  onConfirm?: () => void;
  /** Id of the entry's first field (focus lands there once confirmed). */
  firstFieldId: string;
  children: ReactNode;
}

/** One entry of a section, as a group of fields with its own move and remove buttons. */
export function EntryCard({
  legend,
  name,
  index,
  count,
  id,
  path,
  onMove,
  onRemove,
  focusAfterRemove,
  confidence,
  onConfirm,
  firstFieldId,
  children,
}: EntryCardProps) {
  const { focusLater } = useEditor();
  const issue = useIssue(path);
  // Fields the parser warned about can be confirmed too: their notes say what to check.
  const warned = useHasNotes(path);
  const flagged = needsCheck(confidence) || (warned && onConfirm !== undefined);
  return (
    <fieldset className={cx(styles.entry, flagged && styles.flagged)}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.entryHead}>
        {flagged ? (
          <div className={styles.flag}>
            <p>
              <strong>Check this entry</strong>: the parser was unsure it read it right.
            </p>
            {onConfirm && (
              <Button
                variant="secondary"
                size="sm"
                aria-label={`Looks right, ${name}`}
                onClick={() => {
                  onConfirm();
                  focusLater(firstFieldId);
                }}
              >
                Looks right
              </Button>
            )}
          </div>
        ) : (
          <span />
        )}
        <ItemToolbar
          name={name}
          index={index}
          count={count}
          id={id}
          onMove={onMove}
          onRemove={onRemove}
          focusAfterRemove={focusAfterRemove}
        />
      </div>
      {issue && (
        <p className={styles.entryIssue} role="note">
          {issue}
        </p>
      )}
      {children}
    </fieldset>
  );
}
