import { useId, type MouseEvent } from 'react';

import type { ParseWarning, ResumeDocument } from '@/lib/api-types';
import { needsCheck, openWarnings, placeWarning, type WarningPlace } from '@/lib/resume-document';

import { addLinkId, CONTACT_FIELDS, contactFieldId } from './ContactEditor';
import { controlId } from './context';
import styles from './editor.module.css';
import { keysOf } from './keys';
import { capitalize, ENTRY_SECTIONS, sectionEntries, type Entry, type SectionSpec } from './sections';

export interface Flag {
  /** Unique among the flags (a React key). */
  key: string;
  /** "Experience 2 · Company: We guessed…", or for a whole entry "Job 2: Developer at Initech". */
  label: string;
  /** Id of the control focus moves to: the field warned about, or the entry's first field. */
  target: string;
  /** A field the parser warned about, rather than a whole entry it was unsure of. */
  field: boolean;
  /** For a field: the label's first part, where it is ("Experience 2 · Company"). */
  where?: string;
}

/** The editor's order of sections, top to bottom. */
const SECTION_ORDER = [
  'contact',
  'summary',
  'experience',
  'education',
  'skills',
  'projects',
  'certifications',
  'languages',
  'awards',
  'volunteer',
  'publications',
  'custom',
];

/** Fields after an entry's own (spec.fields), in the order the card shows them. */
const PERIOD_FIELDS = ['startDate', 'endDate', 'current', 'bullets'];
const PERIOD_LABELS: Record<string, string> = {
  startDate: 'Start date',
  endDate: 'End date',
  current: 'Present',
  bullets: 'Bullets',
};

/** "postNominals" → "Post nominals": a label for a field the editor does not know. */
const humanize = (field: string) => capitalize(field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());

/** The index in `…bullets[2]` or `…links[0]` of a warning's path, if it names one. */
function indexIn(path: string, list: string): number | null {
  const match = new RegExp(`\\.${list}\\[(\\d+)\\]`).exec(path);
  return match ? Number(match[1]) : null;
}

interface Located {
  /** Read before the message: "Experience 2 · Company". */
  where: string;
  target: string;
  /** Where it sorts within its entry. */
  rank: number;
}

/** A bullet's text box (by the path's index), or the entry's "Add bullet" when there is none. */
function bulletTarget(idPrefix: string, bullets: readonly string[], ownerKey: string, path: string) {
  const at = indexIn(path, 'bullets') ?? 0;
  const key = keysOf(bullets)[at];
  return {
    where: bullets.length > 1 && indexIn(path, 'bullets') !== null ? `Bullet ${at + 1}` : 'Bullets',
    target: key ? controlId(idPrefix, key, 'text') : controlId(idPrefix, ownerKey, 'add-bullet'),
  };
}

function locateInEntry(idPrefix: string, spec: SectionSpec, entry: Entry, key: string, warning: ParseWarning): Located {
  const { field, path } = warning;
  const own = spec.fields.findIndex((candidate) => candidate.name === field);
  if (own >= 0) return { where: spec.fields[own]!.label, target: controlId(idPrefix, key, field), rank: own };
  const rank = spec.fields.length + PERIOD_FIELDS.indexOf(field);
  if (spec.period && (field === 'startDate' || field === 'endDate' || field === 'current')) {
    // A range that runs on has no end date fields: its "Present" box is what says where it ends.
    const control = field === 'startDate' ? 'start' : field === 'endDate' && !entry.current ? 'end' : 'current';
    return { where: PERIOD_LABELS[field]!, target: controlId(idPrefix, key, control), rank };
  }
  if (spec.bullets && field === 'bullets') {
    const bullet = bulletTarget(idPrefix, entry.bullets as string[], key, path);
    return { ...bullet, rank: rank * 1000 + (indexIn(path, 'bullets') ?? 0) };
  }
  return { where: humanize(field), target: controlId(idPrefix, key, spec.fields[0]!.name), rank: 999_999 };
}

