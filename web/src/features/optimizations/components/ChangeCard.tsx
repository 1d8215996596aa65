import { useId, useRef, useState } from 'react';

import { Button, TextAreaField } from '@/components/ui';

import type { Change } from '@/lib/api-types';
import { cx } from '@/lib/cx';

import type { Decision } from '../hooks/use-change-decisions';
import { describeChangeLocation } from '../utils/change-location';

import styles from './changes.module.css';
import { DiffView, type DiffMode } from './DiffView';

interface ChangeCardProps {
  change: Change;
  index: number;
  mode: DiffMode;
  decision: Decision | undefined;
  onDecide: (decision: Decision | undefined) => void;
  /** The user's own wording of the "after" text, if they wrote one. */
  edit?: string;
  /** Keeps the user's wording (undefined: back to the suggestion). */
  onEdit: (after: string | undefined) => void;
}

interface WordingEditorProps {
  change: Change;
  index: number;
  initial: string;
  onSave: (after: string) => void;
  onCancel: () => void;
}

/** The suggested "after" text as a text box, for the user to put in their own words. */
function WordingEditor({ change, index, initial, onSave, onCancel }: WordingEditorProps) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    const after = text.trim();
    if (!after) {
      setError('Write your wording, or reject the change instead.');
      return;
    }
    onSave(after);
  };
  return (
    <div className={styles.wordingEditor}>
      <TextAreaField
        label={`Your wording for change ${index + 1}`}
        hint={`Suggested: “${change.after}”`}
        value={text}
        error={error}
        rows={3}
        inputClassName={styles.wordingInput}
        autoFocus
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      />
      <div className={styles.wordingActions}>
        <Button size="sm" onClick={save}>
          Use my wording
        </Button>
        <Button variant="ghost" size="sm" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

/** One proposed change: where, why, the diff, accept / reject toggles, and the user's own wording. */
export function ChangeCard({ change, index, mode, decision, onDecide, edit, onEdit }: ChangeCardProps) {
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const toggle = (next: Decision) => onDecide(decision === next ? undefined : next);
  const closeEditor = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  return (
    <li className={cx(styles.card, decision && styles[decision])} aria-labelledby={titleId}>
      <div className={styles.cardHead}>
        <h3 id={titleId} className={styles.cardTitle}>
          <span className={styles.index}>Change {index + 1}</span> {describeChangeLocation(change)}
        </h3>
        <span className={styles.state} aria-hidden="true">
          {decision === 'accepted' ? 'Accepted' : decision === 'rejected' ? 'Rejected' : 'To review'}
          {edit !== undefined && ' · your wording'}
        </span>
      </div>
      <p className={styles.reason}>{change.reason}</p>
      {change.keywords.length > 0 && (
        <ul className={styles.keywords} aria-label="Keywords this change surfaces">
          {change.keywords.map((keyword) => (
            <li key={keyword}>+ {keyword}</li>
          ))}
        </ul>
      )}
      <DiffView diff={change.diff} mode={mode} />
      {edit !== undefined && !editing && (
        <div className={styles.wording}>
          <p className={styles.wordingLabel}>Your wording</p>
          <p>{edit}</p>
          <Button variant="ghost" size="sm" aria-label={`Use the suggestion instead, change ${index + 1}`} onClick={() => onEdit(undefined)}>
            Use the suggestion instead
          </Button>
        </div>
      )}
      {editing && (
        <WordingEditor
          change={change}
          index={index}
          initial={edit ?? change.after}
          onCancel={closeEditor}
          onSave={(after) => {
            onEdit(after === change.after ? undefined : after);
            if (after !== change.after) onDecide('accepted');
            closeEditor();
          }}
        />
      )}
      <div className={styles.decide} role="group" aria-label={`Change ${index + 1}`}>
        <button
          type="button"
          className={cx(styles.decideButton, styles.accept)}
          aria-pressed={decision === 'accepted'}
          onClick={() => toggle('accepted')}
        >
          <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
            <path fillRule="evenodd" d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0Z" clipRule="evenodd" />
          </svg>
          Accept
        </button>
        <button
          type="button"
          className={cx(styles.decideButton, styles.reject)}
          aria-pressed={decision === 'rejected'}
          onClick={() => toggle('rejected')}
        >
          <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
            <path d="M5.3 5.3a1 1 0 0 1 1.4 0L10 8.6l3.3-3.3a1 1 0 1 1 1.4 1.4L11.4 10l3.3 3.3a1 1 0 0 1-1.4 1.4L10 11.4l-3.3 3.3a1 1 0 0 1-1.4-1.4L8.6 10 5.3 6.7a1 1 0 0 1 0-1.4Z" />
          </svg>
          Reject
        </button>
        {!editing && (
          <button ref={editButton} type="button" className={styles.decideButton} onClick={() => setEditing(true)}>
            Edit wording
          </button>
        )}
      </div>
    </li>
  );
}
