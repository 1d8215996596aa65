import { useId } from 'react';

import { Badge, type BadgeTone } from '@/components/ui';
import { AlertCircleIcon, CheckCircleIcon } from '@/components/ui/icons';
import { ATS_SEVERITIES, type AtsFinding, type AtsSeverity } from '@/lib/api-types';
import { entryLabel, findingEntry, whereLabel } from '@/lib/ats';
import { cx } from '@/lib/cx';

import styles from './ats.module.css';

const GROUPS: Record<AtsSeverity, { title: string; intro: string; tone: BadgeTone }> = {
  blocker: {
    title: 'Blockers',
    intro: 'An applicant tracking system may lose these parts of your resume entirely. Fix them first.',
    tone: 'danger',
  },
  warning: {
    title: 'Warnings',
    intro: 'Some systems misread these, or put them in the wrong place.',
    tone: 'warning',
  },
  tip: {
    title: 'Tips',
    intro: 'Small things that make the file easier for a system, and a recruiter, to handle.',
    tone: 'brand',
  },
};

/** A button that reads as a link and opens the editor at a field: "Edit" + what. */
export function EditFieldButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className={styles.editLink} aria-label={`Edit ${label}`} onClick={onClick}>
      Edit
    </button>
  );
}

interface FindingsGroupProps {
  severity: AtsSeverity;
  findings: readonly AtsFinding[];
  /** Opens the editor at an entry of the document, when the editor has it. */
  canEdit: (path: string) => boolean;
  onEdit: (path: string) => void;
}

function FindingsGroup({ severity, findings, canEdit, onEdit }: FindingsGroupProps) {
  const titleId = useId();
  const group = GROUPS[severity];
  return (
    <div className={styles.group}>
      <h4 id={titleId} className={styles.groupTitle}>
        {group.title}
        <Badge tone={group.tone}>{findings.length}</Badge>
      </h4>
      <p className={styles.groupIntro}>{group.intro}</p>
      <ul className={styles.findings} aria-labelledby={titleId}>
        {findings.map((finding, index) => {
          const entry = findingEntry(finding);
          return (
            <li key={`${finding.code}-${index}`} className={cx(styles.finding, styles[severity])}>
              <span className={styles.findingIcon} aria-hidden="true">
                <AlertCircleIcon />
              </span>
              <div className={styles.findingBody}>
                <p className={styles.findingMessage}>{finding.message}</p>
                <dl className={styles.findingFacts}>
                  {finding.where && (
                    <>
                      <dt>Where</dt>
                      <dd>
                        {whereLabel(finding.where)}
                        {entry && canEdit(entry) && (
                          <>
                            {' · '}
                            <EditFieldButton label={entryLabel(entry)!} onClick={() => onEdit(entry)} />
                          </>
                        )}
                      </dd>
                    </>
                  )}
                  <dt>How to fix</dt>
                  <dd>{finding.fix}</dd>
                </dl>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

interface AtsFindingsProps {
  findings: readonly AtsFinding[];
  /** Whether the editor can open at an entry of the document (none without an editor). */
  canEdit?: (path: string) => boolean;
  onEdit?: (path: string) => void;
}

const noEditor = () => false;
const ignore = () => undefined;

/** What in the file gets in an ATS's way, grouped: blockers, warnings, tips. */
export function AtsFindings({ findings, canEdit = noEditor, onEdit = ignore }: AtsFindingsProps) {
  return (
    <div className={styles.section}>
      <h3 className={styles.sectionTitle}>
        What gets in the way
      </h3>
      {findings.length === 0 ? (
        <p className={styles.allClear}>
          <CheckCircleIcon />
          Nothing in the file’s layout or text gets in the way: no columns, tables, text boxes or characters that read
          wrongly.
        </p>
      ) : (
        ATS_SEVERITIES.map((severity) => {
          const ofSeverity = findings.filter((finding) => finding.severity === severity);
          return ofSeverity.length > 0 ? (
            <FindingsGroup key={severity} severity={severity} findings={ofSeverity} canEdit={canEdit} onEdit={onEdit} />
          ) : null;
        })
      )}
    </div>
  );
}
