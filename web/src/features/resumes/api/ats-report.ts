import { api } from '@/lib/api-client';
import type { AtsReport } from '@/lib/api-types';

export type { AtsField, AtsFieldStatus, AtsFinding, AtsReport, AtsSeverity } from '@/lib/api-types';

/**
 * What an applicant tracking system reads: the stored file read again (a few hundred
 * milliseconds to a few seconds) and checked against the document the user keeps. 409
 * resume_not_parsed or upload_missing; 400 with the reader's code (corrupt_file, parse_timeout,
 * too_large); 429 too_many_requests with Retry-After while another report of the user's is being
 * prepared.
 */
export function getAtsReport(resumeId: string): Promise<AtsReport> {
  return api.get(`/resumes/${encodeURIComponent(resumeId)}/ats-report`);
}
