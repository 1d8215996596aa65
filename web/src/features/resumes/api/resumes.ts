import { api } from '@/lib/api-client';
import { readDocument } from '@/lib/resume-document';
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
  /** Counts saves of the document; sent back as `If-Match: "<revision>"` when saving. */
  revision: number;
  /** The user changed the document since it was read from the file. */
  edited: boolean;
}

/** PUT /resumes/{id}/sections and POST /resumes/{id}/sections/reset. */
export interface SavedSections {
  revision: number;
  parsedSections: ParsedSections;
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
  /** Fetched on demand only (a report reads the file again): never refetched by an invalidation. */
  atsReport: (resumeId: string) => ['resumes', 'ats-report', resumeId] as const,
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

export async function getResume(resumeId: string): Promise<Resume> {
  const resume = await api.get<Resume>(path(resumeId));
  return { ...resume, parsedSections: resume.parsedSections ? readDocument(resume.parsedSections) : null };
}

const readSaved = (saved: SavedSections): SavedSections => ({ ...saved, parsedSections: readDocument(saved.parsedSections) });

/** 422 (details.field "title") when the title is empty, too long or has control characters. */
export function renameResume(resumeId: string, title: string): Promise<Resume> {
  return api.patch(path(resumeId), { title });
}

/**
 * Saves the user's corrections of the document. 412 revision_conflict (details.currentRevision)
 * when it was saved elsewhere since `revision`; 422 invalid_sections with details [{path, message}].
 */
export async function saveResumeSections(resumeId: string, sections: ParsedSections, revision: number): Promise<SavedSections> {
  const saved = await api.put<SavedSections>(`${path(resumeId)}/sections`, { sections }, { headers: { 'If-Match': `"${revision}"` } });
  return readSaved(saved);
}

/** Puts back the document as the parser read it from the file (a new revision). */
export async function resetResumeSections(resumeId: string): Promise<SavedSections> {
  return readSaved(await api.post<SavedSections>(`${path(resumeId)}/sections/reset`));
}

/** The resume disappears at once; its file is removed in the background. */
export function deleteResume(resumeId: string): Promise<void> {
  return api.delete(path(resumeId));
}
