import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ResumeDetailRoute } from '@/app/routes/resume-detail';
import type { Resume } from '@/features/resumes';
import { api } from '@/lib/api-client';
import type { ResumeDocument } from '@/lib/api-types';
import { apiError, EMPTY_DASHBOARD, jsonResponse, type RecordedRequest } from '@/testing/fetch-mock';
import { buildParseWarning, buildResume, buildResumeDocument, tokens } from '@/testing/fixtures';
import { renderWithApi } from '@/testing/render';

const SAVE = 'PUT /api/v1/resumes/res_1/sections';
const WAIT = { timeout: 4000 };

type Answers = Parameters<typeof renderWithApi>[0];

/**
 * A server keeping the resume: a save answers the document as sent (new jobs numbered) with the
 * next revision, and later reads return it.
 */
function fakeServer(resume: Resume) {
  let current = resume;
  let requests: RecordedRequest[] = [];
  const save = () => {
    const puts = requests.filter((request) => request.method === 'PUT');
    const { sections } = JSON.parse(puts[puts.length - 1]!.body!) as { sections: ResumeDocument };
    sections.experience = sections.experience.map((job, index) => ({ ...job, id: job.id ?? `exp-new-${index}` }));
    current = { ...current, parsedSections: sections, revision: current.revision + 1, edited: true };
    return jsonResponse(200, { revision: current.revision, parsedSections: sections }, { ETag: `"${current.revision}"` });
  };
  const read = () => jsonResponse(200, current, { ETag: `"${current.revision}"` });
  return { save, read, attach: (recorded: RecordedRequest[]) => (requests = recorded) };
}

function renderEditor(answers: Answers = {}, resume = buildResume()) {
  const server = fakeServer(resume);
  const result = renderWithApi(
    {
      'GET /api/v1/resumes/res_1': server.read,
      [SAVE]: server.save,
      ...EMPTY_DASHBOARD,
      ...answers,
    },
    { path: '/resumes/res_1', routes: [{ path: '/resumes/:resumeId', element: <ResumeDetailRoute /> }] },
  );
  server.attach(result.requests);
  const sent = (index = -1) => {
    const puts = result.calls(SAVE);
    const request = puts[index < 0 ? puts.length + index : index]!;
    return { headers: request.headers, body: JSON.parse(request.body!) as { sections: ResumeDocument } };
  };
  return { ...result, sent, user: userEvent.setup() };
}

/** Waits for the autosave of the edits just made (the status says "Saving…" until it is done). */
async function saved(status: HTMLElement) {
  expect(status).toHaveTextContent('Saving…');
  await waitFor(() => expect(status).toHaveTextContent('All changes saved'), WAIT);
}

async function openEditor(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Edit' }));
  return screen.getByRole('status', { name: 'Save status' });
}

beforeEach(() => {
  api.setSession(tokens('access-1'));
});

afterEach(() => {
  vi.unstubAllGlobals();
  api.clearSession();
});

