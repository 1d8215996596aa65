import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ResumeDetailRoute } from '@/app/routes/resume-detail';
import type { Resume } from '@/features/resumes';
import { api } from '@/lib/api-client';
import type { ResumeDocument } from '@/lib/api-types';
import { apiError, EMPTY_DASHBOARD, jsonResponse, type RecordedRequest } from '@/testing/fetch-mock';
import { buildAtsReport, buildResume, tokens } from '@/testing/fixtures';
import { renderWithApi } from '@/testing/render';

const REPORT = 'GET /api/v1/resumes/res_1/ats-report';
const SAVE = 'PUT /api/v1/resumes/res_1/sections';
const WAIT = { timeout: 4000 };

type Answers = Parameters<typeof renderWithApi>[0];

/** The resume page, its resume kept by a server that answers saves with the next revision. */
function renderPage(answers: Answers = {}, resume: Resume = buildResume()) {
  let current = resume;
  let requests: RecordedRequest[] = [];
  const save = () => {
    const puts = requests.filter((request) => request.method === 'PUT');
    const { sections } = JSON.parse(puts[puts.length - 1]!.body!) as { sections: ResumeDocument };
    current = { ...current, parsedSections: sections, revision: current.revision + 1, edited: true };
    return jsonResponse(200, { revision: current.revision, parsedSections: sections });
  };
  const result = renderWithApi(
    {
      'GET /api/v1/resumes/res_1': () => jsonResponse(200, current),
      [SAVE]: save,
      ...EMPTY_DASHBOARD,
      ...answers,
    },
    { path: '/resumes/res_1', routes: [{ path: '/resumes/:resumeId', element: <ResumeDetailRoute /> }] },
  );
  requests = result.requests;
  return { ...result, user: userEvent.setup() };
}

const atsView = () => screen.getByRole('region', { name: 'ATS view' });
async function startButton() {
  const view = await screen.findByRole('region', { name: 'ATS view' }, WAIT);
  return within(view).getByRole('button', { name: 'Check what an applicant tracking system reads' });
}

/** Asks for the report and waits for its score. */
async function check(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await startButton());
  return screen.findByRole('heading', { level: 3, name: /^ATS score \d+/ }, WAIT);
}

beforeEach(() => {
  api.setSession(tokens('access-1'));
});

afterEach(() => {
  vi.unstubAllGlobals();
  api.clearSession();
});

