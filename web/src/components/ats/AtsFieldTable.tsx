import { useId, useState, type ReactNode } from 'react';

import { Badge, SegmentedControl, type BadgeTone } from '@/components/ui';
import type { AtsField, AtsFieldStatus } from '@/lib/api-types';
import { fieldLabel, formatFieldValue } from '@/lib/ats';
import { cx } from '@/lib/cx';

import { EditFieldButton } from './AtsFindings';
import styles from './ats.module.css';

const STATUS: Record<AtsFieldStatus, { text: string; mark: string; tone: BadgeTone }> = {
  ok: { text: 'Read correctly', mark: '✓', tone: 'success' },
  missing: { text: 'Missing', mark: '✕', tone: 'danger' },
  different: { text: 'Read differently', mark: '≠', tone: 'warning' },
};

type Filter = 'all' | 'problems';

interface AtsFieldTableProps {
  fields: readonly AtsField[];
  fieldsOk: number;
  /** The editor's path of a report's field (skills are counted across groups), or null (none without an editor). */
  editorPath?: (path: string) => string | null;
  onEdit?: (path: string) => void;
  /** What the table shows and what to do where a field differs, when not the resume's file. */
  intro?: ReactNode;
}

const noEditor = () => null;
const ignore = () => undefined;

/** Each field of the resume as the user has it, what reading the file gives, and whether they agree. */
export function AtsFieldTable({ fields, fieldsOk, editorPath = noEditor, onEdit = ignore, intro }: AtsFieldTableProps) {
  const titleId = useId();
  const problems = fields.length - fieldsOk;
  const [filter, setFilter] = useState<Filter>('all');
  const shown = filter === 'problems' ? fields.filter((field) => field.status !== 'ok') : fields;
  return (
    <div className={styles.section}>
      <div className={styles.sectionHead}>
        <h3 id={titleId} className={styles.sectionTitle}>
          Field by field
        </h3>
        {problems > 0 && problems < fields.length && (
          <SegmentedControl
            label="Fields to show"
            size="sm"
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'all', label: `All fields (${fields.length})` },
              { value: 'problems', label: `Not read correctly (${problems})` },
            ]}
          />
        )}
      </div>
      <p className={styles.sectionIntro}>
        {intro ??
          'Each field of your resume as you have it, next to what an ATS reads for it from your file. Where they differ, either your resume needs correcting (Edit, then check again), or the file shows the field in a way these systems misread: a recruiter’s search may not find it until you fix the file and upload it again.'}
      </p>
      {fields.length === 0 ? (
        <p className={styles.sectionIntro}>Your resume has no name, jobs, schools or skills to compare yet.</p>
      ) : (
        <div className={styles.tableScroll} role="region" aria-labelledby={titleId} tabIndex={0}>
          {/* Explicit roles: on a phone the rows stack as cards (display: grid), which drops a table's semantics in Safari. */}
          <table className={styles.table} role="table">
            <caption className="sr-only">
              Fields of your resume and what an ATS reads for each
              {filter === 'problems' ? ', only those not read correctly' : ''}
            </caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">
                  Field
                </th>
                <th scope="col" role="columnheader">
                  In your resume
                </th>
                <th scope="col" role="columnheader">
                  What the ATS read
                </th>
                <th scope="col" role="columnheader">
                  Result
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {shown.map((field) => {
                const label = fieldLabel(field.path);
                const status = STATUS[field.status] ?? STATUS.different;
                const target = field.status === 'ok' ? null : editorPath(field.path);
                return (
                  <tr key={field.path} role="row" className={cx(field.status !== 'ok' && styles.problemRow)}>
                    <th scope="row" role="rowheader">
                      {label}
                    </th>
                    <td role="cell" data-label="In your resume">
                      {formatFieldValue(field.path, field.expected)}
                    </td>
                    <td role="cell" data-label="What the ATS read">
                      {field.found ? formatFieldValue(field.path, field.found) : <span className={styles.nothing}>Nothing</span>}
                    </td>
                    <td role="cell">
                      <div className={styles.result}>
                        <Badge tone={status.tone}>
                          <span className={styles.statusMark} aria-hidden="true">
                            {status.mark}
                          </span>
                          {status.text}
                        </Badge>
                        {target && <EditFieldButton label={label} onClick={() => onEdit(target)} />}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
