import { Checkbox } from '@/components/ui';
import type { PartialDate } from '@/lib/api-types';

import { controlId, useEditor } from './context';
import styles from './editor.module.css';
import { MonthYearField } from './MonthYearField';

export interface Period {
  startDate: PartialDate | null;
  endDate: PartialDate | null;
  current: boolean;
}

interface DateRangeProps {
  value: Period;
  onChange: (patch: Partial<Period>) => void;
  /** The entry's path (`experience[1]`). */
  path: string;
  /** The entry's key. */
  itemKey: string;
  /** ", job 2". */
  suffix: string;
}

/** Start and end as month/year, or "Present" for a range that runs on. */
export function DateRange({ value, onChange, path, itemKey, suffix }: DateRangeProps) {
  const { idPrefix } = useEditor();
  return (
    <div className={styles.dates}>
      <MonthYearField
        legend="Start date"
        prefix="Start"
        suffix={suffix}
        value={value.startDate}
        onChange={(startDate) => onChange({ startDate })}
        path={`${path}.startDate`}
        id={controlId(idPrefix, itemKey, 'start')}
      />
      <div className={styles.endDate}>
        {!value.current && (
          <MonthYearField
            legend="End date"
            prefix="End"
            suffix={suffix}
            value={value.endDate}
            onChange={(endDate) => onChange({ endDate })}
            path={`${path}.endDate`}
            id={controlId(idPrefix, itemKey, 'end')}
          />
        )}
        <Checkbox
          id={controlId(idPrefix, itemKey, 'current')}
          label="Present"
          aria-label={`Present${suffix}`}
          checked={value.current}
          onChange={(event) =>
            onChange(event.target.checked ? { current: true, endDate: null } : { current: false })
          }
        />
      </div>
    </div>
  );
}
