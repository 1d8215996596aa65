import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { ParseWarning, ResumeDocument } from '@/lib/api-types';
import { buildParseWarning, buildResumeDocument } from '@/testing/fixtures';

import { DocumentEditor } from './DocumentEditor';
import { flagsOf } from './ReviewFlags';
import { useDocumentDraft } from './use-document-draft';

const NAME_WARNING = buildParseWarning({
  path: 'contact.name',
  entryId: null,
  field: 'name',
  message: 'We could not tell the name apart from the headline.',
  confidence: 0.4,
});
const COMPANY_WARNING = buildParseWarning();
const DEGREE_WARNING = buildParseWarning({
  path: 'education[0].degree',
  entryId: 'edu1',
  field: 'degree',
  message: 'We read “BSc” as the degree.',
  confidence: 0.5,
});
const START_WARNING = buildParseWarning({
  path: 'experience[0].startDate',
  entryId: 'exp1',
  field: 'startDate',
  message: 'This may be when the job ended.',
  confidence: 0.5,
});
const SKILLS_WARNING = buildParseWarning({
  path: 'skills[0]',
  entryId: 'skl1',
  field: 'items',
  message: 'Some skills may run together.',
  confidence: 0.55,
});

/** The document with these warnings, as the server sends them (out of document order). */
const withWarnings = (...warnings: ParseWarning[]) => buildResumeDocument({ warnings });

/** The editor as the resume page uses it: a draft with undo, the list of what to check at the top. */
function Editor({ initial }: { initial: ResumeDocument }) {
  const draft = useDocumentDraft(initial);
  return (
    <>
      <DocumentEditor value={draft.doc} onChange={draft.change} showFlagList />
      <button type="button" onClick={draft.undo}>
        Undo last change
      </button>
    </>
  );
}

function renderEditor(doc: ResumeDocument) {
  const user = userEvent.setup();
  render(<Editor initial={doc} />);
  const list = () => screen.getByRole('navigation', { name: /^Check/ });
  const links = () => within(list()).getAllByRole('link').map((link) => link.textContent);
  return { user, list, links };
}

