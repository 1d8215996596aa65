import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useLeaveAfterDelete } from '@/lib/leave-after-delete';

import { deleteJobDescription, jobDescriptionKeys, updateJobDescription, type JobDescription } from '../api/job-descriptions';

// Versions and optimizations name their job, and go with it; their keys belong to the optimizations feature.
const REFERRING_KEYS = [['versions'], ['optimizations']];

export function useRenameJobDescription(jdId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (title: string) => updateJobDescription(jdId, { title }),
    onSuccess: (jd) => {
      queryClient.setQueryData(jobDescriptionKeys.detail(jdId), jd);
      for (const queryKey of [jobDescriptionKeys.lists, ...REFERRING_KEYS]) void queryClient.invalidateQueries({ queryKey });
    },
  });
}

/** Deletes the job description (and the versions made for it), then leaves its page for the dashboard. */
export function useDeleteJobDescription(jd: Pick<JobDescription, 'id' | 'title'>) {
  const leave = useLeaveAfterDelete();
  return useMutation({
    mutationFn: () => deleteJobDescription(jd.id),
    onSuccess: () =>
      leave({
        notice: `Deleted the job description “${jd.title}” and the versions made for it.`,
        removed: jobDescriptionKeys.detail(jd.id),
        stale: [jobDescriptionKeys.all, ...REFERRING_KEYS],
      }),
  });
}
