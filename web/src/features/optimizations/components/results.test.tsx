import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ScoreGauge } from '@/components/ui';
import { api } from '@/lib/api-client';
import type { Change } from '@/lib/api-types';
import { createFetchMock, jsonResponse, apiError } from '@/testing/fetch-mock';
import { tokens } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

import type { CompletedOptimization, ScoreCategory } from '../api/optimizations';
import { projectScore } from '../utils/projected-score';

import { DiffView } from './DiffView';
import { OptimizationResults } from './OptimizationResults';

const reword: Change = {
  id: 'c1',
  section: 'experience',
  path: 'experience[0].bullets[0]',
  before: 'Responsible for the billing service',
  after: 'Own the billing service',
  reason: "Opens with 'Own' instead of 'Responsible for'.",
  keywords: [],
  diff: [
    { op: 'delete', text: 'Responsible for ' },
    { op: 'insert', text: 'Own ' },
    { op: 'equal', text: 'the billing service' },
  ],
};
const reword2: Change = {
  ...reword,
  id: 'c2',
  path: 'experience[0].bullets[1]',
  before: 'Helped with the migration',
  after: 'Contributed to the migration',
  reason: "Opens with 'Contributed to'.",
  diff: [
    { op: 'delete', text: 'Helped with ' },
    { op: 'insert', text: 'Contributed to ' },
    { op: 'equal', text: 'the migration' },
  ],
};
const skills: Change = {
  id: 'c3',
  section: 'skills',
  path: 'skills',
  before: 'Go, Python',
  after: 'Go, Python, REST APIs',
  reason: "Adds 'REST APIs', which your experience shows.",
  keywords: ['REST APIs'],
  diff: [
    { op: 'equal', text: 'Go, Python' },
    { op: 'insert', text: ', REST APIs' },
  ],
};

const category = (score: number, weight: number): ScoreCategory => ({
  score,
  weight,
  counted: [],
  missing: [],
  explanation: `Explained ${score}.`,
});

function optimization(changes: Change[] = [reword, reword2, skills]): CompletedOptimization {
  return {
    id: 'opt-1',
    resumeId: 'res-1',
    jobDescriptionId: 'jd-1',
    status: 'completed',
    strategy: 'balanced',
    alignmentScore: 70,
    projectedScore: 80,
    scoreBreakdown: {
      hardSkills: category(84, 0.4),
      softSkills: category(0, 0.1),
      jobTitle: category(85, 0.2),
      education: category(100, 0),
      experience: category(100, 0.15),
      searchability: category(94, 0.15),
    },
    keywords: { matched: ['Go'], evidenced: ['REST APIs'], missing: ['Kafka'] },
    changes,
    droppedChanges: [],
    summary: '3 suggested changes.',
    provider: 'local',
    error: null,
    createdAt: '2025-01-01T10:00:00Z',
    updatedAt: '2025-01-01T10:00:00Z',
    completedAt: '2025-01-01T10:00:00Z',
  };
}

beforeEach(() => {
  api.setSession(tokens('access-1'));
  sessionStorage.clear();
});

afterEach(() => {
  vi.unstubAllGlobals();
  api.clearSession();
});

describe('DiffView', () => {
  it('shows removals and additions inline, named for screen readers', () => {
    const { container } = renderWithApp(<DiffView diff={reword.diff} mode="inline" />);
    expect(container.querySelector('del')).toHaveTextContent('[removed: Responsible for ]');
    expect(container.querySelector('ins')).toHaveTextContent('[added: Own ]');
    expect(container.querySelector('p')).toHaveTextContent(/Own\s*\]?the billing service/);
  });

  it('splits into before (equal + removed) and after (equal + added) side by side', () => {
    renderWithApp(<DiffView diff={reword.diff} mode="split" />);
    const before = screen.getByText('Before').parentElement!;
    const after = screen.getByText('After').parentElement!;
    expect(before).toHaveTextContent('[removed: Responsible for ]the billing service');
    expect(before).not.toHaveTextContent('Own');
    expect(after).toHaveTextContent('[added: Own ]the billing service');
    expect(after).not.toHaveTextContent('Responsible');
  });
});

