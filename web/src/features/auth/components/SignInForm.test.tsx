import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { api } from '@/lib/api-client';
import { apiError, createFetchMock } from '@/testing/fetch-mock';
import { renderWithApp } from '@/testing/render';

import { SignInForm } from './SignInForm';

function setup(routes: Parameters<typeof createFetchMock>[0] = {}) {
  const mock = createFetchMock(routes);
  vi.stubGlobal('fetch', mock.fetch);
  const onSuccess = vi.fn();
  const view = renderWithApp(<SignInForm onSuccess={onSuccess} />, { user: null });
  return { ...view, ...mock, onSuccess, user: userEvent.setup() };
}

async function signIn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Email'), 'ada@example.com');
  await user.type(screen.getByLabelText('Password'), 'a-long-passphrase');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  api.clearSession();
});

describe('SignInForm', () => {
  it('says plainly that a disabled account cannot sign in, in the server’s words', async () => {
    const message = 'This account has been disabled. Contact support@resumax.example to have it enabled again.';
    const { user, onSuccess } = setup({ 'POST /api/v1/auth/login': apiError(403, 'account_disabled', message) });

    await signIn(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This account is disabled');
    expect(alert).toHaveTextContent(message);
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
    expect(onSuccess).not.toHaveBeenCalled();
    expect(api.hasAccessToken()).toBe(false);
  });

  it('puts wrong credentials at the top of the form', async () => {
    const { user } = setup({
      'POST /api/v1/auth/login': apiError(401, 'invalid_credentials', 'The email or password is not correct.'),
    });

    await signIn(user);

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent("We couldn't sign you in"));
    expect(screen.getByRole('alert')).toHaveTextContent('The email or password is not correct.');
  });
});