/** Where in the editor a placed warning points: the words for it and the id of its control. */
function locate(doc: ResumeDocument, idPrefix: string, place: WarningPlace): Located {
  const { warning, section, index, entryIndex } = place;
  const { field, path } = warning;
  if (section === 'contact') {
    const own = CONTACT_FIELDS.findIndex((candidate) => candidate.name === field);
    if (own >= 0) {
      const { name, label } = CONTACT_FIELDS[own]!;
      return { where: `Contact · ${label}`, target: contactFieldId(idPrefix, name), rank: own };
    }
    if (field === 'links') {
      const links = doc.contact.links;
      const at = indexIn(path, 'links');
      const key = keysOf(links)[at ?? 0];
      const control = path.endsWith('.kind') ? 'kind' : 'url';
      return {
        where: at === null ? 'Contact · Links' : `Contact · Link ${at + 1}`,
        target: key ? controlId(idPrefix, key, control) : addLinkId(idPrefix),
        rank: CONTACT_FIELDS.length,
      };
    }
    return { where: `Contact · ${humanize(field)}`, target: contactFieldId(idPrefix), rank: 999 };
  }
  if (section === 'summary') return { where: 'Summary', target: `${idPrefix}-summary`, rank: 0 };
  const at = index ?? 0;
  if (section === 'skills') {
    const key = keysOf(doc.skills)[at]!;
    return field === 'group'
      ? { where: `Skill group ${at + 1} · Group name`, target: controlId(idPrefix, key, 'group'), rank: 0 }
      : { where: `Skill group ${at + 1} · Skills`, target: controlId(idPrefix, key, 'new-skill'), rank: 1 };
  }
  if (section === 'custom') {
    const custom = doc.custom[at]!;
    const sectionKey = keysOf(doc.custom)[at]!;
    const title = custom.title?.trim() || `Custom section ${at + 1}`;
    if (entryIndex === null) return { where: `${title} · Section title`, target: controlId(idPrefix, sectionKey, 'title'), rank: -1 };
    const entry = custom.entries[entryIndex]!;
    const entryKey = keysOf(custom.entries)[entryIndex]!;
    const where = `${title} · Entry ${entryIndex + 1}`;
    if (field === 'bullets') {
      const bullet = bulletTarget(idPrefix, entry.bullets, entryKey, path);
      return { where: `${where} · ${bullet.where}`, target: bullet.target, rank: entryIndex * 1000 + 1 };
    }
    return { where: `${where} · Title`, target: controlId(idPrefix, entryKey, 'title'), rank: entryIndex * 1000 };
  }
  const spec = ENTRY_SECTIONS.find((candidate) => candidate.key === section)!;
  const entries = sectionEntries(doc, spec.key);
  const inEntry = locateInEntry(idPrefix, spec, entries[at]!, keysOf(entries)[at]!, warning);
  return { ...inEntry, where: `${spec.title} ${at + 1} · ${inEntry.where}` };
}

/** Whether the editor has a place for a warning of this section. */
const editable = (section: string) =>
  ['contact', 'summary', 'skills', 'custom'].includes(section) || ENTRY_SECTIONS.some((spec) => spec.key === section);

/**
 * What to check, in document order, each pointing at its control: the fields the parser warned
 * about (still there and unchanged since `source`, the document the warnings came with), and the
 * entries it was unsure of as a whole that have no such warnings, at their first field.
 */
export function flagsOf(doc: ResumeDocument, idPrefix: string, source: ResumeDocument = doc): Flag[] {
  const ranked: { flag: Flag; order: number[] }[] = [];
  const sectionRank = (section: string) => SECTION_ORDER.indexOf(section);

  // An entry with warnings of its own lists those, not a flag for the whole of it (even once
  // they are dealt with: the user has been through the entry).
  const warned = new Set<string>();
  for (const warning of doc.warnings ?? []) {
    const place = placeWarning(doc, warning);
    if (place) warned.add(`${place.section}[${place.index ?? ''}]`);
  }

  openWarnings(doc, source).forEach((place, position) => {
    if (!editable(place.section)) return;
    const { where, target, rank } = locate(doc, idPrefix, place);
    const { path, field, message } = place.warning;
    ranked.push({
      flag: { key: `${path}|${field}|${position}`, label: `${where}: ${message}`, target, field: true, where },
      order: [sectionRank(place.section), place.index ?? 0, rank],
    });
  });

  if (needsCheck(doc.contact.confidence) && !warned.has('contact[]')) {
    const target = contactFieldId(idPrefix);
    ranked.push({ flag: { key: target, label: 'Contact details', target, field: false }, order: [0, 0, -1] });
  }
  for (const spec of ENTRY_SECTIONS) {
    if (!spec.confidence) continue;
    const entries = sectionEntries(doc, spec.key);
    const keys = keysOf(entries);
    entries.forEach((entry, index) => {
      if (!needsCheck(entry.confidence) || warned.has(`${spec.key}[${index}]`)) return;
      const what = spec.describe(entry);
      const target = controlId(idPrefix, keys[index]!, spec.fields[0]!.name);
      ranked.push({
        flag: { key: target, label: `${capitalize(spec.noun)} ${index + 1}${what ? `: ${what}` : ''}`, target, field: false },
        order: [sectionRank(spec.key), index, -1],
      });
    });
  }

  const compare = (a: number[], b: number[]) => {
    for (let at = 0; at < a.length; at++) if (a[at] !== b[at]) return a[at]! - b[at]!;
    return 0;
  };
  return ranked.sort((a, b) => compare(a.order, b.order)).map(({ flag }) => flag);
}

