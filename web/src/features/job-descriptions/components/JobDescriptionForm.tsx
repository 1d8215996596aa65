import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

import {
  Alert,
  Button,
  FileDropzone,
  Form,
  FormActions,
  ProgressBar,
  SegmentedControl,
  Spinner,
  TextAreaField,
  TextField,
} from '@/components/ui';
import common from '@/components/ui/common.module.css';
import { checkFile, DOCX_TYPE, mimeTypeOf, PDF_TYPE, TEXT_TYPE, type FileRules } from '@/lib/file-checks';
import { describeFileError } from '@/lib/file-errors';
import { splitApiError } from '@/lib/form-errors';
import { uploadToPresignedUrl } from '@/lib/upload';

import {
  createJobDescription,
  isParsing,
  jobDescriptionKeys,
  parseJobDescription,
  presignJobDescription,
  waitForParse,
  type JobDescription,
  type JobFields,
} from '../api/job-descriptions';

import styles from './job-descriptions.module.css';

const JD_FILE_RULES: FileRules = {
  types: [PDF_TYPE, DOCX_TYPE, TEXT_TYPE],
  maxBytes: 5 * 1024 * 1024,
  typesLabel: 'a PDF, DOCX or text file',
};

const MIN_TEXT = 30;

const STILL_READING =
  'Reading the file is taking longer than a minute, so we stopped waiting. Find it on your dashboard in a few minutes, or paste the text instead.';

/** The file arrived but could not be read; the message is meant for the user. */
class UnreadableFileError extends Error {}

type Mode = 'paste' | 'upload';
type Field = keyof Required<JobFields> | 'text';

const FACT_FIELDS: { name: keyof Required<JobFields>; label: string; hint?: string }[] = [
  { name: 'title', label: 'Job title', hint: 'Leave empty to take it from the posting.' },
  { name: 'company', label: 'Company' },
  { name: 'location', label: 'Location' },
];

/** The facts the user typed, trimmed; empty ones are left for the server to extract. */
function trimmedFields(facts: Required<JobFields>): JobFields {
  const fields: JobFields = {};
  for (const { name } of FACT_FIELDS) {
    if (facts[name].trim()) fields[name] = facts[name].trim();
  }
  return fields;
}

interface JobDescriptionFormProps {
  onSaved: (jd: JobDescription) => void;
  /** Uploads need a verified email address; pasting does not. */
  uploadsLocked?: boolean;
}

