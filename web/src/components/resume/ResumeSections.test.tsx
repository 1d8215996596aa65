import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { readDocument } from '@/lib/resume-document';
import { buildParseWarning, buildResumeDocument } from '@/testing/fixtures';

import { ResumeSections } from './ResumeSections';

describe('ResumeSections', () => {
  it('prints the post-nominals after the name', () => {
    const doc = buildResumeDocument();
    doc.contact = { ...doc.contact, name: 'Ana M. Ruiz', postNominals: 'RN, BSN' };
    render(<ResumeSections sections={doc} />);
    expect(screen.getByText('Ana M. Ruiz, RN, BSN')).toBeInTheDocument();
  });

  it('prints the name alone for a document stored before post-nominals', () => {
    const { postNominals: _postNominals, ...contact } = buildResumeDocument().contact;
    render(<ResumeSections sections={readDocument({ ...buildResumeDocument(), contact })} />);
    expect(screen.getByText('Ada Lovelace')).toBeInTheDocument();
  });

  it('marks the entries the parser warned about with what to check, only when asked to', () => {
    const doc = buildResumeDocument({
      warnings: [
        buildParseWarning({ path: 'education[0].degree', entryId: 'edu1', field: 'degree', message: 'We read “BSc” as the degree.' }),
        buildParseWarning({ path: 'skills[0]', entryId: 'skl1', field: 'items', message: 'Some skills may run together.' }),
      ],
    });
    const { rerender } = render(<ResumeSections sections={doc} />);
    expect(screen.queryByText('We read “BSc” as the degree.')).not.toBeInTheDocument();

    rerender(<ResumeSections sections={doc} showConfidence />);
    expect(screen.getByText('We read “BSc” as the degree.')).toBeInTheDocument();
    expect(screen.getByText('Some skills may run together.')).toBeInTheDocument();
    // Job 2 (confidence 0.4) and school 1 (a warning) ask to be checked.
    expect(screen.getAllByText('Check this entry: the parser was unsure')).toHaveLength(3);
  });
});
