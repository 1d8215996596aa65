import { Alert, Card, LinkButton, Spinner } from '@/components/ui';
import common from '@/components/ui/common.module.css';
import { cx } from '@/lib/cx';
import { describeFileError } from '@/lib/file-errors';

import { isParsing, isUnreadable, type JobDescription, type JobMetadata } from '../api/job-descriptions';

import styles from './job-descriptions.module.css';

const WORK_MODE: Record<string, string> = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site' };
const EMPLOYMENT: Record<string, string> = {
  full_time: 'Full-time',
  part_time: 'Part-time',
  contract: 'Contract',
  internship: 'Internship',
  temporary: 'Temporary',
};

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

function years(range: JobMetadata['yearsExperience']): string | null {
  if (!range || (range.min === null && range.max === null)) return null;
  if (range.min !== null && range.max !== null) return `${range.min}–${range.max} years`;
  if (range.min !== null) return `${range.min}+ years`;
  return `Up to ${range.max} years`;
}

function salary(value: JobMetadata['salary']): string | null {
  if (!value) return null;
  const format = new Intl.NumberFormat(undefined, { style: 'currency', currency: value.currency, maximumFractionDigits: 0 });
  return `${format.format(value.min)}–${format.format(value.max)} per ${value.period}`;
}

function SkillList({ skills, label, tone }: { skills: string[]; label: string; tone: 'required' | 'preferred' }) {
  if (skills.length === 0) return <p className={styles.none}>None stated.</p>;
  return (
    <ul className={common.chipList} aria-label={label}>
      {skills.map((skill) => (
        <li key={skill} className={cx(common.chip, tone === 'required' ? styles.required : styles.preferred)}>
          {skill}
        </li>
      ))}
    </ul>
  );
}

/**
 * What we extracted from a job description: the facts, the skills it asks for, and its text.
 * An uploaded file still being read, or that could not be read, shows that instead.
 */
export function JobDescriptionDetail({ jobDescription }: { jobDescription: JobDescription }) {
  if (isParsing(jobDescription)) {
    return (
      <div className={styles.reading} role="status">
        <Spinner />
        <p>Reading the file… This page updates when it is done.</p>
      </div>
    );
  }
  if (isUnreadable(jobDescription)) {
    return (
      <Alert
        tone="error"
        title="We couldn't read this file"
        action={
          <LinkButton to="/jobs/new" variant="secondary" size="sm">
            Add the job again
          </LinkButton>
        }
      >
        {jobDescription.parseError?.message ?? describeFileError('parse_failed')}
      </Alert>
    );
  }
  const { metadata } = jobDescription;
  const facts: [string, string | null][] = [
    ['Company', jobDescription.company ?? metadata.company],
    ['Location', jobDescription.location ?? metadata.location],
    ['Work mode', metadata.workMode ? WORK_MODE[metadata.workMode] ?? metadata.workMode : null],
    ['Employment', metadata.employmentType ? EMPLOYMENT[metadata.employmentType] ?? metadata.employmentType : null],
    ['Seniority', metadata.seniority ? capitalize(metadata.seniority) : null],
    ['Experience', years(metadata.yearsExperience)],
    ['Salary', salary(metadata.salary)],
  ];
  return (
    <div className={common.stack}>
      <Card title="What we extracted" description="The facts and skills an ATS would screen for.">
        <dl className={styles.facts}>
          {facts.map(([label, value]) => (
            <div key={label} className={styles.fact}>
              <dt>{label}</dt>
              <dd>{value ?? <span className={styles.none}>Not stated</span>}</dd>
            </div>
          ))}
        </dl>
        <div className={styles.skillGroups}>
          <div>
            <h3 className={styles.groupTitle}>Required skills</h3>
            <SkillList skills={metadata.requiredSkills} label="Required skills" tone="required" />
          </div>
          <div>
            <h3 className={styles.groupTitle}>Preferred skills</h3>
            <SkillList skills={metadata.preferredSkills} label="Preferred skills" tone="preferred" />
          </div>
        </div>
      </Card>
      <Card title="The posting" description="As saved, with formatting and scripts removed.">
        <p className={styles.text}>{jobDescription.sanitizedText}</p>
      </Card>
    </div>
  );
}
