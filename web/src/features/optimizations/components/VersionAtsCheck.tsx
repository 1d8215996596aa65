import { useEffect, useRef, useState } from 'react';

import { AtsFieldTable, AtsFindings, AtsScore, atsStyles, busyAnnouncement, BusyNotice, CheckPrompt, ExtractedText } from '@/components/ats';
import { Alert, Button, Card, SegmentedControl } from '@/components/ui';
import { describeError } from '@/lib/form-errors';

import type { ExportTemplate, PaperSize } from '../api/exports';
import type { ExportAtsFormat, ExportAtsReport, VersionAtsReport } from '../api/version-ats-report';
import { useVersionAtsReport } from '../hooks/use-version-ats-report';

import type { ExportLook } from './ExportPanel';
import styles from './versions.module.css';

const FORMAT_LABEL: Record<ExportAtsFormat, string> = { pdf: 'PDF', docx: 'Word (DOCX)' };
const TEMPLATE_LABEL: Record<ExportTemplate, string> = { classic: 'Classic', modern: 'Modern', compact: 'Compact' };
const PAPER_LABEL: Record<PaperSize, string> = { letter: 'US Letter', a4: 'A4' };

const formatLabel = (format: string) => FORMAT_LABEL[format as ExportAtsFormat] ?? format.toUpperCase();
const lookLabel = ({ template, paperSize }: ExportLook) =>
  `the ${TEMPLATE_LABEL[template] ?? template} template on ${PAPER_LABEL[paperSize] ?? paperSize}`;

/** "Read back 100 %: all 23 fields" (the server says it in lower case, to go after a format). */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function summary(report: VersionAtsReport): string {
  return report.formats.map((format) => `${formatLabel(format.format)}: ${format.readBack}, ATS score ${format.score}.`).join(' ');
}

const FIELDS_INTRO =
  'Each field of this version next to what an ATS reads for it from the exported file. A field read differently or missing here is lost in the file itself, not in what you wrote: pick the other format or another template for this application.';

/** One export's report: the read-back, the score, what gets in the way, each field as read, and the text. */
function ExportReport({ format, checkedAt }: { format: ExportAtsReport; checkedAt: number }) {
  return (
    <div className={atsStyles.report}>
      <AtsScore report={format} checkedAt={checkedAt} title={`${formatLabel(format.format)}: ATS score ${format.score}`} />
      <AtsFindings findings={format.findings} />
      <AtsFieldTable fields={format.fields} fieldsOk={format.fieldsOk} intro={FIELDS_INTRO} />
      <ExtractedText text={format.extractedText} pages={format.pages} />
    </div>
  );
}

interface VersionAtsCheckProps {
  versionId: string;
  /** The template and paper size chosen for the downloads. */
  look: ExportLook;
}

/**
 * On demand, what an applicant tracking system reads of the version's PDF and DOCX as the
 * Download card makes them (its template and paper size): for each, the read-back in words, the
 * score, the findings and the field table.
 */
export function VersionAtsCheck({ versionId, look }: VersionAtsCheckProps) {
  const ats = useVersionAtsReport(versionId, look.template, look.paperSize);
  const { report, checking, waiting, error } = ats;
  const [shown, setShown] = useState<ExportAtsFormat>('pdf');
  const results = useRef<HTMLParagraphElement>(null);
  // The first check was asked from the button that the report replaces: focus goes to the results.
  const focusResults = useRef(false);

  useEffect(() => {
    if (!report || !focusResults.current) return;
    focusResults.current = false;
    results.current?.focus();
  }, [report]);

  const check = () => void ats.check();
  const selected = report?.formats.find((format) => format.format === shown) ?? report?.formats[0];

  let announcement = '';
  if (waiting) announcement = busyAnnouncement(waiting.seconds);
  else if (checking) announcement = `Making the PDF and the Word file with ${lookLabel(look)} and reading them back…`;
  else if (report && !error) announcement = `Checked. ${summary(report)}`;

  return (
    <Card
      title="What an ATS reads of these exports"
      description="Your PDF and Word files as Download makes them, read back the way an applicant tracking system reads them."
      actions={
        report && (
          <Button variant="secondary" size="sm" loading={checking} loadingLabel="Checking…" onClick={check}>
            Check again
          </Button>
        )
      }
    >
      <div className={atsStyles.view} aria-busy={checking || undefined}>
        <p className="sr-only" role="status">
          {announcement}
        </p>
        {waiting && <BusyNotice waiting={waiting} />}
        {error !== null && (
          <Alert tone="error" title={report ? 'We couldn’t check again' : 'We couldn’t check these exports'}>
            {describeError(error)}
            {report && ' The report below is from the last check.'}
          </Alert>
        )}
        {report && ats.outdated && !checking && (
          <Alert tone="info" announce="none" title="You chose another template or paper size since this check">
            This report is of {lookLabel(report)}. Check again to see what an ATS reads with {lookLabel(look)}.
          </Alert>
        )}

        {report && selected ? (
          <>
            <div className={styles.readBack}>
              <p ref={results} tabIndex={-1} className={styles.readBackTitle}>
                Made with {lookLabel(report)} and read back:
              </p>
              <ul className={styles.readBackList} aria-label="Exports read back">
                {report.formats.map((format) => (
                  <li key={format.format} className={styles.readBackItem}>
                    <span>
                      <strong>{formatLabel(format.format)}</strong> <span className={styles.readBackFile}>{format.fileName}</span>
                    </span>
                    <span>
                      {sentence(format.readBack)} · ATS score {format.score}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
            {report.formats.length > 1 && (
              <div className={styles.reportChoice}>
                <span className={styles.optionLabel} aria-hidden="true">
                  Report to show
                </span>
                <SegmentedControl<ExportAtsFormat>
                  label="Report to show"
                  size="sm"
                  value={selected.format}
                  onChange={setShown}
                  options={report.formats.map((format) => ({ value: format.format, label: formatLabel(format.format) }))}
                />
              </div>
            )}
            <ExportReport key={selected.format} format={selected} checkedAt={ats.checkedAt!} />
          </>
        ) : (
          <CheckPrompt
            title="Will an applicant tracking system read your downloads right?"
            action={
              <Button
                loading={checking}
                loadingLabel="Reading the exports…"
                onClick={() => {
                  focusResults.current = true;
                  check();
                }}
              >
                Check what an ATS reads of these exports
              </Button>
            }
          >
            We make the PDF and the Word file with {lookLabel(look)}, as chosen under Download, read each back the way an
            ATS does, and compare every field with this version. It takes a few seconds.
          </CheckPrompt>
        )}
      </div>
    </Card>
  );
}
