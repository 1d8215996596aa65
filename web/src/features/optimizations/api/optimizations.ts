import { api } from '@/lib/api-client';
import type { Change, Strategy } from '@/lib/api-types';

export type OptimizationStatus = 'queued' | 'processing' | 'generating' | 'completed' | 'failed';

export const FINISHED_STATUSES: readonly OptimizationStatus[] = ['completed', 'failed'];

/** One category of the alignment score. */
export interface ScoreCategory {
  score: number;
  /** Share of the total, 0–1; 0 when the job does not ask about it. */
  weight: number;
  counted: string[];
  missing: string[];
  explanation: string;
}

export type ScoreCategoryKey = 'hardSkills' | 'softSkills' | 'jobTitle' | 'education' | 'experience' | 'searchability';

export type ScoreBreakdown = Record<ScoreCategoryKey, ScoreCategory>;

/** Where the job's keywords appear in the resume. */
export interface KeywordReport {
  /** Listed where a screener looks. */
  matched: string[];
  /** Shown somewhere (a bullet) but not where a screener looks. */
  evidenced: string[];
  /** Asked for and nowhere in the resume. */
  missing: string[];
}

/** A proposal the truthfulness guard withheld. */
export interface DroppedChange {
  id: string;
  path: string;
  reason: string;
}

/** What kind of advice a tip is (docs/rewrites.md, "Tips: advice that is not a change"). */
export type TipCode =
  | 'add_a_number'
  | 'passive_opening'
  | 'first_person'
  | 'long_bullet'
  | 'cliche'
  | 'repeated_verb'
  | 'date_format'
  | 'missing_requirement';

/**
 * Advice that is not a change: what only the user can fix or claim, read on the resume as it would
 * be with every change accepted.
 */
export interface Tip {
  /** A known code, or one a newer server added. */
  code: TipCode | (string & {});
  /** What it concerns, as a change's path: `experience[0].bullets[2]`, `summary`, `skills`, `certifications`, `experience[1]`. */
  path: string;
  /** The advice, safe to show. */
  message: string;
}

/** GET /optimize/{id}. The result fields are present only once completed. */
export interface Optimization {
  id: string;
  resumeId: string;
  jobDescriptionId: string;
  status: OptimizationStatus;
  strategy: Strategy;
  alignmentScore?: number;
  scoreBreakdown?: ScoreBreakdown;
  keywords?: KeywordReport;
  changes?: Change[];
  droppedChanges?: DroppedChange[];
  /** Advice apart from the changes; absent on optimizations completed before tips existed (read as none). */
  tips?: Tip[];
  /** The score with every change applied. */
  projectedScore?: number;
  /** The resume document as it was when the optimization read it (what its versions compare with). */
  sourceSections?: unknown;
  summary?: string | null;
  provider: string | null;
  error: { code: string; message: string } | null;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
}

/** A completed optimization: every result field is there. */
export type CompletedOptimization = Optimization &
  Required<Pick<Optimization, 'alignmentScore' | 'scoreBreakdown' | 'keywords' | 'changes' | 'projectedScore'>>;

export function isCompleted(optimization: Optimization): optimization is CompletedOptimization {
  return optimization.status === 'completed' && optimization.scoreBreakdown !== undefined;
}

export interface CreateOptimizationRequest {
  resumeId: string;
  jobDescriptionId: string;
  strategy: Strategy;
}

export interface CreateOptimizationResponse {
  optimizationId: string;
  status: OptimizationStatus;
}

export const optimizationKeys = {
  all: ['optimizations'] as const,
  detail: (optimizationId: string) => ['optimizations', 'detail', optimizationId] as const,
  /** The knock-out questions of a job, answered from a resume. */
  knockOuts: (resumeId: string, jobDescriptionId: string) => ['optimizations', 'knock-outs', resumeId, jobDescriptionId] as const,
};

export const optimizationPath = (optimizationId: string) => `/optimize/${encodeURIComponent(optimizationId)}`;

/** The same key with the same body answers the earlier optimization, so retries are safe. */
export function createOptimization(
  body: CreateOptimizationRequest,
  idempotencyKey: string,
): Promise<CreateOptimizationResponse> {
  return api.post('/optimize', body, { headers: { 'Idempotency-Key': idempotencyKey } });
}

export function getOptimization(optimizationId: string): Promise<Optimization> {
  return api.get(optimizationPath(optimizationId));
}
