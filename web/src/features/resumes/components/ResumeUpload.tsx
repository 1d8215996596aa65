import { useId } from 'react';

import { Alert, Button, FileDropzone, ProgressBar } from '@/components/ui';
import common from '@/components/ui/common.module.css';
import { cx } from '@/lib/cx';
import { describeFileError } from '@/lib/file-errors';

import { useUploadResume } from '../hooks/use-upload-resume';

import styles from './resumes.module.css';

interface ResumeUploadProps {
  onUploaded: (resumeId: string) => void;
  /** Uploads need a verified email address. */
  locked?: boolean;
}

/** Drop or pick a resume; checks it, uploads it with progress and starts the parse. */
export function ResumeUpload({ onUploaded, locked = false }: ResumeUploadProps) {
  const { state, upload, cancel, reset } = useUploadResume(onUploaded);
  const errorId = useId();
  const busy = state.phase === 'uploading' || state.phase === 'starting-parse';

  return (
    <div className={styles.upload}>
      {locked && (
        <Alert tone="warning" title="Verify your email address to upload" announce="none">
          Open the link we emailed you, then come back to this page.
        </Alert>
      )}
      {!busy && (
        <FileDropzone
          label="Choose a resume file"
          accept=".pdf,.docx,.json,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/json"
          prompt="Drag and drop your resume here, or"
          hint="PDF or DOCX, or a JSON Resume file, up to 10 MB. Your file stays private to your account."
          onFile={(file) => void upload(file)}
          disabled={locked}
          errorId={state.phase === 'invalid' || state.phase === 'failed' ? errorId : undefined}
        />
      )}
      <div aria-live="polite" className={styles.uploadStatus}>
        {state.phase === 'uploading' && (
          <div className={cx(common.progressPanel, styles.progress)}>
            <p>
              Uploading <strong>{state.fileName}</strong>… {state.percent}%
            </p>
            <ProgressBar value={state.percent} label={`Uploading ${state.fileName}`} />
            <Button variant="ghost" size="sm" onClick={cancel}>
              Cancel upload
            </Button>
          </div>
        )}
        {state.phase === 'starting-parse' && (
          <p>
            Uploaded <strong>{state.fileName}</strong>. Starting to read it…
          </p>
        )}
      </div>
      {state.phase === 'invalid' && (
        <div id={errorId}>
          <Alert tone="error" title="This file can't be uploaded">
            {state.message}
          </Alert>
        </div>
      )}
      {state.phase === 'failed' && (
        <div id={errorId}>
          <Alert
            tone="error"
            title={`We couldn't upload ${state.fileName}`}
            action={
              <Button variant="secondary" size="sm" onClick={reset}>
                Choose another file
              </Button>
            }
          >
            {describeFileError(state.error)}
          </Alert>
        </div>
      )}
    </div>
  );
}
