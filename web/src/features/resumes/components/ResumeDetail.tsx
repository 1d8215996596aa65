import { useRef, useState, type ReactNode } from 'react';

import { flagsOf } from '@/components/document-editor';
import { ResumeSections } from '@/components/resume/ResumeSections';
import { Alert, Badge, Button, Card, ScoreBadge, Spinner } from '@/components/ui';
import common from '@/components/ui/common.module.css';
import { formatBytes } from '@/lib/file-checks';
import { describeFileError } from '@/lib/file-errors';
import { formatRelative } from '@/lib/format';

import type { Resume } from '../api/resumes';

import { AtsView } from './AtsView';
import { ParseStatusBadge } from './ParseStatusBadge';
import { ResumeEditor } from './ResumeEditor';
import styles from './resumes.module.css';

interface ResumeDetailProps {
  resume: Resume;
  /** Shown when the parse failed: a way to upload another file. */
  reuploadAction: ReactNode;
  /** Shown when the parse completed: the next step (optimize). */
  nextAction: ReactNode;
  /** Shown under the document once parsed: ways to download it. */
  downloads?: ReactNode;
}

/** A resume's parse status, and once parsed, what the parser read, to read or to correct. */
export function ResumeDetail({ resume, reuploadAction, nextAction, downloads }: ResumeDetailProps) {
  // Editing everything from the top, from the first entry to check, or from one field (a new
  // object each time one is asked, so that asking again moves focus there again).
  const [editing, setEditing] = useState<false | 'all' | 'flags' | { path: string }>(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const flags = resume.parsedSections ? flagsOf(resume.parsedSections, 'read') : [];
  const flagCount = flags.length;
  // Fields the parser warned about, or only whole entries it was unsure of.
  const [one, many] = flags.some((flag) => flag.field) ? ['one detail', 'details'] : ['one entry', 'entries'];
  const startEditing = () => setEditing('all');
  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const parsing = resume.parseStatus === 'pending' || resume.parseStatus === 'parsing';
  return (
    <div className={common.stack}>
      <div className={styles.facts}>
        <ParseStatusBadge status={resume.parseStatus} />
        <ScoreBadge score={resume.lastScore} />
        {resume.edited && <Badge tone="brand">Edited by you</Badge>}
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

      {resume.parsedSections && editing && (
        <Card
          title="Edit your resume"
          description="Every section as a form. Your changes are saved as you type."
        >
          <ResumeEditor
            resume={resume}
            sections={resume.parsedSections}
            onDone={stopEditing}
            startAtFlags={editing === 'flags'}
            focusField={typeof editing === 'object' ? editing : undefined}
          />
        </Card>
      )}
      {resume.parsedSections && !editing && (
        <Card
          title={resume.edited ? 'Your resume' : 'What the parser read'}
          description={
            resume.edited
              ? 'As you corrected it. This is what the score, the optimizer and the exports use.'
              : 'Sections, dates and bullets as an applicant tracking system would store them. Anything missing here is invisible to an ATS.'
          }
          actions={
            <Button ref={editButton} variant="secondary" size="sm" onClick={startEditing}>
              Edit
            </Button>
          }
        >
          {flagCount > 0 && (
            <Alert
              tone="warning"
              announce="none"
              className={styles.flagAlert}
              title={`The parser was unsure of ${flagCount === 1 ? one : `${flagCount} ${many}`}`}
              action={
                <Button variant="secondary" size="sm" onClick={() => setEditing('flags')}>
                  Check {flagCount === 1 ? 'it' : 'them'}
                </Button>
              }
            >
              They are marked “Check this entry” below. Correct them, or confirm they look right.
            </Alert>
          )}
          <ResumeSections sections={resume.parsedSections} showConfidence />
        </Card>
      )}
      {resume.parseStatus === 'completed' && resume.parsedSections && (
        <AtsView resume={resume} onEditField={(path) => setEditing({ path })} reuploadAction={reuploadAction} />
      )}
      {resume.parseStatus === 'completed' && resume.parsedSections && downloads}
    </div>
  );
}
