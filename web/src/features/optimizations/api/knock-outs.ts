import { api } from '@/lib/api-client';
import type { AtsReport, KnockOut } from '@/lib/api-types';

export type { KnockOut, KnockOutRequirement, KnockOutStatus } from '@/lib/api-types';

/**
 * The questions screening forms reject on outright (work authorization, location, licences,
 * degree, years), each answered from the resume's own facts: the resume's ATS report asked with
 * the job (`GET /resumes/{id}/ats-report?jobDescriptionId=`), which reads the resume's file
 * again. 404 not_found for a job description that is not the user's; 409
 * job_description_not_parsed, resume_not_parsed or upload_missing; 429 too_many_requests with
 * Retry-After while another report of the user's is being prepared.
 */
export async function getKnockOuts(resumeId: string, jobDescriptionId: string): Promise<KnockOut[]> {
  const report = await api.get<AtsReport>(`/resumes/${encodeURIComponent(resumeId)}/ats-report`, {
    query: { jobDescriptionId },
  });
  return report.knockOuts ?? [];
}