/** A document path's section, entry and field: `experience[1].company`, `contact.email`, `skills[0].items[2]`. */
const FIELD_PATH = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.entries\[(\d+)\])?(?:\.([A-Za-z]+))?/;

/**
 * Where the field at a document path is in the editor: the words for it ("Experience 2 ·
 * Company") and the id of its control, found as a parser warning of that field would be; for a
 * whole entry (`experience[1]`), its first field. Null when the document has no such entry, or
 * the editor no place for it.
 */
export function locateField(doc: ResumeDocument, idPrefix: string, path: string): { where: string; target: string } | null {
  const match = FIELD_PATH.exec(path);
  if (!match || !editable(match[1]!)) return null;
  const [, section, , , named] = match;
  let field = named ?? '';
  if (section === 'summary') field = 'summary';
  else if (!field) {
    // A whole entry: its first field (a custom section's, or its entry's, title).
    const spec = ENTRY_SECTIONS.find((candidate) => candidate.key === section);
    field = section === 'contact' ? 'name' : section === 'skills' ? 'items' : section === 'custom' ? 'title' : spec!.fields[0]!.name;
  }
  const place = placeWarning(doc, { path, entryId: null, field, message: '', confidence: 0 });
  if (!place) return null;
  const { where, target } = locate(doc, idPrefix, place);
  return { where, target };
}

/** What the editor's fields say about each open warning, by draft path (`experience[1].company`). */
export function warningNotesOf(doc: ResumeDocument, source: ResumeDocument = doc): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const { warning, section, index, entryIndex } of openWarnings(doc, source)) {
    let path = index === null ? '' : `${section}[${index}]`;
    if (entryIndex !== null) path += `.entries[${entryIndex}]`;
    const { field } = warning;
    if (section === 'summary') path = 'summary';
    else if (field === 'bullets' || field === 'links') {
      const at = indexIn(warning.path, field);
      if (at === null) continue;
      path = `${path || section}.${field}[${at}]${field === 'links' ? '.url' : ''}`;
    } else path = `${path || section}.${field}`;
    notes[path] = notes[path] ? `${notes[path]} ${warning.message}` : warning.message;
  }
  return notes;
}

function focusTarget(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView?.({ block: 'center' });
}

function heading(flags: readonly Flag[]): string {
  const one = flags.length === 1;
  const what = flags.some((flag) => flag.field)
    ? one
      ? 'this detail'
      : `these ${flags.length} details`
    : one
      ? 'this entry'
      : `these ${flags.length} entries`;
  return `Check ${what}: the parser was unsure it read ${one ? 'it' : 'them'} right.`;
}

/** "Check these details": links that move focus to each field or entry to check. */
export function ReviewFlags({ flags }: { flags: readonly Flag[] }) {
  const titleId = useId();
  if (flags.length === 0) return null;
  return (
    <nav className={styles.flags} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.flagsTitle}>
        {heading(flags)}
      </h3>
      <ul className={styles.flagList}>
        {flags.map((flag) => (
          <li key={flag.key}>
            <a href={`#${flag.target}`} onClick={(event) => focusTarget(event, flag.target)}>
              {flag.where ? (
                <>
                  <span className={styles.flagWhere}>{flag.where}</span>
                  {flag.label.slice(flag.where.length)}
                </>
              ) : (
                flag.label
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
