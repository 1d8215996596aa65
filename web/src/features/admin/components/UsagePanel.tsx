import { useId } from 'react';

import { AsyncContent, Card } from '@/components/ui';

import { useUsage } from '../hooks/use-admin';

import styles from './admin.module.css';

const number = new Intl.NumberFormat();

function Stats({ label, stats }: { label: string; stats: [string, number][] }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.group}>
      <h3 id={headingId} className={styles.groupTitle}>
        {label}
      </h3>
      <dl className={styles.stats}>
        {stats.map(([name, value]) => (
          <div key={name} className={styles.stat}>
            <dt>{name}</dt>
            <dd>{number.format(value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** How much the service holds and does: accounts, resumes, jobs, optimizations and exports. */
export function UsagePanel() {
  const usage = useUsage();
  return (
    <Card title="Usage" description="Counts across every account.">
      <AsyncContent
        query={usage}
        loadingLabel="Loading usage…"
        errorTitle="We couldn't load the usage counts."
        isEmpty={() => false}
        empty={null}
      >
        {(counts) => (
          <div className={styles.stack}>
            <Stats
              label="Users"
              stats={[
                ['Total', counts.users.total],
                ['Verified', counts.users.verified],
                ['Disabled', counts.users.disabled],
                ['New in the last 7 days', counts.users.last7Days],
              ]}
            />
            <Stats
              label="Resumes"
              stats={[
                ['Total', counts.resumes.total],
                ['New in the last 7 days', counts.resumes.last7Days],
              ]}
            />
            <Stats
              label="Optimizations"
              stats={[
                ['Total', counts.optimizations.total],
                ['In the last 7 days', counts.optimizations.last7Days],
                ['Failed', counts.optimizations.failed],
              ]}
            />
            <Stats
              label="Job descriptions and exports"
              stats={[
                ['Job descriptions', counts.jobDescriptions.total],
                ['Exports', counts.exports.total],
              ]}
            />
          </div>
        )}
      </AsyncContent>
    </Card>
  );
}
