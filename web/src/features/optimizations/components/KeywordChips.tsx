import common from '@/components/ui/common.module.css';
import { cx } from '@/lib/cx';

import type { KeywordReport } from '../api/optimizations';

import styles from './results.module.css';

const GROUPS: { key: keyof KeywordReport; title: string; description: string }[] = [
  { key: 'matched', title: 'Matched', description: 'Listed where a screener looks: skills, summary or job titles.' },
  { key: 'evidenced', title: 'Shown, not listed', description: 'In a bullet or project, but not under Skills or in the summary.' },
  { key: 'missing', title: 'Missing', description: 'Asked for and nowhere in your resume.' },
];

/** The job's keywords grouped by where they appear in the resume. */
export function KeywordChips({ keywords }: { keywords: KeywordReport }) {
  return (
    <div className={styles.keywordGroups}>
      {GROUPS.map((group) => (
        <div key={group.key} className={styles.keywordGroup}>
          <h3 className={styles.keywordTitle}>
            {group.title} <span className={styles.count}>{keywords[group.key].length}</span>
          </h3>
          <p className={styles.keywordDescription}>{group.description}</p>
          {keywords[group.key].length === 0 ? (
            <p className={common.muted}>None</p>
          ) : (
            <ul className={common.chipList} aria-label={`${group.title} keywords`}>
              {keywords[group.key].map((keyword) => (
                <li key={keyword} className={cx(common.chip, styles[`chip_${group.key}`])}>
                  {keyword}
                </li>
              ))}
            </ul>
          )}
          {group.key === 'missing' && keywords.missing.length > 0 && (
            <p className={styles.honesty}>
              Add a missing skill only if you really have it: recruiters check, and we never insert skills you have not
              shown.
            </p>
          )}
        </div>
      ))}
    </div>
  );
}
