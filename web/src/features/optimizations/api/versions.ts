import { api } from '@/lib/api-client';
import type { ListParams, Page } from '@/lib/api-types';

import type { SuggestedChange } from './optimizations';

export type ExportFormat = 'pdf' | 'docx' | 'text';

/** One entry of GET /versions: an optimized resume the user accepted. */
export interface VersionSummary {
  id: string;
  optimizationId: string;
  resumeId: string;
  resumeTitle: string;
  jobDescriptionId: string;
  jobTitle: string;
  company: string | null;
  alignmentScore: number | null;
  /** How many suggested changes were accepted. */
  acceptedCount: number;
  createdAt: string;
}

export interface OptimizedSection {
  sectionId: string;
  heading: string;
  text: string;
}

export interface DownloadLink {
  format: ExportFormat;
  url: string;
  expiresAt: string;
}

/** GET /versions/{versionId} */
export interface Version extends VersionSummary {
  acceptedChanges: string[];
  optimizedSections: OptimizedSection[];
  diff: SuggestedChange[];
  downloads: DownloadLink[];
}

export const versionKeys = {
  all: ['versions'] as const,
  list: (params: ListParams = {}) => ['versions', 'list', params] as const,
  detail: (versionId: string) => ['versions', 'detail', versionId] as const,
};

export function listVersions(params: ListParams = {}): Promise<Page<VersionSummary>> {
  return api.get('/versions', { query: { ...params } });
}

export function getVersion(versionId: string): Promise<Version> {
  return api.get(`/versions/${encodeURIComponent(versionId)}`);
}
