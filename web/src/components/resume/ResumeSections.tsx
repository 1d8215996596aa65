import type { ReactNode } from 'react';

import common from '@/components/ui/common.module.css';
import type { Confidence, ParsedSections } from '@/lib/api-types';
import { cx } from '@/lib/cx';
import {
  displayName,
  formatDateRange,
  formatPartialDate,
  joinText,
  LINK_KIND_LABEL,
  needsCheck,
  openWarnings,
} from '@/lib/resume-document';

import styles from './ResumeSections.module.css';

export { formatDateRange } from '@/lib/resume-document';

interface ResumeSectionsProps {
  sections: ParsedSections;
  /** Paths (`summary`, `skills`, `experience[0].bullets[1]`…) to mark as changed. */
  changedPaths?: ReadonlySet<string>;
  /** Flag entries the parser was unsure of, so the user can check them. */
  showConfidence?: boolean;
  /** Heading level of each section's title (default h3). */
  headingLevel?: 'h2' | 'h3';
}

type Changed = (path: string) => string | undefined;

/** The parser's warnings by the entry they are about (`contact`, `experience[1]`, `custom[0].entries[2]`). */
type Notes = ReadonlyMap<string, readonly string[]>;

const NO_NOTES: Notes = new Map();

function notesOf(sections: ParsedSections): Notes {
  const notes = new Map<string, string[]>();
  for (const { warning, section, index, entryIndex } of openWarnings(sections)) {
    const at = index === null ? section : `${section}[${index}]${entryIndex === null ? '' : `.entries[${entryIndex}]`}`;
    notes.set(at, [...(notes.get(at) ?? []), warning.message]);
  }
  return notes;
}

