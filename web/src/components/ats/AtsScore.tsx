import type { Ref } from 'react';

import { ScoreGauge } from '@/components/ui';
import type { AtsReading, AtsSeverity } from '@/lib/api-types';
import { countWords, scoreVerdict, SEVERITY_WEIGHT, workOutScore } from '@/lib/ats';
import { formatDateTime } from '@/lib/format';

import styles from './ats.module.css';

const KINDS: Record<AtsSeverity, string> = { blocker: 'Blockers', warning: 'Warnings', tip: 'Tips' };

/** How the score adds up, line by line, from the report's own figures. */
function ScoreWorking({ report }: { report: AtsReading }) {
  const working = workOutScore(report);
  return (
    <details className={styles.formula}>
      <summary>How is the score worked out?</summary>
      <div className={styles.formulaBody}>
        <p>
          It starts from the share of your resume’s fields that reading the file gives back as you have them, then
          takes points off for each kind of problem in the file: {SEVERITY_WEIGHT.blocker} per kind of blocker,{' '}
          {SEVERITY_WEIGHT.warning} per kind of warning and {SEVERITY_WEIGHT.tip} per kind of tip. A kind of problem
          counts once however often it appears, and the score stays between 0 and 100.
        </p>
        {working.matches && (
          <table className={styles.working}>
            <caption className="sr-only">How this score adds up</caption>
            <tbody>
              <tr>
                <th scope="row">
                  Fields read as in your resume ({report.fieldsTotal > 0 ? `${report.fieldsOk} of ${report.fieldsTotal}` : 'none to check'})
                </th>
                <td>{working.read}</td>
              </tr>
              {working.steps
                .filter((step) => step.kinds > 0)
                .map((step) => (
                  <tr key={step.severity}>
                    <th scope="row">
                      {KINDS[step.severity]} ({step.kinds} {step.kinds === 1 ? 'kind' : 'kinds'} × {SEVERITY_WEIGHT[step.severity]})
                    </th>
                    <td>−{step.points}</td>
                  </tr>
                ))}
              <tr>
                <th scope="row">ATS score</th>
                <td>{report.score}</td>
              </tr>
            </tbody>
          </table>
        )}
      </div>
    </details>
  );
}

interface AtsScoreProps {
  report: AtsReading;
  checkedAt: number;
  headingRef?: Ref<HTMLHeadingElement>;
  /** The heading, when "ATS score N" needs saying what of ("ATS score 96 of the PDF"). */
  title?: string;
}

/** The score, prominently, with what it means and how it is worked out. */
export function AtsScore({ report, checkedAt, headingRef, title }: AtsScoreProps) {
  const { counts } = report;
  return (
    <div className={styles.overview}>
      <ScoreGauge score={report.score} label="ATS score" size="md" />
      <div className={styles.overviewText}>
        <h3 ref={headingRef} tabIndex={-1} className={styles.overviewTitle}>
          {title ?? `ATS score ${report.score}`}
        </h3>
        <p className={styles.verdict}>{scoreVerdict(report)}</p>
        <p className={styles.facts}>
          {report.fieldsTotal > 0
            ? `${report.fieldsOk} of ${report.fieldsTotal} fields read as in your resume`
            : 'No fields to compare yet'}{' '}
          · {countWords(counts.blocker, 'blocker')}, {countWords(counts.warning, 'warning')}, {countWords(counts.tip, 'tip')} ·
          checked {formatDateTime(new Date(checkedAt).toISOString())}
        </p>
        <ScoreWorking report={report} />
      </div>
    </div>
  );
}
