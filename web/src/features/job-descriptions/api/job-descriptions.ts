import { api } from '@/lib/api-client';
import type { ListParams, Page, ParseError, ParseStatus, PresignedUpload } from '@/lib/api-types';

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
  /** Has no skills until parseStatus is completed. */
  metadata: JobMetadata;
  /** An uploaded file is read in the background; a pasted job description is always completed. */
  /** `uploading` until the file is uploaded and its reading requested. */
  parseStatus: ParseStatus | 'uploading';
  /** Why the file could not be read, when parseStatus is failed. */
  parseError: ParseError | null;
  createdAt: string;
  updatedAt: string;
}

/** GET /job-descriptions/{id}, and the create and parse answers. */
export interface JobDescription extends JobDescriptionSummary {
  /** Empty until parseStatus is completed. */
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

/**
 * Starts reading the uploaded file in the background: 202 with parseStatus pending or parsing
 * (200 with completed when it was read already). Follow it with waitForParse.
 */
export function parseJobDescription(jdId: string): Promise<JobDescription> {
  return api.post(`${path(jdId)}/parse`);
}

export function listJobDescriptions(params: ListParams = {}): Promise<Page<JobDescriptionSummary>> {
  return api.get('/job-descriptions', { query: { ...params } });
}

export function getJobDescription(jdId: string, signal?: AbortSignal): Promise<JobDescription> {
  return api.get(path(jdId), { signal });
}

/** The file was never uploaded (the upload was abandoned) or could not be read. */
export function isUnreadable(jd: Pick<JobDescriptionSummary, 'parseStatus'>): boolean {
  return jd.parseStatus === 'failed' || jd.parseStatus === 'uploading';
}

/** The file is waiting to be read or being read; false once it was read, or could not be. */
export function isParsing(jd: Pick<JobDescriptionSummary, 'parseStatus'>): boolean {
  return jd.parseStatus === 'pending' || jd.parseStatus === 'parsing';
}

const PARSE_POLL_MS = 1000;
const PARSE_WAIT_MS = 60_000;

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Polls GET /job-descriptions/{id} every second until the parse started by parseJobDescription
 * finishes. After a minute it stops waiting and resolves with the job description still unread.
 */
export async function waitForParse(jd: JobDescription, signal?: AbortSignal): Promise<JobDescription> {
  const deadline = Date.now() + PARSE_WAIT_MS;
  let current = jd;
  while (isParsing(current) && Date.now() < deadline) {
    signal?.throwIfAborted();
    await delay(PARSE_POLL_MS, signal);
    current = await getJobDescription(jd.id, signal);
  }
  return current;
}

/** Changes the fields sent; the metadata is extracted again. 422 names the refused field. */
export function updateJobDescription(jdId: string, fields: JobFields): Promise<JobDescription> {
  return api.patch(path(jdId), fields);
}

/** Also deletes the optimizations and versions made for it. */
export function deleteJobDescription(jdId: string): Promise<void> {
  return api.delete(path(jdId));
}
