import { describe, expect, it } from 'vitest';

import type { Change } from '@/lib/api-types';
import { readDocument } from '@/lib/resume-document';

import { currentText, groupTips, tipKind } from './tips';

const doc = readDocument({
  summary: '',
  experience: [{ title: 'Nurse', company: 'St Mary', startDate: '2019-06', current: true, bullets: ['Cared for patients'] }],
  projects: [{ name: 'Rota app', bullets: ['Built a rota app'] }],
  custom: [{ title: 'Interests', entries: [{ title: 'Running', bullets: ['Ran a marathon'] }] }],
});

describe('currentText', () => {
  it('reads a bullet, an entry, or nothing for a whole section, an empty summary or a path the document lacks', () => {
    expect(currentText(doc, 'experience[0].bullets[0]')).toBe('Cared for patients');
    expect(currentText(doc, 'projects[0].bullets[0]')).toBe('Built a rota app');
    expect(currentText(doc, 'custom[0].entries[0].bullets[0]')).toBe('Ran a marathon');
    expect(currentText(doc, 'experience[0]')).toBe('Nurse, St Mary · Jun 2019 – Present');
    expect(currentText(doc, 'summary')).toBeNull();
    expect(currentText(doc, 'skills')).toBeNull();
    expect(currentText(doc, 'experience[3].bullets[0]')).toBeNull();
    expect(currentText(doc, 'experience[0].bullets[5]')).toBeNull();
  });
});

describe('groupTips', () => {
  it('keeps the server’s order within a place and among unknown sections, and numbers the change at a place', () => {
    const change = { id: 'c1', path: 'experience[0].bullets[0]' } as Change;
    const places = groupTips(
      [
        { code: 'newer_code', path: 'awards', message: 'A' },
        { code: 'cliche', path: 'experience[0].bullets[0]', message: 'B' },
        { code: 'add_a_number', path: 'experience[0].bullets[0]', message: 'C' },
        { code: 'date_format', path: 'experience[0]', message: 'D' },
        { code: 'missing_requirement', path: 'skills', message: 'E' },
      ],
      doc,
      [{ ...change, id: 'c0', path: 'skills' }, change],
    );
    expect(places.map((place) => [place.path, place.tips.map((tip) => tip.message).join(''), place.changeNumber])).toEqual([
      ['experience[0]', 'D', null],
      ['experience[0].bullets[0]', 'BC', 2],
      // A change to the skills is no change to what a requirement tip says.
      ['skills', 'E', null],
      ['awards', 'A', null],
    ]);
  });

  it('names a newer server’s unknown kind in words', () => {
    expect(tipKind('cliche')).toBe('Cliché');
    expect(tipKind('weak_verb')).toBe('Weak verb');
  });
});