describe('ScoreGauge', () => {
  it('names the score, and the projected score when higher', () => {
    renderWithApp(<ScoreGauge score={72.4} projected={81} />);
    expect(screen.getByRole('img', { name: 'Match score: 72 out of 100, 81 with the accepted changes' })).toBeInTheDocument();
  });

  it('draws an arc proportional to the score', () => {
    const { container } = renderWithApp(<ScoreGauge score={50} />);
    const circles = container.querySelectorAll('circle');
    const [track, value] = [circles[0]!, circles[circles.length - 1]!];
    const length = (dash: string | null) => Number(dash?.split(' ')[0]);
    expect(length(value.getAttribute('stroke-dasharray'))).toBeCloseTo(length(track.getAttribute('stroke-dasharray')) / 2, 3);
    expect(screen.getByRole('img', { name: 'Match score: 50 out of 100' })).toBeInTheDocument();
  });
});

describe('projectScore', () => {
  it('is exact with none or all changes, and shares the gain by keywords in between', () => {
    const changes = [reword, reword2, skills];
    expect(projectScore(70, 80, changes, new Set())).toEqual({ score: 70, estimated: false });
    expect(projectScore(70, 80, changes, new Set(['c1', 'c2', 'c3']))).toEqual({ score: 80, estimated: false });
    // The keyword change carries most of the gain; rewording alone barely moves it.
    expect(projectScore(70, 80, changes, new Set(['c3']))).toEqual({ score: 78, estimated: true });
    expect(projectScore(70, 80, changes, new Set(['c1']))).toEqual({ score: 71, estimated: true });
  });

  it('shares the gain evenly when no change carries a keyword', () => {
    expect(projectScore(60, 66, [reword, reword2], new Set(['c1']))).toEqual({ score: 63, estimated: true });
  });
});

