import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { routes } from '@/app/router';
import { api } from '@/lib/api-client';
import type { User } from '@/lib/api-types';
import { sessionQueryKey } from '@/lib/auth';
import { apiError, createFetchMock, jsonResponse } from '@/testing/fetch-mock';
import { buildUser, tokens } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

function renderProfilePage(answers: Parameters<typeof createFetchMock>[0], user: User = buildUser()) {
  const mock = createFetchMock(answers);
  vi.stubGlobal('fetch', mock.fetch);
  const view = renderWithApp(null, { routes, path: '/settings', user });
  return { ...view, ...mock, person: userEvent.setup() };
}

async function askForChange(person: ReturnType<typeof userEvent.setup>, email: string, password: string) {
  const form = await screen.findByRole('form', { name: 'Change email address' });
  await person.type(within(form).getByLabelText('New email address'), email);
  await person.type(within(form).getByLabelText('Current password'), password);
  await person.click(within(form).getByRole('button', { name: 'Send confirmation link' }));
  return form;
}

beforeEach(() => {
  vi.stubGlobal('scrollTo', vi.fn());
  api.setSession(tokens('access-1'));
});

afterEach(() => {
  vi.unstubAllGlobals();
  api.clearSession();
});

describe('Email address settings', () => {
  it('shows the current address and, once a change is asked for, the address waiting for confirmation', async () => {
    const pending = buildUser({ pendingEmail: 'ada@new.example' });
    const { person, calls, queryClient } = renderProfilePage({ 'PUT /api/v1/users/me': jsonResponse(200, pending) });

    const card = await screen.findByRole('region', { name: 'Email address' });
    expect(card).toHaveTextContent('Your email address is ada@example.com');
    expect(card).toHaveTextContent('Verified');
    expect(card).not.toHaveTextContent('Waiting for confirmation');

    const form = await askForChange(person, 'ada@new.example', 'a-long-passphrase');

    expect(await within(form).findByRole('status')).toHaveTextContent('We sent a confirmation link to ada@new.example.');
    expect(card).toHaveTextContent('Waiting for confirmation at ada@new.example');
    expect(card).toHaveTextContent('Your email address is ada@example.com');
    expect(JSON.parse(calls('PUT /api/v1/users/me')[0]!.body!)).toEqual({
      email: 'ada@new.example',
      currentPassword: 'a-long-passphrase',
    });
    expect(within(form).getByLabelText('New email address')).toHaveValue('');
    expect(within(form).getByLabelText('Current password')).toHaveValue('');
    expect(queryClient.getQueryData<User>(sessionQueryKey)?.pendingEmail).toBe('ada@new.example');
  });

  it('says which address is waiting when the page opens', async () => {
    renderProfilePage({}, buildUser({ pendingEmail: 'ada@new.example' }));

    const card = await screen.findByRole('region', { name: 'Email address' });
    expect(card).toHaveTextContent('Waiting for confirmation at ada@new.example');
  });

  it('shows a wrong password next to the current password field', async () => {
    const { person, queryClient } = renderProfilePage({
      'PUT /api/v1/users/me': apiError(422, 'validation_failed', 'The current password is not correct.', {
        field: 'currentPassword',
      }),
    });

    const form = await askForChange(person, 'ada@new.example', 'not-my-password');

    const password = within(form).getByLabelText('Current password');
    await waitFor(() => expect(password).toHaveAccessibleDescription(/The current password is not correct/));
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveFocus();
    expect(within(form).getByLabelText('New email address')).toHaveValue('ada@new.example');
    expect(screen.queryByText(/Waiting for confirmation/)).not.toBeInTheDocument();
    expect(queryClient.getQueryData<User>(sessionQueryKey)?.pendingEmail).toBeNull();
  });

  it('says when the new address belongs to another account', async () => {
    const { person } = renderProfilePage({
      'PUT /api/v1/users/me': apiError(409, 'email_taken', 'Another account uses this email address.'),
    });

    const form = await askForChange(person, 'grace@example.com', 'a-long-passphrase');

    const email = within(form).getByLabelText('New email address');
    await waitFor(() => expect(email).toHaveAccessibleDescription(/Another account uses this email address/));
    expect(email).toHaveFocus();
  });

  it('checks the new address before sending it', async () => {
    const { person, calls } = renderProfilePage({});

    const form = await askForChange(person, 'ADA@example.com', 'a-long-passphrase');

    expect(within(form).getByLabelText('New email address')).toHaveAccessibleDescription(
      /This is already your email address/,
    );
    expect(calls('PUT /api/v1/users/me')).toHaveLength(0);
  });
});
