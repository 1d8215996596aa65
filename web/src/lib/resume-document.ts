// Small facts about the resume document that the read-only view and the editor share.

import type {
  Certification,
  Confidence,
  Contact,
  ContactLink,
  CustomSection,
  LinkKind,
  ParseWarning,
  PartialDate,
  ResumeDocument,
  SkillGroup,
} from './api-types';

/** Entries the parser read with less confidence than this are flagged "Check this entry". */
export const CHECK_BELOW = 0.6;

export function needsCheck(confidence: Confidence | undefined): boolean {
  return typeof confidence === 'number' && confidence < CHECK_BELOW;
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const LINK_KIND_LABEL: Record<LinkKind, string> = {
  linkedin: 'LinkedIn',
  github: 'GitHub',
  portfolio: 'Portfolio',
  other: 'Other link',
};

/** The kind a URL reads as (the server guesses the same way when none is sent). */
export function guessLinkKind(url: string): LinkKind {
  const host = /^(?:[a-z]+:\/\/)?([^/?#]+)/i.exec(url.trim())?.[1]?.toLowerCase() ?? '';
  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) return 'linkedin';
  if (host === 'github.com' || host.endsWith('.github.com')) return 'github';
  return 'other';
}

export interface DateParts {
  year: string;
  /** "01"–"12", or "" when only the year is known. */
  month: string;
  /** "01"–"31" when the date has a day (a JSON Resume import), else "". */
  day: string;
}

export function dateParts(value: PartialDate | null | undefined): DateParts {
  const match = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value) : null;
  if (!match) return { year: '', month: '', day: '' };
  return { year: match[1]!, month: match[2] ?? '', day: match[3] ?? '' };
}

/** "Jun 2019", "2019", or null. */
export function formatPartialDate(value: PartialDate | null | undefined): string | null {
  if (!value) return null;
  const { year, month } = dateParts(value);
  if (!year) return value;
  const name = month ? MONTH_NAMES[Number(month) - 1] : undefined;
  return name ? `${name.slice(0, 3)} ${year}` : year;
}

/** "Jun 2019 – Present", "2014 – 2018", or "" when no date is known. */
export function formatDateRange(
  start: PartialDate | null | undefined,
  end: PartialDate | null | undefined,
  current = false,
): string {
  const from = formatPartialDate(start);
  const to = current ? 'Present' : formatPartialDate(end);
  if (from && to) return `${from} – ${to}`;
  return from ?? to ?? '';
}

/** Non-empty pieces joined, e.g. `joinText([title, company], ' at ')`. */
export function joinText(parts: readonly (string | null | undefined)[], separator: string): string {
  return parts.filter((part): part is string => Boolean(part && part.trim())).join(separator);
}

/** The name as printed, with the letters after it: "Ana M. Ruiz, RN, BSN"; "" without a name. */
export function displayName(contact: Pick<Contact, 'name' | 'postNominals'>): string {
  if (!contact.name?.trim()) return '';
  // A comma typed before the letters is the one that joins them.
  return joinText([contact.name.trim(), contact.postNominals?.replace(/^[\s,]+/, '')], ', ');
}

type Loose = Record<string, unknown>;

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asText = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const isLoose = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

const isWarning = (value: unknown): value is ParseWarning =>
  isLoose(value) &&
  typeof value.path === 'string' &&
  typeof value.field === 'string' &&
  typeof value.message === 'string' &&
  (value.entryId === null || value.entryId === undefined || typeof value.entryId === 'string');

/**
 * A document from the API as this app reads it: every list present, and the shape of rows
 * stored before schemaVersion 2 (skills and certifications as text, links as URLs, `other`
 * sections) read as the current one, so a page never breaks on an older answer.
 */
export function readDocument(raw: unknown): ResumeDocument {
  const doc: Loose = isLoose(raw) ? raw : {};
  const contact: Loose = isLoose(doc.contact) ? doc.contact : {};
  const objects = (key: string) => asList(doc[key]).filter(isLoose) as never[];
  // Dated entries with bullets: the fields older rows may lack.
  const dated = (key: string) =>
    asList(doc[key])
      .filter(isLoose)
      .map((entry) => ({ startDate: null, endDate: null, ...entry, current: entry.current === true, bullets: asList(entry.bullets) })) as never[];
  const looseSkills = asList(doc.skills).filter((item): item is string => typeof item === 'string');
  const legacyOther = asList(doc.other)
    .filter(isLoose)
    .map((section) => ({
      title: asText(section.heading),
      entries: String(section.text ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => ({ title: line, bullets: [] })),
    }));
  return {
    schemaVersion: 2,
    contact: {
      name: asText(contact.name),
      postNominals: asText(contact.postNominals),
      headline: asText(contact.headline),
      email: asText(contact.email),
      phone: asText(contact.phone),
      location: asText(contact.location),
      ...contact,
      links: asList(contact.links).map((link) =>
        typeof link === 'string' ? { kind: guessLinkKind(link), url: link } : (link as ContactLink),
      ),
    },
    summary: asText(doc.summary),
    experience: dated('experience'),
    education: dated('education'),
    skills: [
      ...(objects('skills') as SkillGroup[]).map((group) => ({ ...group, items: asList(group.items) as string[] })),
      ...(looseSkills.length > 0 ? [{ group: null, items: looseSkills }] : []),
    ],
    projects: dated('projects'),
    certifications: asList(doc.certifications).map((item) =>
      typeof item === 'string' ? { name: item, issuer: null, date: null } : (item as Certification),
    ),
    languages: objects('languages'),
    awards: objects('awards'),
    volunteer: dated('volunteer'),
    publications: objects('publications'),
    custom: [
      ...(objects('custom') as CustomSection[]).map((section) => ({
        ...section,
        entries: asList(section.entries)
          .filter(isLoose)
          .map((entry) => ({ title: null, ...entry, bullets: asList(entry.bullets) as string[] })),
      })),
      ...legacyOther,
    ],
    // The server's, kept as sent; a document without them has none to show.
    ...(Array.isArray(doc.warnings)
      ? {
          warnings: doc.warnings.filter(isWarning).map((warning) => ({
            ...warning,
            entryId: warning.entryId ?? null,
            confidence: typeof warning.confidence === 'number' ? warning.confidence : 0,
          })),
        }
      : {}),
  };
}

/** Where a parse warning points in one document. */
export interface WarningPlace {
  warning: ParseWarning;
  /** `contact`, `summary`, or the list holding the entry (`experience`, `skills`, `custom`…). */
  section: string;
  /** The entry's index in its list (for an entry of a custom section, its section's); else null. */
  index: number | null;
  /** The index of an entry of a custom section within it; null otherwise. */
  entryIndex: number | null;
  /** The object holding the field: the contact, the document (summary) or the entry. */
  holder: Record<string, unknown>;
}

const WARNING_PATH = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.entries\[(\d+)\])?/;

