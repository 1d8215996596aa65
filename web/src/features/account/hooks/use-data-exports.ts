import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import type { DataExport, DataExportList } from '@/lib/api-types';

import { dataExportKeys, listDataExports, requestDataExport } from '../api/data-export';

/** Queued or being put together: the list is asked for again until it is done. */
export function isPreparing(item: Pick<DataExport, 'status'>): boolean {
  return item.status === 'queued' || item.status === 'running';
}

/** How often the list is asked for again while a copy is being prepared. */
export const DATA_EXPORT_POLL_MS = 3000;

/**
 * The requests for a copy of the account's data, newest first. Asked for again every 3 s while
 * one is queued or running; no longer once none is, or once the page is left (no observer).
 */
export function useDataExports() {
  return useQuery({
    queryKey: dataExportKeys.list,
    queryFn: listDataExports,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.items.some(isPreparing) ? DATA_EXPORT_POLL_MS : false),
  });
}

/** Asks for a new copy; it shows in the list at once, queued. */
export function useRequestDataExport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestDataExport,
    onSuccess: (requested) => {
      const item: DataExport = {
        ...requested,
        completedAt: null,
        expiresAt: null,
        sizeBytes: null,
        downloadUrl: null,
      };
      queryClient.setQueryData<DataExportList>(dataExportKeys.list, (list) => ({
        items: [item, ...(list?.items ?? []).filter((other) => other.id !== item.id)],
      }));
      void queryClient.invalidateQueries({ queryKey: dataExportKeys.list });
    },
  });
}
