import type { Change } from '@/lib/api-types';

/** Changes without keywords (rewording) barely move the score next to ones that surface a skill. */
const REWORD_WEIGHT = 0.1;

function weightOf(change: Change, useDeltas: boolean, anyKeywords: boolean): number {
  if (useDeltas) return Math.max(0, change.scoreDelta ?? 0);
  if (change.keywords.length > 0) return change.keywords.length;
  return anyKeywords ? REWORD_WEIGHT : 1;
}

export interface ProjectedScore {
  score: number;
  /** False when the server computed it (none or all changes accepted). */
  estimated: boolean;
}

/**
 * The score with the accepted changes. The server gives the current score, the score with every
 * change applied, and what each change alone adds (`scoreDelta`); in between the gain is shared
 * out by those deltas (by the keywords each change surfaces when no delta is known, since
 * keywords drive the score and rewording hardly does). The saved version gets its exact score.
 */
export function projectScore(
  current: number,
  allApplied: number,
  changes: readonly Change[],
  accepted: ReadonlySet<string>,
): ProjectedScore {
  const acceptedCount = changes.filter((change) => accepted.has(change.id)).length;
  if (acceptedCount === 0) return { score: current, estimated: false };
  if (acceptedCount === changes.length) return { score: allApplied, estimated: false };
  const anyKeywords = changes.some((change) => change.keywords.length > 0);
  const useDeltas = changes.some((change) => (change.scoreDelta ?? 0) > 0);
  let total = 0;
  let gained = 0;
  for (const change of changes) {
    const weight = weightOf(change, useDeltas, anyKeywords);
    total += weight;
    if (accepted.has(change.id)) gained += weight;
  }
  if (total === 0) return { score: current, estimated: true };
  const score = Math.round(current + ((allApplied - current) * gained) / total);
  return { score: Math.max(0, Math.min(100, score)), estimated: true };
}
