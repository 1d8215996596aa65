import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';

import {
  Alert,
  Button,
  FileDropzone,
  Form,
  FormActions,
  ProgressBar,
  SegmentedControl,
  TextAreaField,
  TextField,
} from '@/components/ui';
import { checkFile, DOCX_TYPE, mimeTypeOf, PDF_TYPE, TEXT_TYPE, type FileRules } from '@/lib/file-checks';
import { describeFileError } from '@/lib/file-errors';
import { splitApiError } from '@/lib/form-errors';
import { uploadToPresignedUrl } from '@/lib/upload';

import {
  createJobDescription,
  jobDescriptionKeys,
  parseJobDescription,
  presignJobDescription,
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

type Mode = 'paste' | 'upload';
type Field = 'title' | 'company' | 'location' | 'text';

function trimmedFields(title: string, company: string, location: string): JobFields {
  const fields: JobFields = {};
  if (title.trim()) fields.title = title.trim();
  if (company.trim()) fields.company = company.trim();
  if (location.trim()) fields.location = location.trim();
  return fields;
}

/** Add a job description by pasting the posting or uploading it as a file. */
export function JobDescriptionForm({ onSaved }: { onSaved: (jd: JobDescription) => void }) {
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>('paste');
  const [title, setTitle] = useState('');
  const [company, setCompany] = useState('');
  const [location, setLocation] = useState('');
  const [text, setText] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [uploadPercent, setUploadPercent] = useState<number | null>(null);
  const errorId = useId();

  const saved = (jd: JobDescription) => {
    void queryClient.invalidateQueries({ queryKey: jobDescriptionKeys.all });
    queryClient.setQueryData(jobDescriptionKeys.detail(jd.id), jd);
    onSaved(jd);
  };

  const paste = useMutation({
    mutationFn: () => createJobDescription({ ...trimmedFields(title, company, location), text }),
    onSuccess: saved,
    onError: (error) => {
      const split = splitApiError<Field>(error, { title: 'title', company: 'company', location: 'location', text: 'text' });
      setFieldErrors(split.fieldErrors);
      setFormError(split.formError);
    },
  });

  const upload = useMutation({
    mutationFn: async (file: File) => {
      const presigned = await presignJobDescription({
        ...trimmedFields(title, company, location),
        filename: file.name,
        mimeType: mimeTypeOf(file)!,
        size: file.size,
      });
      setUploadPercent(0);
      await uploadToPresignedUrl(presigned, file, ({ loaded, total }) => setUploadPercent(Math.round((loaded / total) * 100)));
      return parseJobDescription(presigned.jobDescriptionId);
    },
    onSuccess: saved,
    onError: (error) => setFormError(describeFileError(error)),
    onSettled: () => setUploadPercent(null),
  });

  const onFile = (file: File) => {
    const problem = checkFile(file, JD_FILE_RULES);
    setFormError(problem);
    if (!problem) upload.mutate(file);
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
        <TextField
          label="Job title"
          optional
          hint="Leave empty to take it from the posting."
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={fieldErrors.title}
          maxLength={200}
        />
        <TextField
          label="Company"
          optional
          value={company}
          onChange={(event) => setCompany(event.target.value)}
          error={fieldErrors.company}
          maxLength={200}
        />
        <TextField
          label="Location"
          optional
          value={location}
          onChange={(event) => setLocation(event.target.value)}
          error={fieldErrors.location}
          maxLength={200}
        />
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
        <div aria-live="polite">
          {uploadPercent !== null || upload.isPending ? (
            <div className={styles.uploading}>
              <p>{uploadPercent !== null && uploadPercent < 100 ? `Uploading… ${uploadPercent}%` : 'Reading the file…'}</p>
              <ProgressBar value={uploadPercent ?? 100} label="Uploading the job description" />
            </div>
          ) : (
            <FileDropzone
              label="Choose a job description file"
              accept=".pdf,.docx,.txt"
              prompt="Drag and drop the job posting here, or"
              hint="PDF, DOCX or plain text, up to 5 MB."
              onFile={onFile}
              errorId={formError ? errorId : undefined}
            />
          )}
        </div>
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
