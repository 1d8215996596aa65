import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { api } from '@/lib/api-client';
import { sessionQueryKey } from '@/lib/auth';
import { apiError, createFetchMock, jsonResponse } from '@/testing/fetch-mock';
import { buildUser, tokens } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

import { SignUpForm } from './SignUpForm';

function setup(routes: Parameters<typeof createFetchMock>[0] = {}) {
  const mock = createFetchMock(routes);
  vi.stubGlobal('fetch', mock.fetch);
  const onSuccess = vi.fn();
  const view = renderWithApp(<SignUpForm onSuccess={onSuccess} />, { user: null });
  return { ...view, ...mock, onSuccess, user: userEvent.setup() };
}

const ACCEPT = 'I accept the Terms of Service and the Privacy Policy';

async function fillIn(
  user: ReturnType<typeof userEvent.setup>,
  values: { name: string; email: string; password: string },
  { accept = true }: { accept?: boolean } = {},
) {
  await user.type(screen.getByLabelText('Full name'), values.name);
  await user.type(screen.getByLabelText('Email'), values.email);
  await user.type(screen.getByLabelText('Password'), values.password);
  if (accept) await user.click(screen.getByRole('checkbox', { name: ACCEPT }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  api.clearSession();
});

describe('SignUpForm', () => {
  it('shows an inline error under every empty field and focuses the first one', async () => {
    const { user, requests } = setup();

    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(screen.getByLabelText('Full name')).toHaveAccessibleDescription(/Enter your name/);
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(/Enter your email address/);
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Full name')).toHaveFocus();
    expect(requests).toHaveLength(0);
  });

  it('checks the password rules before sending', async () => {
    const { user, requests } = setup();

    await fillIn(user, { name: 'Ada', email: 'ada@example.com', password: 'short' });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/10 to 128 characters/);
    expect(screen.getByLabelText('Password')).toHaveFocus();
    expect(requests).toHaveLength(0);
  });

  it('puts a server validation error next to the field named in details.field and keeps what was typed', async () => {
    const { user } = setup({
      'POST /api/v1/auth/register': apiError(
        422,
        'validation_failed',
        'This password is too common or easy to guess. Choose another.',
        { field: 'password' },
      ),
    });

    await fillIn(user, { name: 'Ada Lovelace', email: 'ada@example.com', password: 'correcthorse1' });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const password = screen.getByLabelText('Password');
    await waitFor(() => expect(password).toHaveAccessibleDescription(/too common or easy to guess/));
    expect(password).toHaveFocus();
    expect(password).toHaveValue('correcthorse1');
    expect(screen.getByLabelText('Full name')).toHaveValue('Ada Lovelace');
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example.com');
  });

  it('explains a taken email and offers sign-in or reset', async () => {
    const { user } = setup({
      'POST /api/v1/auth/register': apiError(409, 'email_taken', 'An account with this email already exists.'),
    });

    await fillIn(user, { name: 'Ada', email: 'ada@example.com', password: 'a-long-passphrase' });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(/already exists/),
    );
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    expect(screen.getByRole('link', { name: 'reset your password' })).toHaveAttribute('href', '/forgot-password');
  });

  it('shows rate limiting at the top of the form with the wait time', async () => {
    const { user } = setup({
      'POST /api/v1/auth/register': jsonResponse(
        429,
        { code: 'rate_limited', message: 'Too many requests.', requestId: 'r1' },
        { 'Retry-After': '30' },
      ),
    });

    await fillIn(user, { name: 'Ada', email: 'ada@example.com', password: 'a-long-passphrase' });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Please wait 30 seconds and try again.');
  });

  it('starts the session and reports success', async () => {
    const created = buildUser({ name: 'Ada', emailVerified: false, emailVerifiedAt: null });
    const { user, onSuccess, queryClient, calls } = setup({
      'POST /api/v1/auth/register': jsonResponse(201, { user: created, ...tokens('fresh') }),
    });

    await fillIn(user, { name: ' Ada ', email: 'ada@example.com', password: 'a-long-passphrase' });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(created));
    expect(JSON.parse(calls('POST /api/v1/auth/register')[0]!.body!)).toEqual({
      name: 'Ada',
      email: 'ada@example.com',
      password: 'a-long-passphrase',
      acceptTerms: true,
    });
    expect(queryClient.getQueryData(sessionQueryKey)).toEqual(created);
    expect(api.hasAccessToken()).toBe(true);
  });

  it('links the terms and the privacy policy from the acceptance checkbox, which starts unchecked', () => {
    setup();

    const accept = screen.getByRole('checkbox', { name: ACCEPT });
    expect(accept).not.toBeChecked();
    expect(accept).toBeRequired();
    expect(screen.getByRole('link', { name: 'Terms of Service' })).toHaveAttribute('href', '/terms');
    expect(screen.getByRole('link', { name: 'Privacy Policy' })).toHaveAttribute('href', '/privacy');
  });

  it('does not send the form until the terms are accepted, and says so at the checkbox', async () => {
    const { user, requests } = setup();

    await fillIn(user, { name: 'Ada', email: 'ada@example.com', password: 'a-long-passphrase' }, { accept: false });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const accept = screen.getByRole('checkbox', { name: ACCEPT });
    expect(accept).toHaveAttribute('aria-invalid', 'true');
    expect(accept).toHaveAccessibleDescription(/Accept the Terms of Service and the Privacy Policy to create an account/);
    expect(accept).toHaveFocus();
    expect(requests).toHaveLength(0);

    await user.click(accept);
    expect(accept).not.toHaveAttribute('aria-invalid');
    expect(accept).toHaveFocus();
  });

  it('puts the server refusing acceptTerms at the checkbox', async () => {
    const { user } = setup({
      'POST /api/v1/auth/register': apiError(
        422,
        'validation_failed',
        'Accept the terms of service and privacy policy to create an account.',
        { field: 'acceptTerms' },
      ),
    });

    await fillIn(user, { name: 'Ada', email: 'ada@example.com', password: 'a-long-passphrase' });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const accept = screen.getByRole('checkbox', { name: ACCEPT });
    await waitFor(() =>
      expect(accept).toHaveAccessibleDescription(/Accept the terms of service and privacy policy to create an account/),
    );
    expect(accept).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
