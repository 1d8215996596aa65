import type { ReactNode } from 'react';

import type { ParsedSections } from '@/lib/api-types';
import common from '@/components/ui/common.module.css';
import { cx } from '@/lib/cx';

import styles from './ResumeSections.module.css';

interface ResumeSectionsProps {
  sections: ParsedSections;
  /** Paths (`summary`, `skills`, `experience[0].bullets[1]`…) to mark as changed. */
  changedPaths?: ReadonlySet<string>;
  /** Flag entries the parser was unsure of, so the user can check them. */
  showConfidence?: boolean;
  /** Heading level of each section's title (default h3). */
  headingLevel?: 'h2' | 'h3';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function formatPartialDate(value: string | null): string | null {
  if (!value) return null;
  const [year, month] = value.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  return monthName ? `${monthName} ${year}` : (year ?? null);
}

export function formatDateRange(start: string | null, end: string | null, current = false): string {
  const from = formatPartialDate(start);
  const to = current ? 'Present' : formatPartialDate(end);
  if (from && to) return `${from} – ${to}`;
  return from ?? to ?? '';
}

function Unsure({ confidence, show }: { confidence: number; show: boolean }) {
  if (!show || confidence >= 0.8) return null;
  return <span className={styles.unsure}>Check this entry: the parser was unsure</span>;
}

function Section({ title, level, children }: { title: string; level: 'h2' | 'h3'; children: ReactNode }) {
  const Heading = level;
  return (
    <section className={styles.section}>
      <Heading className={styles.heading}>{title}</Heading>
      {children}
    </section>
  );
}

function Missing({ children }: { children: ReactNode }) {
  return <p className={styles.missing}>{children}</p>;
}

/** A resume's sections as an applicant tracking system reads them. */
export function ResumeSections({ sections, changedPaths, showConfidence = false, headingLevel = 'h3' }: ResumeSectionsProps) {
  const changed = (path: string) => (changedPaths?.has(path) ? styles.changed : undefined);
  const { contact } = sections;
  const contactItems = [contact.email, contact.phone, contact.location, ...contact.links].filter(Boolean) as string[];

  return (
    <div className={styles.sections}>
      <Section title="Contact" level={headingLevel}>
        <p className={styles.name}>{contact.name ?? <span className={styles.missing}>No name found</span>}</p>
        {contactItems.length > 0 ? (
          <ul className={styles.inline}>
            {contactItems.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : (
          <Missing>No email, phone or location found. Recruiters and ATS filters need them at the top.</Missing>
        )}
      </Section>

      <Section title="Summary" level={headingLevel}>
        {sections.summary ? (
          <p className={changed('summary')}>{sections.summary}</p>
        ) : (
          <Missing>No summary found.</Missing>
        )}
      </Section>

      <Section title="Experience" level={headingLevel}>
        {sections.experience.length === 0 && <Missing>No jobs found.</Missing>}
        {sections.experience.map((job, jobIndex) => (
          <article key={jobIndex} className={styles.entry}>
            <div className={styles.entryHead}>
              <p className={styles.entryTitle}>
                {[job.title, job.company].filter(Boolean).join(' · ') || 'Untitled role'}
              </p>
              <p className={styles.entryMeta}>
                {[formatDateRange(job.startDate, job.endDate, job.current), job.location].filter(Boolean).join(' · ')}
              </p>
            </div>
            <Unsure confidence={job.confidence} show={showConfidence} />
            {job.bullets.length > 0 && (
              <ul className={styles.bullets}>
                {job.bullets.map((bullet, bulletIndex) => (
                  <li key={bulletIndex} className={changed(`experience[${jobIndex}].bullets[${bulletIndex}]`)}>
                    {bullet}
                  </li>
                ))}
              </ul>
            )}
          </article>
        ))}
      </Section>

      <Section title="Education" level={headingLevel}>
        {sections.education.length === 0 && <Missing>No education found.</Missing>}
        {sections.education.map((school, index) => (
          <article key={index} className={styles.entry}>
            <div className={styles.entryHead}>
              <p className={styles.entryTitle}>{[school.degree, school.school].filter(Boolean).join(' · ') || 'Untitled'}</p>
              <p className={styles.entryMeta}>
                {[formatDateRange(school.startDate, school.endDate), school.location].filter(Boolean).join(' · ')}
              </p>
            </div>
            <Unsure confidence={school.confidence} show={showConfidence} />
            {school.bullets && school.bullets.length > 0 && (
              <ul className={styles.bullets}>
                {school.bullets.map((bullet, bulletIndex) => (
                  <li key={bulletIndex} className={changed(`education[${index}].bullets[${bulletIndex}]`)}>
                    {bullet}
                  </li>
                ))}
              </ul>
            )}
          </article>
        ))}
      </Section>

      <Section title="Skills" level={headingLevel}>
        {sections.skills.length === 0 ? (
          <Missing>No skills section found. ATS filters look for skills there first.</Missing>
        ) : (
          <ul className={cx(common.chipList, changed('skills'))}>
            {sections.skills.map((skill) => (
              <li key={skill} className={styles.chip}>
                {skill}
              </li>
            ))}
          </ul>
        )}
      </Section>

      {sections.projects.length > 0 && (
        <Section title="Projects" level={headingLevel}>
          {sections.projects.map((project, index) => (
            <article key={index} className={styles.entry}>
              <p className={styles.entryTitle}>{project.name ?? 'Untitled project'}</p>
              <Unsure confidence={project.confidence} show={showConfidence} />
              <ul className={styles.bullets}>
                {project.bullets.map((bullet, bulletIndex) => (
                  <li key={bulletIndex} className={changed(`projects[${index}].bullets[${bulletIndex}]`)}>
                    {bullet}
                  </li>
                ))}
              </ul>
            </article>
          ))}
        </Section>
      )}

      {sections.certifications.length > 0 && (
        <Section title="Certifications" level={headingLevel}>
          <ul className={styles.bullets}>
            {sections.certifications.map((certification) => (
              <li key={certification}>{certification}</li>
            ))}
          </ul>
        </Section>
      )}

      {sections.other.map((other, index) => (
        <Section key={index} title={other.heading || 'Other'} level={headingLevel}>
          <p className={cx(styles.preserve, changed(`other[${index}].text`))}>{other.text}</p>
        </Section>
      ))}
    </div>
  );
}
