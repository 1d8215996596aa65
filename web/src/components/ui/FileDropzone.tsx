import { useId, useState, type DragEvent, type ReactNode } from 'react';

import { cx } from '@/lib/cx';

import common from './common.module.css';
import styles from './FileDropzone.module.css';
import { UploadIcon } from './icons';

interface FileDropzoneProps {
  /** Accessible name of the file input, e.g. "Choose a resume file". */
  label: string;
  /** The `accept` attribute, e.g. ".pdf,.docx". */
  accept: string;
  /** Shown under the button, e.g. "PDF or DOCX, up to 10 MB". */
  hint: ReactNode;
  prompt?: ReactNode;
  onFile: (file: File) => void;
  disabled?: boolean;
  /** Id of an error message that describes the input. */
  errorId?: string;
}

/** Drop a file here or pick one with the (keyboard-reachable) file input. */
export function FileDropzone({ label, accept, hint, prompt, onFile, disabled = false, errorId }: FileDropzoneProps) {
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const hintId = `${inputId}-hint`;

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (disabled) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };

  return (
    <div
      className={cx(styles.zone, dragging && styles.dragging, disabled && styles.disabled)}
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <span className={common.iconBadge} aria-hidden="true">
        <UploadIcon />
      </span>
      <p className={styles.prompt}>{prompt ?? 'Drag and drop a file here, or'}</p>
      <label className={styles.pick} htmlFor={inputId}>
        Choose a file
        <span className="sr-only"> ({label})</span>
      </label>
      <input
        id={inputId}
        className={styles.input}
        type="file"
        accept={accept}
        disabled={disabled}
        aria-describedby={cx(hintId, errorId) || undefined}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      <p id={hintId} className={styles.hint}>
        {hint}
      </p>
    </div>
  );
}
