import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { Button, RetryAlert, SegmentedControl } from '@/components/ui';
import type { Change } from '@/lib/api-types';

import { saveVersion, versionKeys, type Version } from '../api/versions';
import type { useChangeDecisions } from '../hooks/use-change-decisions';

import { ChangeCard } from './ChangeCard';
import styles from './changes.module.css';
import type { DiffMode } from './DiffView';

interface ChangeReviewProps {
  optimizationId: string;
  changes: readonly Change[];
  review: ReturnType<typeof useChangeDecisions>;
  onSaved: (version: Version) => void;
}

/** Every proposed change with accept / reject, bulk actions, and "Save as version". */
export function ChangeReview({ optimizationId, changes, review, onSaved }: ChangeReviewProps) {
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<DiffMode>('inline');
  const { decisions, decide, decideAll, accepted, undecided, edits, editWording } = review;
  const rejected = changes.length - accepted.size - undecided;

  const save = useMutation({
    mutationFn: () => {
      const kept = changes.filter((change) => accepted.has(change.id));
      const reworded = kept.filter((change) => edits[change.id] !== undefined);
      return saveVersion(
        optimizationId,
        kept.map((change) => change.id),
        reworded.map((change) => ({ changeId: change.id, after: edits[change.id]! })),
      );
    },
    onSuccess: (version) => {
      void queryClient.invalidateQueries({ queryKey: versionKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['resumes'] });
      queryClient.setQueryData(versionKeys.detail(version.id), version);
      review.clear();
      onSaved(version);
    },
  });

  return (
    <div className={styles.review}>
      <div className={styles.toolbar}>
        <SegmentedControl
          label="Diff view"
          size="sm"
          value={mode}
          onChange={setMode}
          options={[
            { value: 'inline', label: 'Inline' },
            { value: 'split', label: 'Side by side' },
          ]}
        />
        {changes.length > 0 && (
          <div className={styles.bulk}>
            <Button variant="secondary" size="sm" onClick={() => decideAll('accepted')}>
              Accept all
            </Button>
            <Button variant="ghost" size="sm" onClick={() => decideAll('rejected')}>
              Reject all
            </Button>
          </div>
        )}
      </div>

      {changes.length === 0 ? (
        <p className={styles.none}>
          No truthful rewrites to suggest: your resume already says what it can. Save it as a version to export it, or see
          the missing keywords for what to work on.
        </p>
      ) : (
        <ol className={styles.list}>
          {changes.map((change, index) => (
            <ChangeCard
              key={change.id}
              change={change}
              index={index}
              mode={mode}
              decision={decisions[change.id]}
              onDecide={(decision) => decide(change.id, decision)}
              edit={edits[change.id]}
              onEdit={(after) => editWording(change.id, after)}
            />
          ))}
        </ol>
      )}

      <div className={styles.saveBar}>
        <p className={styles.tally} aria-live="polite">
          <strong>{accepted.size}</strong> accepted · <strong>{rejected}</strong> rejected
          {undecided > 0 && (
            <>
              {' '}
              · <strong>{undecided}</strong> to review
            </>
          )}
        </p>
        <Button onClick={() => save.mutate()} loading={save.isPending} loadingLabel="Saving…">
          Save as version
        </Button>
      </div>
      {undecided > 0 && !save.isError && (
        <p className={styles.saveHint}>Changes you have not reviewed are left out of the version.</p>
      )}
      {save.isError && (
        <RetryAlert title="We couldn't save the version" error={save.error} onRetry={() => save.mutate()}>
          Your choices are kept.
        </RetryAlert>
      )}
    </div>
  );
}
