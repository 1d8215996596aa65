import { scoreTone } from '@/components/ui';
import common from '@/components/ui/common.module.css';
import { cx } from '@/lib/cx';

import type { ScoreBreakdown, ScoreCategoryKey } from '../api/optimizations';

import styles from './results.module.css';

const CATEGORIES: { key: ScoreCategoryKey; label: string }[] = [
  { key: 'hardSkills', label: 'Hard skills' },
  { key: 'softSkills', label: 'Soft skills' },
  { key: 'jobTitle', label: 'Job title' },
  { key: 'experience', label: 'Experience' },
  { key: 'education', label: 'Education' },
  { key: 'searchability', label: 'Searchability' },
];

/** Each category of the score as a bar, with its weight, its explanation and what is missing. */
export function ScoreBreakdownList({ breakdown }: { breakdown: ScoreBreakdown }) {
  return (
    <ul className={styles.breakdown} aria-label="Score by category">
      {CATEGORIES.map(({ key, label }) => {
        const category = breakdown[key];
        const counted = category.weight > 0;
        return (
          <li key={key} className={cx(styles.category, !counted && styles.notCounted)}>
            <div className={styles.categoryHead}>
              <span className={styles.categoryName}>{label}</span>
              <span className={styles.categoryScore}>
                {counted ? (
                  <>
                    <strong>{category.score}</strong>
                    <span className={common.muted}> / 100 · {Math.round(category.weight * 100)}% of total</span>
                  </>
                ) : (
                  <span className={common.muted}>Not counted</span>
                )}
              </span>
            </div>
            <div
              className={styles.bar}
              role="meter"
              aria-label={`${label} score`}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={category.score}
            >
              <div className={cx(styles.barFill, styles[scoreTone(category.score)])} style={{ width: `${category.score}%` }} />
            </div>
            <p className={styles.explanation}>{category.explanation}</p>
            {category.missing.length > 0 && counted && (
              <p className={styles.missingLine}>
                <span className={common.muted}>Would earn more: </span>
                {category.missing.join(', ')}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
