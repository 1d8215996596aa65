import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useLeaveAfterDelete } from '@/lib/leave-after-delete';

import { deleteResume, renameResume, resumeKeys, type Resume } from '../api/resumes';

// Versions and optimizations name their resume; their keys belong to the optimizations feature.
const REFERRING_KEYS = [['versions'], ['optimizations']];

export function useRenameResume(resumeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (title: string) => renameResume(resumeId, title),
    onSuccess: (resume) => {
      queryClient.setQueryData(resumeKeys.detail(resumeId), resume);
      for (const queryKey of [resumeKeys.lists, ...REFERRING_KEYS]) void queryClient.invalidateQueries({ queryKey });
    },
  });
}

/** Deletes the resume, then leaves its page for the dashboard. */
export function useDeleteResume(resume: Pick<Resume, 'id' | 'title'>) {
  const leave = useLeaveAfterDelete();
  return useMutation({
    mutationFn: () => deleteResume(resume.id),
    onSuccess: () =>
      leave({
        notice: `Deleted the resume “${resume.title}”.`,
        removed: resumeKeys.detail(resume.id),
        stale: [resumeKeys.all, ...REFERRING_KEYS],
      }),
  });
}