/** Add a job description by pasting the posting or uploading it as a file. */
export function JobDescriptionForm({ onSaved, uploadsLocked = false }: JobDescriptionFormProps) {
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>('paste');
  const [facts, setFacts] = useState<Required<JobFields>>({ title: '', company: '', location: '' });
  const [text, setText] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [uploadPercent, setUploadPercent] = useState(0);
  const [reading, setReading] = useState(false);
  const abortRef = useRef<AbortController | null>(null);
  const errorId = useId();

  // Leaving the page stops the upload and the polling for its parse.
  useEffect(() => () => abortRef.current?.abort(), []);

  const saved = (jd: JobDescription) => {
    void queryClient.invalidateQueries({ queryKey: jobDescriptionKeys.all });
    queryClient.setQueryData(jobDescriptionKeys.detail(jd.id), jd);
    onSaved(jd);
  };

  const paste = useMutation({
    mutationFn: () => createJobDescription({ ...trimmedFields(facts), text }),
    onSuccess: saved,
    onError: (error) => {
      const split = splitApiError<Field>(error, { title: 'title', company: 'company', location: 'location', text: 'text' });
      setFieldErrors(split.fieldErrors);
      setFormError(split.formError);
    },
  });

  const upload = useMutation({
    mutationFn: async (file: File) => {
      const controller = new AbortController();
      abortRef.current = controller;
      const presigned = await presignJobDescription({
        ...trimmedFields(facts),
        filename: file.name,
        mimeType: mimeTypeOf(file)!,
        size: file.size,
      });
      await uploadToPresignedUrl(
        presigned,
        file,
        ({ loaded, total }) => setUploadPercent(Math.round((loaded / total) * 100)),
        controller.signal,
      );
      setReading(true);
      const jd = await waitForParse(await parseJobDescription(presigned.jobDescriptionId), controller.signal);
      if (jd.parseStatus === 'failed') {
        throw new UnreadableFileError(jd.parseError?.message ?? describeFileError('parse_failed'));
      }
      if (isParsing(jd)) throw new UnreadableFileError(STILL_READING);
      return jd;
    },
    onSuccess: saved,
    onError: (error) => {
      // A file that was not read is still saved, as failed or still being read: the lists show it.
      void queryClient.invalidateQueries({ queryKey: jobDescriptionKeys.lists });
      setFormError(error instanceof UnreadableFileError ? error.message : describeFileError(error));
    },
  });

  const onFile = (file: File) => {
    const problem = checkFile(file, JD_FILE_RULES);
    setFormError(problem);
    if (problem) return;
    setUploadPercent(0);
    setReading(false);
    upload.mutate(file);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const errors: Partial<Record<Field, string>> = {};
    if (text.trim().length < MIN_TEXT) errors.text = 'Paste the whole job posting (at least a few sentences).';
    setFieldErrors(errors);
    if (Object.keys(errors).length === 0) paste.mutate();
  };

  return (
    <Form onSubmit={onSubmit}>
      <SegmentedControl
        label="How to add the job description"
        value={mode}
        onChange={(next) => {
          setMode(next);
          setFormError(null);
        }}
        options={[
          { value: 'paste', label: 'Paste text' },
          { value: 'upload', label: 'Upload a file' },
        ]}
      />
      <div className={styles.fieldsRow}>
        {FACT_FIELDS.map(({ name, label, hint }) => (
          <TextField
            key={name}
            label={label}
            optional
            hint={hint}
            value={facts[name]}
            onChange={(event) => setFacts((current) => ({ ...current, [name]: event.target.value }))}
            error={fieldErrors[name]}
            maxLength={200}
          />
        ))}
      </div>

      {mode === 'paste' ? (
        <TextAreaField
          label="Job description"
          hint="Paste the whole posting: responsibilities, requirements and nice-to-haves. We extract the skills it asks for."
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={fieldErrors.text}
          rows={12}
        />
      ) : (
        <>
          {uploadsLocked && (
            <Alert tone="warning" title="Verify your email address to upload" announce="none">
              Open the link we emailed you, then come back to this page. You can paste the text right away.
            </Alert>
          )}
          <div aria-live="polite">
            {upload.isPending && reading ? (
              <div className={styles.reading}>
                <Spinner />
                <p>Reading the file… This usually takes a few seconds.</p>
              </div>
            ) : upload.isPending ? (
              <div className={common.progressPanel}>
                <p>{`Uploading… ${uploadPercent}%`}</p>
                <ProgressBar value={uploadPercent} label="Uploading the job description" />
              </div>
            ) : (
              <FileDropzone
                label="Choose a job description file"
                accept=".pdf,.docx,.txt"
                prompt="Drag and drop the job posting here, or"
                hint="PDF, DOCX or plain text, up to 5 MB."
                onFile={onFile}
                disabled={uploadsLocked}
                errorId={formError ? errorId : undefined}
              />
            )}
          </div>
        </>
      )}

      {formError && (
        <div id={errorId}>
          <Alert tone="error" title={mode === 'upload' ? "We couldn't use that file" : "We couldn't save the job description"}>
            {formError}
          </Alert>
        </div>
      )}

      {mode === 'paste' && (
        <FormActions>
          <Button type="submit" loading={paste.isPending} loadingLabel="Saving…">
            Save job description
          </Button>
        </FormActions>
      )}
    </Form>
  );
}
