// An optimization's tips (advice that is not a change) grouped by the part of the resume they
// concern, in the resume's order, each place with what the resume says there.

import type { Change, ResumeDocument } from '@/lib/api-types';
import { formatDateRange, joinText } from '@/lib/resume-document';

import type { Tip } from '../api/optimizations';

/** The kind of each tip in a few words; a newer server's unknown code is spaced out. */
const KINDS: Record<string, string> = {
  add_a_number: 'Add a number',
  passive_opening: 'Passive opening',
  first_person: 'First person',
  long_bullet: 'Long bullet',
  cliche: 'Cliché',
  repeated_verb: 'Repeated verb',
  date_format: 'Dates',
  missing_requirement: 'Asked by the job',
};

export function tipKind(code: string): string {
  const known = KINDS[code];
  if (known) return known;
  const words = code.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A requirement of the job the resume does not show: only the user knows whether they have it. */
export const isRequirement = (tip: Pick<Tip, 'code'>) => tip.code === 'missing_requirement';

/** The resume's order of its sections; others after them, as the server listed them. */
const SECTION_ORDER = ['contact', 'summary', 'experience', 'projects', 'volunteer', 'education', 'skills', 'certifications'];

function sortKey(path: string): number[] {
  const section = /^\w+/.exec(path)?.[0] ?? '';
  const rank = SECTION_ORDER.indexOf(section);
  return [rank === -1 ? SECTION_ORDER.length : rank, ...[...path.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]))];
}

function compareKeys(a: number[], b: number[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    if (a[index] !== b[index]) return a[index]! - b[index]!;
  }
  // An entry (`experience[1]`) before its bullets.
  return a.length - b.length;
}

type Entry = Record<string, unknown>;

const textOf = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

function entryOf(doc: ResumeDocument, section: string, index: number): Entry | null {
  const list = (doc as unknown as Record<string, unknown>)[section];
  const entry = Array.isArray(list) ? list[index] : undefined;
  return typeof entry === 'object' && entry !== null ? (entry as Entry) : null;
}

/** An entry as the resume prints it: "Software Engineer, Initech · Jun 2017 – Feb 2021". */
function entryText(entry: Entry): string | null {
  const names = joinText(
    [entry.title, entry.role, entry.degree, entry.name, entry.company, entry.organization, entry.school].map(textOf),
    ', ',
  );
  const dates = formatDateRange(textOf(entry.startDate), textOf(entry.endDate), entry.current === true);
  return joinText([names, dates], ' · ') || null;
}

/**
 * What the resume says at a tip's path, when it is one item: the summary, a bullet, or an entry's
 * name and dates. Null for a whole section (`skills`) or a path the document lacks.
 */
export function currentText(doc: ResumeDocument, path: string): string | null {
  if (path === 'summary') return textOf(doc.summary);
  const bullet = /^(\w+)\[(\d+)\](?:\.entries\[(\d+)\])?\.bullets\[(\d+)\]$/.exec(path);
  if (bullet) {
    const [, section, index, customEntry, at] = bullet;
    let entry = entryOf(doc, section!, Number(index));
    if (entry && customEntry !== undefined) {
      const entries = entry.entries;
      const inner = Array.isArray(entries) ? entries[Number(customEntry)] : undefined;
      entry = typeof inner === 'object' && inner !== null ? (inner as Entry) : null;
    }
    const bullets = entry?.bullets;
    return Array.isArray(bullets) ? textOf(bullets[Number(at)]) : null;
  }
  const whole = /^(\w+)\[(\d+)\]$/.exec(path);
  if (whole) {
    const entry = entryOf(doc, whole[1]!, Number(whole[2]));
    return entry ? entryText(entry) : null;
  }
  return null;
}

export interface TipPlace {
  path: string;
  tips: Tip[];
  /** What the resume says there (the document the changes were made against), when known. */
  current: string | null;
  /**
   * The number of the change to the same item (a bullet, the summary), as the changes list shows it
   * ("Change 2"); null for a whole section, whose tips do not concern its wording.
   */
  changeNumber: number | null;
}

/**
 * The tips grouped by path, in the resume's order (the summary, each job and its bullets, …,
 * skills, certifications). `doc` is the optimization's `sourceSections`, when it has them.
 */
export function groupTips(tips: readonly Tip[], doc: ResumeDocument | null, changes: readonly Change[]): TipPlace[] {
  const byPath = new Map<string, Tip[]>();
  for (const tip of tips) {
    const list = byPath.get(tip.path);
    if (list) list.push(tip);
    else byPath.set(tip.path, [tip]);
  }
  return [...byPath.entries()]
    .map(([path, ofPath]) => {
      const item = path === 'summary' || path.includes('[');
      const index = item ? changes.findIndex((change) => change.path === path) : -1;
      return { path, tips: ofPath, current: doc ? currentText(doc, path) : null, changeNumber: index === -1 ? null : index + 1 };
    })
    .sort((a, b) => compareKeys(sortKey(a.path), sortKey(b.path)));
}
