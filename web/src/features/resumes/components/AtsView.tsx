import { useEffect, useRef, type ReactNode } from 'react';

import {
  AtsFieldTable,
  AtsFindings,
  AtsScore,
  atsStyles as styles,
  busyAnnouncement,
  BusyNotice,
  CheckPrompt,
  ExtractedText,
} from '@/components/ats';
import { locateField } from '@/components/document-editor';
import { Alert, Button, Card } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { countWords, documentPath } from '@/lib/ats';
import { describeError } from '@/lib/form-errors';

import type { AtsReport } from '../api/ats-report';
import type { Resume } from '../api/resumes';
import { useAtsReport } from '../hooks/use-ats-report';

interface AtsViewProps {
  resume: Resume;
  /** Opens the editor at the field at this document path (`experience[1].company`, `skills[0].items[2]`). */
  onEditField: (path: string) => void;
  /** A way to upload the file again, offered when the stored file is gone. */
  reuploadAction?: ReactNode;
}

function summary(report: AtsReport): string {
  const { counts } = report;
  const fields = report.fieldsTotal > 0 ? ` ${report.fieldsOk} of ${report.fieldsTotal} fields read as in your resume.` : '';
  return `ATS score ${report.score} out of 100: ${countWords(counts.blocker, 'blocker')}, ${countWords(counts.warning, 'warning')}, ${countWords(counts.tip, 'tip')}.${fields}`;
}

/**
 * The "ATS view": on demand, what an applicant tracking system reads from the resume's file (the
 * score and why, what in the layout gets in the way, each field as read, the extracted text),
 * with links from what was misread to the field in the editor.
 */
export function AtsView({ resume, onEditField, reuploadAction }: AtsViewProps) {
  const ats = useAtsReport(resume.id, resume.revision);
  const { report, checking, waiting, error } = ats;
  const doc = resume.parsedSections;
  const heading = useRef<HTMLHeadingElement>(null);
  // The first check was asked from the button that the report replaces: focus goes to the score.
  const focusScore = useRef(false);

  useEffect(() => {
    if (!report || !focusScore.current) return;
    focusScore.current = false;
    heading.current?.focus();
  }, [report]);

  const check = () => void ats.check();
  const editorPath = (path: string): string | null => {
    if (!doc) return null;
    const inDocument = documentPath(path, doc);
    return inDocument && locateField(doc, 'ats', inDocument) ? inDocument : null;
  };

  let announcement = '';
  if (waiting) announcement = busyAnnouncement(waiting.seconds);
  else if (checking) announcement = 'Reading your file the way an applicant tracking system does…';
  else if (report && !error) announcement = `Checked. ${summary(report)}`;

  return (
    <Card
      title="ATS view"
      description="What an applicant tracking system reads from your file: a score, what gets in its way, each field as it reads it, and a PDF’s pages beside their text."
      actions={
        report && (
          <Button variant="secondary" size="sm" loading={checking} loadingLabel="Checking…" onClick={check}>
            Check again
          </Button>
        )
      }
    >
      <div className={styles.view} aria-busy={checking || undefined}>
        <p className="sr-only" role="status">
          {announcement}
        </p>
        {waiting && <BusyNotice waiting={waiting} />}
        {error !== null && (
          <Alert
            tone="error"
            title={report ? 'We couldn’t check again' : 'We couldn’t check this resume'}
            action={isApiError(error) && error.code === 'upload_missing' ? reuploadAction : undefined}
          >
            {describeError(error)}
            {report && ' The report below is from the last check.'}
          </Alert>
        )}
        {report && ats.outdated && !checking && (
          <Alert tone="info" announce="none" title="You changed your resume since this check">
            Check again to see what an ATS makes of your file against your latest corrections.
          </Alert>
        )}

        {report ? (
          <div className={styles.report}>
            <AtsScore report={report} checkedAt={ats.checkedAt!} headingRef={heading} />
            <AtsFindings
              findings={report.findings}
              canEdit={(path) => editorPath(path) !== null}
              onEdit={(path) => onEditField(editorPath(path) ?? path)}
            />
            <AtsFieldTable fields={report.fields} fieldsOk={report.fieldsOk} editorPath={editorPath} onEdit={onEditField} />
            <ExtractedText text={report.extractedText} pages={report.pages} />
          </div>
        ) : (
          <CheckPrompt
            title="Will an applicant tracking system read your resume right?"
            action={
              <Button
                loading={checking}
                loadingLabel="Reading your file…"
                onClick={() => {
                  focusScore.current = true;
                  check();
                }}
              >
                Check what an applicant tracking system reads
              </Button>
            }
          >
            We read your file again the way a plain ATS text extractor does, compare what comes out with your resume field
            by field, show each page of a PDF beside the text read from it, and point out layouts that trip these systems
            up. It takes a few seconds.
          </CheckPrompt>
        )}
      </div>
    </Card>
  );
}
