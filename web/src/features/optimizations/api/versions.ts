import { api } from '@/lib/api-client';
import type { Change, ListParams, Page, ParsedSections } from '@/lib/api-types';

import { optimizationPath, type KeywordReport, type ScoreBreakdown } from './optimizations';
import { withStorageUrls, type ExportFile } from './exports';

/** One entry of GET /versions. */
export interface VersionSummary {
  id: string;
  optimizationId: string;
  resumeId: string;
  jobDescriptionId: string;
  /** The job's title and company, the resume's title; null once deleted. */
  jobTitle: string | null;
  company: string | null;
  resumeTitle: string | null;
  alignmentScore: number;
  status: 'saved';
  /** Ids of the changes applied. */
  acceptedChanges: string[];
  createdAt: string;
}

/** GET /versions/{id} and the answer of POST /optimize/{id}/accept. */
export interface Version extends VersionSummary {
  optimizedSections: ParsedSections;
  /** The accepted changes with their diffs. */
  diff: Change[];
  scoreBreakdown: ScoreBreakdown;
  keywords: KeywordReport;
  downloads: ExportFile[];
}

export const versionKeys = {
  all: ['versions'] as const,
  list: (params: ListParams = {}) => ['versions', 'list', params] as const,
  detail: (versionId: string) => ['versions', 'detail', versionId] as const,
};

export function listVersions(params: ListParams = {}): Promise<Page<VersionSummary>> {
  return api.get('/versions', { query: { ...params } });
}

export async function getVersion(versionId: string): Promise<Version> {
  const version = await api.get<Version>(`/versions/${encodeURIComponent(versionId)}`);
  return { ...version, downloads: version.downloads.map(withStorageUrls) };
}

/** Saves a version with exactly these changes (may be empty). */
export function saveVersion(optimizationId: string, acceptedChanges: string[]): Promise<Version> {
  return api.post(`${optimizationPath(optimizationId)}/accept`, { acceptedChanges });
}