describe('Editing a resume', { timeout: 20_000 }, () => {
  it('saves a changed field once, after the typing stops, with If-Match and the whole document', async () => {
    const { user, calls, sent } = renderEditor();
    const status = await openEditor(user);
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveFocus();

    const company = screen.getByRole('textbox', { name: 'Company, job 1' });
    for (const value of ['Acme ', 'Acme C', 'Acme Co', 'Acme Corp']) fireEvent.change(company, { target: { value } });
    expect(status).toHaveTextContent('Saving…');

    await saved(status);
    expect(calls(SAVE)).toHaveLength(1);
    const { headers, body } = sent();
    expect(headers.get('If-Match')).toBe('"3"');
    const expected = buildResumeDocument();
    expected.experience[0]!.company = 'Acme Corp';
    expect(body).toEqual({ sections: expected });

    // The next save is based on the revision the server answered.
    await user.type(screen.getByRole('textbox', { name: 'Location, job 2' }), 'Paris');
    await saved(status);
    expect(sent(1).headers.get('If-Match')).toBe('"4"');
    expect(sent().body.sections.experience[1]!.location).toBe('Paris');
  });

  it('on 412 says the resume changed elsewhere and reloads the latest copy, dropping local edits', async () => {
    const latest = buildResume({
      revision: 7,
      parsedSections: buildResumeDocument({ summary: 'Saved from another tab.' }),
    });
    const { user, calls, sent } = renderEditor({
      'GET /api/v1/resumes/res_1': [jsonResponse(200, buildResume()), jsonResponse(200, latest)],
      [SAVE]: [
        apiError(412, 'revision_conflict', 'The resume was changed since revision 3.', { currentRevision: 7 }),
        jsonResponse(200, { revision: 8, parsedSections: latest.parsedSections }),
      ],
    });
    const status = await openEditor(user);

    await user.type(screen.getByRole('textbox', { name: 'Summary' }), ' Also writes docs.');
    const alert = await screen.findByRole('alert', {}, WAIT);
    expect(alert).toHaveTextContent('This resume was changed elsewhere');
    expect(status).toHaveTextContent("Couldn't save: this resume was changed elsewhere.");
    expect(screen.getByRole('button', { name: 'Undo last change' })).toBeDisabled();

    await user.click(within(alert).getByRole('button', { name: 'Reload latest' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Summary' })).toHaveValue('Saved from another tab.'));
    expect(screen.queryByText('This resume was changed elsewhere')).not.toBeInTheDocument();
    expect(calls(SAVE)).toHaveLength(1);

    await user.type(screen.getByRole('textbox', { name: 'Headline' }), '!');
    await saved(status);
    expect(calls(SAVE)).toHaveLength(2);
    expect(sent().headers.get('If-Match')).toBe('"7"');
  });

  it('on 422 shows each message beside its field, and the rest in the status', async () => {
    const { user } = renderEditor({
      [SAVE]: jsonResponse(422, {
        code: 'invalid_sections',
        message: 'Some fields need attention.',
        requestId: 'req-test',
        details: [
          { path: 'experience[1].endDate', message: 'The end is before the start.' },
          { path: 'meta', message: 'Unknown field.' },
        ],
      }),
    });
    const status = await openEditor(user);

    await user.selectOptions(screen.getByRole('combobox', { name: 'End month, job 2' }), 'January');
    await waitFor(() => expect(status).toHaveTextContent("Couldn't save: meta: Unknown field."), WAIT);
    const endYear = screen.getByRole('spinbutton', { name: 'End year, job 2' });
    expect(endYear).toHaveAccessibleDescription(/The end is before the start\./);
    expect(endYear).toHaveAttribute('aria-invalid', 'true');
  });

  it('moves a job up with the keyboard, keeps focus on it, and saves the new order', async () => {
    const { user, sent } = renderEditor();
    const status = await openEditor(user);

    screen.getByRole('button', { name: 'Move job 2 up' }).focus();
    await user.keyboard('{Enter}');

    expect(screen.getByRole('textbox', { name: 'Company, job 1' })).toHaveValue('Initech');
    expect(screen.getByRole('textbox', { name: 'Company, job 2' })).toHaveValue('Acme');
    expect(screen.getByRole('button', { name: 'Move job 1 up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move job 1 down' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Move bullet 2 of job 2 up' }));
    expect(screen.getByRole('textbox', { name: 'Bullet 1 of job 2' })).toHaveValue('Cut p99 latency by 40%');

    await saved(status);
    const { experience } = sent().body.sections;
    expect(experience.map((job) => job.id)).toEqual(['exp2', 'exp1']);
    expect(experience[1]!.bullets).toEqual(['Cut p99 latency by 40%', 'Own the billing service']);
  });

  it('adds skills as chips with Enter, removes them with their button, and renames a group', async () => {
    const { user, sent } = renderEditor();
    const status = await openEditor(user);

    const input = screen.getByRole('textbox', { name: 'Add a skill to skill group 1' });
    await user.type(input, 'Kubernetes{Enter}');
    await user.type(input, 'go{Enter}');
    expect(screen.getByText('Already listed: go.')).toBeInTheDocument();
    const chips = screen.getByRole('list', { name: 'Skills in skill group 1' });
    expect(within(chips).getAllByRole('listitem').map((chip) => chip.textContent)).toEqual(['Go', 'PostgreSQL', 'Kubernetes']);

    await user.click(within(chips).getByRole('button', { name: 'Remove Go' }));
    expect(within(chips).queryByText('Go')).not.toBeInTheDocument();
    expect(within(chips).getByRole('button', { name: 'Remove PostgreSQL' })).toHaveFocus();

    await user.type(screen.getByRole('textbox', { name: 'Group name, skill group 1' }), 'Backend');
    await user.click(screen.getByRole('button', { name: 'Add skill group' }));
    expect(screen.getByRole('textbox', { name: 'Group name, skill group 3' })).toHaveFocus();

    await saved(status);
    expect(sent().body.sections.skills).toEqual([
      { id: 'skl1', group: 'Backend', items: ['PostgreSQL', 'Kubernetes'] },
      { id: 'skl2', group: 'Languages', items: ['Python'] },
    ]);
  });

  it('undoes the last change and saves the undone state', async () => {
    const { user, sent, calls } = renderEditor();
    const status = await openEditor(user);
    const undo = screen.getByRole('button', { name: 'Undo last change' });
    expect(undo).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Remove job 1' }));
    expect(screen.getByRole('textbox', { name: 'Company, job 1' })).toHaveValue('Initech');
    await user.type(screen.getByRole('textbox', { name: 'Full name' }), ' King');
    await saved(status);
    expect(sent().body.sections.experience).toHaveLength(1);

    // Typing in one field is one step: the first undo takes back the whole " King".
    await user.click(undo);
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveValue('Ada Lovelace');
    await user.click(undo);
    expect(screen.getByRole('textbox', { name: 'Company, job 1' })).toHaveValue('Acme');
    expect(undo).toBeDisabled();

    await saved(status);
    expect(calls(SAVE).length).toBeGreaterThan(1);
    expect(sent().body.sections).toEqual(buildResumeDocument());
  });

  it('lists unsure entries as links to their first field; "Looks right" confirms one', async () => {
    const { user, sent } = renderEditor();
    const status = await openEditor(user);

    const flags = screen.getByRole('navigation', { name: /Check this entry/ });
    await user.click(within(flags).getByRole('link', { name: 'Job 2: Developer at Initech' }));
    expect(screen.getByRole('textbox', { name: 'Job title, job 2' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Looks right, job 2' }));
    expect(screen.queryByRole('navigation', { name: /Check this entry/ })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Job title, job 2' })).toHaveFocus();

    await saved(status);
    expect(sent().body.sections.experience[1]!.confidence).toBeNull();
  });

  it('adds a job without an id, with month/year dates and "Present", then keeps the id the server gives it', async () => {
    const { user, sent, calls } = renderEditor();
    const status = await openEditor(user);

    await user.click(screen.getByRole('button', { name: 'Add job' }));
    const title = screen.getByRole('textbox', { name: 'Job title, job 3' });
    expect(title).toHaveFocus();
    await user.type(title, 'Intern');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Start month, job 3' }), 'June');
    await user.type(screen.getByRole('spinbutton', { name: 'Start year, job 3' }), '20');
    expect(screen.getByText('Enter a year from 1900 to 2100.')).toBeInTheDocument();
    await user.type(screen.getByRole('spinbutton', { name: 'Start year, job 3' }), '17');
    await user.click(screen.getByRole('checkbox', { name: 'Present, job 3' }));
    expect(screen.queryByRole('spinbutton', { name: 'End year, job 3' })).not.toBeInTheDocument();

    await saved(status);
    const added = sent().body.sections.experience[2]!;
    expect(added).toMatchObject({
      title: 'Intern',
      company: null,
      location: null,
      startDate: '2017-06',
      endDate: null,
      current: true,
      bullets: [],
    });
    // Sent without an id the first time: the server gives it one.
    const firstWithIt = calls(SAVE).find((request) => JSON.parse(request.body!).sections.experience.length === 3)!;
    expect(JSON.parse(firstWithIt.body!).sections.experience[2]).not.toHaveProperty('id');

    await user.type(screen.getByRole('textbox', { name: 'Company, job 3' }), 'Globex');
    await saved(status);
    expect(calls(SAVE).length).toBeGreaterThan(1);
    expect(sent().body.sections.experience[2]).toMatchObject({ id: 'exp-new-2', company: 'Globex' });
  });

  it('leaves out an empty new bullet until it has text, and maps the server paths back', async () => {
    const { user, sent } = renderEditor();
    const status = await openEditor(user);

    await user.click(screen.getByRole('button', { name: 'Add bullet to job 1' }));
    expect(screen.getByRole('textbox', { name: 'Bullet 3 of job 1' })).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: 'Headline' }), '!');
    await saved(status);
    expect(sent().body.sections.experience[0]!.bullets).toHaveLength(2);
    expect(screen.getByRole('textbox', { name: 'Bullet 3 of job 1' })).toBeInTheDocument();
  });

  it('restores what was read from the file after a confirm', async () => {
    const original = buildResumeDocument({ summary: 'As read from the file.' });
    const { user, calls } = renderEditor({
      'POST /api/v1/resumes/res_1/sections/reset': jsonResponse(200, { revision: 9, parsedSections: original }),
    });
    const status = await openEditor(user);

    await user.click(screen.getByRole('button', { name: 'Restore what was read from the file' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Restore what was read from the file?' });
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }));

    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Summary' })).toHaveValue('As read from the file.'));
    expect(status).toHaveTextContent('Restored what was read from the file.');
    expect(calls('POST /api/v1/resumes/res_1/sections/reset')).toHaveLength(1);
    expect(calls(SAVE)).toHaveLength(0);
  });

  it('from the read view, "Check them" opens the editor on the first entry to check', async () => {
    const { user } = renderEditor();
    expect(await screen.findByText('The parser was unsure of one entry')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check it' }));
    expect(screen.getByRole('textbox', { name: 'Job title, job 2' })).toHaveFocus();
  });

  it('edits the post-nominals apart from the name, saves them, and shows them after it', async () => {
    const { user, sent } = renderEditor();
    const status = await openEditor(user);

    const letters = screen.getByRole('textbox', { name: 'Post-nominals' });
    expect(letters).toHaveAccessibleDescription('Letters after your name, e.g. RN, CPA');
    expect(letters).toHaveValue('');
    await user.type(letters, 'RN, BSN');
    await saved(status);
    expect(sent().body.sections.contact).toMatchObject({ name: 'Ada Lovelace', postNominals: 'RN, BSN' });

    await user.click(screen.getByRole('button', { name: 'Done editing' }));
    expect(await screen.findByText('Ada Lovelace, RN, BSN')).toBeInTheDocument();
  });

  it('lists the parser\'s warnings from the read view into the editor, at their fields, and never sends them', async () => {
    const warnings = [
      buildParseWarning(),
      buildParseWarning({ path: 'contact.name', entryId: null, field: 'name', message: 'We could not tell the name apart from the headline.' }),
    ];
    const { user, sent } = renderEditor({}, buildResume({ parsedSections: buildResumeDocument({ warnings }) }));

    // The read view counts them and says, at each entry, what to check.
    expect(await screen.findByText('The parser was unsure of 2 details')).toBeInTheDocument();
    expect(screen.getByText('We guessed which part of this line is the employer.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check them' }));
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveFocus();

    const list = screen.getByRole('navigation', { name: 'Check these 2 details: the parser was unsure it read them right.' });
    await user.click(within(list).getByRole('link', { name: 'Experience 2 · Company: We guessed which part of this line is the employer.' }));
    const company = screen.getByRole('textbox', { name: 'Company, job 2' });
    expect(company).toHaveFocus();

    const status = screen.getByRole('status', { name: 'Save status' });
    await user.type(company, ' Ltd');
    await saved(status);
    expect(sent().body.sections).not.toHaveProperty('warnings');
    expect(within(list).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Contact · Full name: We could not tell the name apart from the headline.',
    ]);
  });

  it('"Done editing" shows the document as saved', async () => {
    const { user } = renderEditor();
    await openEditor(user);
    const summary = screen.getByRole('textbox', { name: 'Summary' });
    await user.clear(summary);
    await user.type(summary, 'Shorter.');
    await user.click(screen.getByRole('button', { name: 'Done editing' }));

    expect(await screen.findByText('Shorter.')).toBeInTheDocument();
    // Focus moves on the next animation frame, which a busy machine may run after the text shows.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit' })).toHaveFocus());
  });
});
