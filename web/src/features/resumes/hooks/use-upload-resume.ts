import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';

import { checkFile, DOCX_TYPE, JSON_TYPE, mimeTypeOf, PDF_TYPE, type FileRules } from '@/lib/file-checks';
import { uploadToPresignedUrl } from '@/lib/upload';

import { parseResume, presignResume, resumeKeys } from '../api/resumes';

export const RESUME_FILE_RULES: FileRules = {
  types: [PDF_TYPE, DOCX_TYPE, JSON_TYPE],
  maxBytes: 10 * 1024 * 1024,
  typesLabel: 'a PDF or DOCX file, or a JSON Resume file',
};

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'invalid'; message: string }
  | { phase: 'uploading'; fileName: string; percent: number }
  | { phase: 'starting-parse'; fileName: string }
  | { phase: 'done'; resumeId: string }
  | { phase: 'failed'; fileName: string; error: unknown };

/** Checks a file, then presign → PUT with progress → parse. */
export function useUploadResume(onUploaded: (resumeId: string) => void) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const abortRef = useRef<AbortController | null>(null);

  const upload = useCallback(
    async (file: File) => {
      const problem = checkFile(file, RESUME_FILE_RULES);
      if (problem) {
        setState({ phase: 'invalid', message: problem });
        return;
      }
      const controller = new AbortController();
      abortRef.current = controller;
      setState({ phase: 'uploading', fileName: file.name, percent: 0 });
      try {
        const presigned = await presignResume({ filename: file.name, mimeType: mimeTypeOf(file)!, size: file.size });
        await uploadToPresignedUrl(
          presigned,
          file,
          ({ loaded, total }) =>
            setState({ phase: 'uploading', fileName: file.name, percent: Math.round((loaded / total) * 100) }),
          controller.signal,
        );
        setState({ phase: 'starting-parse', fileName: file.name });
        await parseResume(presigned.resumeId);
        void queryClient.invalidateQueries({ queryKey: resumeKeys.all });
        setState({ phase: 'done', resumeId: presigned.resumeId });
        onUploaded(presigned.resumeId);
      } catch (error) {
        if (controller.signal.aborted) {
          setState({ phase: 'idle' });
          return;
        }
        setState({ phase: 'failed', fileName: file.name, error });
      }
    },
    [onUploaded, queryClient],
  );

  const cancel = useCallback(() => abortRef.current?.abort(), []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, upload, cancel, reset };
}
