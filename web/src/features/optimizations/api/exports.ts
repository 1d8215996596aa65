import { api } from '@/lib/api-client';

import type { ExportFormat } from './versions';

export interface CreateExportRequest {
  versionId: string;
  format: ExportFormat;
}

export interface CreateExportResponse {
  downloadUrl: string;
  expiresAt?: string;
}

export function createExport(body: CreateExportRequest): Promise<CreateExportResponse> {
  return api.post('/exports', body);
}
