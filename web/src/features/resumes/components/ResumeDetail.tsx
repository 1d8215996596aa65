import type { ReactNode } from 'react';

import { ResumeSections } from '@/components/resume/ResumeSections';
import { Alert, Card, ScoreBadge, Spinner } from '@/components/ui';
import common from '@/components/ui/common.module.css';
import { formatBytes } from '@/lib/file-checks';
import { describeFileError } from '@/lib/file-errors';
import { formatRelative } from '@/lib/format';

import type { Resume } from '../api/resumes';

import { ParseStatusBadge } from './ParseStatusBadge';
import styles from './resumes.module.css';

interface ResumeDetailProps {
  resume: Resume;
  /** Shown when the parse failed: a way to upload another file. */
  reuploadAction: ReactNode;
  /** Shown when the parse completed: the next step (optimize). */
  nextAction: ReactNode;
}

/** A resume's parse status, and once parsed, what the parser read. */
export function ResumeDetail({ resume, reuploadAction, nextAction }: ResumeDetailProps) {
  const parsing = resume.parseStatus === 'pending' || resume.parseStatus === 'parsing';
  return (
    <div className={common.stack}>
      <div className={styles.facts}>
        <ParseStatusBadge status={resume.parseStatus} />
        <ScoreBadge score={resume.lastScore} />
        <span className={styles.factText}>
          {resume.originalFilename} · {formatBytes(resume.sizeBytes)} · updated {formatRelative(resume.updatedAt)}
        </span>
      </div>

      <div aria-live="polite">
        {parsing && (
          <div className={styles.parsing}>
            <Spinner size="md" />
            <p>
              {resume.parseStatus === 'pending' ? 'Waiting for a reader…' : 'Reading your resume…'} This usually takes a
              few seconds.
            </p>
          </div>
        )}
        {resume.parseStatus === 'completed' && (
          <Alert tone="success" title="Your resume is ready" action={nextAction}>
            Check below that everything was read correctly: this is what an applicant tracking system sees.
          </Alert>
        )}
      </div>
      {resume.parseStatus === 'failed' && (
        <Alert tone="error" title="We couldn't read this resume" action={reuploadAction}>
          {describeFileError(resume.parseError?.code ?? 'parse_failed', resume.parseError?.message)}
        </Alert>
      )}

      {resume.parsedSections && (
        <Card
          title="What the parser read"
          description="Sections, dates and bullets as an applicant tracking system would store them. Anything missing here is invisible to an ATS."
        >
          <ResumeSections sections={resume.parsedSections} showConfidence />
        </Card>
      )}
    </div>
  );
}
