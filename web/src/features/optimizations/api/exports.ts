import { api } from '@/lib/api-client';

export type ExportFormat = 'pdf' | 'docx' | 'text';
export type ExportTemplate = 'classic' | 'modern' | 'compact';
export type PaperSize = 'letter' | 'a4';

export interface CreateExportRequest {
  versionId: string;
  format: ExportFormat;
  template?: ExportTemplate;
  paperSize?: PaperSize;
}

/** A rendered file of a version (POST /exports, and Version.downloads). */
export interface ExportFile {
  exportId: string;
  versionId: string;
  format: ExportFormat;
  template: ExportTemplate | null;
  paperSize: PaperSize | null;
  fileName: string;
  sizeBytes: number;
  /** Served as an attachment. */
  downloadUrl: string;
  /** PDFs only: served inline, for an <iframe>. */
  previewUrl: string | null;
  expiresAt: string;
  createdAt: string;
}

/** 201 for a new file, 200 when the same rendering is reused. */
export function createExport(body: CreateExportRequest): Promise<ExportFile> {
  return api.post('/exports', body);
}
