// Shared pieces of the corpus generator: the seeded PRNG, the per-document variations, date
// formatting, the "view" of a person as a document prints it, and the truth (`expected`) built
// from that view.
import { createHash } from 'node:crypto';

// ---------------------------------------------------------------------------------------------
// Seeded PRNG (mulberry32), keyed on layout + person so that every document is reproducible.
export function makeRng(key) {
  let a = createHash('sha256').update(key).digest().readUInt32LE(0);
  const next = () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

// ---------------------------------------------------------------------------------------------
// Dates.
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

export const DATE_STYLES = {
  'Jun 2019': (y, m) => `${MONTHS[m - 1].slice(0, 3)} ${y}`,
  'June 2019': (y, m) => `${MONTHS[m - 1]} ${y}`,
  '06/2019': (y, m) => `${String(m).padStart(2, '0')}/${y}`,
  '2019-06': (y, m) => `${y}-${String(m).padStart(2, '0')}`,
  // "May" is already complete; nobody writes "May."
  'Jun. 2019': (y, m) => (m === 5 ? `May ${y}` : `${MONTHS[m - 1].slice(0, 3)}. ${y}`),
  '2019': (y) => `${y}`,
};
export const PRESENT_WORDS = ['Present', 'Current', 'Now', 'present'];
export const RANGE_SEPARATORS = ['–', '-', 'to', '—'];

export function parseYm(s) {
  const [y, m] = String(s).split('-').map(Number);
  return { y, m: m || 1 };
}

// The truth for a printed date: "YYYY-MM", or "YYYY" when only the year is printed.
export function truthDate(ym, yearOnly) {
  if (ym == null) return null;
  return yearOnly ? String(ym).slice(0, 4) : String(ym).slice(0, 7);
}

export function formatDate(ym, style) {
  const { y, m } = parseYm(ym);
  return DATE_STYLES[style](y, m);
}

// ---------------------------------------------------------------------------------------------
// Section headings.
export const HEADINGS = {
  summary: ['Summary', 'Profile', 'Professional Summary', 'About Me'],
  experience: ['Experience', 'Work Experience', 'Work History', 'Professional Experience',
    'Employment', 'Employment History', 'Career'],
  education: ['Education', 'Education & Training', 'Academic Background'],
  skills: ['Skills', 'Core Competencies', 'Key Skills', 'Technical Skills', 'Areas of Expertise'],
  certifications: ['Certifications', 'Licenses & Certifications', 'Licences and Certificates'],
  languages: ['Languages', 'Language Skills'],
};

export const FOOTER_STYLES = ['Page 1 of 2', '1/2', 'Name – Résumé'];

// ---------------------------------------------------------------------------------------------
// Variations chosen for one document. `caps` says which choices the engine lets us make: the
// renderer passes the set of knobs it honours, and only those are drawn and recorded.
export function chooseVariations(layoutId, person, knobs) {
  const rng = makeRng(`${layoutId}/${person.id}`);
  const has = (k) => knobs.includes(k);
  const v = { list: [] };
  const rec = (s) => v.list.push(s);
  // Draw every choice in a fixed order, whether used or not, so that adding a knob to one
  // renderer does not reshuffle the others.
  const d = {
    dateStyle: rng.pick(Object.keys(DATE_STYLES)),
    present: rng.pick(PRESENT_WORDS),
    sep: rng.pick(RANGE_SEPARATORS),
    headings: Object.fromEntries(Object.entries(HEADINGS).map(([k, l]) => [k, rng.pick(l)])),
    capsHeadings: rng.chance(0.3),
    capsName: rng.chance(0.3),
    icons: rng.chance(0.5),
    footer: rng.chance(0.5) ? rng.pick(FOOTER_STYLES) : null,
    hyphenate: rng.chance(0.5),
    graphicBullets: rng.chance(0.4),
    proseJobs: person.experience.map((_, i) => i > 0 && rng.chance(0.25)),
    swapTitleCompany: rng.chance(0.4),
    contactOneLine: rng.chance(0.5),
    headingsAsStyles: rng.chance(0.5),
    order: rng.int(6),
    sidebarLeft: rng.chance(0.5),
    seedA: rng.next(),
    seedB: rng.next(),
  };
  if (has('dates')) {
    v.dateStyle = d.dateStyle;
    v.present = d.present;
    v.sep = d.sep;
    rec(`date:${d.dateStyle}`);
    rec(`present:${d.present}`);
    rec(`range-separator:${d.sep}`);
  }
  if (has('headings')) {
    v.headings = d.headings;
    for (const [k, h] of Object.entries(d.headings)) rec(`heading:${k}=${h}`);
  } else {
    v.headings = Object.fromEntries(Object.keys(HEADINGS).map((k) => [k, HEADINGS[k][0]]));
  }
  if (has('capsHeadings') && d.capsHeadings) { v.capsHeadings = true; rec('caps-headings'); }
  if (has('capsName') && d.capsName) { v.capsName = true; rec('caps-name'); }
  if (has('icons') && d.icons) { v.icons = true; rec('icon-links'); }
  if (has('footer') && d.footer) { v.footer = d.footer; rec(`footer:${d.footer}`); }
  if (has('hyphenate') && d.hyphenate) { v.hyphenate = true; rec('hyphenation'); }
  if (has('graphicBullets') && d.graphicBullets) { v.graphicBullets = true; rec('graphic-bullets'); }
  v.proseJobs = person.experience.map(() => false);
  if (has('prose')) {
    v.proseJobs = d.proseJobs.map((p, i) => p && person.experience[i].bullets.length > 0);
    v.proseJobs.forEach((p, i) => p && rec(`prose-job:${i}`));
  }
  if (has('swap') && d.swapTitleCompany) { v.swap = true; rec('company-before-title'); }
  if (has('contactOneLine')) {
    v.contactOneLine = d.contactOneLine;
    rec(d.contactOneLine ? 'contact:one-line' : 'contact:multi-line');
  }
  if (has('headingStyles')) {
    v.headingsAsStyles = d.headingsAsStyles;
    rec(d.headingsAsStyles ? 'headings:word-styles' : 'headings:bold-paragraphs');
  }
  v.order = d.order;
  v.sidebarLeft = d.sidebarLeft;
  v.seedA = d.seedA;
  v.seedB = d.seedB;
  v.rec = rec;
  return v;
}

// ---------------------------------------------------------------------------------------------
// A person's text helpers.
export function locationText(loc, { country = true } = {}) {
  if (!loc) return '';
  const parts = [loc.city, loc.region];
  if (country && loc.country) parts.push(loc.country);
  return parts.filter(Boolean).join(', ');
}

export function fullName(person) {
  return person.postNominals ? `${person.name}, ${person.postNominals}` : person.name;
}

export function dateRange(job, v) {
  const yearOnly = v.dateStyle === '2019';
  const s = formatDate(job.start, v.dateStyle);
  const e = job.end ? formatDate(job.end, v.dateStyle) : v.present;
  const sep = v.sep === 'to' ? ' to ' : v.sep === '-' ? ' - ' : ` ${v.sep} `;
  return { start: s, end: e, text: `${s}${sep}${e}`, yearOnly };
}

// A school's years ("2014 – 2018" with the document's separator, or the end year alone).
export function schoolYears(ed, v) {
  if (!ed.start && !ed.end) return '';
  const r = dateRange({ start: ed.start ?? ed.end, end: ed.end }, { ...v, dateStyle: '2019' });
  return ed.start ? r.text : r.end;
}

// "a, b" ("Company, City"), or "a<dash>b" when `a` (or `also`) has a comma of its own and a reader
// could not tell where one ends ("Acme, Inc. — Miami, FL").
export function joinComma(a, b, { also = '', dash = ' - ' } = {}) {
  return /,/.test(a + also) ? `${a}${dash}${b}` : `${a}, ${b}`;
}

// The languages on one line: "English (Native), Igbo (Conversational)", each part through `esc`.
export function languagesLine(languages, esc = (s) => s) {
  return languages.map((l) => (l.fluency ? `${esc(l.language)} (${esc(l.fluency)})` : esc(l.language))).join(', ');
}

// Text for HTML element content and attribute values.
export function escapeHtml(s) {
  return String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// Lower-case particles and Irish patronymics that belong to the family name.
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'la', 'le', 'du', 'da', 'di', 'del', 'dos', 'ten', 'ter',
  'Ní', 'Nic', 'Ó', 'Mac']);

