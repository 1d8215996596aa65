import { useCallback, useState } from 'react';

import type { ResumeDocument } from '@/lib/api-types';

/** How many earlier states "Undo last change" can go back through. */
const UNDO_DEPTH = 30;

/**
 * `field` names the text field a change typed into: consecutive changes of one field are one
 * step of undo (a word, a sentence), not one per key.
 */
export type DocumentChange = (next: ResumeDocument, field?: string) => void;

interface DraftState {
  doc: ResumeDocument;
  past: ResumeDocument[];
  lastField: string | null;
}

/** The document being edited, with a short undo history. */
export function useDocumentDraft(initial: ResumeDocument) {
  const [state, setState] = useState<DraftState>({ doc: initial, past: [], lastField: null });

  const change = useCallback<DocumentChange>((next, field) => {
    setState((old) => {
      if (next === old.doc) return old;
      const typingOn = field !== undefined && field === old.lastField;
      return {
        doc: next,
        past: typingOn ? old.past : [...old.past, old.doc].slice(-UNDO_DEPTH),
        lastField: field ?? null,
      };
    });
  }, []);

  const undo = useCallback(() => {
    setState((old) => {
      const previous = old.past[old.past.length - 1];
      return previous ? { doc: previous, past: old.past.slice(0, -1), lastField: null } : old;
    });
  }, []);

  /** Starts over from this document: nothing to undo (after reloading the latest copy). */
  const reset = useCallback((doc: ResumeDocument) => setState({ doc, past: [], lastField: null }), []);

  /** Replaces the document as one undoable step (restoring the original, for instance). */
  const replace = useCallback((doc: ResumeDocument) => change(doc), [change]);

  /** Takes what the server added (ids, cleared confidences) without a step of undo. */
  const adopt = useCallback((doc: ResumeDocument) => setState((old) => ({ ...old, doc })), []);

  return { doc: state.doc, canUndo: state.past.length > 0, change, undo, reset, replace, adopt };
}

export type DocumentDraft = ReturnType<typeof useDocumentDraft>;
