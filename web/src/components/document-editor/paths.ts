// Between the draft on screen and the document sent to the server. The draft may hold what the
// server refuses mid-edit (a bullet just added and still empty, an entry with nothing in it yet),
// so the saved copy leaves those out; the index maps recorded on the way translate the server's
// paths (`experience[1].endDate`) back to the draft, and carry the ids and confidences the server
// answers onto the draft's entries.

import type { PathIssue } from '@/lib/api-client';
import type { ResumeDocument } from '@/lib/api-types';

import { listOps } from './keys';

type Json = unknown;
type JsonObject = Record<string, Json>;

/** Draft path of a list → for each saved index, the draft index it came from. */
type IndexMaps = Map<string, number[]>;

const NOT_CONTENT = new Set(['id', 'kind', 'confidence', 'current', 'schemaVersion']);

const isObject = (value: Json): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

function hasContent(value: Json): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (isObject(value)) return Object.entries(value).some(([key, item]) => !NOT_CONTENT.has(key) && hasContent(item));
  return false;
}

const child = (path: string, key: string) => (path ? `${path}.${key}` : key);

function compact(value: Json, path: string, maps: IndexMaps): Json {
  if (Array.isArray(value)) {
    const kept: Json[] = [];
    const from: number[] = [];
    value.forEach((item, index) => {
      const out = compact(item, `${path}[${index}]`, maps);
      if (hasContent(out)) {
        kept.push(out);
        from.push(index);
      }
    });
    maps.set(path, from);
    return kept;
  }
  if (isObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, compact(item, child(path, key), maps)]));
  }
  return value;
}

function adopt(draft: Json, saved: Json, path: string, maps: IndexMaps): Json {
  if (Array.isArray(draft) && Array.isArray(saved)) {
    const from = maps.get(path);
    if (!from || from.length !== saved.length) return draft;
    const savedIndex = new Map(from.map((draftIndex, index) => [draftIndex, index]));
    return listOps.map(draft, (item, index) => {
      const at = savedIndex.get(index);
      return at === undefined ? item : adopt(item, saved[at], `${path}[${index}]`, maps);
    });
  }
  if (!isObject(draft) || !isObject(saved)) return draft;
  let next = draft;
  const set = (key: string, value: Json) => {
    if (next[key] === value) return;
    if (next === draft) next = { ...draft };
    next[key] = value;
  };
  if (typeof saved.id === 'string' && !draft.id) set('id', saved.id);
  if ('confidence' in saved || 'confidence' in draft) set('confidence', saved.confidence ?? null);
  for (const [key, value] of Object.entries(draft)) {
    if ((Array.isArray(value) && value.some(isObject)) || isObject(value)) {
      set(key, adopt(value, saved[key], child(path, key), maps));
    }
  }
  return next;
}

export interface SavePlan {
  /** What to send: the draft without empty bullets, skills and entries. */
  sections: ResumeDocument;
  /** A path in `sections` (as the server reports it) as a path in the draft. */
  toDraftPath(path: string): string;
  /** The draft with the ids and confidences of the saved answer (same keys, same text). */
  adopt(draft: ResumeDocument, saved: ResumeDocument): ResumeDocument;
}

export function planSave(draft: ResumeDocument): SavePlan {
  const maps: IndexMaps = new Map();
  // The parser's warnings are the server's: never edited here, so not sent back.
  const { warnings: _warnings, ...content } = draft;
  const sections = compact(content, '', maps) as ResumeDocument;
  return {
    sections,
    toDraftPath(path) {
      let out = '';
      for (const [, name, index] of path.matchAll(/([A-Za-z_]\w*)|\[(\d+)\]/g)) {
        if (name !== undefined) out = child(out, name);
        else out += `[${maps.get(out)?.[Number(index)] ?? Number(index)}]`;
      }
      return out;
    },
    adopt: (current, saved) => adopt(current, saved, '', maps) as ResumeDocument,
  };
}

// Paths the editor shows a message beside: a field, or else the entry holding it.
const FIELD_PATHS = [
  /^contact\.(name|postNominals|headline|email|phone|location)$/,
  /^contact\.links\[\d+\]\.url$/,
  /^summary$/,
  /^(experience|education|projects|volunteer)\[\d+\]\.(title|company|location|degree|field|school|name|url|organization|role|startDate|endDate|bullets\[\d+\])$/,
  /^(certifications|languages|awards|publications)\[\d+\]\.(name|issuer|date|language|fluency|title|awarder|summary|publisher|url)$/,
  /^skills\[\d+\]\.group$/,
  /^custom\[\d+\]\.title$/,
  /^custom\[\d+\]\.entries\[\d+\]\.(title|bullets\[\d+\])$/,
];
const ENTRY_PATH =
  /^(contact\.links\[\d+\]|contact|custom\[\d+\]\.entries\[\d+\]|(experience|education|projects|volunteer|certifications|languages|awards|publications|skills|custom)\[\d+\])/;

/** Where each problem shows: by draft path, and those the editor has no place for. */
export function placeIssues(issues: readonly PathIssue[], toDraftPath: (path: string) => string) {
  const byPath: Record<string, string> = {};
  const elsewhere: string[] = [];
  for (const issue of issues) {
    const path = toDraftPath(issue.path);
    const anchor = FIELD_PATHS.some((pattern) => pattern.test(path)) ? path : ENTRY_PATH.exec(path)?.[0];
    if (anchor) byPath[anchor] = byPath[anchor] ? `${byPath[anchor]} ${issue.message}` : issue.message;
    else elsewhere.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
  }
  return { byPath, elsewhere };
}