// "Jan van der Berg" -> ["Jan", "van der Berg"]; "Li K. Wei" -> ["Li K.", "Wei"].
export function splitFamilyName(name) {
  const words = name.split(/\s+/);
  let i = words.length - 1;
  while (i > 1 && PARTICLES.has(words[i - 1])) i--;
  return [words.slice(0, i).join(' '), words.slice(i).join(' ')];
}

export function linkLabel(link) {
  return link.url.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');
}

// ---------------------------------------------------------------------------------------------
// Truth. `opts` says what the engine printed.
// The job dates a docModel-based renderer printed, for the self-check.
export function dateChecks(m) {
  return m.jobs.flatMap((j, i) => [[`job ${i + 1} start`, j.start], [`job ${i + 1} end`, j.end]]);
}

export function expectedFor(person, v, opts = {}) {
  const yearOnly = opts.yearOnly ?? v.dateStyle === '2019';
  const exp = {
    name: person.name,
    postNominals: opts.postNominals === false ? null : person.postNominals ?? null,
    email: person.email,
    phone: person.phone,
    experience: person.experience.map((job, i) => {
      const prose = !!(opts.proseJobs ?? v.proseJobs)[i];
      const e = {
        title: job.title,
        company: job.company,
        start: truthDate(job.start, yearOnly),
        end: job.end ? truthDate(job.end, yearOnly) : null,
        current: job.end == null,
        bullets: prose ? 0 : job.bullets.length,
        prose,
      };
      return e;
    }),
    education: opts.education === false ? [] : person.education.map((ed, i) => ({
      degree: opts.degreeText ? opts.degreeText(ed, i) : ed.degree,
      school: ed.school,
    })),
    skills: opts.skills === false ? [] : person.skills.flatMap((g) => g.items),
  };
  return exp;
}

