import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { api } from '@/lib/api-client';
import { sessionQueryKey } from '@/lib/auth';
import { apiError, createFetchMock, jsonResponse } from '@/testing/fetch-mock';
import { buildUser, tokens } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

import { BrowserCheckError, solveChallenge } from '../utils/solve-challenge';
import { SignInForm } from './SignInForm';

// The ALTCHA widget needs Web Workers and Web Crypto, which jsdom lacks: the solving is mocked.
vi.mock('../utils/solve-challenge', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../utils/solve-challenge')>()),
  solveChallenge: vi.fn(),
}));

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

describe('SignInForm with two-factor sign-in', () => {
  const CHALLENGE = jsonResponse(202, { mfaRequired: true, mfaToken: 'mfa-token-1', expiresIn: 300 });
  const USER = buildUser({ mfaEnabled: true });

  it('asks for the code after the password and signs in once it is right', async () => {
    const { user, onSuccess, calls, queryClient } = setup({
      'POST /api/v1/auth/login': CHALLENGE,
      'POST /api/v1/auth/mfa': jsonResponse(200, { ...tokens('access-mfa'), user: USER }),
    });

    await signIn(user);

    const step = await screen.findByRole('form', { name: 'Two-factor sign-in' });
    expect(step).toHaveTextContent('Enter the 6-digit code from your authenticator app.');
    expect(step).toHaveTextContent('Signing in as ada@example.com.');
    expect(screen.queryByRole('form', { name: 'Sign in' })).not.toBeInTheDocument();
    const code = screen.getByLabelText('Authentication code');
    expect(code).toHaveFocus();
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveAttribute('inputmode', 'numeric');
    expect(onSuccess).not.toHaveBeenCalled();
    expect(api.hasAccessToken()).toBe(false);

    await user.type(code, '123 456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(USER));
    expect(JSON.parse(calls('POST /api/v1/auth/mfa')[0]!.body!)).toEqual({ mfaToken: 'mfa-token-1', code: '123456' });
    expect(api.hasAccessToken()).toBe(true);
    expect(queryClient.getQueryData(sessionQueryKey)).toEqual(USER);
  });

  it('checks the code is 6 digits before sending it', async () => {
    const { user, calls } = setup({ 'POST /api/v1/auth/login': CHALLENGE });

    await signIn(user);
    await user.type(await screen.findByLabelText('Authentication code'), '12345');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    expect(screen.getByLabelText('Authentication code')).toHaveAccessibleDescription(
      /Enter the 6-digit code from your authenticator app\./,
    );
    expect(calls('POST /api/v1/auth/mfa')).toHaveLength(0);
  });

  it('keeps the step after a wrong code so the user can try another', async () => {
    const { user, onSuccess, calls } = setup({
      'POST /api/v1/auth/login': CHALLENGE,
      'POST /api/v1/auth/mfa': [
        apiError(401, 'invalid_mfa_code', 'That code is not correct. Try the newest code from your app.'),
        jsonResponse(200, { ...tokens('access-mfa'), user: USER }),
      ],
    });

    await signIn(user);
    await user.type(await screen.findByLabelText('Authentication code'), '000000');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    const code = screen.getByLabelText('Authentication code');
    await waitFor(() =>
      expect(code).toHaveAccessibleDescription(/That code is not correct\. Try the newest code from your app\./),
    );
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveFocus();
    expect(code).toHaveValue('');
    expect(screen.getByRole('form', { name: 'Two-factor sign-in' })).toBeInTheDocument();
    expect(onSuccess).not.toHaveBeenCalled();

    await user.type(code, '654321');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(USER));
    expect(calls('POST /api/v1/auth/mfa').map((call) => JSON.parse(call.body!).code)).toEqual(['000000', '654321']);
    expect(calls('POST /api/v1/auth/login')).toHaveLength(1);
  });

  it('accepts a recovery code instead', async () => {
    const { user, onSuccess, calls } = setup({
      'POST /api/v1/auth/login': CHALLENGE,
      'POST /api/v1/auth/mfa': jsonResponse(200, { ...tokens('access-mfa'), user: USER }),
    });

    await signIn(user);
    await user.click(await screen.findByRole('button', { name: 'Use a recovery code instead' }));
    const code = screen.getByLabelText('Recovery code');
    expect(code).toHaveFocus();
    expect(screen.queryByLabelText('Authentication code')).not.toBeInTheDocument();
    await user.type(code, 'abcde-12345');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(USER));
    expect(JSON.parse(calls('POST /api/v1/auth/mfa')[0]!.body!)).toEqual({ mfaToken: 'mfa-token-1', code: 'abcde-12345' });
  });

  it('goes back to the password when the step has expired', async () => {
    const message = 'This sign-in took too long. Enter your password again.';
    const { user, onSuccess } = setup({
      'POST /api/v1/auth/login': CHALLENGE,
      'POST /api/v1/auth/mfa': apiError(401, 'mfa_token_expired', message),
    });

    await signIn(user);
    await user.type(await screen.findByLabelText('Authentication code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    const form = await screen.findByRole('form', { name: 'Sign in' });
    expect(screen.queryByRole('form', { name: 'Two-factor sign-in' })).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Sign in again');
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(form).toContainElement(screen.getByLabelText('Email'));
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example.com');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(screen.getByLabelText('Password')).toHaveFocus();
    expect(onSuccess).not.toHaveBeenCalled();
    expect(api.hasAccessToken()).toBe(false);
  });
});

describe('SignInForm after repeated failed sign-ins', () => {
  const CHALLENGE_REQUIRED = apiError(
    428,
    'challenge_required',
    'Too many failed sign-ins. Your browser must solve a short challenge first.',
    { challengeUrl: '/api/v1/auth/challenge' },
  );
  const SOLUTION_REFUSED = apiError(428, 'challenge_required', "The challenge's solution is not valid or was used. Try again.", {
    challengeUrl: '/api/v1/auth/challenge',
  });
  const challenge = (salt: string) => ({
    algorithm: 'SHA-256',
    challenge: `hash-of-${salt}`,
    maxnumber: 100000,
    salt: `${salt}?expires=1900000000&`,
    signature: `signature-of-${salt}`,
  });
  const USER = buildUser();
  const SIGNED_IN = jsonResponse(200, { ...tokens('access-checked'), user: USER });
  const solve = vi.mocked(solveChallenge);
  beforeEach(() => {
    solve.mockReset();
  });

  const loginBodies = (calls: (key: string) => { body: string | null }[]) =>
    calls('POST /api/v1/auth/login').map((call) => JSON.parse(call.body!) as Record<string, unknown>);

  it('has the browser solve a challenge, then signs in again with the solution', async () => {
    let finish: (payload: string) => void = () => undefined;
    solve.mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    const { user, onSuccess, calls } = setup({
      'POST /api/v1/auth/login': [CHALLENGE_REQUIRED, SIGNED_IN],
      'GET /api/v1/auth/challenge': jsonResponse(200, challenge('salt-1')),
    });

    await signIn(user);

    const status = await screen.findByText('Too many failed sign-ins. Checking your browser…');
    expect(status).toHaveAttribute('role', 'status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Signing in…' })).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(solve).toHaveBeenCalledTimes(1));
    expect(solve.mock.calls[0]![0]).toEqual(challenge('salt-1'));
    expect(calls('GET /api/v1/auth/challenge')).toHaveLength(1);
    expect(calls('POST /api/v1/auth/login')).toHaveLength(1);

    finish('c29sdmVkLTE=');

    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(USER));
    expect(loginBodies(calls)).toEqual([
      { email: 'ada@example.com', password: 'a-long-passphrase' },
      { email: 'ada@example.com', password: 'a-long-passphrase', altcha: 'c29sdmVkLTE=' },
    ]);
    expect(calls('GET /api/v1/auth/challenge')).toHaveLength(1);
    expect(status).toBeEmptyDOMElement();
    expect(api.hasAccessToken()).toBe(true);
  });

  it('fetches a new challenge when the server refuses the solution', async () => {
    solve.mockResolvedValueOnce('c29sdmVkLTE=').mockResolvedValueOnce('c29sdmVkLTI=');
    const { user, onSuccess, calls } = setup({
      'POST /api/v1/auth/login': [CHALLENGE_REQUIRED, SOLUTION_REFUSED, SIGNED_IN],
      'GET /api/v1/auth/challenge': [jsonResponse(200, challenge('salt-1')), jsonResponse(200, challenge('salt-2'))],
    });

    await signIn(user);

    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(USER));
    expect(calls('GET /api/v1/auth/challenge')).toHaveLength(2);
    expect(solve.mock.calls.map(([solved]) => solved)).toEqual([challenge('salt-1'), challenge('salt-2')]);
    expect(loginBodies(calls).map((body) => body.altcha)).toEqual([undefined, 'c29sdmVkLTE=', 'c29sdmVkLTI=']);
  });

  it('says so when the server refuses the new challenge’s solution too', async () => {
    solve.mockResolvedValue('c29sdmVk');
    const { user, onSuccess, calls } = setup({
      'POST /api/v1/auth/login': [CHALLENGE_REQUIRED, SOLUTION_REFUSED],
      'GET /api/v1/auth/challenge': jsonResponse(200, challenge('salt-1')),
    });

    await signIn(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("We couldn't sign you in");
    expect(alert).toHaveTextContent("The challenge's solution is not valid or was used. Try again.");
    expect(calls('GET /api/v1/auth/challenge')).toHaveLength(2);
    expect(calls('POST /api/v1/auth/login')).toHaveLength(3);
    expect(screen.queryByText('Too many failed sign-ins. Checking your browser…')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveValue('a-long-passphrase');
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('shows an error when the browser cannot solve the challenge, keeping what was typed', async () => {
    solve.mockRejectedValue(new BrowserCheckError());
    const { user, onSuccess, calls } = setup({
      'POST /api/v1/auth/login': CHALLENGE_REQUIRED,
      'GET /api/v1/auth/challenge': jsonResponse(200, challenge('salt-1')),
    });

    await signIn(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("We couldn't check your browser");
    expect(calls('POST /api/v1/auth/login')).toHaveLength(1);
    expect(screen.queryByText('Too many failed sign-ins. Checking your browser…')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example.com');
    expect(screen.getByLabelText('Password')).toHaveValue('a-long-passphrase');
    expect(screen.getByRole('button', { name: 'Sign in' })).not.toHaveAttribute('aria-busy');
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('does not fetch a challenge for wrong credentials', async () => {
    const { user, calls } = setup({
      'POST /api/v1/auth/login': apiError(401, 'invalid_credentials', 'The email or password is not correct.'),
      'GET /api/v1/auth/challenge': jsonResponse(200, challenge('salt-1')),
    });

    await signIn(user);

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The email or password is not correct.'));
    expect(calls('GET /api/v1/auth/challenge')).toHaveLength(0);
    expect(solve).not.toHaveBeenCalled();
    expect(loginBodies(calls)).toEqual([{ email: 'ada@example.com', password: 'a-long-passphrase' }]);
  });

  it('goes on to the two-factor step when the checked sign-in asks for a code', async () => {
    solve.mockResolvedValue('c29sdmVk');
    const { user, calls } = setup({
      'POST /api/v1/auth/login': [
        CHALLENGE_REQUIRED,
        jsonResponse(202, { mfaRequired: true, mfaToken: 'mfa-token-1', expiresIn: 300 }),
      ],
      'GET /api/v1/auth/challenge': jsonResponse(200, challenge('salt-1')),
    });

    await signIn(user);

    expect(await screen.findByRole('form', { name: 'Two-factor sign-in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Authentication code')).toHaveFocus();
    expect(loginBodies(calls).map((body) => body.altcha)).toEqual([undefined, 'c29sdmVk']);
  });
});
