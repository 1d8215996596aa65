import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { Alert, Button, SegmentedControl } from '@/components/ui';
import common from '@/components/ui/common.module.css';
import { DownloadIcon } from '@/components/ui/icons';
import { formatBytes } from '@/lib/file-checks';
import { describeError } from '@/lib/form-errors';

import {
  createExport,
  type ExportFile,
  type ExportFormat,
  type ExportSource,
  type ExportTemplate,
  type PaperSize,
} from '../api/exports';
import { versionKeys } from '../api/versions';

import styles from './versions.module.css';

const FORMAT_LABEL: Record<ExportFormat, string> = {
  pdf: 'PDF',
  docx: 'Word (DOCX)',
  text: 'Plain text',
  json: 'JSON Resume',
};

const FORMATS: readonly ExportFormat[] = ['pdf', 'docx', 'text', 'json'];

/** Sends the browser to a download URL (served as an attachment, so the page stays). */
function startDownload(url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

const TEMPLATE_LABEL: Record<ExportTemplate, string> = { classic: 'Classic', modern: 'Modern', compact: 'Compact' };

function describeFile(file: ExportFile): string {
  const look = file.template ? `${TEMPLATE_LABEL[file.template]}, ${file.paperSize === 'a4' ? 'A4' : 'US Letter'}` : null;
  return [FORMAT_LABEL[file.format], look, formatBytes(file.sizeBytes)].filter(Boolean).join(' · ');
}

/** How the files look: a template on a paper size. */
export interface ExportLook {
  template: ExportTemplate;
  paperSize: PaperSize;
}

export const DEFAULT_LOOK: ExportLook = { template: 'classic', paperSize: 'letter' };

type ExportPanelProps = (
  | { versionId: string; resumeId?: undefined }
  | { resumeId: string; versionId?: undefined }
) & {
  /** Files rendered before, with fresh links. */
  downloads?: readonly ExportFile[];
  /** The template and paper size, when the page keeps them (another part of it uses them too). */
  look?: ExportLook;
  onLookChange?: (look: ExportLook) => void;
};

/** Template, paper size, downloads in four formats, and a PDF preview in the page. */
export function ExportPanel({ versionId, resumeId, downloads = [], look, onLookChange }: ExportPanelProps) {
  const source: ExportSource = versionId !== undefined ? { versionId } : { resumeId: resumeId! };
  const [ownLook, setOwnLook] = useState<ExportLook>(DEFAULT_LOOK);
  const { template, paperSize } = look ?? ownLook;
  const changeLook = (next: ExportLook) => (onLookChange ? onLookChange(next) : setOwnLook(next));
  const setTemplate = (next: ExportTemplate) => changeLook({ template: next, paperSize });
  const setPaperSize = (next: PaperSize) => changeLook({ template, paperSize: next });
  const [preview, setPreview] = useState<ExportFile | null>(null);
  const [lastFile, setLastFile] = useState<ExportFile | null>(null);
  const queryClient = useQueryClient();
  const refreshDownloads = () => {
    if (versionId !== undefined) void queryClient.invalidateQueries({ queryKey: versionKeys.detail(versionId) });
  };

  const download = useMutation({
    mutationFn: (format: ExportFormat) => createExport({ ...source, format, template, paperSize }),
    onSuccess: (file) => {
      setLastFile(file);
      startDownload(file.downloadUrl);
      refreshDownloads();
    },
  });
  const showPreview = useMutation({
    mutationFn: () => createExport({ ...source, format: 'pdf', template, paperSize }),
    onSuccess: (file) => {
      setPreview(file);
      refreshDownloads();
    },
  });
  const error = download.error ?? showPreview.error;

  return (
    <div className={styles.export}>
      <div className={styles.exportOptions}>
        <div className={styles.option}>
          <span className={styles.optionLabel}>
            Template
          </span>
          <SegmentedControl
            label="Template"
            size="sm"
            value={template}
            onChange={setTemplate}
            options={[
              { value: 'classic', label: 'Classic' },
              { value: 'modern', label: 'Modern' },
              { value: 'compact', label: 'Compact' },
            ]}
          />
        </div>
        <div className={styles.option}>
          <span className={styles.optionLabel}>Paper size</span>
          <SegmentedControl
            label="Paper size"
            size="sm"
            value={paperSize}
            onChange={setPaperSize}
            options={[
              { value: 'letter', label: 'US Letter' },
              { value: 'a4', label: 'A4' },
            ]}
          />
        </div>
      </div>
      <div className={styles.exportButtons}>
        {FORMATS.map((format) => (
          <Button
            key={format}
            variant={format === 'pdf' ? 'primary' : 'secondary'}
            onClick={() => download.mutate(format)}
            loading={download.isPending && download.variables === format}
            loadingLabel="Preparing…"
          >
            <DownloadIcon />
            Download {FORMAT_LABEL[format]}
          </Button>
        ))}
        <Button variant="ghost" onClick={() => showPreview.mutate()} loading={showPreview.isPending} loadingLabel="Rendering…">
          {preview ? 'Refresh preview' : 'Preview PDF'}
        </Button>
      </div>
      <div aria-live="polite">
        {lastFile && !download.isPending && (
          <p className={styles.exportNote}>
            {lastFile.fileName} ({formatBytes(lastFile.sizeBytes)}) is downloading.{' '}
            <a href={lastFile.downloadUrl}>Download again</a>
          </p>
        )}
      </div>
      {error && (
        <Alert tone="error" title="We couldn't prepare the file">
          {describeError(error)} Try again in a moment.
        </Alert>
      )}
      {downloads.length > 0 && (
        <div>
          <h3 className={styles.optionLabel}>Files you made before</h3>
          <ul className={styles.earlier}>
            {downloads.map((file) => (
              <li key={file.exportId}>
                <a href={file.downloadUrl}>{file.fileName}</a> <span className={common.muted}>{describeFile(file)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview?.previewUrl && (
        <div className={styles.preview}>
          <iframe
            className={styles.previewFrame}
            src={preview.previewUrl}
            title={`Preview of ${preview.fileName}`}
          />
          <a href={preview.previewUrl} target="_blank" rel="noopener noreferrer" className={styles.previewLink}>
            Open the preview in a new tab
          </a>
        </div>
      )}
    </div>
  );
}