// JSON Resume 1.0 form of a person.
export function toJsonResume(person, { yearOnly = false, proseJobs = [] } = {}) {
  const d = (ym) => (ym == null ? undefined : yearOnly ? String(ym).slice(0, 4) : String(ym).slice(0, 7));
  const network = { linkedin: 'LinkedIn', github: 'GitHub', portfolio: 'Portfolio', other: 'Website' };
  return {
    basics: {
      name: fullName(person),
      label: person.headline,
      email: person.email,
      phone: person.phone,
      summary: person.summary,
      location: {
        city: person.location.city,
        region: person.location.region,
        ...(countryCodeOf(person.location.country) ? { countryCode: countryCodeOf(person.location.country) } : {}),
      },
      profiles: person.links.filter((l) => l.kind !== 'portfolio').map((l) => ({
        network: network[l.kind] ?? 'Website',
        url: l.url,
        username: l.url.replace(/\/$/, '').split('/').pop(),
      })),
      ...(person.links.find((l) => l.kind === 'portfolio') ? { url: person.links.find((l) => l.kind === 'portfolio').url } : {}),
    },
    work: person.experience.map((job, i) => ({
      name: job.company,
      position: job.title,
      location: job.location,
      startDate: d(job.start),
      ...(job.end ? { endDate: d(job.end) } : {}),
      ...(proseJobs[i] ? { summary: job.bullets.join(' ') } : { highlights: job.bullets }),
    })),
    education: person.education.map((ed) => ({
      institution: ed.school,
      ...splitDegree(ed.degree),
      location: ed.location,
      startDate: d(ed.start),
      endDate: d(ed.end),
    })),
    skills: person.skills.map((g) => ({ name: g.group, keywords: g.items })),
    certificates: (person.certifications ?? []).map((c) => ({ name: c.name, issuer: c.issuer, date: d(c.date) })),
    languages: (person.languages ?? []).map((l) => ({ language: l.language, fluency: l.fluency })),
  };
}

