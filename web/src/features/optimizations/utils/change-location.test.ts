import { describe, expect, it } from 'vitest';

import { describeChangeLocation } from './change-location';

describe('describeChangeLocation', () => {
  it('names the section, entry and bullet of a change path', () => {
    expect(describeChangeLocation({ section: 'experience', path: 'experience[0].bullets[1]' })).toBe(
      'Experience · role 1 · bullet 2',
    );
    expect(describeChangeLocation({ section: 'summary', path: 'summary' })).toBe('Summary');
    expect(describeChangeLocation({ section: 'skills', path: 'skills' })).toBe('Skills');
    expect(describeChangeLocation({ section: 'custom', path: 'custom[0].entries[1].bullets[0]' })).toBe(
      'Other sections · section 1 · entry 2 · bullet 1',
    );
    expect(describeChangeLocation({ section: 'education', path: 'education[2].bullets[0]' })).toBe(
      'Education · entry 3 · bullet 1',
    );
    expect(describeChangeLocation({ section: 'experience', path: 'experience[1].bullets' })).toBe(
      'Experience · role 2 · order of bullets',
    );
  });
});
