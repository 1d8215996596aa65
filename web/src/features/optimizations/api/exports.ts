import { api } from '@/lib/api-client';
import { storageUrl } from '@/lib/storage-url';

/** `json` is a JSON Resume (1.x) file. */
export type ExportFormat = 'pdf' | 'docx' | 'text' | 'json';
export type ExportTemplate = 'classic' | 'modern' | 'compact';
export type PaperSize = 'letter' | 'a4';

/** What to render: a saved version, or a resume as the user corrected it. */
export type ExportSource = { versionId: string } | { resumeId: string };

export type CreateExportRequest = ExportSource & {
  format: ExportFormat;
  template?: ExportTemplate;
  paperSize?: PaperSize;
};

/** A rendered file of a version or a resume (POST /exports, and Version.downloads). */
export interface ExportFile {
  exportId: string;
  versionId: string | null;
  resumeId?: string | null;
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

/** The file with its links usable from this page (see storageUrl). */
export function withStorageUrls(file: ExportFile): ExportFile {
  return {
    ...file,
    downloadUrl: storageUrl(file.downloadUrl),
    previewUrl: file.previewUrl === null ? null : storageUrl(file.previewUrl),
  };
}

/** 201 for a new file, 200 when the same rendering is reused. */
export async function createExport(body: CreateExportRequest): Promise<ExportFile> {
  return withStorageUrls(await api.post<ExportFile>('/exports', body));
}
