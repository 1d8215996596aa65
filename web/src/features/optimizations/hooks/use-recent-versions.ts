import { useQuery } from '@tanstack/react-query';

import { loadListOrEmpty } from '@/lib/list';

import { listVersions, versionKeys } from '../api/versions';

export function useRecentVersions(limit = 5) {
  return useQuery({
    queryKey: versionKeys.list({ limit }),
    queryFn: () => loadListOrEmpty(() => listVersions({ limit })),
  });
}