describe('OptimizationResults', () => {
  function renderResults(routes: Parameters<typeof createFetchMock>[0] = {}) {
    const mock = createFetchMock(routes);
    vi.stubGlobal('fetch', mock.fetch);
    const onSaved = vi.fn();
    renderWithApp(<OptimizationResults optimization={optimization()} onSaved={onSaved} />);
    return { ...mock, onSaved, user: userEvent.setup() };
  }

  const card = (index: number) => screen.getByRole('group', { name: `Change ${index}` });

  it('updates the projected score as changes are accepted and rejected, labelled estimated', async () => {
    const { user } = renderResults();
    const projected = () => screen.getByText(/With your accepted changes/);

    expect(projected()).toHaveTextContent('With your accepted changes: 70');
    expect(projected()).not.toHaveTextContent('estimated');

    await user.click(within(card(3)).getByRole('button', { name: 'Accept' }));
    expect(projected()).toHaveTextContent('78 (+8) estimated');
    expect(within(card(3)).getByRole('button', { name: 'Accept' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(projected()).toHaveTextContent('80 (+10)');
    expect(projected()).not.toHaveTextContent('estimated');

    await user.click(within(card(1)).getByRole('button', { name: 'Reject' }));
    expect(within(card(1)).getByRole('button', { name: 'Reject' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(card(1)).getByRole('button', { name: 'Accept' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText(/accepted ·/)).toHaveTextContent('2 accepted · 1 rejected');

    await user.click(screen.getByRole('button', { name: 'Reject all' }));
    expect(projected()).toHaveTextContent('With your accepted changes: 70');
  });

  it('clicking a pressed choice again leaves the change undecided', async () => {
    const { user } = renderResults();
    const accept = within(card(2)).getByRole('button', { name: 'Accept' });
    await user.click(accept);
    await user.click(accept);
    expect(accept).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText(/accepted ·/)).toHaveTextContent('0 accepted · 0 rejected · 3 to review');
  });

  it('saves exactly the accepted changes as a version', async () => {
    const version = { id: 'ver-1', optimizationId: 'opt-1', acceptedChanges: ['c1', 'c3'] };
    const { user, calls, onSaved } = renderResults({
      'POST /api/v1/optimize/opt-1/accept': jsonResponse(201, version),
    });
    await user.click(within(card(1)).getByRole('button', { name: 'Accept' }));
    await user.click(within(card(2)).getByRole('button', { name: 'Reject' }));
    await user.click(within(card(3)).getByRole('button', { name: 'Accept' }));
    await user.click(screen.getByRole('button', { name: 'Save as version' }));

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(expect.objectContaining(version)));
    expect(JSON.parse(calls('POST /api/v1/optimize/opt-1/accept')[0]!.body!)).toEqual({ acceptedChanges: ['c1', 'c3'] });
  });

  it('lets the user reword a change before accepting it, and sends their wording with the accepted changes', async () => {
    const version = { id: 'ver-1', optimizationId: 'opt-1', acceptedChanges: ['c1', 'c3'] };
    const { user, calls, onSaved } = renderResults({
      'POST /api/v1/optimize/opt-1/accept': jsonResponse(201, version),
    });

    const edit = within(card(1)).getByRole('button', { name: 'Edit wording' });
    await user.click(edit);
    const box = screen.getByRole('textbox', { name: 'Your wording for change 1' });
    expect(box).toHaveFocus();
    expect(box).toHaveValue('Own the billing service');
    await user.clear(box);
    await user.click(screen.getByRole('button', { name: 'Use my wording' }));
    expect(screen.getByText('Write your wording, or reject the change instead.')).toBeInTheDocument();
    await user.type(box, 'Run the billing service end to end');
    await user.click(screen.getByRole('button', { name: 'Use my wording' }));

    const reworded = screen.getByText('Run the billing service end to end').closest('li')!;
    expect(reworded).toHaveTextContent('Your wording');
    expect(reworded).toHaveTextContent('Accepted · your wording');
    expect(within(card(1)).getByRole('button', { name: 'Accept' })).toHaveAttribute('aria-pressed', 'true');
    await vi.waitFor(() => expect(within(card(1)).getByRole('button', { name: 'Edit wording' })).toHaveFocus());

    // A reworded change that ends up rejected sends no wording.
    await user.click(within(card(2)).getByRole('button', { name: 'Edit wording' }));
    await user.type(screen.getByRole('textbox', { name: 'Your wording for change 2' }), ' together');
    await user.click(screen.getByRole('button', { name: 'Use my wording' }));
    await user.click(within(card(2)).getByRole('button', { name: 'Reject' }));
    await user.click(within(card(3)).getByRole('button', { name: 'Accept' }));
    await user.click(screen.getByRole('button', { name: 'Save as version' }));

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(JSON.parse(calls('POST /api/v1/optimize/opt-1/accept')[0]!.body!)).toEqual({
      acceptedChanges: ['c1', 'c3'],
      edits: [{ changeId: 'c1', after: 'Run the billing service end to end' }],
    });
  });

  it('"Use the suggestion instead" drops the user\'s wording', async () => {
    const { user } = renderResults();
    await user.click(within(card(3)).getByRole('button', { name: 'Edit wording' }));
    await user.type(screen.getByRole('textbox', { name: 'Your wording for change 3' }), ', Kafka');
    await user.click(screen.getByRole('button', { name: 'Use my wording' }));
    expect(screen.getByText('Go, Python, REST APIs, Kafka')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Use the suggestion instead, change 3' }));
    expect(screen.queryByText('Your wording')).not.toBeInTheDocument();
  });

  it('keeps the choices and offers to retry when saving fails', async () => {
    const { user } = renderResults({
      'POST /api/v1/optimize/opt-1/accept': apiError(500, 'internal_error', 'Something went wrong on our side.'),
    });
    await user.click(within(card(3)).getByRole('button', { name: 'Accept' }));
    await user.click(screen.getByRole('button', { name: 'Save as version' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("We couldn't save the version");
    expect(alert).toHaveTextContent('Your choices are kept.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(within(card(3)).getByRole('button', { name: 'Accept' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows keywords by group with the honesty note on missing ones', () => {
    renderResults();
    expect(screen.getByRole('list', { name: 'Matched keywords' })).toHaveTextContent('Go');
    expect(screen.getByRole('list', { name: 'Missing keywords' })).toHaveTextContent('Kafka');
    expect(screen.getByText(/Add a missing skill only if you really have it/)).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: 'Hard skills score' })).toHaveAttribute('aria-valuenow', '84');
  });
});

describe('Knock-out questions', { timeout: 20_000 }, () => {
  const REPORT = 'GET /api/v1/resumes/res-1/ats-report';
  const WAIT = { timeout: 4000 };
  const knockOuts = [
    { requirement: 'work_authorization', asked: '• Authorized to work in the US without sponsorship', shown: '', status: 'not_shown' },
    { requirement: 'location', asked: 'On site in Austin, TX', shown: 'Austin, TX', status: 'met' },
    { requirement: 'license', asked: 'PMP certification', shown: '', status: 'not_shown' },
    { requirement: 'degree', asked: "A bachelor's degree or higher", shown: 'BSc Mathematics', status: 'met' },
    { requirement: 'years', asked: '5+ years of experience', shown: '3.9 years of dated jobs', status: 'not_met' },
  ];
  const report = (overrides: Record<string, unknown> = {}) =>
    jsonResponse(200, { resumeId: 'res-1', jobDescriptionId: 'jd-1', score: 90, extractedText: '', fields: [], fieldsOk: 0, fieldsTotal: 0, findings: [], counts: { blocker: 0, warning: 0, tip: 0 }, pages: [], knockOuts, ...overrides });

  function renderResults(routes: Parameters<typeof createFetchMock>[0] = {}) {
    const mock = createFetchMock(routes);
    vi.stubGlobal('fetch', mock.fetch);
    renderWithApp(<OptimizationResults optimization={optimization()} onSaved={vi.fn()} />);
    return { ...mock, user: userEvent.setup() };
  }
  const card = () => screen.getByRole('region', { name: 'Knock-out questions' });
  const start = () => within(card()).getByRole('button', { name: 'Check the knock-out questions' });

  it('are asked for on demand with the job, and list each requirement in words: what the job asks, what the resume shows, the status in words and a symbol', async () => {
    const { user, calls, requests } = renderResults({ [REPORT]: report() });
    expect(calls(REPORT)).toHaveLength(0);

    await user.click(start());
    const summary = await within(card()).findByText(/^5 questions:/, {}, WAIT);
    expect(summary).toHaveTextContent('5 questions: 2 met, 2 not shown in your resume, 1 not met.');
    expect(summary).toHaveFocus();
    expect(within(card()).getByRole('status')).toHaveTextContent('Checked. 5 questions: 2 met, 2 not shown in your resume, 1 not met.');
    expect(calls(REPORT)).toHaveLength(1);
    expect(requests.find((request) => request.path.startsWith('/api/v1/resumes/res-1/ats-report'))!.path).toBe(
      '/api/v1/resumes/res-1/ats-report?jobDescriptionId=jd-1',
    );

    const list = within(card()).getByRole('list', { name: 'Knock-out questions' });
    const items = within(list).getAllByRole('listitem');
    expect(within(list).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Work authorization',
      'Location',
      'Licence or certification',
      'Degree',
      'Years of experience',
    ]);
    expect(items[0]).toHaveTextContent('Not shown in your resume');
    expect(items[0]).toHaveTextContent('The job asksAuthorized to work in the US without sponsorship');
    expect(items[0]).toHaveTextContent('Your resume showsNothing');
    expect(items[0]).toHaveTextContent('If you meet it, say so in your resume: screeners’ forms ask this.');
    expect(items[1]).toHaveTextContent('✓Met');
    expect(items[1]).toHaveTextContent('Your resume showsAustin, TX');
    expect(items[1]!.querySelector('p')).toBeNull();
    expect(items[2]).toHaveTextContent('?Not shown in your resume');
    expect(items[4]).toHaveTextContent('✕Not met');
    expect(items[4]).toHaveTextContent('Your resume shows3.9 years of dated jobs');
    expect(items[4]).toHaveTextContent('Screening forms can reject an application on this alone: check the requirement before you apply.');
    // The symbols are decoration: the status is in words.
    expect(items[4]!.querySelector('[aria-hidden="true"]')).toHaveTextContent('✕');

    // Check again asks anew.
    await user.click(within(card()).getByRole('button', { name: 'Check again' }));
    await vi.waitFor(() => expect(calls(REPORT)).toHaveLength(2));
  });

  it('says so when the job asks none of them', async () => {
    const { user } = renderResults({ [REPORT]: report({ knockOuts: [] }) });
    await user.click(start());
    expect(await within(card()).findByText('This job asks none of the questions screening forms reject on.', {}, WAIT)).toBeInTheDocument();
    expect(within(card()).queryByRole('list')).not.toBeInTheDocument();
  });

  it("shows the server's message when the job's file is not read yet (409), and lets the user try again", async () => {
    const { user } = renderResults({
      [REPORT]: [
        apiError(409, 'job_description_not_parsed', 'The job description has not been read yet. Wait a moment.'),
        report(),
      ],
    });
    await user.click(start());
    const alert = await within(card()).findByRole('alert', {}, WAIT);
    expect(alert).toHaveTextContent('We couldn’t check the knock-out questions');
    expect(alert).toHaveTextContent('The job description has not been read yet. Wait a moment.');

    await user.click(start());
    await within(card()).findByRole('list', { name: 'Knock-out questions' }, WAIT);
    expect(within(card()).queryByRole('alert')).not.toBeInTheDocument();
  });

  it("shows the server's message for a job description that is gone (404)", async () => {
    const { user } = renderResults({ [REPORT]: apiError(404, 'not_found', 'No such job description.') });
    await user.click(start());
    expect(await within(card()).findByRole('alert', {}, WAIT)).toHaveTextContent('No such job description.');
  });

  it('while another report is being prepared (429), waits the Retry-After delay and tries again', async () => {
    const busy = () =>
      jsonResponse(429, { code: 'too_many_requests', message: 'An ATS report of yours is already being prepared. Try again in a moment.' }, { 'Retry-After': '1' });
    const { user, calls } = renderResults({ [REPORT]: [busy, () => report()] });
    await user.click(start());
    expect(await within(card()).findByText('Another ATS report of yours is being prepared', {}, WAIT)).toBeInTheDocument();
    expect(within(card()).getAllByRole('status')[0]).toHaveTextContent('Another ATS report of yours is being prepared. Trying again in 1 second.');
    await within(card()).findByRole('list', { name: 'Knock-out questions' }, WAIT);
    expect(calls(REPORT)).toHaveLength(2);
  });
});

describe('Tips', () => {
  const sourceSections = {
    schemaVersion: 2,
    contact: { name: 'Jordan Rivera', links: [] },
    summary: 'Results-driven engineer who builds billing systems.',
    experience: [
      {
        id: 'exp1',
        title: 'Senior Software Engineer',
        company: 'Globex',
        location: null,
        startDate: '2021-03',
        endDate: null,
        current: true,
        bullets: ['Responsible for the billing service', 'Helped with the migration', 'Was given the on-call rota'],
      },
      {
        id: 'exp2',
        title: 'Software Engineer',
        company: 'Initech',
        location: null,
        startDate: '2017',
        endDate: '2021',
        current: false,
        bullets: ['Built REST APIs in Go for 40 teams'],
      },
    ],
    skills: [{ id: 'skl1', group: null, items: ['Go', 'Python'] }],
  };
  const NUMBER = 'No number here: add one if you have it (how many, how much, how often, how fast).';
  // Not in the resume's order: the page puts them in it.
  const tips = [
    { code: 'missing_requirement', path: 'skills', message: 'The job asks for Terraform; add it only if you have it.' },
    { code: 'missing_requirement', path: 'certifications', message: 'The job asks for CKA; add it only if you hold it.' },
    { code: 'add_a_number', path: 'experience[0].bullets[1]', message: NUMBER },
    { code: 'add_a_number', path: 'experience[0].bullets[2]', message: NUMBER },
    {
      code: 'passive_opening',
      path: 'experience[0].bullets[2]',
      message: 'This opens in the passive ("Was given …"): say what you did, starting with the verb.',
    },
    {
      code: 'date_format',
      path: 'experience[1]',
      message: 'Only the year is given here while other jobs give months: give months everywhere, so a screener counting your experience reads it alike.',
    },
    { code: 'cliche', path: 'summary', message: '"results-driven" says little: show it with something you did instead.' },
    { code: 'missing_requirement', path: 'skills', message: 'The job would like Kafka; add it only if you have it.' },
  ];

  function renderTips(overrides: Partial<CompletedOptimization> = {}) {
    vi.stubGlobal('fetch', createFetchMock({}).fetch);
    renderWithApp(<OptimizationResults optimization={{ ...optimization(), tips, sourceSections, ...overrides }} onSaved={vi.fn()} />);
  }
  const tipsRegion = () => screen.getByRole('region', { name: 'Tips (not changes)' });
  const place = (label: string) => within(tipsRegion()).getByRole('heading', { level: 3, name: label }).closest('li')!;

  it('are a region of their own, apart from the proposed changes, saying nothing is changed for the user', () => {
    renderTips();
    const region = tipsRegion();
    const changes = screen.getByRole('region', { name: 'Proposed changes' });
    expect(region).toHaveTextContent('Things only you can fix or claim: nothing here is changed for you.');
    expect(changes).not.toContainElement(region);
    expect(region).not.toContainElement(changes);
    // The advice is not among the changes, and the tips are no change to accept.
    expect(within(changes).queryByText(/Terraform/)).not.toBeInTheDocument();
    expect(within(changes).queryByText(NUMBER)).not.toBeInTheDocument();
    expect(within(region).queryByRole('button')).not.toBeInTheDocument();
    expect(within(region).queryByRole('group')).not.toBeInTheDocument();
    expect(within(region).getByRole('link', { name: 'your resume' })).toHaveAttribute('href', '/resumes/res-1');
  });

  it('groups them by where they apply, in the resume’s order, each place named in words', () => {
    renderTips();
    const places = within(tipsRegion()).getByRole('list', { name: 'Tips by where they apply' });
    expect(within(places).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Summary',
      'Experience · role 1 · bullet 2',
      'Experience · role 1 · bullet 3',
      'Experience · role 2',
      'Skills',
      'Certifications',
    ]);
    // Two tips on one bullet are one place, each tip an item of its list, its kind in words.
    const third = within(place('Experience · role 1 · bullet 3')).getByRole('list', { name: 'Experience · role 1 · bullet 3' });
    const items = within(third).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(`Add a number:${NUMBER}`);
    expect(items[1]).toHaveTextContent('Passive opening:This opens in the passive');
  });

  it('shows what the resume says there, from the document the changes were made against', () => {
    renderTips();
    expect(place('Experience · role 1 · bullet 3')).toHaveTextContent('On your resume: Was given the on-call rota');
    expect(place('Summary')).toHaveTextContent('On your resume: Results-driven engineer who builds billing systems.');
    expect(place('Experience · role 2')).toHaveTextContent('On your resume: Software Engineer, Initech · 2017 – 2021');
    // A change rewords that bullet: the tip is about its new wording, and says so.
    expect(place('Experience · role 1 · bullet 2')).toHaveTextContent('On your resume: Helped with the migration');
    expect(place('Experience · role 1 · bullet 2')).toHaveTextContent('Change 2 rewrites this: the tip is about the new text.');
    expect(place('Experience · role 1 · bullet 3')).not.toHaveTextContent('rewrites this');
    // A whole section has no one text to show, and its tips are not about the wording a change gives it.
    expect(place('Skills')).not.toHaveTextContent('On your resume');
    expect(place('Skills')).not.toHaveTextContent('rewrites this');
  });

  it('lists what the job asks for and the resume does not show as a checklist, the box only decoration', () => {
    renderTips();
    const skills = place('Skills');
    expect(skills).toHaveTextContent('A checklist for you: tick off, in your head, only what you really have, and add just those.');
    const items = within(within(skills).getByRole('list', { name: 'Skills' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'The job asks for Terraform; add it only if you have it.',
      'The job would like Kafka; add it only if you have it.',
    ]);
    expect(items[0]!.querySelector('[aria-hidden="true"]')).toBeEmptyDOMElement();
    expect(within(skills).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(within(place('Certifications')).getByRole('listitem')).toHaveTextContent('The job asks for CKA; add it only if you hold it.');
  });

  it('still lists them by place without the source document', () => {
    renderTips({ sourceSections: undefined });
    expect(place('Experience · role 1 · bullet 3')).toHaveTextContent(NUMBER);
    expect(within(tipsRegion()).queryByText(/On your resume/)).not.toBeInTheDocument();
  });

  it('shows no tips section for an optimization made before tips existed, nor when there are none', () => {
    renderTips({ tips: undefined });
    expect(screen.getByRole('region', { name: 'Proposed changes' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Tips/ })).not.toBeInTheDocument();
    expect(screen.queryByText(NUMBER)).not.toBeInTheDocument();
  });

  it('shows no tips section when the optimization found none', () => {
    renderTips({ tips: [] });
    expect(screen.queryByRole('region', { name: /Tips/ })).not.toBeInTheDocument();
  });
});
