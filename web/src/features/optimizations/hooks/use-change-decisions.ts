import { useCallback, useEffect, useMemo, useState } from 'react';

import type { Change } from '@/lib/api-types';

export type Decision = 'accepted' | 'rejected';

type Decisions = Record<string, Decision>;

const storageKey = (optimizationId: string) => `resumax.decisions.${optimizationId}`;

function load(optimizationId: string): Decisions {
  try {
    const raw = sessionStorage.getItem(storageKey(optimizationId));
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Decisions) : {};
  } catch {
    return {};
  }
}

/**
 * The user's accept/reject choice per change, kept in sessionStorage so a reload or a failed save
 * loses nothing. Undecided changes are not applied.
 */
export function useChangeDecisions(optimizationId: string, changes: readonly Change[]) {
  const [decisions, setDecisions] = useState<Decisions>(() => load(optimizationId));

  useEffect(() => {
    try {
      sessionStorage.setItem(storageKey(optimizationId), JSON.stringify(decisions));
    } catch {
      // Storage full or blocked: the choices still live in memory.
    }
  }, [optimizationId, decisions]);

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
    } catch {
      // Nothing to clean up.
    }
  }, [optimizationId]);

  return { decisions, decide, decideAll, accepted, undecided, clear };
}
