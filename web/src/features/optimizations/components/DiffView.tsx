import type { DiffPart } from '@/lib/api-types';

import styles from './diff.module.css';

export type DiffMode = 'inline' | 'split';

function Removed({ text }: { text: string }) {
  return (
    <del className={styles.del}>
      <span className="sr-only">[removed: </span>
      {text}
      <span className="sr-only">]</span>
    </del>
  );
}

function Added({ text }: { text: string }) {
  return (
    <ins className={styles.ins}>
      <span className="sr-only">[added: </span>
      {text}
      <span className="sr-only">]</span>
    </ins>
  );
}

/** A word-level diff, inline (one text with removals and additions) or side by side. */
export function DiffView({ diff, mode }: { diff: readonly DiffPart[]; mode: DiffMode }) {
  if (mode === 'inline') {
    return (
      <p className={styles.inline}>
        {diff.map((part, index) =>
          part.op === 'equal' ? (
            <span key={index}>{part.text}</span>
          ) : part.op === 'delete' ? (
            <Removed key={index} text={part.text} />
          ) : (
            <Added key={index} text={part.text} />
          ),
        )}
      </p>
    );
  }
  return (
    <div className={styles.split}>
      <div className={styles.side}>
        <p className={styles.sideLabel}>Before</p>
        <p className={styles.sideText}>
          {diff.map((part, index) =>
            part.op === 'equal' ? <span key={index}>{part.text}</span> : part.op === 'delete' ? <Removed key={index} text={part.text} /> : null,
          )}
        </p>
      </div>
      <div className={styles.side}>
        <p className={styles.sideLabel}>After</p>
        <p className={styles.sideText}>
          {diff.map((part, index) =>
            part.op === 'equal' ? <span key={index}>{part.text}</span> : part.op === 'insert' ? <Added key={index} text={part.text} /> : null,
          )}
        </p>
      </div>
    </div>
  );
}
