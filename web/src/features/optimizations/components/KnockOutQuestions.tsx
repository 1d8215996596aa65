import { useEffect, useRef } from 'react';

import { busyAnnouncement, BusyNotice, CheckPrompt } from '@/components/ats';
import { Alert, Badge, Button, Card, type BadgeTone } from '@/components/ui';
import common from '@/components/ui/common.module.css';
import { describeError } from '@/lib/form-errors';

import type { KnockOut, KnockOutStatus } from '../api/knock-outs';
import { useKnockOuts } from '../hooks/use-knock-outs';

import styles from './knock-outs.module.css';

const REQUIREMENTS: Record<string, string> = {
  work_authorization: 'Work authorization',
  location: 'Location',
  license: 'Licence or certification',
  degree: 'Degree',
  years: 'Years of experience',
};

/** A requirement in words: a newer server's unknown one as its name, spaced out ("drivers_license" → "Drivers license"). */
export function requirementLabel(requirement: string): string {
  const known = REQUIREMENTS[requirement];
  if (known) return known;
  const words = requirement.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const STATUS: Record<KnockOutStatus, { text: string; mark: string; tone: BadgeTone; hint: string | null }> = {
  met: { text: 'Met', mark: '✓', tone: 'success', hint: null },
  not_shown: {
    text: 'Not shown in your resume',
    mark: '?',
    tone: 'warning',
    hint: 'If you meet it, say so in your resume: screeners’ forms ask this.',
  },
  not_met: {
    text: 'Not met',
    mark: '✕',
    tone: 'danger',
    hint: 'Screening forms can reject an application on this alone: check the requirement before you apply.',
  },
};

/** The job's line without the list bullet it may keep ("• Must be authorized…"). */
const withoutBullet = (text: string) => text.replace(/^\s*[•◦▪‣·*-]\s+/, '');

const statusOf = (knockOut: KnockOut) => STATUS[knockOut.status] ?? STATUS.not_shown;

/** "5 questions: 2 met, 2 not shown in your resume, 1 not met." (only the statuses there are) */
function summary(knockOuts: readonly KnockOut[]): string {
  if (knockOuts.length === 0) return 'This job asks none of the questions screening forms reject on.';
  const parts = (['met', 'not_shown', 'not_met'] as const)
    .map((status) => ({ status, count: knockOuts.filter((knockOut) => knockOut.status === status).length }))
    .filter(({ count }) => count > 0)
    .map(({ status, count }) => `${count} ${STATUS[status].text.toLowerCase()}`);
  return `${knockOuts.length} ${knockOuts.length === 1 ? 'question' : 'questions'}: ${parts.join(', ')}.`;
}

function KnockOutItem({ knockOut }: { knockOut: KnockOut }) {
  const status = statusOf(knockOut);
  return (
    <li className={styles.item} data-status={knockOut.status}>
      <div className={styles.itemHead}>
        <h3 className={styles.requirement}>{requirementLabel(knockOut.requirement)}</h3>
        <Badge tone={status.tone}>
          <span className={styles.mark} aria-hidden="true">
            {status.mark}
          </span>
          {status.text}
        </Badge>
      </div>
      <dl className={styles.facts}>
        <dt>The job asks</dt>
        <dd>{withoutBullet(knockOut.asked)}</dd>
        <dt>Your resume shows</dt>
        <dd>{knockOut.shown ? knockOut.shown : <span className={styles.nothing}>Nothing</span>}</dd>
      </dl>
      {status.hint && <p className={styles.hint}>{status.hint}</p>}
    </li>
  );
}

interface KnockOutQuestionsProps {
  resumeId: string;
  jobDescriptionId: string;
}

/**
 * The job's knock-out questions (work authorization, location, licences, degree, years), asked for
 * on demand and answered from the resume's own facts: what the job asks, what the resume shows,
 * and whether it meets it.
 */
export function KnockOutQuestions({ resumeId, jobDescriptionId }: KnockOutQuestionsProps) {
  const { knockOuts, checking, waiting, error, check } = useKnockOuts(resumeId, jobDescriptionId);
  const answers = useRef<HTMLParagraphElement>(null);
  // The first check was asked from the button that the answers replace: focus goes to them.
  const focusAnswers = useRef(false);

  useEffect(() => {
    if (!knockOuts || !focusAnswers.current) return;
    focusAnswers.current = false;
    answers.current?.focus();
  }, [knockOuts]);

  let announcement = '';
  if (waiting) announcement = busyAnnouncement(waiting.seconds);
  else if (checking) announcement = 'Answering the job’s knock-out questions from your resume…';
  else if (knockOuts && !error) announcement = `Checked. ${summary(knockOuts)}`;

  return (
    <Card
      title="Knock-out questions"
      description="What screening forms reject on outright, answered from your resume’s own facts."
      actions={
        knockOuts && (
          <Button variant="secondary" size="sm" loading={checking} loadingLabel="Checking…" onClick={() => void check()}>
            Check again
          </Button>
        )
      }
    >
      <div className={styles.body} aria-busy={checking || undefined}>
        <p className="sr-only" role="status">
          {announcement}
        </p>
        {waiting && <BusyNotice waiting={waiting} />}
        {error !== null && (
          <Alert tone="error" title={knockOuts ? 'We couldn’t check again' : 'We couldn’t check the knock-out questions'}>
            {describeError(error)}
            {knockOuts && ' The answers below are from the last check.'}
          </Alert>
        )}
        {knockOuts ? (
          <>
            <p ref={answers} className={styles.summary} tabIndex={-1}>
              {summary(knockOuts)}
            </p>
            {knockOuts.length > 0 && (
              <ul className={styles.list} aria-label="Knock-out questions">
                {knockOuts.map((knockOut, index) => (
                  <KnockOutItem key={`${knockOut.requirement}-${index}`} knockOut={knockOut} />
                ))}
              </ul>
            )}
            <p className={common.muted}>
              Answered from your resume as it is now: the proposed changes only reword it. Correct a wrong answer on the
              resume’s page, then check again.
            </p>
          </>
        ) : (
          <CheckPrompt
            title="Would a screening form turn you away?"
            action={
              <Button
                loading={checking}
                loadingLabel="Checking…"
                onClick={() => {
                  focusAnswers.current = true;
                  void check();
                }}
              >
                Check the knock-out questions
              </Button>
            }
          >
            We answer this job’s questions on work authorization, location, licences, degree and years of experience from
            what your resume shows. We read your file again for it, so it takes a few seconds.
          </CheckPrompt>
        )}
      </div>
    </Card>
  );
}
