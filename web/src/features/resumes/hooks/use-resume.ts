import { useQuery } from '@tanstack/react-query';

import { FINISHED_PARSE_STATUSES, getResume, resumeKeys } from '../api/resumes';

/** One resume; polled every 1.5 s while it is waiting to be parsed or parsing. */
export function useResume(resumeId: string | undefined) {
  return useQuery({
    queryKey: resumeKeys.detail(resumeId ?? ''),
    queryFn: () => getResume(resumeId!),
    enabled: Boolean(resumeId),
    refetchInterval: (query) => {
      const status = query.state.data?.parseStatus;
      return status && FINISHED_PARSE_STATUSES.includes(status) ? false : 1500;
    },
  });
}
