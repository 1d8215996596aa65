// What the editor shows for each section of entries: its fields, whether entries have dates,
// bullets and a parser confidence, and how an empty entry starts.

import type { ResumeDocument } from '@/lib/api-types';
import { joinText } from '@/lib/resume-document';

export type EntrySectionKey =
  | 'experience'
  | 'education'
  | 'projects'
  | 'volunteer'
  | 'certifications'
  | 'languages'
  | 'awards'
  | 'publications';

/** Any entry, seen field by field. */
export type Entry = Record<string, unknown> & { id?: string; confidence?: number | null };

export interface FieldSpec {
  name: string;
  label: string;
  kind?: 'text' | 'url' | 'textarea' | 'date';
}

export interface SectionSpec {
  key: EntrySectionKey;
  title: string;
  /** "job": in "Add job", "Job 2", "Move job 2 up". */
  noun: string;
  fields: readonly FieldSpec[];
  period?: boolean;
  bullets?: boolean;
  /** Entries carry the parser's confidence (and may be flagged). */
  confidence?: boolean;
  empty: () => Entry;
  /** A short description of an entry, for the list of entries to check. */
  describe: (entry: Entry) => string;
}

const text = (entry: Entry, name: string) => (typeof entry[name] === 'string' ? (entry[name] as string) : null);
const period = { startDate: null, endDate: null, current: false };

export const ENTRY_SECTIONS: readonly SectionSpec[] = [
  {
    key: 'experience',
    title: 'Experience',
    noun: 'job',
    fields: [
      { name: 'title', label: 'Job title' },
      { name: 'company', label: 'Company' },
      { name: 'location', label: 'Location' },
    ],
    period: true,
    bullets: true,
    confidence: true,
    empty: () => ({ title: null, company: null, location: null, ...period, bullets: [] }),
    describe: (entry) => joinText([text(entry, 'title'), text(entry, 'company')], ' at '),
  },
  {
    key: 'education',
    title: 'Education',
    noun: 'school',
    fields: [
      { name: 'school', label: 'School' },
      { name: 'degree', label: 'Degree' },
      { name: 'field', label: 'Field of study' },
      { name: 'location', label: 'Location' },
    ],
    period: true,
    bullets: true,
    confidence: true,
    empty: () => ({ degree: null, field: null, school: null, location: null, ...period, bullets: [] }),
    describe: (entry) => joinText([text(entry, 'degree'), text(entry, 'school')], ', '),
  },
  {
    key: 'projects',
    title: 'Projects',
    noun: 'project',
    fields: [
      { name: 'name', label: 'Project name' },
      { name: 'url', label: 'Link', kind: 'url' },
    ],
    period: true,
    bullets: true,
    confidence: true,
    empty: () => ({ name: null, url: null, ...period, bullets: [] }),
    describe: (entry) => text(entry, 'name') ?? '',
  },
  {
    key: 'volunteer',
    title: 'Volunteering',
    noun: 'volunteer role',
    fields: [
      { name: 'role', label: 'Role' },
      { name: 'organization', label: 'Organization' },
      { name: 'location', label: 'Location' },
    ],
    period: true,
    bullets: true,
    empty: () => ({ organization: null, role: null, location: null, ...period, bullets: [] }),
    describe: (entry) => joinText([text(entry, 'role'), text(entry, 'organization')], ' at '),
  },
  {
    key: 'certifications',
    title: 'Certifications',
    noun: 'certification',
    fields: [
      { name: 'name', label: 'Certification' },
      { name: 'issuer', label: 'Issued by' },
      { name: 'date', label: 'Date', kind: 'date' },
    ],
    empty: () => ({ name: null, issuer: null, date: null }),
    describe: (entry) => text(entry, 'name') ?? '',
  },
  {
    key: 'languages',
    title: 'Languages',
    noun: 'language',
    fields: [
      { name: 'language', label: 'Language' },
      { name: 'fluency', label: 'Fluency' },
    ],
    empty: () => ({ language: null, fluency: null }),
    describe: (entry) => text(entry, 'language') ?? '',
  },
  {
    key: 'awards',
    title: 'Awards',
    noun: 'award',
    fields: [
      { name: 'title', label: 'Award' },
      { name: 'awarder', label: 'Awarded by' },
      { name: 'date', label: 'Date', kind: 'date' },
      { name: 'summary', label: 'Description', kind: 'textarea' },
    ],
    empty: () => ({ title: null, awarder: null, date: null, summary: null }),
    describe: (entry) => text(entry, 'title') ?? '',
  },
  {
    key: 'publications',
    title: 'Publications',
    noun: 'publication',
    fields: [
      { name: 'name', label: 'Title' },
      { name: 'publisher', label: 'Publisher' },
      { name: 'date', label: 'Date', kind: 'date' },
      { name: 'url', label: 'Link', kind: 'url' },
      { name: 'summary', label: 'Description', kind: 'textarea' },
    ],
    empty: () => ({ name: null, publisher: null, date: null, url: null, summary: null }),
    describe: (entry) => text(entry, 'name') ?? '',
  },
];

export function sectionEntries(doc: ResumeDocument, key: EntrySectionKey): Entry[] {
  return doc[key] as unknown as Entry[];
}

export const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
