import { useMemo } from 'react';

import { useJobDescriptions } from '@/features/job-descriptions';
import { useResumes } from '@/features/resumes';

/** Names of the user's resumes and jobs by id, for lists that only carry ids. */
export function useTitleMaps() {
  const resumes = useResumes({ limit: 100 });
  const jobs = useJobDescriptions({ limit: 100 });
  return useMemo(
    () => ({
      resumeTitles: new Map((resumes.data?.items ?? []).map((resume) => [resume.id, resume.title])),
      jobLabels: new Map(
        (jobs.data?.items ?? []).map((job) => [job.id, job.company ? `${job.title} at ${job.company}` : job.title]),
      ),
    }),
    [resumes.data, jobs.data],
  );
}
