import { api } from '@/lib/api-client';
import type { ListParams, Page, PresignedUpload } from '@/lib/api-types';

export type JobDescriptionSource = 'paste' | 'upload';

/** What the posting says about the job; null or empty when it does not say. */
export interface JobMetadata {
  title: string | null;
  company: string | null;
  location: string | null;
  workMode: 'remote' | 'hybrid' | 'onsite' | null;
  employmentType: 'full_time' | 'part_time' | 'contract' | 'internship' | 'temporary' | null;
  seniority: string | null;
  yearsExperience: { min: number | null; max: number | null } | null;
  salary: { min: number; max: number; currency: string; period: 'year' | 'month' | 'hour' } | null;
  requiredSkills: string[];
  preferredSkills: string[];
}

/** One entry of GET /job-descriptions (without the text). */
export interface JobDescriptionSummary {
  id: string;
  title: string;
  company: string | null;
  location: string | null;
  sourceType: JobDescriptionSource;
  metadata: JobMetadata;
  createdAt: string;
  updatedAt: string;
}

/** GET /job-descriptions/{id}, and the create and parse answers. */
export interface JobDescription extends JobDescriptionSummary {
  sanitizedText: string;
}

export interface JobFields {
  title?: string;
  company?: string;
  location?: string;
}

export interface CreateJobDescriptionRequest extends JobFields {
  text: string;
}

export interface PresignJobDescriptionRequest extends JobFields {
  filename: string;
  mimeType: string;
  size: number;
}

export interface PresignJobDescriptionResponse extends PresignedUpload {
  jobDescriptionId: string;
}

export const jobDescriptionKeys = {
  all: ['job-descriptions'] as const,
  lists: ['job-descriptions', 'list'] as const,
  list: (params: ListParams = {}) => ['job-descriptions', 'list', params] as const,
  detail: (jdId: string) => ['job-descriptions', 'detail', jdId] as const,
};

const path = (jdId: string) => `/job-descriptions/${encodeURIComponent(jdId)}`;

export function createJobDescription(body: CreateJobDescriptionRequest): Promise<JobDescription> {
  return api.post('/job-descriptions', body);
}

export function presignJobDescription(body: PresignJobDescriptionRequest): Promise<PresignJobDescriptionResponse> {
  return api.post('/job-descriptions/presign', body);
}

/** Reads the uploaded file at once; 400 with the reader's code when it cannot. */
export function parseJobDescription(jdId: string): Promise<JobDescription> {
  return api.post(`${path(jdId)}/parse`);
}

export function listJobDescriptions(params: ListParams = {}): Promise<Page<JobDescriptionSummary>> {
  return api.get('/job-descriptions', { query: { ...params } });
}

export function getJobDescription(jdId: string): Promise<JobDescription> {
  return api.get(path(jdId));
}

/** Changes the fields sent; the metadata is extracted again. 422 names the refused field. */
export function updateJobDescription(jdId: string, fields: JobFields): Promise<JobDescription> {
  return api.patch(path(jdId), fields);
}

/** Also deletes the optimizations and versions made for it. */
export function deleteJobDescription(jdId: string): Promise<void> {
  return api.delete(path(jdId));
}
