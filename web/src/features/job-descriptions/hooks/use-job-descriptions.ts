import { useQuery } from '@tanstack/react-query';

import type { ListParams } from '@/lib/api-types';
import { loadListOrEmpty } from '@/lib/list';

import { isParsing, jobDescriptionKeys, listJobDescriptions } from '../api/job-descriptions';

/** The job descriptions; polled every 3 s while an uploaded file in them is being read. */
export function useJobDescriptions(params: ListParams = {}) {
  return useQuery({
    queryKey: jobDescriptionKeys.list(params),
    queryFn: () => loadListOrEmpty(() => listJobDescriptions(params)),
    refetchInterval: (query) => (query.state.data?.items.some(isParsing) ? 3000 : false),
  });
}
