import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';

import { planSave, placeIssues, useDocumentDraft } from '@/components/document-editor';
import { isApiError } from '@/lib/api-client';
import type { ResumeDocument } from '@/lib/api-types';
import { describeError } from '@/lib/form-errors';

import { getResume, resetResumeSections, resumeKeys, saveResumeSections, type Resume, type SavedSections } from '../api/resumes';

/** Saves this long after the last change. */
export const AUTOSAVE_DELAY_MS = 800;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'restored' }
  | { kind: 'reloaded' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict' };

/**
 * The resume's document being edited, saved automatically: a PUT with the revision it was based
 * on, 800 ms after the last change, one at a time. A save refused as stale (412) stops saving
 * until the user reloads the latest copy; refused fields (422) are reported at their paths.
 */
export function useResumeEditor(resumeId: string, initial: ResumeDocument, initialRevision: number) {
  const queryClient = useQueryClient();
  const draft = useDocumentDraft(initial);
  const { adopt, reset, replace } = draft;
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [issues, setIssues] = useState<Record<string, string>>({});
  const revision = useRef(initialRevision);
  /** The document as the server has it (by identity: anything else is unsaved). */
  const baseline = useRef(initial);
  const latest = useRef(draft.doc);
  latest.current = draft.doc;
  const running = useRef<Promise<boolean> | null>(null);
  const stale = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const stored = useCallback(
    (saved: SavedSections) => {
      revision.current = saved.revision;
      queryClient.setQueryData<Resume>(resumeKeys.detail(resumeId), (old) =>
        old ? { ...old, parsedSections: saved.parsedSections, revision: saved.revision, edited: true } : old,
      );
      // The score and new optimizations read the edited document.
      void queryClient.invalidateQueries({ queryKey: resumeKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['optimizations'] });
    },
    [queryClient, resumeId],
  );

  const send = useCallback(
    async (doc: ResumeDocument): Promise<boolean> => {
      const plan = planSave(doc);
      setState({ kind: 'saving' });
      try {
        const saved = await saveResumeSections(resumeId, plan.sections, revision.current);
        stored(saved);
        let settled = doc;
        if (latest.current === doc) {
          // Nothing typed meanwhile: take the ids and confidences the server gave.
          settled = plan.adopt(doc, saved.parsedSections);
          latest.current = settled;
          if (settled !== doc) adopt(settled);
        }
        baseline.current = settled;
        setIssues({});
        setState({ kind: 'saved' });
        return true;
      } catch (error) {
        if (isApiError(error) && error.status === 412) {
          stale.current = true;
          setState({ kind: 'conflict' });
        } else if (isApiError(error) && error.pathIssues.length > 0) {
          const placed = placeIssues(error.pathIssues, plan.toDraftPath);
          setIssues(placed.byPath);
          const message = placed.elsewhere.length > 0 ? placed.elsewhere.join(' ') : 'check the fields marked below.';
          setState({ kind: 'error', message });
        } else {
          setState({ kind: 'error', message: describeError(error) });
        }
        return false;
      }
    },
    [adopt, resumeId, stored],
  );

  /** Saves now what is not saved yet (after the save in flight). True when all is saved. */
  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    while (running.current) await running.current;
    if (stale.current) return false;
    const doc = latest.current;
    if (doc === baseline.current) return true;
    const run = send(doc).finally(() => {
      if (running.current === run) running.current = null;
    });
    running.current = run;
    return run;
  }, [send]);

  useEffect(() => {
    if (draft.doc === baseline.current || stale.current) return;
    timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer.current);
  }, [draft.doc, flush]);

  // Leaving the page (or the editor) saves what is pending.
  useEffect(
    () => () => {
      if (latest.current !== baseline.current && !stale.current) void flush();
    },
    [flush],
  );

  /** After a conflict: the latest copy from the server, dropping the edits here. */
  const reload = useCallback(async () => {
    clearTimeout(timer.current);
    try {
      const fresh = await queryClient.fetchQuery({
        queryKey: resumeKeys.detail(resumeId),
        queryFn: () => getResume(resumeId),
        staleTime: 0,
      });
      if (!fresh.parsedSections) throw new Error('The resume has no document to edit.');
      stale.current = false;
      revision.current = fresh.revision;
      baseline.current = fresh.parsedSections;
      latest.current = fresh.parsedSections;
      reset(fresh.parsedSections);
      setIssues({});
      setState({ kind: 'reloaded' });
    } catch (error) {
      setState({ kind: 'error', message: describeError(error) });
    }
  }, [reset, queryClient, resumeId]);

  /** Puts back what the parser read from the file; one undo brings the edits back. */
  const restore = useCallback(async () => {
    clearTimeout(timer.current);
    while (running.current) await running.current;
    const saved = await resetResumeSections(resumeId);
    stored(saved);
    stale.current = false;
    baseline.current = saved.parsedSections;
    latest.current = saved.parsedSections;
    replace(saved.parsedSections);
    setIssues({});
    setState({ kind: 'restored' });
  }, [replace, resumeId, stored]);

  const dirty = draft.doc !== baseline.current;
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return { draft, state, issues, dirty, flush, reload, restore };
}
