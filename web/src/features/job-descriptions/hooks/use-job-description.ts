import { useQuery } from '@tanstack/react-query';

import { getJobDescription, jobDescriptionKeys } from '../api/job-descriptions';

export function useJobDescription(jdId: string | undefined) {
  return useQuery({
    queryKey: jobDescriptionKeys.detail(jdId ?? ''),
    queryFn: () => getJobDescription(jdId!),
    enabled: Boolean(jdId),
  });
}
