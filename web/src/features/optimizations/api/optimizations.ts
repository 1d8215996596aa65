import { api } from '@/lib/api-client';
import type { Strategy } from '@/lib/api-types';

export type OptimizationStatus = 'queued' | 'processing' | 'generating' | 'completed' | 'failed';

export const FINISHED_STATUSES: readonly OptimizationStatus[] = ['completed', 'failed'];

/** One proposed rewrite the user accepts or rejects in the diff view. */
export interface SuggestedChange {
  id: string;
  /** Section id from the parsed resume. */
  sectionId: string;
  sectionHeading: string;
  original: string;
  proposed: string;
  /** Why the change helps for this job (keywords, clarity). */
  rationale: string;
}

/** GET /optimize/{optimizationId} */
export interface Optimization {
  id: string;
  resumeId: string;
  jobDescriptionId: string;
  status: OptimizationStatus;
  strategy: Strategy;
  /** High-level summary of the changes, once completed. */
  summary: string | null;
  /** 0–100, once completed. */
  alignmentScore: number | null;
  suggestedChanges: SuggestedChange[];
  errorCode: string | null;
  errorMessage: string | null;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
}

export interface CreateOptimizationRequest {
  resumeId: string;
  jobDescriptionId: string;
  strategy?: Strategy;
}

export interface CreateOptimizationResponse {
  optimizationId: string;
  status: OptimizationStatus;
}

export interface AcceptChangesRequest {
  /** Ids of the suggested changes the user accepted; the rest are rejected. */
  acceptedChanges: string[];
  applyAll?: boolean;
}

export interface AcceptChangesResponse {
  versionId: string;
}

export const optimizationKeys = {
  all: ['optimizations'] as const,
  detail: (optimizationId: string) => ['optimizations', 'detail', optimizationId] as const,
};

export const optimizationPath = (optimizationId: string) => `/optimize/${encodeURIComponent(optimizationId)}`;

export function createOptimization(
  body: CreateOptimizationRequest,
  idempotencyKey?: string,
): Promise<CreateOptimizationResponse> {
  return api.post('/optimize', body, {
    headers: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : undefined,
  });
}

export function getOptimization(optimizationId: string): Promise<Optimization> {
  return api.get(optimizationPath(optimizationId));
}

export function acceptChanges(optimizationId: string, body: AcceptChangesRequest): Promise<AcceptChangesResponse> {
  return api.post(`${optimizationPath(optimizationId)}/accept`, body);
}
