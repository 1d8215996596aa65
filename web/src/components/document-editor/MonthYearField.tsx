import { useId, useState } from 'react';

import type { PartialDate } from '@/lib/api-types';
import { dateParts, MONTH_NAMES, type DateParts } from '@/lib/resume-document';

import fieldStyles from '@/components/ui/Field.module.css';
import { FieldError } from '@/components/ui/FieldError';

import { useIssue, useNote } from './context';
import styles from './editor.module.css';

interface MonthYearFieldProps {
  /** "Start date", "End date", "Date". */
  legend: string;
  /** Read after each label, e.g. ", job 2". */
  suffix: string;
  /** "Start" → "Start month" / "Start year"; empty → "Month" / "Year". */
  prefix?: string;
  value: PartialDate | null;
  onChange: (value: PartialDate | null) => void;
  /** Where the server reports a problem with this date. */
  path: string;
  /** Id of the month select (the date's first control). */
  id?: string;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** The date the fields say: null when empty, undefined while the year is not a whole one. */
function toDate({ year, month, day }: DateParts): PartialDate | null | undefined {
  if (year === '') return null;
  if (!/^\d{4}$/.test(year) || Number(year) < MIN_YEAR || Number(year) > MAX_YEAR) return undefined;
  if (!month) return year;
  return day ? `${year}-${month}-${day}` : `${year}-${month}`;
}

/**
 * A date as the resume prints it: a month (or "—" for none) and a year. Only a whole year is
 * written to the document; a year being typed stays here until it is one. A day (from a JSON
 * Resume import) is kept until the date is changed here.
 */
export function MonthYearField({ legend, suffix, prefix = '', value, onChange, path, id }: MonthYearFieldProps) {
  const generated = useId();
  const monthId = id ?? `${generated}-month`;
  const yearId = `${monthId}-year`;
  const localErrorId = `${monthId}-local-error`;
  const serverErrorId = `${monthId}-error`;
  const noteId = `${monthId}-note`;
  const [parts, setParts] = useState(() => dateParts(value));
  const serverIssue = useIssue(path);
  const note = useNote(path);

  // An outside change (undo, reload) shows through unless the fields already say the same.
  const shown = toDate(parts);
  if (shown !== undefined && shown !== (value ?? null)) {
    const fresh = dateParts(value);
    if (fresh.year !== parts.year || fresh.month !== parts.month || fresh.day !== parts.day) setParts(fresh);
  }

  const update = (change: Partial<DateParts>) => {
    const next = { ...parts, ...change, day: '' };
    setParts(next);
    const date = toDate(next);
    if (date !== undefined && date !== (value ?? null)) onChange(date);
  };

  const yearInvalid = toDate(parts) === undefined;
  const localError = yearInvalid
    ? `Enter a year from ${MIN_YEAR} to ${MAX_YEAR}.`
    : parts.month && !parts.year
      ? 'Add the year too.'
      : null;
  const describedBy =
    [note ? noteId : null, localError ? localErrorId : null, serverIssue ? serverErrorId : null].filter(Boolean).join(' ') ||
    undefined;
  const label = (part: string) => (prefix ? `${prefix} ${part.toLowerCase()}` : part);

  return (
    <fieldset className={styles.date} aria-label={`${legend}${suffix}`}>
      <legend className={styles.dateLegend}>{legend}</legend>
      {note && (
        <p id={noteId} className={styles.fieldNote}>
          Check this: {note}
        </p>
      )}
      <div className={styles.dateInputs}>
        <div className={fieldStyles.field}>
          <label className={fieldStyles.label} htmlFor={monthId}>
            {label('Month')}
          </label>
          <select
            id={monthId}
            aria-label={`${label('Month')}${suffix}`}
            className={`${fieldStyles.input} ${fieldStyles.select}`}
            value={parts.month}
            aria-invalid={serverIssue ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => update({ month: event.target.value })}
          >
            <option value="">—</option>
            {MONTH_NAMES.map((name, index) => (
              <option key={name} value={String(index + 1).padStart(2, '0')}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className={fieldStyles.field}>
          <label className={fieldStyles.label} htmlFor={yearId}>
            {label('Year')}
          </label>
          <input
            id={yearId}
            aria-label={`${label('Year')}${suffix}`}
            className={`${fieldStyles.input} ${styles.year}`}
            type="number"
            inputMode="numeric"
            min={MIN_YEAR}
            max={MAX_YEAR}
            value={parts.year}
            aria-invalid={yearInvalid || serverIssue ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => update({ year: event.target.value.trim() })}
          />
        </div>
      </div>
      {localError && (
        <p id={localErrorId} className={styles.hintError}>
          {localError}
        </p>
      )}
      {serverIssue && <FieldError id={serverErrorId}>{serverIssue}</FieldError>}
    </fieldset>
  );
}
