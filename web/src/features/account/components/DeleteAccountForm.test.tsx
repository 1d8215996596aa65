import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { routes } from '@/app/router';
import { api } from '@/lib/api-client';
import type { User } from '@/lib/api-types';
import { sessionQueryKey } from '@/lib/auth';
import { apiError, createFetchMock, jsonResponse } from '@/testing/fetch-mock';
import { buildUser, tokens } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

function renderDeletePage(answers: Parameters<typeof createFetchMock>[0], user: User = buildUser()) {
  const mock = createFetchMock(answers);
  vi.stubGlobal('fetch', mock.fetch);
  const view = renderWithApp(null, { routes, path: '/settings/delete-account', user });
  return { ...view, ...mock, person: userEvent.setup() };
}

beforeEach(() => {
  vi.stubGlobal('scrollTo', vi.fn());
  api.setSession(tokens('access-1'));
});

afterEach(() => {
  vi.unstubAllGlobals();
  api.clearSession();
});

describe('Delete account', () => {
  it('names everything that will be lost', async () => {
    renderDeletePage({});

    const form = await screen.findByRole('form', { name: 'Delete account' });
    for (const loss of [/every resume you uploaded, with its original files/, /job descriptions/, /optimizations/, /saved version/, /exports/, /the account itself/]) {
      expect(form).toHaveTextContent(loss);
    }
    expect(form).toHaveTextContent("This can't be undone.");
  });

  it('asks for the password and for DELETE before sending anything', async () => {
    const { person, requests } = renderDeletePage({});

    await person.type(await screen.findByLabelText('Type DELETE to confirm'), 'delete');
    await person.click(screen.getByRole('button', { name: 'Delete my account' }));

    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/Enter your password/);
    expect(screen.getByLabelText('Password')).toHaveFocus();
    expect(screen.getByLabelText('Type DELETE to confirm')).toHaveAccessibleDescription(/Type DELETE in capital letters/);
    expect(requests.filter((request) => request.method === 'DELETE')).toHaveLength(0);
  });

  it('shows a wrong password next to the password field and keeps the user signed in', async () => {
    const { person, calls, router } = renderDeletePage({
      'DELETE /api/v1/users/me': apiError(422, 'validation_failed', 'The password is not correct.', { field: 'password' }),
    });

    await person.type(await screen.findByLabelText('Password'), 'not-my-password');
    await person.type(screen.getByLabelText('Type DELETE to confirm'), 'DELETE');
    await person.click(screen.getByRole('button', { name: 'Delete my account' }));

    const password = screen.getByLabelText('Password');
    await waitFor(() => expect(password).toHaveAccessibleDescription(/The password is not correct/));
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveFocus();
    expect(JSON.parse(calls('DELETE /api/v1/users/me')[0]!.body!)).toEqual({ password: 'not-my-password' });
    expect(calls('DELETE /api/v1/users/me')[0]!.headers.get('Authorization')).toBe('Bearer access-1');
    expect(router.state.location.pathname).toBe('/settings/delete-account');
    expect(api.hasAccessToken()).toBe(true);
  });

  it('says when deleting was tried too often', async () => {
    const { person } = renderDeletePage({
      'DELETE /api/v1/users/me': jsonResponse(
        429,
        { code: 'rate_limited', message: 'Too many requests.', requestId: 'r1' },
        { 'Retry-After': '60' },
      ),
    });

    await person.type(await screen.findByLabelText('Password'), 'a-long-passphrase');
    await person.type(screen.getByLabelText('Type DELETE to confirm'), 'DELETE');
    await person.click(screen.getByRole('button', { name: 'Delete my account' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Please wait 1 minute and try again.');
  });

  it('once accepted, signs this browser out and says on the home page what happens next', async () => {
    const { person, calls, router, queryClient } = renderDeletePage({
      'DELETE /api/v1/users/me': jsonResponse(202, { status: 'deletion_scheduled' }),
    });

    await person.type(await screen.findByLabelText('Password'), 'a-long-passphrase');
    await person.type(screen.getByLabelText('Type DELETE to confirm'), 'DELETE');
    await person.click(screen.getByRole('button', { name: 'Delete my account' }));

    expect(
      await screen.findByText("Your account and all its data are being deleted. We've sent a confirmation email."),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(calls('DELETE /api/v1/users/me')).toHaveLength(1);
    expect(api.hasAccessToken()).toBe(false);
    expect(queryClient.getQueryData(sessionQueryKey)).toBeNull();
  });

  it('asks for an authentication code only when two-factor sign-in is on', async () => {
    renderDeletePage({});
    await screen.findByLabelText('Password');
    expect(screen.queryByLabelText('Authentication code')).not.toBeInTheDocument();
  });

  describe('with two-factor sign-in on', () => {
    const twoFactorUser = () => buildUser({ mfaEnabled: true });

    it('asks for an authentication code between the password and DELETE, and requires it', async () => {
      const { person, requests } = renderDeletePage({}, twoFactorUser());

      const form = await screen.findByRole('form', { name: 'Delete account' });
      const code = screen.getByLabelText('Authentication code');
      expect(code).toHaveAttribute('autocomplete', 'one-time-code');
      expect(code).toHaveAccessibleDescription(/The 6-digit code from your authenticator app, or a recovery code\./);
      const fields = Array.from(form.querySelectorAll('input')).map((input) => input.getAttribute('name'));
      expect(fields).toEqual(['password', 'one-time-code', 'confirm-delete']);

      await person.type(screen.getByLabelText('Password'), 'a-long-passphrase');
      await person.type(screen.getByLabelText('Type DELETE to confirm'), 'DELETE');
      await person.click(screen.getByRole('button', { name: 'Delete my account' }));

      expect(code).toHaveAccessibleDescription(/Enter a code from your authenticator app or one of your recovery codes/);
      expect(code).toHaveAttribute('aria-invalid', 'true');
      expect(code).toHaveFocus();
      expect(requests.filter((request) => request.method === 'DELETE')).toHaveLength(0);
    });

    it('shows a wrong code next to the code field and keeps the user signed in', async () => {
      const { person, calls, router } = renderDeletePage(
        {
          'DELETE /api/v1/users/me': apiError(422, 'validation_failed', 'The code is not correct.', { field: 'code' }),
        },
        twoFactorUser(),
      );

      await person.type(await screen.findByLabelText('Password'), 'a-long-passphrase');
      await person.type(screen.getByLabelText('Authentication code'), '000000');
      await person.type(screen.getByLabelText('Type DELETE to confirm'), 'DELETE');
      await person.click(screen.getByRole('button', { name: 'Delete my account' }));

      const code = screen.getByLabelText('Authentication code');
      await waitFor(() => expect(code).toHaveAccessibleDescription(/The code is not correct/));
      expect(code).toHaveAttribute('aria-invalid', 'true');
      expect(code).toHaveFocus();
      expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid', 'true');
      expect(calls('DELETE /api/v1/users/me')).toHaveLength(1);
      expect(router.state.location.pathname).toBe('/settings/delete-account');
      expect(api.hasAccessToken()).toBe(true);
    });

    it('sends the code with the password, an app code without its spaces', async () => {
      const { person, calls, router } = renderDeletePage(
        { 'DELETE /api/v1/users/me': jsonResponse(202, { status: 'deletion_scheduled' }) },
        twoFactorUser(),
      );

      await person.type(await screen.findByLabelText('Password'), 'a-long-passphrase');
      await person.type(screen.getByLabelText('Authentication code'), '123 456');
      await person.type(screen.getByLabelText('Type DELETE to confirm'), 'DELETE');
      await person.click(screen.getByRole('button', { name: 'Delete my account' }));

      await waitFor(() => expect(router.state.location.pathname).toBe('/'));
      expect(JSON.parse(calls('DELETE /api/v1/users/me')[0]!.body!)).toEqual({
        password: 'a-long-passphrase',
        code: '123456',
      });
    });

    it('sends a recovery code as typed', async () => {
      const { person, calls, router } = renderDeletePage(
        { 'DELETE /api/v1/users/me': jsonResponse(202, { status: 'deletion_scheduled' }) },
        twoFactorUser(),
      );

      await person.type(await screen.findByLabelText('Password'), 'a-long-passphrase');
      await person.type(screen.getByLabelText('Authentication code'), ' abcde-12345 ');
      await person.type(screen.getByLabelText('Type DELETE to confirm'), 'DELETE');
      await person.click(screen.getByRole('button', { name: 'Delete my account' }));

      await waitFor(() => expect(router.state.location.pathname).toBe('/'));
      expect(JSON.parse(calls('DELETE /api/v1/users/me')[0]!.body!)).toEqual({
        password: 'a-long-passphrase',
        code: 'abcde-12345',
      });
    });
  });
});
