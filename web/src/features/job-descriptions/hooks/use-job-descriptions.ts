import { useQuery } from '@tanstack/react-query';

import type { ListParams } from '@/lib/api-types';
import { loadListOrEmpty } from '@/lib/list';

import { jobDescriptionKeys, listJobDescriptions } from '../api/job-descriptions';

export function useJobDescriptions(params: ListParams = {}) {
  return useQuery({
    queryKey: jobDescriptionKeys.list(params),
    queryFn: () => loadListOrEmpty(() => listJobDescriptions(params)),
  });
}
