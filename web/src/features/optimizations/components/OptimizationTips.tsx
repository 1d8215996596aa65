import { useId } from 'react';
import { Link } from 'react-router';

import { Badge, Card } from '@/components/ui';
import common from '@/components/ui/common.module.css';
import type { Change } from '@/lib/api-types';
import { readDocument } from '@/lib/resume-document';

import type { Tip } from '../api/optimizations';
import { describeChangeLocation } from '../utils/change-location';
import { groupTips, isRequirement, tipKind, type TipPlace } from '../utils/tips';

import styles from './tips.module.css';

function TipPlaceItem({ place }: { place: TipPlace }) {
  const titleId = useId();
  const section = /^\w+/.exec(place.path)?.[0] ?? place.path;
  const asksForSkills = place.tips.some(isRequirement);
  return (
    <li className={styles.place}>
      <h3 id={titleId} className={styles.placeTitle}>
        {describeChangeLocation({ section, path: place.path })}
      </h3>
      {place.current && (
        <p className={styles.current}>
          <span className={styles.currentLabel}>On your resume: </span>
          {place.current}
        </p>
      )}
      {place.changeNumber !== null && (
        <p className={common.muted}>Change {place.changeNumber} rewrites this: the tip is about the new text.</p>
      )}
      {asksForSkills && (
        <p className={common.muted}>A checklist for you: tick off, in your head, only what you really have, and add just those.</p>
      )}
      <ul className={styles.tips} aria-labelledby={titleId}>
        {place.tips.map((tip, index) => (
          <li key={`${tip.code}-${index}`} className={styles.tip}>
            {isRequirement(tip) ? (
              <span className={styles.box} aria-hidden="true" />
            ) : (
              <Badge>
                {tipKind(tip.code)}
                <span className="sr-only">:</span>
              </Badge>
            )}
            <span className={styles.message}>{tip.message}</span>
          </li>
        ))}
      </ul>
    </li>
  );
}

interface OptimizationTipsProps {
  /** Absent on optimizations completed before tips existed: none. */
  tips: readonly Tip[] | undefined;
  /** The resume document the changes were made against, for what it says where each tip applies. */
  sourceSections: unknown;
  /** The proposed changes, numbered as the list shows them. */
  changes: readonly Change[];
  resumeId: string;
}

/**
 * Advice that is not a change, apart from the proposed changes: what only the user can fix or
 * claim (a number, a passive opening, a requirement of the job), grouped by where it applies, with
 * what the resume says there. Nothing when there is none.
 */
export function OptimizationTips({ tips, sourceSections, changes, resumeId }: OptimizationTipsProps) {
  if (!tips || tips.length === 0) return null;
  const places = groupTips(tips, sourceSections ? readDocument(sourceSections) : null, changes);
  return (
    <Card title="Tips (not changes)" description="Things only you can fix or claim: nothing here is changed for you.">
      <div className={styles.body}>
        <p className={common.muted}>
          Read on your resume as it would be with every change accepted. Act on them in the version you save (Edit on its
          page), or on <Link to={`/resumes/${encodeURIComponent(resumeId)}`}>your resume</Link> before optimizing again.
        </p>
        <ul className={styles.places} aria-label="Tips by where they apply">
          {places.map((place) => (
            <TipPlaceItem key={place.path} place={place} />
          ))}
        </ul>
      </div>
    </Card>
  );
}
