import { api } from '@/lib/api-client';
import type { ListParams, Page } from '@/lib/api-types';

export type JobDescriptionSource = 'paste' | 'upload';

/** One entry of GET /job-descriptions. */
export interface JobDescriptionSummary {
  id: string;
  title: string;
  company: string | null;
  location: string | null;
  sourceType: JobDescriptionSource;
  createdAt: string;
  updatedAt: string;
}

/** GET /job-descriptions/{jdId} */
export interface JobDescription extends JobDescriptionSummary {
  sanitizedText: string;
  /** Extracted fields such as salary range or seniority. */
  metadata: Record<string, unknown>;
}

export interface CreateJobDescriptionRequest {
  title: string;
  company?: string;
  location?: string;
  /** The pasted posting; omit when referencing an uploaded file. */
  text?: string;
}

export interface CreateJobDescriptionResponse {
  jobDescriptionId: string;
}

export interface UpdateJobDescriptionRequest {
  title?: string;
  company?: string | null;
  location?: string | null;
}

export const jobDescriptionKeys = {
  all: ['job-descriptions'] as const,
  list: (params: ListParams = {}) => ['job-descriptions', 'list', params] as const,
  detail: (jdId: string) => ['job-descriptions', 'detail', jdId] as const,
};

const path = (jdId: string) => `/job-descriptions/${encodeURIComponent(jdId)}`;

export function createJobDescription(body: CreateJobDescriptionRequest): Promise<CreateJobDescriptionResponse> {
  return api.post('/job-descriptions', body);
}

export function listJobDescriptions(params: ListParams = {}): Promise<Page<JobDescriptionSummary>> {
  return api.get('/job-descriptions', { query: { ...params } });
}

export function getJobDescription(jdId: string): Promise<JobDescription> {
  return api.get(path(jdId));
}

export function updateJobDescription(jdId: string, body: UpdateJobDescriptionRequest): Promise<JobDescription> {
  return api.patch(path(jdId), body);
}

export function deleteJobDescription(jdId: string): Promise<void> {
  return api.delete(path(jdId));
}