// "Bachelor of Science in Nursing" -> {studyType: "Bachelor of Science", area: "Nursing"}; a degree
// without " in " is all studyType.
export function splitDegree(degree) {
  const m = /^(.*?)\s+in\s+(.+)$/.exec(degree);
  return m ? { studyType: m[1], area: m[2] } : { studyType: degree, area: '' };
}

// ISO 3166 code of a country name ("United Kingdom" -> "GB"), from the ICU region names.
let countryCodes = null;
export function countryCodeOf(country) {
  if (!country) return undefined;
  if (!countryCodes) {
    countryCodes = new Map();
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (const a of A) for (const b of A) {
      try { const n = names.of(a + b); if (n && !countryCodes.has(n.toLowerCase())) countryCodes.set(n.toLowerCase(), a + b); } catch { /* not a region */ }
    }
    for (const [alias, code] of [['usa', 'US'], ['united states of america', 'US'], ['uk', 'GB'],
      ['england', 'GB'], ['scotland', 'GB'], ['wales', 'GB'], ['great britain', 'GB'],
      ['czech republic', 'CZ'], ['korea', 'KR'], ['south korea', 'KR'], ['the netherlands', 'NL'],
      ['turkey', 'TR'], ['russia', 'RU'], ['vietnam', 'VN'], ['uae', 'AE']]) countryCodes.set(alias, code);
  }
  return countryCodes.get(country.toLowerCase());
}

// ---------------------------------------------------------------------------------------------
// The document model that the LaTeX, pandoc and docx renderers print: the person with the
// variations applied (date text, heading text, capitals, prose jobs).
export function docModel(person, v) {
  const caps = (s) => (v.capsHeadings ? s.toUpperCase() : s);
  const heading = (k) => caps(v.headings[k]);
  const eduRange = (ed) => {
    if (!ed.start && !ed.end) return '';
    const r = dateRange({ start: ed.start ?? ed.end, end: ed.end }, v);
    return ed.start ? r.text : r.end;
  };
  return {
    name: v.capsName ? person.name.toUpperCase() : person.name,
    postNominals: person.postNominals ?? null,
    displayName: (v.capsName ? person.name.toUpperCase() : person.name) + (person.postNominals ? `, ${person.postNominals}` : ''),
    headline: person.headline,
    email: person.email,
    phone: person.phone,
    location: locationText(person.location),
    links: person.links.map((l) => ({ ...l, label: linkLabel(l) })),
    summary: person.summary ?? null,
    heading,
    jobs: person.experience.map((job, i) => {
      const r = dateRange(job, v);
      return {
        title: job.title,
        company: job.company,
        location: job.location ?? '',
        dates: r.text,
        start: r.start,
        end: r.end,
        prose: v.proseJobs[i] ? job.bullets.join(' ') : null,
        // (A copy: pdfmake turns the items of a list it lays out into objects of its own, in place,
        // and the people are shared by every layout of the run.)
        bullets: v.proseJobs[i] ? [] : [...job.bullets],
      };
    }),
    education: person.education.map((ed) => ({
      degree: ed.degree, school: ed.school, location: ed.location ?? '', dates: eduRange(ed),
    })),
    skills: person.skills.map((g) => ({ group: g.group ?? '', items: [...g.items] })),
    certifications: (person.certifications ?? []).map((c) => ({
      name: c.name, issuer: c.issuer ?? '', date: c.date ? formatDate(c.date, v.dateStyle) : '',
    })),
    languages: (person.languages ?? []).map((l) => ({ language: l.language, fluency: l.fluency ?? '' })),
  };
}
