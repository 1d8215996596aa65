import { useQuery } from '@tanstack/react-query';

import { loadListOrEmpty } from '@/lib/list';

import { getVersion, listVersions, versionKeys } from '../api/versions';

export function useVersions(limit = 50) {
  return useQuery({
    queryKey: versionKeys.list({ limit }),
    queryFn: () => loadListOrEmpty(() => listVersions({ limit })),
  });
}

export function useVersion(versionId: string | undefined) {
  return useQuery({
    queryKey: versionKeys.detail(versionId ?? ''),
    queryFn: () => getVersion(versionId!),
    enabled: Boolean(versionId),
  });
}
