import { api } from '@/lib/api-client';
import type { ListParams, Page, ParsedSections, ParseError, ParseStatus, PresignedUpload } from '@/lib/api-types';

export type { ParseStatus } from '@/lib/api-types';

export const FINISHED_PARSE_STATUSES: readonly ParseStatus[] = ['completed', 'failed'];

/** One entry of GET /resumes (lists carry no parsed content). */
export interface ResumeSummary {
  id: string;
  title: string;
  originalFilename: string;
  mimeType: string;
  sizeBytes: number;
  parseStatus: ParseStatus;
  parseError: ParseError | null;
  /** Latest alignment score, 0–100. */
  lastScore: number | null;
  createdAt: string;
  updatedAt: string;
}

/** GET /resumes/{id} */
export interface Resume extends ResumeSummary {
  parsedText: string | null;
  parsedSections: ParsedSections | null;
}

export interface PresignResumeRequest {
  filename: string;
  mimeType: string;
  /** Bytes. */
  size: number;
}

export interface PresignResumeResponse extends PresignedUpload {
  resumeId: string;
  resume: ResumeSummary;
}

export interface ParseResumeResponse {
  resumeId: string;
  status: ParseStatus;
  resume: ResumeSummary;
}

export const resumeKeys = {
  all: ['resumes'] as const,
  lists: ['resumes', 'list'] as const,
  list: (params: ListParams = {}) => ['resumes', 'list', params] as const,
  detail: (resumeId: string) => ['resumes', 'detail', resumeId] as const,
};

const path = (resumeId: string) => `/resumes/${encodeURIComponent(resumeId)}`;

/** 413 file_too_large, 415 unsupported_file_type, 403 email_not_verified. */
export function presignResume(body: PresignResumeRequest): Promise<PresignResumeResponse> {
  return api.post('/resumes/presign', body);
}

export function parseResume(resumeId: string): Promise<ParseResumeResponse> {
  return api.post(`${path(resumeId)}/parse`);
}

export function listResumes(params: ListParams = {}): Promise<Page<ResumeSummary>> {
  return api.get('/resumes', { query: { ...params } });
}

export function getResume(resumeId: string): Promise<Resume> {
  return api.get(path(resumeId));
}

/** 422 (details.field "title") when the title is empty, too long or has control characters. */
export function renameResume(resumeId: string, title: string): Promise<Resume> {
  return api.patch(path(resumeId), { title });
}

/** The resume disappears at once; its file is removed in the background. */
export function deleteResume(resumeId: string): Promise<void> {
  return api.delete(path(resumeId));
}