describe('The ATS view', { timeout: 20_000 }, () => {
  it('is asked for, not loaded with the page; while it is prepared the view is busy and says so', async () => {
    let answer: (response: Response) => void = () => undefined;
    const { user, calls } = renderPage({
      [REPORT]: () => new Promise<Response>((resolve) => (answer = resolve)),
    });

    const start = await startButton();
    expect(calls(REPORT)).toHaveLength(0);

    await user.click(start);
    expect(calls(REPORT)).toHaveLength(1);
    const view = atsView().querySelector('[aria-busy]');
    expect(view).toHaveAttribute('aria-busy', 'true');
    expect(within(atsView()).getByRole('status')).toHaveTextContent('Reading your file the way an applicant tracking system does…');
    expect(within(atsView()).getByRole('button', { name: 'Reading your file…' })).toHaveAttribute('aria-busy', 'true');

    answer(jsonResponse(200, buildAtsReport()));
    const heading = await screen.findByRole('heading', { level: 3, name: 'ATS score 39' }, WAIT);
    // The button the report replaced had focus: it moves to the score.
    expect(heading).toHaveFocus();
    expect(view).not.toHaveAttribute('aria-busy');
    expect(within(atsView()).getAllByRole('status')[0]).toHaveTextContent(
      'Checked. ATS score 39 out of 100: 1 blocker, 2 warnings, 1 tip. 12 of 16 fields read as in your resume.',
    );
  });

  it('shows the score with what it means and how it adds up, and the findings grouped by severity', async () => {
    const { user } = renderPage({ [REPORT]: jsonResponse(200, buildAtsReport()) });
    await check(user);
    const view = atsView();

    expect(within(view).getByRole('img', { name: 'ATS score: 39 out of 100' })).toBeInTheDocument();
    expect(within(view).getByText(/Something in this file can stop an applicant tracking system from reading it/)).toBeInTheDocument();
    expect(within(view).getByText(/12 of 16 fields read as in your resume · 1 blocker, 2 warnings, 1 tip · checked/)).toBeInTheDocument();

    await user.click(within(view).getByText('How is the score worked out?'));
    const working = within(view).getByRole('table', { name: 'How this score adds up' });
    const rows = within(working).getAllByRole('row').map((row) => row.textContent);
    expect(rows).toEqual([
      'Fields read as in your resume (12 of 16)75',
      'Blockers (1 kind × 20)−20',
      'Warnings (2 kinds × 7)−14',
      'Tips (1 kind × 2)−2',
      'ATS score39',
    ]);

    const headings = within(view).getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Blockers1', 'Warnings2', 'Tips1']);
    const group = (name: string) => within(view).getByRole('list', { name: new RegExp(`^${name}`) });
    const blocker = within(group('Blockers')).getByRole('listitem');
    expect(blocker).toHaveTextContent('Text stands in two columns side by side on page 1.');
    expect(blocker).toHaveTextContent('WherePage 1');
    expect(blocker).toHaveTextContent('How to fixUse one column.');
    const warnings = within(group('Warnings')).getAllByRole('listitem');
    expect(warnings.map((item) => item.querySelector('p')?.textContent)).toEqual([
      'No dates could be read for "Developer".',
      '3 letter pairs such as "fi" come out as single ligature characters.',
    ]);
    expect(warnings[0]).toHaveTextContent('WhereJob 2 · Edit');
    expect(warnings[1]).toHaveTextContent('WhereText');
    expect(within(group('Tips')).getByRole('listitem')).toHaveTextContent('Name it with your name and the word resume.');
  });

  it('lists each field with its label, both values and its result in words, and links what was misread to the editor', async () => {
    const { user } = renderPage({ [REPORT]: jsonResponse(200, buildAtsReport()) });
    await check(user);

    const table = screen.getByRole('table', { name: /Fields of your resume and what an ATS reads for each/ });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Field',
      'In your resume',
      'What the ATS read',
      'Result',
    ]);
    const row = (label: string) => within(table).getByRole('rowheader', { name: label }).closest('tr')!;
    const cells = (label: string) => within(row(label)).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells('Name')).toEqual(['Ada Lovelace', 'Ada Lovelace', '✓Read correctly']);
    expect(cells('Job 1 · Employer')).toEqual(['Acme', 'Acme Backend', '≠Read differentlyEdit']);
    expect(cells('Job 1 · Start date')).toEqual(['Mar 2021', 'Mar 2021', '✓Read correctly']);
    expect(cells('Job 1 · End date')).toEqual(['Present', 'Present', '✓Read correctly']);
    expect(cells('Job 2 · Start date')).toEqual(['2018', 'Nothing', '✕MissingEdit']);
    expect(cells('Education 1 · School')).toEqual(['University of London', 'University of London', '✓Read correctly']);
    expect(cells('Skill 3')).toEqual(['Python', 'Nothing', '✕MissingEdit']);
    // Only fields not read correctly link to the editor.
    expect(within(row('Name')).queryByRole('button')).not.toBeInTheDocument();

    // Only the fields not read correctly.
    await user.click(screen.getByRole('button', { name: 'Not read correctly (4)' }));
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'Job 1 · Employer',
      'Job 2 · Start date',
      'Job 2 · End date',
      'Skill 3',
    ]);
    await user.click(screen.getByRole('button', { name: 'All fields (16)' }));
    expect(within(table).getAllByRole('rowheader')).toHaveLength(16);

    // The employer read differently: the editor opens on it.
    await user.click(within(row('Job 1 · Employer')).getByRole('button', { name: 'Edit Job 1 · Employer' }));
    const company = await screen.findByRole('textbox', { name: 'Company, job 1' });
    expect(company).toHaveFocus();
    expect(company).toHaveValue('Acme');

    // With the editor open, another link moves focus again: the third skill is the first of the second group.
    await user.click(within(row('Skill 3')).getByRole('button', { name: 'Edit Skill 3' }));
    expect(screen.getByRole('textbox', { name: 'Add a skill to skill group 2' })).toHaveFocus();

    await user.click(within(row('Job 2 · Start date')).getByRole('button', { name: 'Edit Job 2 · Start date' }));
    expect(screen.getByRole('group', { name: /Start date, job 2/ }).contains(document.activeElement)).toBe(true);

    // A finding about a whole job goes to its first field.
    await user.click(screen.getByRole('button', { name: 'Edit Job 2' }));
    expect(screen.getByRole('textbox', { name: 'Job title, job 2' })).toHaveFocus();
  });

  it('says nothing gets in the way when there are no findings', async () => {
    const report = buildAtsReport({
      score: 75,
      findings: [],
      counts: { blocker: 0, warning: 0, tip: 0 },
    });
    const { user } = renderPage({ [REPORT]: jsonResponse(200, report) });
    await check(user);
    const view = atsView();

    expect(within(view).getByText(/Nothing in the file’s layout or text gets in the way/)).toBeInTheDocument();
    expect(within(view).queryByRole('heading', { level: 4 })).not.toBeInTheDocument();
    expect(within(view).getByText(/no blockers, no warnings, no tips/, { selector: 'p:not([role=status])' })).toBeInTheDocument();
    expect(within(view).getByText('An applicant tracking system reads most of this file; a few things could still go wrong.')).toBeInTheDocument();
  });

  it('shows the extracted text page by page, and copies it', async () => {
    const { user } = renderPage({ [REPORT]: jsonResponse(200, buildAtsReport()) });
    await check(user);

    const block = screen.getByRole('region', { name: 'The text an ATS extracts' });
    expect(block).toHaveAttribute('tabindex', '0');
    expect(within(block).getByText('Page 1 of 2')).toBeInTheDocument();
    expect(within(block).getByText('Page 2 of 2')).toBeInTheDocument();
    expect(within(block).queryByText('Page 3 of 3')).not.toBeInTheDocument();
    expect(block.querySelectorAll('pre')[1]).toHaveTextContent('BSc Mathematics, University of London');

    await user.click(screen.getByRole('button', { name: 'Copy the extracted text' }));
    expect(await screen.findByText('Copied to the clipboard.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(
      'Ada Lovelace\nBackend Engineer\nAcme Backend 2021-03 – Present\n\n\nEducation\nBSc Mathematics, University of London\n',
    );
  });

  it("shows a PDF's pages as pictures beside the text read from each, from same-origin links, lazily and sized before they load", async () => {
    const pages = [
      { page: 1, width: 900, height: 1165, imageUrl: 'http://localhost:8080/api/v1/storage/download?key=p1&expires=9&sig=a' },
      { page: 2, width: 900, height: 1165, imageUrl: 'http://localhost:8080/api/v1/storage/download?key=p2&expires=9&sig=b' },
    ];
    const { user } = renderPage({ [REPORT]: jsonResponse(200, buildAtsReport({ pages })) });
    await check(user);

    const list = screen.getByRole('list', { name: 'Pages of your file' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('heading', { level: 4 })).toHaveTextContent('Page 1 of 2');

    const picture = within(rows[0]!).getByRole('img', { name: 'Page 1 of your file as it looks' });
    // The embedded store's link as a path on the page's own origin (the configured public address may differ).
    expect(picture).toHaveAttribute('src', '/api/v1/storage/download?key=p1&expires=9&sig=a');
    expect(picture).toHaveAttribute('width', '900');
    expect(picture).toHaveAttribute('height', '1165');
    expect(picture).toHaveAttribute('loading', 'lazy');
    expect(picture.closest('figure')!.querySelector('figcaption')).toHaveTextContent('What the file looks like');
    expect(within(rows[1]!).getByRole('img', { name: 'Page 2 of your file as it looks' })).toHaveAttribute(
      'src',
      '/api/v1/storage/download?key=p2&expires=9&sig=b',
    );

    // Beside each picture, that page's text, in a region the keyboard can scroll.
    const text1 = within(rows[0]!).getByRole('region', { name: 'Page 1 of 2 What the ATS reads' });
    expect(text1).toHaveAttribute('tabindex', '0');
    expect(text1).toHaveTextContent('Acme Backend 2021-03 – Present');
    expect(text1).not.toHaveTextContent('University of London');
    expect(within(rows[1]!).getByRole('region', { name: 'Page 2 of 2 What the ATS reads' })).toHaveTextContent(
      'BSc Mathematics, University of London',
    );
    expect(screen.queryByRole('region', { name: 'The text an ATS extracts' })).not.toBeInTheDocument();

    // A link that no longer works (they last 15 minutes) says so instead of a broken picture.
    fireEvent.error(picture);
    expect(within(rows[0]!).queryByRole('img')).not.toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('The picture of this page could not be loaded: its link lasts 15 minutes. Check again to see it.');

    // Copy still copies the text alone.
    await user.click(screen.getByRole('button', { name: 'Copy the extracted text' }));
    expect(await navigator.clipboard.readText()).toBe(
      'Ada Lovelace\nBackend Engineer\nAcme Backend 2021-03 – Present\n\n\nEducation\nBSc Mathematics, University of London\n',
    );
  });

  it('"Check again" asks for fresh page links, and a picture that failed shows again', async () => {
    const first = [{ page: 1, width: 900, height: 1165, imageUrl: '/api/v1/storage/download?key=p1&sig=old' }];
    const fresh = [{ page: 1, width: 900, height: 1165, imageUrl: '/api/v1/storage/download?key=p1&sig=new' }];
    const { user, calls } = renderPage({
      [REPORT]: [jsonResponse(200, buildAtsReport({ pages: first, extractedText: 'Ada Lovelace\n\f' })), jsonResponse(200, buildAtsReport({ pages: fresh, extractedText: 'Ada Lovelace\n\f' }))],
    });
    await check(user);
    fireEvent.error(screen.getByRole('img', { name: 'Page 1 of your file as it looks' }));
    expect(screen.queryByRole('img', { name: 'Page 1 of your file as it looks' })).not.toBeInTheDocument();

    await user.click(within(atsView()).getByRole('button', { name: 'Check again' }));
    await waitFor(() => expect(calls(REPORT)).toHaveLength(2));
    expect(await screen.findByRole('img', { name: 'Page 1 of your file as it looks' }, WAIT)).toHaveAttribute(
      'src',
      '/api/v1/storage/download?key=p1&sig=new',
    );
  });

  it("shows the server's message when the resume can't be checked (409), and lets the user try again", async () => {
    const { user, calls } = renderPage({
      [REPORT]: [
        apiError(409, 'resume_not_parsed', 'The file has not been read yet. Wait until the resume is parsed.'),
        jsonResponse(200, buildAtsReport()),
      ],
    });

    await user.click(await startButton());
    const alert = await within(atsView()).findByRole('alert', {}, WAIT);
    expect(alert).toHaveTextContent('We couldn’t check this resume');
    expect(alert).toHaveTextContent('The file has not been read yet. Wait until the resume is parsed.');
    expect(calls(REPORT)).toHaveLength(1);

    await user.click(await startButton());
    await screen.findByRole('heading', { level: 3, name: 'ATS score 39' }, WAIT);
    expect(within(atsView()).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers to upload the file again when it is gone (409 upload_missing)', async () => {
    const { user } = renderPage({
      [REPORT]: apiError(409, 'upload_missing', "The resume's file is gone. Upload it again."),
    });

    await user.click(await startButton());
    const alert = await within(atsView()).findByRole('alert', {}, WAIT);
    expect(alert).toHaveTextContent("The resume's file is gone. Upload it again.");
    expect(within(alert).getByRole('link', { name: 'Upload another file' })).toHaveAttribute('href', '/resumes/new');
  });

  it('while another report is being prepared (429), waits the Retry-After delay and tries again', async () => {
    const busy = () =>
      jsonResponse(
        429,
        { code: 'too_many_requests', message: 'An ATS report of yours is already being prepared. Try again in a moment.' },
        { 'Retry-After': '1' },
      );
    const { user, calls } = renderPage({ [REPORT]: [busy, () => jsonResponse(200, buildAtsReport())] });

    await user.click(await startButton());
    const notice = await within(atsView()).findByText('Another ATS report of yours is being prepared', {}, WAIT);
    expect(notice.parentElement).toHaveTextContent('Trying again in 1 second…');
    expect(within(atsView()).getAllByRole('status')[0]).toHaveTextContent(
      'Another ATS report of yours is being prepared. Trying again in 1 second.',
    );
    expect(calls(REPORT)).toHaveLength(1);

    await screen.findByRole('heading', { level: 3, name: 'ATS score 39' }, WAIT);
    expect(calls(REPORT)).toHaveLength(2);
    expect(within(atsView()).queryByText('Another ATS report of yours is being prepared')).not.toBeInTheDocument();
    expect(within(atsView()).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('after a correction says the report is outdated; "Check again" asks anew and shows the new report', async () => {
    const { user, calls } = renderPage({
      [REPORT]: [
        jsonResponse(200, buildAtsReport()),
        jsonResponse(200, buildAtsReport({ score: 53, findings: buildAtsReport().findings.slice(0, 1), counts: { blocker: 1, warning: 0, tip: 0 } })),
      ],
    });
    await check(user);

    // Correct the employer from the table's link; the autosave makes a new revision.
    await user.click(screen.getByRole('button', { name: 'Edit Job 1 · Employer' }));
    fireEvent.change(await screen.findByRole('textbox', { name: 'Company, job 1' }), { target: { value: 'Acme Backend' } });
    await waitFor(() => expect(calls(SAVE)).toHaveLength(1), WAIT);
    expect(await within(atsView()).findByText('You changed your resume since this check', {}, WAIT)).toBeInTheDocument();
    expect(calls(REPORT)).toHaveLength(1);

    await user.click(within(atsView()).getByRole('button', { name: 'Check again' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'ATS score 53' }, WAIT)).toBeInTheDocument();
    expect(calls(REPORT)).toHaveLength(2);
    expect(within(atsView()).queryByText('You changed your resume since this check')).not.toBeInTheDocument();
    // Focus stays on the button that asked.
    expect(within(atsView()).getByRole('button', { name: 'Check again' })).toHaveFocus();
  });

  it('is not offered before the resume is parsed', async () => {
    renderPage({}, buildResume({ parseStatus: 'parsing', parsedSections: null }));
    await screen.findByText(/Reading your resume…/);
    expect(screen.queryByRole('region', { name: 'ATS view' })).not.toBeInTheDocument();
  });
});
