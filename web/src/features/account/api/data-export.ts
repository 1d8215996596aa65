import { api } from '@/lib/api-client';
import type { DataExport, DataExportList, DataExportRequested } from '@/lib/api-types';
import { storageUrl } from '@/lib/storage-url';

export const dataExportKeys = {
  list: ['account', 'data-exports'] as const,
};

/** Asks for a ZIP of everything the account holds (202, queued). 429 when one was asked for a few minutes ago. */
export function requestDataExport(): Promise<DataExportRequested> {
  return api.post('/users/me/export');
}

/** The account's requests for a copy of its data, newest first, with links usable from this page. */
export async function listDataExports(): Promise<DataExportList> {
  const list = await api.get<DataExportList>('/users/me/exports');
  return {
    items: list.items.map(
      (item): DataExport => ({ ...item, downloadUrl: item.downloadUrl === null ? null : storageUrl(item.downloadUrl) }),
    ),
  };
}
