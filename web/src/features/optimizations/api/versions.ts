import { api } from '@/lib/api-client';
import { readDocument } from '@/lib/resume-document';
import type { Change, ListParams, Page, ParsedSections } from '@/lib/api-types';

import { optimizationPath, type KeywordReport, type ScoreBreakdown } from './optimizations';
import { withStorageUrls, type ExportFile } from './exports';

/** How a version came to be: accepted changes, the user's own edit of another version, or an import. */
export type VersionOrigin = 'optimization' | 'edit' | 'import';

/** An accepted change as a version lists it: its id (or the change with how it was accepted). */
export type AcceptedChangeRef = string | { id: string; editedByUser?: boolean };

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
  /** The changes applied. */
  acceptedChanges: AcceptedChangeRef[];
  /** The version this one is an edited copy of. */
  parentVersionId?: string | null;
  origin?: VersionOrigin;
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
  /** The ETag it was read with: sent back verbatim as If-Match when saving an edited copy. */
  etag: string | null;
}

/** What POST /optimize/{id}/accept and GET /versions/{id} send (the ETag comes as a header). */
type VersionBody = Omit<Version, 'etag'>;

/** The user's own wording for an accepted change. */
export interface ChangeEdit {
  changeId: string;
  after: string;
}

export const versionKeys = {
  all: ['versions'] as const,
  lists: ['versions', 'list'] as const,
  list: (params: ListParams = {}) => ['versions', 'list', params] as const,
  detail: (versionId: string) => ['versions', 'detail', versionId] as const,
  /** What an ATS reads of the version's exports with a template and paper size. */
  atsReport: (versionId: string, template: string, paperSize: string) => ['versions', 'ats-report', versionId, template, paperSize] as const,
};

export function listVersions(params: ListParams = {}): Promise<Page<VersionSummary>> {
  return api.get('/versions', { query: { ...params } });
}

const versionPath = (versionId: string) => `/versions/${encodeURIComponent(versionId)}`;

function withLinks(version: VersionBody, etag: string | null): Version {
  return {
    ...version,
    optimizedSections: readDocument(version.optimizedSections),
    downloads: (version.downloads ?? []).map(withStorageUrls),
    etag,
  };
}

export async function getVersion(versionId: string): Promise<Version> {
  const { data, headers } = await api.exchange<VersionBody>('GET', versionPath(versionId));
  return withLinks(data, headers.get('ETag'));
}

/**
 * Saves a version with exactly these changes (may be empty); `edits` carries the user's own
 * wording for some of the accepted ones.
 */
export async function saveVersion(
  optimizationId: string,
  acceptedChanges: string[],
  edits: ChangeEdit[] = [],
): Promise<Version> {
  const body = edits.length > 0 ? { acceptedChanges, edits } : { acceptedChanges };
  const { data, headers } = await api.exchange<VersionBody>('POST', `${optimizationPath(optimizationId)}/accept`, body);
  return withLinks(data, headers.get('ETag'));
}

/** The answer of PUT /versions/{id}/sections: the new version (as GET /versions/{id} has it). */
export interface SavedVersionCopy {
  versionId: string;
  /** The whole new version, when the answer carries it. */
  version: Version | null;
}

/**
 * Saves the user's edit of a version as a new version (the original stays as it was).
 * `etag` is the version's ETag, sent verbatim as If-Match.
 */
export async function saveVersionSections(versionId: string, sections: ParsedSections, etag: string): Promise<SavedVersionCopy> {
  const { data, headers } = await api.exchange<Partial<VersionBody> & { versionId?: string }>(
    'PUT',
    `${versionPath(versionId)}/sections`,
    { sections },
    { headers: { 'If-Match': etag } },
  );
  const id = data.versionId ?? data.id!;
  const whole = data.optimizedSections !== undefined && data.id !== undefined;
  return { versionId: id, version: whole ? withLinks(data as VersionBody, headers.get('ETag')) : null };
}

/** Ids of the accepted changes the user reworded (either shape the server lists them in). */
export function editedChangeIds(version: Pick<Version, 'acceptedChanges' | 'diff'>): Set<string> {
  const ids = new Set<string>();
  for (const ref of version.acceptedChanges) if (typeof ref === 'object' && ref.editedByUser) ids.add(ref.id);
  for (const change of version.diff) if (change.editedByUser) ids.add(change.id);
  return ids;
}
