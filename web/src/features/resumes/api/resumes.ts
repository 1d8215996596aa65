import { api } from '@/lib/api-client';
import type { ListParams, Page, StatusResponse } from '@/lib/api-types';

export type ParseStatus = 'pending' | 'parsing' | 'completed' | 'failed';

export type ResumeMimeType =
  | 'application/pdf'
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const RESUME_MIME_TYPES: readonly ResumeMimeType[] = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
];

/** One entry of GET /resumes. */
export interface ResumeSummary {
  id: string;
  title: string;
  originalFilename: string;
  mimeType: ResumeMimeType;
  sizeBytes: number;
  parseStatus: ParseStatus;
  /** Latest alignment score, 0–100. */
  lastScore: number | null;
  createdAt: string;
  updatedAt: string;
}

/** A section the parser found (experience, education, skills…). */
export interface ParsedSection {
  id: string;
  kind: string;
  heading: string;
  text: string;
  /** Parser confidence, 0–1. */
  confidence: number;
}

/** GET /resumes/{resumeId} */
export interface Resume extends ResumeSummary {
  parsedText: string | null;
  parsedSections: ParsedSection[] | null;
  parseError: { code: string; message: string } | null;
}

export interface PresignResumeRequest {
  filename: string;
  mimeType: ResumeMimeType;
  /** Bytes. */
  size: number;
}

export interface PresignResumeResponse {
  resumeId: string;
  uploadUrl: string;
  /** Headers the storage expects on the PUT (e.g. Content-Type). */
  uploadHeaders?: Record<string, string>;
  expiresAt?: string;
}

export interface UpdateResumeRequest {
  title?: string;
}

export const resumeKeys = {
  all: ['resumes'] as const,
  list: (params: ListParams = {}) => ['resumes', 'list', params] as const,
  detail: (resumeId: string) => ['resumes', 'detail', resumeId] as const,
};

const path = (resumeId: string) => `/resumes/${encodeURIComponent(resumeId)}`;

export function presignResume(body: PresignResumeRequest): Promise<PresignResumeResponse> {
  return api.post('/resumes/presign', body);
}

/** PUTs the file to the pre-signed storage URL (no API token: the URL carries the grant). */
export async function uploadResumeFile(presigned: PresignResumeResponse, file: File): Promise<void> {
  const response = await fetch(presigned.uploadUrl, {
    method: 'PUT',
    body: file,
    headers: presigned.uploadHeaders ?? { 'Content-Type': file.type },
  });
  if (!response.ok) throw new Error(`Upload failed (HTTP ${response.status}).`);
}

export function parseResume(resumeId: string): Promise<StatusResponse<ParseStatus>> {
  return api.post(`${path(resumeId)}/parse`);
}

export function listResumes(params: ListParams = {}): Promise<Page<ResumeSummary>> {
  return api.get('/resumes', { query: { ...params } });
}

export function getResume(resumeId: string): Promise<Resume> {
  return api.get(path(resumeId));
}

export function updateResume(resumeId: string, body: UpdateResumeRequest): Promise<Resume> {
  return api.patch(path(resumeId), body);
}

export function deleteResume(resumeId: string): Promise<void> {
  return api.delete(path(resumeId));
}