const hasId = (id: string) => (item: unknown) => isLoose(item) && item.id === id;

/**
 * Where a warning points in this document: its entry found by `entryId` wherever the entry is
 * now (moved entries move their warnings), or by the path's index when it names none. Null when
 * the entry is gone.
 */
export function placeWarning(doc: ResumeDocument, warning: ParseWarning): WarningPlace | null {
  const match = WARNING_PATH.exec(warning.path);
  if (!match) return null;
  const section = match[1]!;
  const place = { warning, section, index: null, entryIndex: null };
  if (section === 'contact') return { ...place, holder: doc.contact as unknown as Loose };
  if (section === 'summary') return { ...place, holder: doc as unknown as Loose };
  const list = (doc as unknown as Loose)[section];
  if (!Array.isArray(list)) return null;
  const inEntries = match[3] !== undefined;
  if (section === 'custom' && inEntries) {
    for (const [index, custom] of (list as CustomSection[]).entries()) {
      const byPath = Number(match[3]) < custom.entries.length ? Number(match[3]) : -1;
      // The entry by its id; by the path within a section named by its id, or by the path alone.
      const entryIndex = !warning.entryId
        ? index === Number(match[2])
          ? byPath
          : -1
        : custom.id === warning.entryId
          ? byPath
          : custom.entries.findIndex(hasId(warning.entryId));
      if (entryIndex >= 0) return { ...place, index, entryIndex, holder: custom.entries[entryIndex] as unknown as Loose };
    }
    return null;
  }
  const index = warning.entryId ? list.findIndex(hasId(warning.entryId)) : match[2] !== undefined ? Number(match[2]) : -1;
  const holder: unknown = list[index];
  return isLoose(holder) ? { ...place, index, holder } : null;
}

const fieldValue = (place: WarningPlace) => JSON.stringify(place.holder[place.warning.field] ?? null);

/** The entry's confidence was cleared since: the user confirmed it, or saved an edit of it. */
const confirmed = (then: WarningPlace, now: WarningPlace) =>
  then.holder.confidence !== null && now.holder.confidence === null;

/**
 * The warnings of `doc` still to show, placed in it: those whose entry is still there, and
 * unconfirmed, and whose field still holds what it held in `source`, the document they came with
 * (a field the user changed since is taken as dealt with). The server keeps them on the same
 * terms: a saved entry keeps its warnings only while it keeps its confidence.
 */
export function openWarnings(doc: ResumeDocument, source: ResumeDocument = doc): WarningPlace[] {
  const open: WarningPlace[] = [];
  for (const warning of doc.warnings ?? []) {
    const now = placeWarning(doc, warning);
    if (!now) continue;
    const then = source === doc ? now : placeWarning(source, warning);
    if (then && fieldValue(then) === fieldValue(now) && !confirmed(then, now)) open.push(now);
  }
  return open;
}
