import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';

import { DocumentEditor, EditorBar, placeIssues, planSave, useDocumentDraft, type SavePlan } from '@/components/document-editor';
import { Alert, Button, ConfirmDialog } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/form-errors';

import { getVersion, saveVersionSections, versionKeys, type Version } from '../api/versions';

import styles from './versions.module.css';

interface VersionEditorProps {
  version: Version;
  /** Leave edit mode without saving. */
  onCancel: () => void;
}

/** A saved version as a form; "Save as new version" keeps the original and opens the edited copy. */
export function VersionEditor({ version, onCancel }: VersionEditorProps) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const draft = useDocumentDraft(version.optimizedSections);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [discarding, setDiscarding] = useState(false);
  const etag = useRef(version.etag);
  const plan = useRef<SavePlan | null>(null);
  const dirty = draft.doc !== version.optimizedSections;

  const save = useMutation({
    mutationFn: async () => {
      plan.current = planSave(draft.doc);
      etag.current ??= (await getVersion(version.id)).etag;
      if (!etag.current) throw new Error('No ETag for this version.');
      return saveVersionSections(version.id, plan.current.sections, etag.current);
    },
    onMutate: () => setIssues({}),
    onSuccess: ({ versionId, version: copy }) => {
      if (copy) queryClient.setQueryData(versionKeys.detail(versionId), copy);
      void queryClient.invalidateQueries({ queryKey: versionKeys.lists });
      void navigate(`/versions/${encodeURIComponent(versionId)}`);
    },
    onError: (error) => {
      if (isApiError(error) && plan.current && error.pathIssues.length > 0) {
        setIssues(placeIssues(error.pathIssues, plan.current.toDraftPath).byPath);
      }
    },
  });

  const reload = useMutation({
    mutationFn: () =>
      queryClient.fetchQuery({ queryKey: versionKeys.detail(version.id), queryFn: () => getVersion(version.id), staleTime: 0 }),
    onSuccess: (fresh) => {
      etag.current = fresh.etag;
      draft.reset(fresh.optimizedSections);
      save.reset();
    },
  });

  const conflict = isApiError(save.error) && save.error.status === 412;
  let status = dirty ? 'Unsaved changes: save them as a new version.' : 'No changes yet.';
  if (save.isPending) status = 'Saving…';
  else if (conflict) status = "Couldn't save: this version was changed elsewhere.";
  else if (save.isError) {
    const placed = isApiError(save.error) && plan.current ? placeIssues(save.error.pathIssues, plan.current.toDraftPath) : null;
    status =
      placed && placed.elsewhere.length === 0 && Object.keys(placed.byPath).length > 0
        ? "Couldn't save: check the fields marked below."
        : `Couldn't save: ${placed?.elsewhere.join(' ') || describeError(save.error)}`;
  }

  return (
    <div className={styles.editor}>
      <p className={styles.editorIntro}>
        Change anything, then save it as a new version. This version stays as it is.
      </p>
      {conflict && (
        <Alert
          tone="warning"
          announce="alert"
          title="This version was changed elsewhere"
          action={
            <Button size="sm" loading={reload.isPending} loadingLabel="Reloading…" onClick={() => reload.mutate()}>
              Reload latest
            </Button>
          }
        >
          Reload it to edit the latest copy (your edits here are dropped).
        </Alert>
      )}
      <DocumentEditor value={draft.doc} onChange={draft.change} issues={issues} autoFocus />
      <EditorBar status={status} failed={save.isError}>
        <Button variant="secondary" size="sm" onClick={draft.undo} disabled={!draft.canUndo}>
          Undo last change
        </Button>
        <Button variant="ghost" size="sm" onClick={() => (dirty ? setDiscarding(true) : onCancel())}>
          Cancel
        </Button>
        <Button size="sm" onClick={() => save.mutate()} loading={save.isPending} loadingLabel="Saving…" disabled={!dirty}>
          Save as new version
        </Button>
      </EditorBar>
      <ConfirmDialog
        open={discarding}
        title="Discard your edits?"
        confirmLabel="Discard edits"
        onCancel={() => setDiscarding(false)}
        onConfirm={() => {
          setDiscarding(false);
          onCancel();
        }}
      >
        <p>The changes you made here are not saved anywhere. The version stays as it was.</p>
      </ConfirmDialog>
    </div>
  );
}
