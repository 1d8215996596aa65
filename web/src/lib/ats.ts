// An ATS report in the user's words: field paths as labels ("Job 1 · Employer"), the report's
// paths as the editor's (its skills are counted across groups), the score worked out, and how to
// wait while the server prepares another report of the user's (429 with Retry-After).

import { isApiError } from '@/lib/api-client';
import { ATS_SEVERITIES, type AtsFinding, type AtsReading, type AtsSeverity, type ResumeDocument } from '@/lib/api-types';
import { formatPartialDate } from '@/lib/resume-document';

/** What one distinct finding code of each severity takes off the score (docs/ats.md). */
export const SEVERITY_WEIGHT: Record<AtsSeverity, number> = { blocker: 20, warning: 7, tip: 2 };

/** "Job 2", "Education 1": how an entry of each section is named. */
const ENTRY_NOUNS: Record<string, string> = {
  experience: 'Job',
  education: 'Education',
  projects: 'Project',
  volunteer: 'Volunteer role',
  certifications: 'Certification',
  languages: 'Language',
  awards: 'Award',
  publications: 'Publication',
  custom: 'Section',
  skills: 'Skill',
};

const FIELD_WORDS: Record<string, Record<string, string>> = {
  contact: {
    name: 'Name',
    email: 'Email',
    phone: 'Phone',
    location: 'Location',
    headline: 'Headline',
    postNominals: 'Post-nominals',
  },
  experience: { title: 'Job title', company: 'Employer' },
  education: { school: 'School', degree: 'Degree', field: 'Field of study' },
};

const COMMON_FIELDS: Record<string, string> = {
  location: 'Location',
  startDate: 'Start date',
  endDate: 'End date',
  title: 'Title',
  name: 'Name',
  date: 'Date',
};

/** "postNominals" → "Post nominals". */
function humanize(word: string): string {
  const spaced = word.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

const PATH = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.([A-Za-z]+))?$/;

/** An entry path (`experience[1]`) as words ("Job 2"); null for anything else. */
export function entryLabel(path: string): string | null {
  const match = /^([A-Za-z]+)\[(\d+)\]$/.exec(path);
  if (!match) return null;
  const noun = ENTRY_NOUNS[match[1]!] ?? humanize(match[1]!);
  return `${noun} ${Number(match[2]) + 1}`;
}

/** A report field's path in words: "Name", "Job 1 · Employer", "Education 2 · School", "Skill 4". */
export function fieldLabel(path: string): string {
  const match = PATH.exec(path);
  if (!match) return path;
  const [, section, index, field] = match;
  const words = (name: string) => FIELD_WORDS[section!]?.[name] ?? COMMON_FIELDS[name] ?? humanize(name);
  if (index === undefined) return field ? words(field) : humanize(section!);
  const entry = entryLabel(`${section}[${index}]`)!;
  return field ? `${entry} · ${words(field)}` : entry;
}

/** Where a finding is, as a sentence start: "Page 2", "Page header", "Job 2". */
export function whereLabel(where: string): string {
  const entry = entryLabel(where);
  if (entry) return entry;
  return where.charAt(0).toUpperCase() + where.slice(1);
}

const isDatePath = (path: string) => /\.(startDate|endDate|date)$/.test(path);

/** A value of the report as the user reads it: dates as "Mar 2021", an end that runs on as "Present". */
export function formatFieldValue(path: string, value: string): string {
  if (!isDatePath(path)) return value;
  if (value.toLowerCase() === 'present') return 'Present';
  return formatPartialDate(value) ?? value;
}

/**
 * The report's path as the document's: `skills[3]`, the fourth skill across the groups, is
 * `skills[1].items[0]` when the first group has three. Null when the document has no such skill.
 */
export function documentPath(path: string, doc: ResumeDocument): string | null {
  const skill = /^skills\[(\d+)\]$/.exec(path);
  if (!skill) return path;
  let left = Number(skill[1]);
  for (const [group, { items }] of doc.skills.entries()) {
    if (left < items.length) return `skills[${group}].items[${left}]`;
    left -= items.length;
  }
  return null;
}

/** An entry of the document the finding is about (`experience[1]`), if it names one. */
export function findingEntry(finding: Pick<AtsFinding, 'where'>): string | null {
  return entryLabel(finding.where) ? finding.where : null;
}

export interface ScoreStep {
  severity: AtsSeverity;
  /** Distinct codes of this severity: each kind of problem counts once. */
  kinds: number;
  points: number;
}

export interface ScoreWorking {
  /** round(100 × fieldsOk / fieldsTotal); 100 when there is no field to check. */
  read: number;
  steps: ScoreStep[];
  /** The sum, kept within 0–100. */
  total: number;
  /** The working gives the server's score (else the server counts another way: show no sum). */
  matches: boolean;
}

/** The score worked out from the report's own figures, as docs/ats.md defines it. */
export function workOutScore(report: Pick<AtsReading, 'score' | 'fieldsOk' | 'fieldsTotal' | 'findings'>): ScoreWorking {
  const read = report.fieldsTotal > 0 ? Math.round((100 * report.fieldsOk) / report.fieldsTotal) : 100;
  const steps = ATS_SEVERITIES.map((severity) => {
    const kinds = new Set(report.findings.filter((finding) => finding.severity === severity).map((finding) => finding.code)).size;
    return { severity, kinds, points: kinds * SEVERITY_WEIGHT[severity] };
  });
  const total = Math.min(100, Math.max(0, read - steps.reduce((sum, step) => sum + step.points, 0)));
  return { read, steps, total, matches: total === report.score };
}

/** One plain sentence on what the score means. */
export function scoreVerdict(report: Pick<AtsReading, 'score' | 'counts'>): string {
  if (report.counts.blocker > 0) return 'Something in this file can stop an applicant tracking system from reading it: fix the blockers first.';
  if (report.score >= 90) return 'An applicant tracking system reads this file well.';
  if (report.score >= 75) return 'An applicant tracking system reads most of this file; a few things could still go wrong.';
  if (report.score >= 50) return 'An applicant tracking system misses or misreads parts of this file.';
  return 'An applicant tracking system would have real trouble reading this file.';
}

/** "1 blocker", "2 warnings", "no tips". */
export function countWords(count: number, severity: AtsSeverity): string {
  const noun = count === 1 ? severity : `${severity}s`;
  return `${count === 0 ? 'no' : count} ${noun}`;
}

/** While another report of the user's is being prepared (429), try again this many times. */
export const BUSY_RETRIES = 5;

/** The server is preparing another report of this user's (429 too_many_requests). */
export const isBusy = (error: unknown): boolean => isApiError(error) && error.status === 429;

/** How long the server asked to wait before the next try (Retry-After), at least a second. */
export function busyDelaySeconds(error: unknown): number {
  return Math.max(1, (isApiError(error) ? error.retryAfterSeconds : undefined) ?? 2);
}

/** TanStack Query's retry options for a report: after a 429 only, after the server's Retry-After. */
export const busyRetry = {
  retry: (failures: number, error: unknown) => isBusy(error) && failures < BUSY_RETRIES,
  retryDelay: (_failures: number, error: unknown) => busyDelaySeconds(error) * 1000,
};

/** While a report is fetched: waiting to try again after a 429, for how long, and which try. */
export function busyWaiting(fetching: boolean, failureReason: unknown, failureCount: number): { seconds: number; attempt: number } | null {
  return fetching && isBusy(failureReason) ? { seconds: busyDelaySeconds(failureReason), attempt: failureCount } : null;
}
