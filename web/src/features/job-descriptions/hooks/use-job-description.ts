import { useQuery } from '@tanstack/react-query';

import { getJobDescription, isParsing, jobDescriptionKeys } from '../api/job-descriptions';

/** One job description; polled every 1.5 s while its uploaded file is being read. */
export function useJobDescription(jdId: string | undefined) {
  return useQuery({
    queryKey: jobDescriptionKeys.detail(jdId ?? ''),
    queryFn: () => getJobDescription(jdId!),
    enabled: Boolean(jdId),
    refetchInterval: (query) => (query.state.data && isParsing(query.state.data) ? 1500 : false),
  });
}
