import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { routes } from '@/app/router';
import { api } from '@/lib/api-client';
import type { AdminUser } from '@/lib/api-types';
import { apiError, createFetchMock, jsonResponse } from '@/testing/fetch-mock';
import { buildBillingCredits, buildUser, tokens } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

const ADMIN = buildUser({ id: 'usr_admin', name: 'Grace Admin', email: 'grace@example.com', role: 'admin' });

const ADA: AdminUser = {
  id: 'usr_1',
  email: 'ada@example.com',
  name: 'Ada Lovelace',
  role: 'user',
  emailVerified: true,
  disabled: false,
  disabledAt: null,
  createdAt: '2025-01-01T10:00:00Z',
  resumeCount: 3,
  optimizationCount: 7,
};

const USERS = { 'GET /api/v1/admin/users': jsonResponse(200, { items: [ADA], nextCursor: null }) };
const BILLING_ON = { 'GET /api/v1/billing/credits': jsonResponse(200, buildBillingCredits()) };
const CREDITS_PATH = 'POST /api/v1/admin/users/usr_1/credits';

function renderUsers(answers: Parameters<typeof createFetchMock>[0]) {
  const mock = createFetchMock(answers);
  vi.stubGlobal('fetch', mock.fetch);
  const view = renderWithApp(null, { routes, path: '/admin/users', user: ADMIN });
  return { ...view, ...mock, person: userEvent.setup() };
}

async function openDialog(person: ReturnType<typeof userEvent.setup>) {
  await person.click(await screen.findByRole('button', { name: 'Adjust credits for ada@example.com' }));
  return screen.getByRole('dialog', { name: 'Adjust credits for ada@example.com' });
}

beforeEach(() => {
  vi.stubGlobal('scrollTo', vi.fn());
  api.setSession(tokens('access-1'));
});

afterEach(() => {
  vi.unstubAllGlobals();
  api.clearSession();
});

describe('Adjusting an account’s credits', () => {
  it('offers no credit control while billing is off', async () => {
    const { calls } = renderUsers({
      ...USERS,
      'GET /api/v1/billing/credits': jsonResponse(200, { enabled: false }),
    });

    await screen.findByRole('table', { name: 'All users' });
    await waitFor(() => expect(calls('GET /api/v1/billing/credits')).toHaveLength(1));
    expect(screen.getByRole('button', { name: 'Disable ada@example.com' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /adjust credits/i })).not.toBeInTheDocument();
  });

  it('grants credits with a reason and shows the new balance', async () => {
    const { person, calls } = renderUsers({
      ...USERS,
      ...BILLING_ON,
      [CREDITS_PATH]: jsonResponse(200, { userId: 'usr_1', balance: 6 }),
    });

    const dialog = await openDialog(person);
    const credits = within(dialog).getByRole('spinbutton', { name: 'Credits' });
    expect(credits).toHaveFocus();
    expect(credits).toHaveAccessibleDescription('Use a negative number to remove credits');
    await person.type(credits, '3');
    await person.type(within(dialog).getByRole('textbox', { name: 'Reason' }), '  Goodwill after an outage ');
    await person.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Balance is now 6 credits.')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(calls(CREDITS_PATH)).toHaveLength(1);
    expect(JSON.parse(calls(CREDITS_PATH)[0]!.body!)).toEqual({ delta: 3, reason: 'Goodwill after an outage' });
    expect(screen.getByRole('button', { name: 'Adjust credits for ada@example.com' })).toHaveFocus();
  });

  it('sends a negative number to remove credits, and shows why the server refused', async () => {
    const { person, calls } = renderUsers({
      ...USERS,
      ...BILLING_ON,
      [CREDITS_PATH]: apiError(409, 'insufficient_credits', 'The account has only 2 credits.'),
    });

    const dialog = await openDialog(person);
    await person.type(within(dialog).getByRole('spinbutton', { name: 'Credits' }), '-5');
    await person.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Duplicate grant');
    await person.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The account has only 2 credits.');
    expect(JSON.parse(calls(CREDITS_PATH)[0]!.body!)).toEqual({ delta: -5, reason: 'Duplicate grant' });
    expect(screen.getByRole('dialog', { name: 'Adjust credits for ada@example.com' })).toBeInTheDocument();
    expect(screen.queryByText(/Balance is now/)).not.toBeInTheDocument();
  });

  it('puts a validation error the server names next to its field', async () => {
    const { person } = renderUsers({
      ...USERS,
      ...BILLING_ON,
      [CREDITS_PATH]: apiError(422, 'validation_failed', 'The reason is too long.', { field: 'reason' }),
    });

    const dialog = await openDialog(person);
    await person.type(within(dialog).getByRole('spinbutton', { name: 'Credits' }), '1');
    await person.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Too long for the server');
    await person.click(within(dialog).getByRole('button', { name: 'Save' }));

    const reason = within(dialog).getByRole('textbox', { name: 'Reason' });
    await waitFor(() => expect(reason).toBeInvalid());
    expect(reason).toHaveAccessibleDescription(/The reason is too long\./);
    expect(reason).toHaveFocus();
  });

  it('asks for a number other than 0 and a reason before sending anything, and cancels', async () => {
    const { person, calls } = renderUsers({ ...USERS, ...BILLING_ON });

    const dialog = await openDialog(person);
    await person.type(within(dialog).getByRole('spinbutton', { name: 'Credits' }), '0');
    await person.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(within(dialog).getByRole('spinbutton', { name: 'Credits' })).toBeInvalid();
    expect(within(dialog).getByRole('textbox', { name: 'Reason' })).toBeInvalid();
    expect(calls(CREDITS_PATH)).toHaveLength(0);

    await person.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
