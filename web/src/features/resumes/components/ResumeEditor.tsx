import { useState } from 'react';

import { DocumentEditor, EditorBar } from '@/components/document-editor';
import { Alert, Button, ConfirmDialog } from '@/components/ui';
import type { ResumeDocument } from '@/lib/api-types';
import { describeError } from '@/lib/form-errors';

import type { Resume } from '../api/resumes';
import { useResumeEditor, type SaveState } from '../hooks/use-resume-editor';

import styles from './resumes.module.css';

interface ResumeEditorProps {
  resume: Resume;
  sections: ResumeDocument;
  /** Leave edit mode (once everything is saved). */
  onDone: () => void;
  /** Open on the first entry to check instead of the name. */
  startAtFlags?: boolean;
  /** Move focus to the field at this document path, on opening and on each new request. */
  focusField?: { path: string };
}

function statusText(state: SaveState, dirty: boolean): string {
  switch (state.kind) {
    case 'conflict':
      return "Couldn't save: this resume was changed elsewhere.";
    case 'error':
      return `Couldn't save: ${state.message}`;
    case 'saving':
      return 'Saving…';
    default:
      if (dirty) return 'Saving…';
      if (state.kind === 'saved') return 'All changes saved';
      if (state.kind === 'restored') return 'Restored what was read from the file. All changes saved';
      if (state.kind === 'reloaded') return 'Loaded the latest copy. All changes saved';
      return 'Changes save as you type.';
  }
}

/** The resume's document as a form, saved as the user types, with undo and a way back to the original. */
export function ResumeEditor({ resume, sections, onDone, startAtFlags = false, focusField }: ResumeEditorProps) {
  const { draft, state, issues, dirty, flush, reload, restore } = useResumeEditor(resume.id, sections, resume.revision);
  const [confirming, setConfirming] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const [reloading, setReloading] = useState(false);
  const conflict = state.kind === 'conflict';
  const failed = state.kind === 'error' || conflict;

  const done = async () => {
    setLeaving(true);
    const saved = await flush();
    setLeaving(false);
    if (saved) onDone();
  };

  return (
    <div className={styles.editor}>
      <div className={styles.editorTop}>
        <p className={styles.editorIntro}>
          Fix anything read wrong, fill in what is missing. The match score and new optimizations use what you save here.
        </p>
        <Button variant="ghost" size="sm" onClick={() => setConfirming(true)}>
          Restore what was read from the file
        </Button>
      </div>

      {conflict && (
        <Alert
          tone="warning"
          announce="alert"
          title="This resume was changed elsewhere"
          action={
            <Button
              size="sm"
              loading={reloading}
              loadingLabel="Reloading…"
              onClick={async () => {
                setReloading(true);
                await reload();
                setReloading(false);
              }}
            >
              Reload latest
            </Button>
          }
        >
          It was saved from another tab or device after you opened it, so your latest edits here were not saved.
          Reload the latest copy to keep editing (the unsaved edits here are dropped).
        </Alert>
      )}

      <DocumentEditor
        value={draft.doc}
        onChange={draft.change}
        issues={issues}
        showFlagList
        autoFocus={focusField ? false : startAtFlags ? 'first-flag' : true}
        focusField={focusField}
      />

      <EditorBar
        status={statusText(state, dirty)}
        failed={failed}
        state={dirty && state.kind !== 'error' && !conflict ? 'saving' : state.kind}
      >
        <Button variant="secondary" size="sm" onClick={draft.undo} disabled={!draft.canUndo || conflict}>
          Undo last change
        </Button>
        <Button size="sm" onClick={() => void done()} loading={leaving} loadingLabel="Saving…">
          Done editing
        </Button>
      </EditorBar>

      <ConfirmDialog
        open={confirming}
        title="Restore what was read from the file?"
        confirmLabel="Restore"
        pendingLabel="Restoring…"
        pending={restoring}
        error={restoreError}
        onCancel={() => {
          setConfirming(false);
          setRestoreError(null);
        }}
        onConfirm={async () => {
          setRestoring(true);
          setRestoreError(null);
          try {
            await restore();
            setConfirming(false);
          } catch (error) {
            setRestoreError(describeError(error));
          } finally {
            setRestoring(false);
          }
        }}
      >
        <p>
          Your corrections are replaced by what the parser read from {resume.originalFilename}. “Undo last change”
          brings them back.
        </p>
      </ConfirmDialog>
    </div>
  );
}
