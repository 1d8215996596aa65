import { describe, expect, it } from 'vitest';

import { buildParseWarning, buildResumeDocument } from '@/testing/fixtures';

import { displayName, formatDateRange, guessLinkKind, needsCheck, openWarnings, readDocument } from './resume-document';

describe('readDocument', () => {
  it('keeps a schemaVersion 2 document as it is', () => {
    const doc = buildResumeDocument();
    expect(readDocument(structuredClone(doc))).toEqual(doc);
  });

  it('reads the shape stored before schemaVersion 2 as the current one', () => {
    const legacy = {
      contact: { name: 'Ada', email: null, phone: null, location: null, links: ['https://github.com/ada'] },
      summary: '',
      experience: [{ title: 'Dev', company: 'Acme', location: null, startDate: '2020', endDate: null, current: true, bullets: ['Built it'], confidence: 0.9 }],
      education: [{ degree: 'BSc', school: 'UCL', location: null, startDate: null, endDate: '2018', confidence: 0.7 }],
      skills: ['Go', 'SQL'],
      projects: [{ name: 'Tool', bullets: [], confidence: 0.5 }],
      certifications: ['CKA'],
      other: [{ heading: 'Interests', text: 'Chess\n\nRunning' }],
    };
    const doc = readDocument(legacy);
    expect(doc.contact.links).toEqual([{ kind: 'github', url: 'https://github.com/ada' }]);
    expect(doc.summary).toBeNull();
    expect(doc.education[0]).toMatchObject({ degree: 'BSc', current: false, bullets: [], endDate: '2018' });
    expect(doc.skills).toEqual([{ group: null, items: ['Go', 'SQL'] }]);
    expect(doc.projects[0]).toMatchObject({ name: 'Tool', startDate: null, current: false });
    expect(doc.certifications).toEqual([{ name: 'CKA', issuer: null, date: null }]);
    expect(doc.custom).toEqual([
      { title: 'Interests', entries: [{ title: 'Chess', bullets: [] }, { title: 'Running', bullets: [] }] },
    ]);
    expect(doc).not.toHaveProperty('other');
    expect(doc.languages).toEqual([]);
    // Stored before post-nominals and warnings: none.
    expect(doc.contact.postNominals).toBeNull();
    expect(doc).not.toHaveProperty('warnings');
  });

  it('keeps the post-nominals and the well-formed warnings the server sent', () => {
    const warning = buildParseWarning();
    const raw = {
      ...buildResumeDocument(),
      contact: { ...buildResumeDocument().contact, postNominals: 'RN, BSN' },
      warnings: [warning, { path: 'contact.name', field: 'name', message: 'No entry id.' }, { path: 7 }, 'text'],
    };
    const doc = readDocument(raw);
    expect(doc.contact.postNominals).toBe('RN, BSN');
    expect(doc.warnings).toEqual([
      warning,
      { path: 'contact.name', entryId: null, field: 'name', message: 'No entry id.', confidence: 0 },
    ]);
  });
});

describe('openWarnings', () => {
  const company = buildParseWarning();
  const name = buildParseWarning({ path: 'contact.name', entryId: null, field: 'name', message: 'Name or headline?' });

  it('places each warning at its entry by id, wherever the entry is now', () => {
    const source = buildResumeDocument({ warnings: [company, name] });
    const moved = { ...source, experience: [source.experience[1]!, source.experience[0]!] };
    expect(openWarnings(moved, source).map(({ section, index }) => [section, index])).toEqual([
      ['experience', 0],
      ['contact', null],
    ]);
    expect(openWarnings({ ...source, experience: [source.experience[0]!] }, source).map(({ section }) => section)).toEqual([
      'contact',
    ]);
  });

  it('drops a warning once its field is changed or its entry confirmed', () => {
    const source = buildResumeDocument({ warnings: [company, name] });
    const renamed = { ...source, contact: { ...source.contact, name: 'Ada King' } };
    expect(openWarnings(renamed, source).map(({ warning }) => warning.field)).toEqual(['company']);
    const job = { ...source.experience[1]!, confidence: null };
    const confirmed = { ...source, experience: [source.experience[0]!, job] };
    expect(openWarnings(confirmed, source).map(({ warning }) => warning.field)).toEqual(['name']);
    // Another field of the entry changed: the warning stands.
    const retitled = { ...source, experience: [source.experience[0]!, { ...source.experience[1]!, title: 'Dev' }] };
    expect(openWarnings(retitled, source)).toHaveLength(2);
  });
});

describe('document helpers', () => {
  it('flags an entry below 0.6 confidence, not a confirmed one', () => {
    expect(needsCheck(0.59)).toBe(true);
    expect(needsCheck(0.6)).toBe(false);
    expect(needsCheck(null)).toBe(false);
    expect(needsCheck(undefined)).toBe(false);
  });

  it('prints the post-nominals after the name', () => {
    expect(displayName({ name: 'Ana M. Ruiz', postNominals: 'RN, BSN' })).toBe('Ana M. Ruiz, RN, BSN');
    expect(displayName({ name: 'Li Wei', postNominals: ', CPA' })).toBe('Li Wei, CPA');
    expect(displayName({ name: 'Ada Lovelace', postNominals: null })).toBe('Ada Lovelace');
    expect(displayName({ name: null, postNominals: 'PhD' })).toBe('');
  });

  it('formats month/year ranges and guesses link kinds', () => {
    expect(formatDateRange('2019-06', null, true)).toBe('Jun 2019 – Present');
    expect(formatDateRange('2014', '2018')).toBe('2014 – 2018');
    expect(guessLinkKind('https://www.linkedin.com/in/ada')).toBe('linkedin');
    expect(guessLinkKind('github.com/ada')).toBe('github');
    expect(guessLinkKind('https://ada.dev')).toBe('other');
  });
});
