import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { Alert, Button, Form, FormActions, LinkButton, RadioGroup, RetryAlert, SelectField } from '@/components/ui';
import common from '@/components/ui/common.module.css';
import { isApiError } from '@/lib/api-client';
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

/** What an optimization costs where the server bills them in credits, and the user's balance. */
export interface OptimizationCredits {
  cost: number;
  balance: number;
}

interface StartOptimizationFormProps {
  resumes: readonly ResumeChoice[];
  jobs: readonly JobChoice[];
  defaultStrategy: Strategy;
  initialResumeId?: string | null;
  initialJobId?: string | null;
  onStarted: (optimizationId: string) => void;
  /** Shown beside the button, which needs enough of them (null or absent: optimizing is free). */
  credits?: OptimizationCredits | null;
  /** The balance may have changed: an optimization started, or the server found it too low. */
  onCreditsChanged?: () => void;
}

const STRATEGY_OPTIONS = [
  { value: 'conservative', label: 'Conservative', description: 'Light touch: clearer verbs, your wording kept.' },
  { value: 'balanced', label: 'Balanced', description: 'Stronger verbs and the job’s terms for what you did.' },
  { value: 'bold', label: 'Bold', description: 'The most rewording, still only facts from your resume.' },
] as const;

const creditCount = (count: number) => `${count} credit${count === 1 ? '' : 's'}`;

/** 402 insufficient_credits: the balance is below what an optimization costs. */
function isOutOfCredits(error: unknown): boolean {
  return isApiError(error) && error.code === 'insufficient_credits';
}

function outOfCreditsMessage(error: unknown): string {
  const details = isApiError(error) ? error.details : {};
  if (typeof details.cost === 'number' && typeof details.balance === 'number') {
    return `An optimization uses ${creditCount(details.cost)} and you have ${details.balance}. Buy credits, then try again: your choices are kept.`;
  }
  return 'Buy credits, then try again: your choices are kept.';
}

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
  credits: wallet,
  onCreditsChanged,
}: StartOptimizationFormProps) {
  const readyResumes = resumes.filter((resume) => resume.ready);
  const [resumeId, setResumeId] = useState(
    readyResumes.find((resume) => resume.id === initialResumeId)?.id ?? readyResumes[0]?.id ?? '',
  );
  const [jobId, setJobId] = useState(jobs.find((job) => job.id === initialJobId)?.id ?? jobs[0]?.id ?? '');
  const [strategy, setStrategy] = useState<Strategy>(defaultStrategy);
  // A refusal for too few credits started nothing: the try after buying some gets a key of its own.
  const [refusals, setRefusals] = useState(0);
  // One key per choice: a retry of the same request (double click, flaky network) starts nothing new.
  const idempotencyKey = useMemo(() => randomKey(), [resumeId, jobId, strategy, refusals]);

  const start = useMutation({
    mutationFn: () => createOptimization({ resumeId, jobDescriptionId: jobId, strategy }, idempotencyKey),
    onSuccess: (started) => {
      onCreditsChanged?.();
      onStarted(started.optimizationId);
    },
    onError: (error) => {
      if (!isOutOfCredits(error)) return;
      setRefusals((count) => count + 1);
      onCreditsChanged?.();
    },
  });
  const outOfCredits = isOutOfCredits(start.error);
  const short = wallet ? wallet.balance < wallet.cost : false;
  const costId = useId();

  // Credits bought meanwhile (in another tab, say): the warning about too few goes.
  const balance = wallet?.balance;
  const lastBalance = useRef(balance);
  useEffect(() => {
    const before = lastBalance.current;
    lastBalance.current = balance;
    if (balance !== undefined && before !== undefined && balance > before && outOfCredits) start.reset();
  }, [balance, outOfCredits, start]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (resumeId && jobId && !short) start.mutate();
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
      {outOfCredits ? (
        <Alert
          tone="warning"
          announce="alert"
          title="You don’t have enough credits"
          action={
            <LinkButton to="/billing" variant="secondary" size="sm">
              Buy credits
            </LinkButton>
          }
        >
          {outOfCreditsMessage(start.error)}
        </Alert>
      ) : (
        start.isError && (
          <RetryAlert title="We couldn't start the optimization" error={start.error} onRetry={() => start.mutate()} />
        )
      )}
      <FormActions>
        <Button
          type="submit"
          loading={start.isPending}
          loadingLabel="Starting…"
          disabled={!resumeId || !jobId || short}
          aria-describedby={wallet ? costId : undefined}
        >
          Optimize my resume
        </Button>
        {wallet && (
          <p id={costId} className={common.muted} data-testid="optimization-cost">
            Uses {creditCount(wallet.cost)} · You have {wallet.balance}
            {short && !outOfCredits && (
              <>
                {' · '}
                <Link to="/billing">Buy credits</Link>
              </>
            )}
          </p>
        )}
      </FormActions>
    </Form>
  );
}
