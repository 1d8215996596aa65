import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { api } from '@/lib/api-client';
import { apiError, createFetchMock, jsonResponse } from '@/testing/fetch-mock';
import { buildBillingCredits, buildJobDescription, buildResume, buildUser, tokens } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

import { routes } from '../router';

const LISTS = {
  'GET /api/v1/resumes': jsonResponse(200, { items: [buildResume()], nextCursor: null }),
  'GET /api/v1/job-descriptions': jsonResponse(200, { items: [buildJobDescription()], nextCursor: null }),
};

const credits = (balance: number) => jsonResponse(200, buildBillingCredits({ balance }));
const STARTED = jsonResponse(202, { optimizationId: 'opt_1', status: 'queued' });

function renderOptimize(answers: Parameters<typeof createFetchMock>[0]) {
  const mock = createFetchMock({ ...LISTS, ...answers });
  vi.stubGlobal('fetch', mock.fetch);
  const view = renderWithApp(null, { routes, path: '/optimize', user: buildUser() });
  return { ...view, ...mock, person: userEvent.setup() };
}

function mainNav() {
  return screen.getByRole('navigation', { name: 'Main' });
}

beforeEach(() => {
  vi.stubGlobal('scrollTo', vi.fn());
  api.setSession(tokens('access-1'));
});

afterEach(() => {
  vi.unstubAllGlobals();
  api.clearSession();
});

describe('Optimize page with credit billing', () => {
  it('says what an optimization costs and what is left, and asks for the balance again once one starts', async () => {
    const { person, calls, router } = renderOptimize({
      'GET /api/v1/billing/credits': [credits(3), credits(2)],
      'POST /api/v1/optimize': STARTED,
    });

    const cost = await screen.findByTestId('optimization-cost');
    expect(cost).toHaveTextContent('Uses 1 credit · You have 3');
    expect(within(cost).queryByRole('link')).not.toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Optimize my resume' });
    expect(button).toBeEnabled();
    expect(button).toHaveAccessibleDescription('Uses 1 credit · You have 3');
    expect(within(mainNav()).getByRole('link', { name: 'Credits: 3' })).toHaveAttribute('href', '/billing');

    await person.click(button);

    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/optimizations/opt_1'));
    expect(calls('POST /api/v1/optimize')).toHaveLength(1);
    await vi.waitFor(() => expect(calls('GET /api/v1/billing/credits')).toHaveLength(2));
    expect(await within(mainNav()).findByRole('link', { name: 'Credits: 2' })).toBeInTheDocument();
  });

  it('turns the button off and links to the billing page when the balance is too low', async () => {
    const { calls } = renderOptimize({ 'GET /api/v1/billing/credits': credits(0) });

    const cost = await screen.findByTestId('optimization-cost');
    expect(cost).toHaveTextContent('Uses 1 credit · You have 0 · Buy credits');
    expect(within(cost).getByRole('link', { name: 'Buy credits' })).toHaveAttribute('href', '/billing');
    expect(screen.getByRole('button', { name: 'Optimize my resume' })).toBeDisabled();
    expect(calls('POST /api/v1/optimize')).toHaveLength(0);
  });

  it('explains a 402 insufficient_credits with a way to buy credits, not as a failure', async () => {
    const { person, calls } = renderOptimize({
      // The balance shown is out of date: credits were spent in another tab.
      'GET /api/v1/billing/credits': [credits(1), credits(0)],
      'POST /api/v1/optimize': apiError(402, 'insufficient_credits', 'Not enough credits.', { balance: 0, cost: 1 }),
    });

    await screen.findByText('Uses 1 credit · You have 1');
    await person.click(screen.getByRole('button', { name: 'Optimize my resume' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You don’t have enough credits');
    expect(alert).toHaveTextContent('An optimization uses 1 credit and you have 0. Buy credits, then try again: your choices are kept.');
    expect(alert).not.toHaveTextContent("We couldn't start the optimization");
    expect(within(alert).getByRole('link', { name: 'Buy credits' })).toHaveAttribute('href', '/billing');
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();

    // The balance is asked for again and the button waits for credits.
    await vi.waitFor(() => expect(calls('GET /api/v1/billing/credits')).toHaveLength(2));
    expect(await screen.findByText(/You have 0/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Optimize my resume' })).toBeDisabled();
    // One link to the billing page, in the alert.
    expect(screen.getAllByRole('link', { name: 'Buy credits' })).toHaveLength(1);
  });

  it('shows no cost and no billing link when billing is off on the server', async () => {
    const { person, calls, router } = renderOptimize({
      'GET /api/v1/billing/credits': jsonResponse(200, { enabled: false }),
      'POST /api/v1/optimize': STARTED,
    });

    const button = await screen.findByRole('button', { name: 'Optimize my resume' });
    await vi.waitFor(() => expect(calls('GET /api/v1/billing/credits')).toHaveLength(1));
    expect(screen.queryByTestId('optimization-cost')).not.toBeInTheDocument();
    expect(screen.queryByText(/credit/i)).not.toBeInTheDocument();
    expect(within(mainNav()).queryByRole('link', { name: /Credits|Billing/ })).not.toBeInTheDocument();
    expect(button).toBeEnabled();

    await person.click(button);
    await vi.waitFor(() => expect(calls('POST /api/v1/optimize')).toHaveLength(1));
    // Billing stays off until the next page load: it is not asked about again.
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/optimizations/opt_1'));
    expect(calls('GET /api/v1/billing/credits')).toHaveLength(1);
  });
});
