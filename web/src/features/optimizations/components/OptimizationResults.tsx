import type { ReactNode } from 'react';

import { Badge, Card, ScoreGauge } from '@/components/ui';
import common from '@/components/ui/common.module.css';

import type { CompletedOptimization } from '../api/optimizations';
import type { Version } from '../api/versions';
import { useChangeDecisions } from '../hooks/use-change-decisions';
import { projectScore } from '../utils/projected-score';

import { ChangeReview } from './ChangeReview';
import { KeywordChips } from './KeywordChips';
import { KnockOutQuestions } from './KnockOutQuestions';
import { OptimizationTips } from './OptimizationTips';
import styles from './results.module.css';
import { ScoreBreakdownList } from './ScoreBreakdownList';

interface OptimizationResultsProps {
  optimization: CompletedOptimization;
  /** "Senior Backend Engineer at Acme", when known. */
  jobLabel?: ReactNode;
  onSaved: (version: Version) => void;
}

/** The score, why, the keywords, the proposed changes to accept or reject, and apart from them the tips. */
export function OptimizationResults({ optimization, jobLabel, onSaved }: OptimizationResultsProps) {
  const { changes, alignmentScore, projectedScore } = optimization;
  const review = useChangeDecisions(optimization.id, changes);
  const projected = projectScore(alignmentScore, projectedScore, changes, review.accepted);
  const gain = projected.score - alignmentScore;

  return (
    <div className={common.stack}>
      <section className={styles.overview} aria-labelledby="score-heading">
        <ScoreGauge score={alignmentScore} projected={projected.score} />
        <div className={styles.overviewText}>
          <h2 id="score-heading" className={styles.overviewTitle}>
            Match score {alignmentScore}
            {jobLabel && <span className={styles.overviewJob}> for {jobLabel}</span>}
          </h2>
          <p className={styles.projectedLine} aria-live="polite">
            With your accepted changes:{' '}
            <strong className={styles.projectedScore}>{projected.score}</strong>
            {gain > 0 && <span className={styles.gain}> (+{gain})</span>}
            {projected.estimated && (
              <>
                {' '}
                <Badge tone="neutral">estimated</Badge>
              </>
            )}
            <span className={common.muted}> · {projectedScore} with every change</span>
          </p>
          {optimization.summary && <p className={styles.summary}>{optimization.summary}</p>}
          <p className={common.muted}>
            Strategy: {optimization.strategy}
            {optimization.provider ? ` · rewrites by ${optimization.provider === 'local' ? 'the built-in engine' : optimization.provider}` : ''}
          </p>
        </div>
      </section>

      <div className={styles.columns}>
        <div className={common.stack}>
          <Card
            title="Proposed changes"
            description="Each change only rewords what your resume already says. Accept the ones that sound like you."
          >
            <ChangeReview optimizationId={optimization.id} changes={changes} review={review} onSaved={onSaved} />
            {optimization.droppedChanges && optimization.droppedChanges.length > 0 && (
              <details className={styles.dropped}>
                <summary>
                  {optimization.droppedChanges.length} proposal{optimization.droppedChanges.length === 1 ? '' : 's'} withheld by the
                  truthfulness check
                </summary>
                <ul>
                  {optimization.droppedChanges.map((dropped) => (
                    <li key={dropped.id}>{dropped.reason}</li>
                  ))}
                </ul>
              </details>
            )}
          </Card>
          <OptimizationTips
            tips={optimization.tips}
            sourceSections={optimization.sourceSections}
            changes={changes}
            resumeId={optimization.resumeId}
          />
        </div>
        <div className={common.stack}>
          <KnockOutQuestions resumeId={optimization.resumeId} jobDescriptionId={optimization.jobDescriptionId} />
          <Card title="Keywords" description="The job's skills and where your resume shows them.">
            <KeywordChips keywords={optimization.keywords} />
          </Card>
          <Card title="Score by category" description="The score is the weighted mean of these categories.">
            <ScoreBreakdownList breakdown={optimization.scoreBreakdown} />
          </Card>
        </div>
      </div>
    </div>
  );
}
