import { api } from '@/lib/api-client';
import type { VersionAtsReport } from '@/lib/api-types';
import { storageUrl } from '@/lib/storage-url';

import type { ExportTemplate, PaperSize } from './exports';

export type { ExportAtsFormat, ExportAtsReport, VersionAtsReport } from '@/lib/api-types';

/**
 * What an applicant tracking system reads of a version's exports: its PDF and DOCX rendered with
 * this template on this paper, as a download makes them, each read back by the server and
 * reported (score, findings, each field as read, and the read-back in words). 404 for a version
 * that is not the user's; 503 ats_unavailable where the server cannot read files back.
 */
export async function getVersionAtsReport(versionId: string, template: ExportTemplate, paperSize: PaperSize): Promise<VersionAtsReport> {
  const report = await api.get<VersionAtsReport>(`/versions/${encodeURIComponent(versionId)}/ats-report`, {
    query: { template, paperSize },
  });
  return {
    ...report,
    formats: report.formats.map((format) => ({
      ...format,
      pages: (format.pages ?? []).map((page) => ({ ...page, imageUrl: storageUrl(page.imageUrl) })),
    })),
  };
}
