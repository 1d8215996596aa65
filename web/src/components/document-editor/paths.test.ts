import { describe, expect, it } from 'vitest';

import { buildParseWarning, buildResumeDocument } from '@/testing/fixtures';

import { keysOf, listOps } from './keys';
import { placeIssues, planSave } from './paths';

describe('planSave', () => {
  it('leaves out empty bullets, skills and entries, and maps the server paths back to the draft', () => {
    const draft = buildResumeDocument();
    draft.experience = [
      { ...draft.experience[0]!, bullets: ['', 'Kept', '  '] },
      { title: null, company: '', location: null, startDate: null, endDate: null, current: false, bullets: [''] },
      draft.experience[1]!,
    ];
    const plan = planSave(draft);

    expect(plan.sections.experience.map((job) => job.id)).toEqual(['exp1', 'exp2']);
    expect(plan.sections.experience[0]!.bullets).toEqual(['Kept']);
    expect(plan.toDraftPath('experience[1].endDate')).toBe('experience[2].endDate');
    expect(plan.toDraftPath('experience[0].bullets[0]')).toBe('experience[0].bullets[1]');
    expect(plan.toDraftPath('custom[0].entries[0].title')).toBe('custom[0].entries[0].title');
    expect(plan.toDraftPath('summary')).toBe('summary');
  });

  it('takes the ids and confidences the server answered, keeping the draft text and keys', () => {
    const draft = buildResumeDocument();
    const added = listOps.insert(draft.experience, {
      title: 'Intern',
      company: null,
      location: null,
      startDate: null,
      endDate: null,
      current: false,
      bullets: [],
    });
    const doc = { ...draft, experience: added };
    const plan = planSave(doc);
    const saved = structuredClone(plan.sections);
    saved.experience[2]!.id = 'exp3';
    saved.experience[1]!.confidence = null;
    saved.contact.confidence = null;

    const adopted = plan.adopt(doc, saved);
    expect(adopted.experience.map((job) => job.id)).toEqual(['exp1', 'exp2', 'exp3']);
    expect(adopted.experience[1]!.confidence).toBeNull();
    expect(adopted.contact.confidence).toBeNull();
    expect(keysOf(adopted.experience)).toEqual(keysOf(added));
    expect(adopted.education).toBe(doc.education);
  });

  it('sends no warnings (they are the server\'s), and keeps the draft\'s through what the server answers', () => {
    const draft = buildResumeDocument({ warnings: [buildParseWarning()] });
    const plan = planSave(draft);
    expect(plan.sections).not.toHaveProperty('warnings');

    const adopted = plan.adopt(draft, { ...structuredClone(plan.sections), warnings: [] });
    expect(adopted.warnings).toBe(draft.warnings);
  });
});

describe('placeIssues', () => {
  it('puts a message at its field, else at its entry, else elsewhere', () => {
    const placed = placeIssues(
      [
        { path: 'experience[1].endDate', message: 'The end is before the start.' },
        { path: 'experience[0].current', message: 'Current with an end date.' },
        { path: 'contact.links[0].kind', message: 'Unknown link kind.' },
        { path: 'contact.postNominals', message: 'Too long.' },
        { path: 'custom[0].entries[1]', message: 'An entry with no content.' },
        { path: 'schemaVersion', message: 'Unsupported.' },
      ],
      (path) => path,
    );
    expect(placed.byPath).toEqual({
      'experience[1].endDate': 'The end is before the start.',
      'experience[0]': 'Current with an end date.',
      'contact.links[0]': 'Unknown link kind.',
      'contact.postNominals': 'Too long.',
      'custom[0].entries[1]': 'An entry with no content.',
    });
    expect(placed.elsewhere).toEqual(['schemaVersion: Unsupported.']);
  });
});
