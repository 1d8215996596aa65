import { useRef, useState } from 'react';
import { Link } from 'react-router';

import { ResumeSections } from '@/components/resume/ResumeSections';
import { Button, Card, ScoreGauge, SegmentedControl, Spinner } from '@/components/ui';
import common from '@/components/ui/common.module.css';
import type { ParsedSections } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';

import { editedChangeIds, type Version } from '../api/versions';
import { describeChangeLocation } from '../utils/change-location';

import { DiffView } from './DiffView';
import { DEFAULT_LOOK, ExportPanel, type ExportLook } from './ExportPanel';
import { KeywordChips } from './KeywordChips';
import { VersionAtsCheck } from './VersionAtsCheck';
import { VersionEditor } from './VersionEditor';
import styles from './versions.module.css';

type View = 'optimized' | 'compare' | 'changes';

interface VersionDetailProps {
  version: Version;
  /** The resume as uploaded (undefined while loading, null when unavailable). */
  originalSections: ParsedSections | null | undefined;
  /** The resume's score before the changes. */
  originalScore?: number;
}

/** A saved version: its score, exports, the optimized resume and a comparison with the original. */
export function VersionDetail({ version, originalSections, originalScore }: VersionDetailProps) {
  const [view, setView] = useState<View>('optimized');
  const [editing, setEditing] = useState(false);
  // The downloads' template and paper size: the ATS check reads the files they make.
  const [look, setLook] = useState<ExportLook>(DEFAULT_LOOK);
  const editButton = useRef<HTMLButtonElement>(null);
  const changedPaths = new Set(version.diff.map((change) => change.path));
  const reworded = editedChangeIds(version);
  const gain = originalScore !== undefined ? Math.round(version.alignmentScore) - originalScore : null;
  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <div className={common.stack}>
      <section className={styles.summary} aria-label="Version summary">
        <ScoreGauge score={version.alignmentScore} size="md" />
        <div className={styles.summaryText}>
          <p className={styles.summaryTitle}>
            Match score {Math.round(version.alignmentScore)}
            {gain !== null && gain !== 0 && (
              <span className={gain > 0 ? styles.up : styles.down}>
                {' '}
                ({gain > 0 ? '+' : ''}
                {gain} from the original)
              </span>
            )}
          </p>
          <p className={common.muted}>
            Saved {formatDateTime(version.createdAt)}
            {version.origin !== 'edit' && (
              <>
                {' '}
                · {version.acceptedChanges.length} change{version.acceptedChanges.length === 1 ? '' : 's'} applied
              </>
            )}
          </p>
          {version.origin === 'edit' && (
            <p className={styles.origin}>
              Your edited copy of{' '}
              {version.parentVersionId ? (
                <Link to={`/versions/${encodeURIComponent(version.parentVersionId)}`}>an earlier version</Link>
              ) : (
                'an earlier version'
              )}
              .
            </p>
          )}
          {version.origin === 'import' && <p className={styles.origin}>Imported from a JSON Resume file.</p>}
        </div>
      </section>

      <Card title="Download" description="ATS-friendly files: real text, standard headings, no tables or columns.">
        <ExportPanel versionId={version.id} downloads={version.downloads} look={look} onLookChange={setLook} />
      </Card>

      <VersionAtsCheck versionId={version.id} look={look} />

      {editing && (
        <Card title="Edit this version">
          <VersionEditor version={version} onCancel={stopEditing} />
        </Card>
      )}
      {!editing && (
        <Card
          title="Your resume"
          actions={
            <div className={styles.cardActions}>
              <SegmentedControl<View>
                label="Show"
                size="sm"
                value={view}
                onChange={setView}
                options={[
                  { value: 'optimized', label: 'Optimized' },
                  { value: 'compare', label: 'Compare with original' },
                  { value: 'changes', label: 'Changes' },
                ]}
              />
              <Button ref={editButton} variant="secondary" size="sm" onClick={() => setEditing(true)}>
                Edit
              </Button>
            </div>
          }
        >
          {view === 'optimized' && <ResumeSections sections={version.optimizedSections} changedPaths={changedPaths} />}
          {view === 'compare' &&
            (originalSections === undefined ? (
              <Spinner size="sm" label="Loading the original…" showLabel />
            ) : originalSections === null ? (
              <p className={common.muted}>The original resume is no longer available.</p>
            ) : (
              <div className={styles.compare}>
                <div className={styles.compareColumn}>
                  <h3 className={styles.compareTitle}>Original</h3>
                  <ResumeSections sections={originalSections} headingLevel="h3" />
                </div>
                <div className={styles.compareColumn}>
                  <h3 className={styles.compareTitle}>Optimized</h3>
                  <ResumeSections sections={version.optimizedSections} changedPaths={changedPaths} headingLevel="h3" />
                </div>
              </div>
            ))}
          {view === 'changes' &&
            (version.diff.length === 0 ? (
              <p className={common.muted}>This version keeps your resume exactly as uploaded.</p>
            ) : (
              <ol className={styles.changeList}>
                {version.diff.map((change) => (
                  <li key={change.id}>
                    <p className={styles.changeWhere}>
                      {describeChangeLocation(change)}
                      {reworded.has(change.id) && <span className={common.muted}> · your wording</span>}
                    </p>
                    <DiffView diff={change.diff} mode="inline" />
                    <p className={common.muted}>{change.reason}</p>
                  </li>
                ))}
              </ol>
            ))}
          {changedPaths.size > 0 && view !== 'changes' && (
            <p className={styles.legend}>
              <span className={styles.legendSwatch} aria-hidden="true" /> Highlighted: text your accepted changes rewrote.
            </p>
          )}
        </Card>
      )}

      <Card title="Keywords in this version">
        <KeywordChips keywords={version.keywords} />
      </Card>
    </div>
  );
}
