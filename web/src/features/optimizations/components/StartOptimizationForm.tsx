import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';

import { Button, Form, FormActions, RadioGroup, RetryAlert, SelectField } from '@/components/ui';
import type { Strategy } from '@/lib/api-types';

import { createOptimization } from '../api/optimizations';

export interface ResumeChoice {
  id: string;
  title: string;
  ready: boolean;
}

export interface JobChoice {
  id: string;
  label: string;
}

interface StartOptimizationFormProps {
  resumes: readonly ResumeChoice[];
  jobs: readonly JobChoice[];
  defaultStrategy: Strategy;
  initialResumeId?: string | null;
  initialJobId?: string | null;
  onStarted: (optimizationId: string) => void;
}

const STRATEGY_OPTIONS = [
  { value: 'conservative', label: 'Conservative', description: 'Light touch: clearer verbs, your wording kept.' },
  { value: 'balanced', label: 'Balanced', description: 'Stronger verbs and the job’s terms for what you did.' },
  { value: 'bold', label: 'Bold', description: 'The most rewording, still only facts from your resume.' },
] as const;

function randomKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Pick a resume, a job and a strategy, and start the optimization. */
export function StartOptimizationForm({
  resumes,
  jobs,
  defaultStrategy,
  initialResumeId,
  initialJobId,
  onStarted,
}: StartOptimizationFormProps) {
  const readyResumes = resumes.filter((resume) => resume.ready);
  const [resumeId, setResumeId] = useState(
    readyResumes.find((resume) => resume.id === initialResumeId)?.id ?? readyResumes[0]?.id ?? '',
  );
  const [jobId, setJobId] = useState(jobs.find((job) => job.id === initialJobId)?.id ?? jobs[0]?.id ?? '');
  const [strategy, setStrategy] = useState<Strategy>(defaultStrategy);
  // One key per choice: a retry of the same request (double click, flaky network) starts nothing new.
  const idempotencyKey = useMemo(() => randomKey(), [resumeId, jobId, strategy]);

  const start = useMutation({
    mutationFn: () => createOptimization({ resumeId, jobDescriptionId: jobId, strategy }, idempotencyKey),
    onSuccess: (started) => onStarted(started.optimizationId),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (resumeId && jobId) start.mutate();
  };

  return (
    <Form onSubmit={onSubmit}>
      <SelectField
        label="Resume"
        value={resumeId}
        onChange={(event) => setResumeId(event.target.value)}
        hint={readyResumes.length < resumes.length ? 'Resumes still being read, or that failed, are not listed.' : undefined}
      >
        {readyResumes.map((resume) => (
          <option key={resume.id} value={resume.id}>
            {resume.title}
          </option>
        ))}
      </SelectField>
      <SelectField label="Job description" value={jobId} onChange={(event) => setJobId(event.target.value)}>
        {jobs.map((job) => (
          <option key={job.id} value={job.id}>
            {job.label}
          </option>
        ))}
      </SelectField>
      <RadioGroup<Strategy>
        legend="How much to rewrite"
        name="strategy"
        value={strategy}
        options={STRATEGY_OPTIONS}
        onChange={setStrategy}
      />
      {start.isError && (
        <RetryAlert title="We couldn't start the optimization" error={start.error} onRetry={() => start.mutate()} />
      )}
      <FormActions>
        <Button type="submit" loading={start.isPending} loadingLabel="Starting…" disabled={!resumeId || !jobId}>
          Optimize my resume
        </Button>
      </FormActions>
    </Form>
  );
}