describe('What the parser was unsure of', { timeout: 20_000 }, () => {
  it('lists each warning in document order, by section, entry and field, under a heading', () => {
    const { list, links } = renderEditor(
      withWarnings(SKILLS_WARNING, COMPANY_WARNING, DEGREE_WARNING, NAME_WARNING, START_WARNING),
    );

    expect(within(list()).getByRole('heading', { name: 'Check these 5 details: the parser was unsure it read them right.' })).toBeInTheDocument();
    expect(links()).toEqual([
      'Contact · Full name: We could not tell the name apart from the headline.',
      'Experience 1 · Start date: This may be when the job ended.',
      'Experience 2 · Company: We guessed which part of this line is the employer.',
      'Education 1 · Degree: We read “BSc” as the degree.',
      'Skill group 1 · Skills: Some skills may run together.',
    ]);
    // Job 2 is also unsure as a whole (confidence 0.4): its field warning stands in for it.
    expect(within(list()).queryByRole('link', { name: /^Job 2/ })).not.toBeInTheDocument();
    for (const link of within(list()).getAllByRole('link')) expect(link).toHaveAttribute('href', expect.stringMatching(/^#doc/));
  });

  it('moves focus to exactly the field each warning is about, which says what to check', async () => {
    const { user, list } = renderEditor(withWarnings(COMPANY_WARNING, NAME_WARNING, DEGREE_WARNING, START_WARNING, SKILLS_WARNING));

    await user.click(within(list()).getByRole('link', { name: /^Contact · Full name/ }));
    const name = screen.getByRole('textbox', { name: 'Full name' });
    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription('Check this: We could not tell the name apart from the headline.');

    await user.click(within(list()).getByRole('link', { name: /^Experience 2 · Company/ }));
    const company = screen.getByRole('textbox', { name: 'Company, job 2' });
    expect(company).toHaveFocus();
    expect(company).toHaveValue('Initech');
    expect(company).toHaveAccessibleDescription(/We guessed which part of this line is the employer\./);

    await user.click(within(list()).getByRole('link', { name: /^Education 1 · Degree/ }));
    expect(screen.getByRole('textbox', { name: 'Degree, school 1' })).toHaveFocus();

    await user.click(within(list()).getByRole('link', { name: /^Experience 1 · Start date/ }));
    expect(screen.getByRole('combobox', { name: 'Start month, job 1' })).toHaveFocus();

    await user.click(within(list()).getByRole('link', { name: /^Skill group 1 · Skills/ }));
    expect(screen.getByRole('textbox', { name: 'Add a skill to skill group 1' })).toHaveFocus();
  });

  it('follows an entry that moves, and drops the warning of an entry that is removed', async () => {
    const { user, list, links } = renderEditor(withWarnings(COMPANY_WARNING, DEGREE_WARNING));

    await user.click(screen.getByRole('button', { name: 'Move job 2 up' }));
    expect(links()[0]).toBe('Experience 1 · Company: We guessed which part of this line is the employer.');
    await user.click(within(list()).getByRole('link', { name: /^Experience 1 · Company/ }));
    expect(screen.getByRole('textbox', { name: 'Company, job 1' })).toHaveValue('Initech');
    expect(screen.getByRole('textbox', { name: 'Company, job 1' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Remove job 1' }));
    expect(links()).toEqual(['Education 1 · Degree: We read “BSc” as the degree.']);
    expect(within(list()).getByRole('heading')).toHaveTextContent('Check this detail: the parser was unsure it read it right.');
  });

  it('hides the warning of a field changed since, and shows it again when the change is undone', async () => {
    const { user, links } = renderEditor(withWarnings(COMPANY_WARNING, NAME_WARNING));

    const company = screen.getByRole('textbox', { name: 'Company, job 2' });
    await user.type(company, '!');
    expect(links()).toEqual(['Contact · Full name: We could not tell the name apart from the headline.']);
    expect(company).not.toHaveAccessibleDescription(/employer/);

    await user.type(screen.getByRole('textbox', { name: 'Full name' }), '!');
    expect(screen.queryByRole('navigation', { name: /^Check/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo last change' }));
    await user.click(screen.getByRole('button', { name: 'Undo last change' }));
    expect(links()).toEqual([
      'Contact · Full name: We could not tell the name apart from the headline.',
      'Experience 2 · Company: We guessed which part of this line is the employer.',
    ]);
  });

  it('"Looks right" on an entry with warnings confirms them all, even an entry read with confidence', async () => {
    const { user, links } = renderEditor(withWarnings(DEGREE_WARNING, NAME_WARNING));

    // School 1 was read with confidence 0.8, but its degree was a guess: it asks to be checked too.
    await user.click(screen.getByRole('button', { name: 'Looks right, school 1' }));
    expect(links()).toEqual(['Contact · Full name: We could not tell the name apart from the headline.', 'Job 2: Developer at Initech']);
    expect(screen.getByRole('textbox', { name: 'School, school 1' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Degree, school 1' })).not.toHaveAccessibleDescription(/BSc/);

    await user.click(screen.getByRole('button', { name: 'Looks right, contact details' }));
    expect(links()).toEqual(['Job 2: Developer at Initech']);
  });

  it('still lists unsure entries without warnings, by their first field, among the warnings', async () => {
    const { user, list, links } = renderEditor(withWarnings(NAME_WARNING, DEGREE_WARNING));

    expect(links()).toEqual([
      'Contact · Full name: We could not tell the name apart from the headline.',
      'Job 2: Developer at Initech',
      'Education 1 · Degree: We read “BSc” as the degree.',
    ]);
    await user.click(within(list()).getByRole('link', { name: 'Job 2: Developer at Initech' }));
    expect(screen.getByRole('textbox', { name: 'Job title, job 2' })).toHaveFocus();
  });

  it('points warnings about bullets, links, dates of a running job and custom entries at their controls', async () => {
    const doc = withWarnings(
      buildParseWarning({ path: 'experience[0].bullets[1]', entryId: 'exp1', field: 'bullets', message: 'Two bullets may be one.' }),
      buildParseWarning({ path: 'experience[0].endDate', entryId: 'exp1', field: 'endDate', message: 'Is this job still going?' }),
      buildParseWarning({ path: 'contact.links[0].url', entryId: null, field: 'links', message: 'This link may be cut short.' }),
      buildParseWarning({ path: 'custom[0].entries[0].title', entryId: 'cue1', field: 'title', message: 'Is this a heading?' }),
      buildParseWarning({ path: 'contact.postNominals', entryId: null, field: 'postNominals', message: 'Are these letters yours?' }),
    );
    const { user, list, links } = renderEditor(doc);

    expect(links()).toEqual([
      'Contact · Post-nominals: Are these letters yours?',
      'Contact · Link 1: This link may be cut short.',
      'Experience 1 · End date: Is this job still going?',
      'Experience 1 · Bullet 2: Two bullets may be one.',
      'Job 2: Developer at Initech',
      'Interests · Entry 1 · Title: Is this a heading?',
    ]);
    const follow = async (name: RegExp) => user.click(within(list()).getByRole('link', { name }));
    await follow(/^Contact · Post-nominals/);
    expect(screen.getByRole('textbox', { name: 'Post-nominals' })).toHaveFocus();
    await follow(/^Contact · Link 1/);
    expect(screen.getByRole('textbox', { name: 'URL, link 1' })).toHaveFocus();
    // Job 1 runs on: it has no end date fields, so its "Present" box is what to check.
    await follow(/^Experience 1 · End date/);
    expect(screen.getByRole('checkbox', { name: 'Present, job 1' })).toHaveFocus();
    await follow(/^Experience 1 · Bullet 2/);
    expect(screen.getByRole('textbox', { name: 'Bullet 2 of job 1' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Bullet 2 of job 1' })).toHaveAccessibleDescription(/Two bullets may be one\./);
    await follow(/^Interests · Entry 1 · Title/);
    expect(screen.getByRole('textbox', { name: 'Title, entry 1 of custom section 1' })).toHaveFocus();
  });

  it('lists entry flags as before for a document without warnings, and nothing for one without doubts', () => {
    const doc = buildResumeDocument();
    expect(flagsOf(doc, 'doc').map((flag) => flag.label)).toEqual(['Job 2: Developer at Initech']);
    const sure = buildResumeDocument({ warnings: [] });
    sure.experience = sure.experience.map((job) => ({ ...job, confidence: 0.9 }));
    expect(flagsOf(sure, 'doc')).toEqual([]);
  });

  it('leaves out a warning whose entry is gone or whose path the editor has no place for', () => {
    const doc = withWarnings(
      buildParseWarning({ entryId: 'exp9' }),
      buildParseWarning({ path: 'meta.source', entryId: null, field: 'source' }),
    );
    expect(flagsOf(doc, 'doc').map((flag) => flag.label)).toEqual(['Job 2: Developer at Initech']);
  });
});