/** "Check this entry", for an entry the parser was unsure of, with what it was unsure of. */
function Unsure({ confidence, notes = [], show }: { confidence?: Confidence; notes?: readonly string[]; show: boolean }) {
  if (!show || (notes.length === 0 && !needsCheck(confidence))) return null;
  return (
    <>
      <span className={styles.unsure}>Check this entry: the parser was unsure</span>
      {notes.length > 0 && (
        <ul className={styles.unsureNotes}>
          {notes.map((note, index) => (
            <li key={index}>{note}</li>
          ))}
        </ul>
      )}
    </>
  );
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

function Bullets({ bullets, path, changed }: { bullets: readonly string[]; path: string; changed: Changed }) {
  if (bullets.length === 0) return null;
  return (
    <ul className={styles.bullets}>
      {bullets.map((bullet, index) => (
        <li key={index} className={changed(`${path}.bullets[${index}]`)}>
          {bullet}
        </li>
      ))}
    </ul>
  );
}

interface EntryProps {
  title: string;
  meta: string;
  path: string;
  changed: Changed;
  bullets?: readonly string[];
  confidence?: Confidence;
  showConfidence: boolean;
  /** What the parser was unsure of in this entry. */
  notes?: readonly string[];
  children?: ReactNode;
}

/** One dated entry: a job, a school, a project, a volunteer role. */
function Entry({ title, meta, path, changed, bullets = [], confidence, showConfidence, notes, children }: EntryProps) {
  return (
    <article className={styles.entry}>
      <div className={styles.entryHead}>
        <p className={cx(styles.entryTitle, changed(`${path}.title`))}>{title}</p>
        {meta && <p className={styles.entryMeta}>{meta}</p>}
      </div>
      <Unsure confidence={confidence} notes={notes} show={showConfidence} />
      {children}
      <Bullets bullets={bullets} path={path} changed={changed} />
    </article>
  );
}

function Contact({
  sections,
  level,
  showConfidence,
  notes,
}: {
  sections: ParsedSections;
  level: 'h2' | 'h3';
  showConfidence: boolean;
  notes?: readonly string[];
}) {
  const { contact } = sections;
  const name = displayName(contact);
  const plain = [contact.email, contact.phone, contact.location].filter(Boolean) as string[];
  const hasAny = plain.length > 0 || contact.links.length > 0;
  return (
    <Section title="Contact" level={level}>
      <p className={styles.name}>{name || <span className={styles.missing}>No name found</span>}</p>
      {contact.headline && <p className={styles.headline}>{contact.headline}</p>}
      <Unsure confidence={contact.confidence} notes={notes} show={showConfidence} />
      {hasAny ? (
        <ul className={styles.inline}>
          {plain.map((item) => (
            <li key={item}>{item}</li>
          ))}
          {contact.links.map((link, index) => (
            <li key={`${link.url}-${index}`}>
              <span className={styles.linkKind}>{LINK_KIND_LABEL[link.kind] ?? 'Link'}:</span> {link.url}
            </li>
          ))}
        </ul>
      ) : (
        <Missing>No email, phone or location found. Recruiters and ATS filters need them at the top.</Missing>
      )}
    </Section>
  );
}

/** A resume's sections as an applicant tracking system reads them. */
export function ResumeSections({ sections, changedPaths, showConfidence = false, headingLevel = 'h3' }: ResumeSectionsProps) {
  const changed: Changed = (path) => (changedPaths?.has(path) ? styles.changed : undefined);
  const level = headingLevel;
  const notes = showConfidence ? notesOf(sections) : NO_NOTES;
  // The notes about a list shown as one (skills, certifications, languages).
  const listNotes = (section: string) =>
    [...notes].flatMap(([at, messages]) => (at.startsWith(`${section}[`) ? messages : []));

  return (
    <div className={styles.sections}>
      <Contact sections={sections} level={level} showConfidence={showConfidence} notes={notes.get('contact')} />

      <Section title="Summary" level={level}>
        <Unsure notes={notes.get('summary')} show={showConfidence} />
        {sections.summary ? (
          <p className={cx(styles.preserve, changed('summary'))}>{sections.summary}</p>
        ) : (
          <Missing>No summary found.</Missing>
        )}
      </Section>

      <Section title="Experience" level={level}>
        {sections.experience.length === 0 && <Missing>No jobs found.</Missing>}
        {sections.experience.map((job, index) => (
          <Entry
            key={job.id ?? index}
            title={joinText([job.title, job.company], ' · ') || 'Untitled role'}
            meta={joinText([formatDateRange(job.startDate, job.endDate, job.current), job.location], ' · ')}
            path={`experience[${index}]`}
            notes={notes.get(`experience[${index}]`)}
            changed={changed}
            bullets={job.bullets}
            confidence={job.confidence}
            showConfidence={showConfidence}
          />
        ))}
      </Section>

      <Section title="Education" level={level}>
        {sections.education.length === 0 && <Missing>No education found.</Missing>}
        {sections.education.map((school, index) => (
          <Entry
            key={school.id ?? index}
            title={joinText([joinText([school.degree, school.field], ', '), school.school], ' · ') || 'Untitled'}
            meta={joinText([formatDateRange(school.startDate, school.endDate, school.current), school.location], ' · ')}
            path={`education[${index}]`}
            notes={notes.get(`education[${index}]`)}
            changed={changed}
            bullets={school.bullets}
            confidence={school.confidence}
            showConfidence={showConfidence}
          />
        ))}
      </Section>

      <Section title="Skills" level={level}>
        <Unsure notes={listNotes('skills')} show={showConfidence} />
        {sections.skills.every((group) => group.items.length === 0) ? (
          <Missing>No skills section found. ATS filters look for skills there first.</Missing>
        ) : (
          <div className={cx(styles.skillGroups, changed('skills'))}>
            {sections.skills
              .filter((group) => group.items.length > 0)
              .map((group, index) => (
                <div key={group.id ?? index} className={styles.skillGroup}>
                  {group.group && <p className={styles.groupName}>{group.group}</p>}
                  <ul className={common.chipList} aria-label={group.group ?? 'Skills'}>
                    {group.items.map((skill, itemIndex) => (
                      <li key={`${skill}-${itemIndex}`} className={styles.chip}>
                        {skill}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
          </div>
        )}
      </Section>

      {sections.projects.length > 0 && (
        <Section title="Projects" level={level}>
          {sections.projects.map((project, index) => (
            <Entry
              key={project.id ?? index}
              title={project.name ?? 'Untitled project'}
              meta={joinText([formatDateRange(project.startDate, project.endDate, project.current), project.url], ' · ')}
              path={`projects[${index}]`}
            notes={notes.get(`projects[${index}]`)}
              changed={changed}
              bullets={project.bullets}
              confidence={project.confidence}
              showConfidence={showConfidence}
            />
          ))}
        </Section>
      )}

      {sections.certifications.length > 0 && (
        <Section title="Certifications" level={level}>
          <Unsure notes={listNotes('certifications')} show={showConfidence} />
          <ul className={styles.bullets}>
            {sections.certifications.map((item, index) => (
              <li key={item.id ?? index}>
                {joinText([item.name, item.issuer, formatPartialDate(item.date)], ' · ')}
              </li>
            ))}
          </ul>
        </Section>
      )}

      {sections.languages.length > 0 && (
        <Section title="Languages" level={level}>
          <Unsure notes={listNotes('languages')} show={showConfidence} />
          <ul className={styles.inline}>
            {sections.languages.map((item, index) => (
              <li key={item.id ?? index}>{joinText([item.language, item.fluency && `(${item.fluency})`], ' ')}</li>
            ))}
          </ul>
        </Section>
      )}

      {sections.awards.length > 0 && (
        <Section title="Awards" level={level}>
          {sections.awards.map((award, index) => (
            <Entry
              key={award.id ?? index}
              title={joinText([award.title, award.awarder], ' · ') || 'Untitled award'}
              meta={formatPartialDate(award.date) ?? ''}
              path={`awards[${index}]`}
            notes={notes.get(`awards[${index}]`)}
              changed={changed}
              showConfidence={showConfidence}
            >
              {award.summary && <p className={styles.preserve}>{award.summary}</p>}
            </Entry>
          ))}
        </Section>
      )}

      {sections.volunteer.length > 0 && (
        <Section title="Volunteering" level={level}>
          {sections.volunteer.map((item, index) => (
            <Entry
              key={item.id ?? index}
              title={joinText([item.role, item.organization], ' · ') || 'Untitled role'}
              meta={joinText([formatDateRange(item.startDate, item.endDate, item.current), item.location], ' · ')}
              path={`volunteer[${index}]`}
            notes={notes.get(`volunteer[${index}]`)}
              changed={changed}
              bullets={item.bullets}
              showConfidence={showConfidence}
            />
          ))}
        </Section>
      )}

      {sections.publications.length > 0 && (
        <Section title="Publications" level={level}>
          {sections.publications.map((item, index) => (
            <Entry
              key={item.id ?? index}
              title={joinText([item.name, item.publisher], ' · ') || 'Untitled publication'}
              meta={joinText([formatPartialDate(item.date), item.url], ' · ')}
              path={`publications[${index}]`}
            notes={notes.get(`publications[${index}]`)}
              changed={changed}
              showConfidence={showConfidence}
            >
              {item.summary && <p className={styles.preserve}>{item.summary}</p>}
            </Entry>
          ))}
        </Section>
      )}

      {sections.custom.map((section, sectionIndex) => (
        <Section key={section.id ?? sectionIndex} title={section.title || 'Other'} level={level}>
          <Unsure notes={notes.get(`custom[${sectionIndex}]`)} show={showConfidence} />
          {section.entries.map((entry, entryIndex) => (
            <Entry
              key={entry.id ?? entryIndex}
              title={entry.title ?? ''}
              meta=""
              path={`custom[${sectionIndex}].entries[${entryIndex}]`}
              changed={changed}
              bullets={entry.bullets}
              showConfidence={showConfidence}
              notes={notes.get(`custom[${sectionIndex}].entries[${entryIndex}]`)}
            />
          ))}
        </Section>
      ))}
    </div>
  );
}
