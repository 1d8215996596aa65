import { api } from '@/lib/api-client';
import type { AtsReport } from '@/lib/api-types';
import { storageUrl } from '@/lib/storage-url';

export type { AtsField, AtsFieldStatus, AtsFinding, AtsPage, AtsReport, AtsSeverity } from '@/lib/api-types';

/**
 * What an applicant tracking system reads: the stored file read again (a few hundred
 * milliseconds to a few seconds) and checked against the document the user keeps, with a PDF's
 * pages as pictures. 409 resume_not_parsed or upload_missing; 400 with the reader's code
 * (corrupt_file, parse_timeout, too_large); 429 too_many_requests with Retry-After while another
 * report of the user's is being prepared.
 */
export async function getAtsReport(resumeId: string): Promise<AtsReport> {
  const report = await api.get<AtsReport>(`/resumes/${encodeURIComponent(resumeId)}/ats-report`);
  // The embedded store's links as paths on this page's origin, like every storage link (see storageUrl).
  return { ...report, pages: (report.pages ?? []).map((page) => ({ ...page, imageUrl: storageUrl(page.imageUrl) })) };
}
