import { useCallback, useEffect, useMemo, useState } from 'react';

import type { Change } from '@/lib/api-types';

export type Decision = 'accepted' | 'rejected';

type Decisions = Record<string, Decision>;
/** The user's own wording of a change's "after" text, by change id. */
type Edits = Record<string, string>;

const storageKey = (optimizationId: string) => `resumax.decisions.${optimizationId}`;
const editsKey = (optimizationId: string) => `resumax.edits.${optimizationId}`;

function load<T extends object>(key: string): T {
  try {
    const raw = sessionStorage.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return (parsed && typeof parsed === 'object' ? parsed : {}) as T;
  } catch {
    return {} as T;
  }
}

function store(key: string, value: object): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the choices still live in memory.
  }
}

/**
 * The user's accept/reject choice per change, and their own wording of some, kept in
 * sessionStorage so a reload or a failed save loses nothing. Undecided changes are not applied.
 */
export function useChangeDecisions(optimizationId: string, changes: readonly Change[]) {
  const [decisions, setDecisions] = useState<Decisions>(() => load(storageKey(optimizationId)));
  const [edits, setEdits] = useState<Edits>(() => load(editsKey(optimizationId)));

  useEffect(() => store(storageKey(optimizationId), decisions), [optimizationId, decisions]);
  useEffect(() => store(editsKey(optimizationId), edits), [optimizationId, edits]);

  /** Sets (or with undefined, drops) the user's wording of a change. */
  const editWording = useCallback((changeId: string, after: string | undefined) => {
    setEdits((old) => {
      const next = { ...old };
      if (after === undefined) delete next[changeId];
      else next[changeId] = after;
      return next;
    });
  }, []);

  const decide = useCallback((changeId: string, decision: Decision | undefined) => {
    setDecisions((old) => {
      const next = { ...old };
      if (decision) next[changeId] = decision;
      else delete next[changeId];
      return next;
    });
  }, []);

  const decideAll = useCallback(
    (decision: Decision) => setDecisions(Object.fromEntries(changes.map((change) => [change.id, decision]))),
    [changes],
  );

  const accepted = useMemo(
    () => new Set(changes.filter((change) => decisions[change.id] === 'accepted').map((change) => change.id)),
    [changes, decisions],
  );
  const undecided = changes.filter((change) => !decisions[change.id]).length;

  const clear = useCallback(() => {
    try {
      sessionStorage.removeItem(storageKey(optimizationId));
      sessionStorage.removeItem(editsKey(optimizationId));
    } catch {
      // Nothing to clean up.
    }
  }, [optimizationId]);

  return { decisions, decide, decideAll, accepted, undecided, edits, editWording, clear };
}
