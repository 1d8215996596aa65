import { describe, expect, it } from 'vitest';

import { buildResumeDocument } from '@/testing/fixtures';

import { formatDateRange, guessLinkKind, needsCheck, readDocument } from './resume-document';

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
  });
});

describe('document helpers', () => {
  it('flags an entry below 0.6 confidence, not a confirmed one', () => {
    expect(needsCheck(0.59)).toBe(true);
    expect(needsCheck(0.6)).toBe(false);
    expect(needsCheck(null)).toBe(false);
    expect(needsCheck(undefined)).toBe(false);
  });

  it('formats month/year ranges and guesses link kinds', () => {
    expect(formatDateRange('2019-06', null, true)).toBe('Jun 2019 – Present');
    expect(formatDateRange('2014', '2018')).toBe('2014 – 2018');
    expect(guessLinkKind('https://www.linkedin.com/in/ada')).toBe('linkedin');
    expect(guessLinkKind('github.com/ada')).toBe('github');
    expect(guessLinkKind('https://ada.dev')).toBe('other');
  });
});
