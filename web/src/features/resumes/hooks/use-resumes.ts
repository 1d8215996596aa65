import { useQuery } from '@tanstack/react-query';

import type { ListParams } from '@/lib/api-types';
import { loadListOrEmpty } from '@/lib/list';

import { listResumes, resumeKeys } from '../api/resumes';

export function useResumes(params: ListParams = {}) {
  return useQuery({
    queryKey: resumeKeys.list(params),
    queryFn: () => loadListOrEmpty(() => listResumes(params)),
  });
}
