import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';

import { routes } from '@/app/router';
import { api } from '@/lib/api-client';
import type { User } from '@/lib/api-types';
import { sessionQueryKey } from '@/lib/auth';
import { apiError, createFetchMock, jsonResponse } from '@/testing/fetch-mock';
import { buildUser, tokens } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

const QR_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 21 21"><path d="M0 0h7v7H0z"/></svg>';
const ENROLMENT = {
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  otpauthUri: 'otpauth://totp/resuMAX:ada%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=resuMAX',
  qrSvg: QR_SVG,
};
const RECOVERY_CODES = Array.from({ length: 10 }, (_, index) => `code${index}-${String(index).repeat(5)}`);

function renderSecurityPage(answers: Parameters<typeof createFetchMock>[0], user: User = buildUser()) {
  const mock = createFetchMock(answers);
  vi.stubGlobal('fetch', mock.fetch);
  const view = renderWithApp(null, { routes, path: '/settings/security', user });
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

describe('Two-factor authentication settings', () => {
  it('turns on with the password, the QR code or setup key and a code, then shows the recovery codes once', async () => {
    const { person, calls, queryClient } = renderSecurityPage({
      'POST /api/v1/users/me/mfa/totp': jsonResponse(200, ENROLMENT),
      'POST /api/v1/users/me/mfa/totp/confirm': jsonResponse(200, { recoveryCodes: RECOVERY_CODES }),
    });

    const card = await screen.findByRole('region', { name: 'Two-factor authentication' });
    expect(card).toHaveTextContent('Off');
    expect(document.title).toBe('Two-factor authentication · Account settings · resuMAX');
    await person.click(within(card).getByRole('button', { name: 'Turn on two-factor authentication' }));

    const passwordForm = screen.getByRole('form', { name: 'Turn on two-factor authentication' });
    expect(within(passwordForm).getByLabelText('Password')).toHaveFocus();
    await person.type(within(passwordForm).getByLabelText('Password'), 'a-long-passphrase');
    await person.click(within(passwordForm).getByRole('button', { name: 'Continue' }));

    const setup = await screen.findByRole('form', { name: 'Set up your authenticator app' });
    expect(JSON.parse(calls('POST /api/v1/users/me/mfa/totp')[0]!.body!)).toEqual({ password: 'a-long-passphrase' });
    const qr = within(setup).getByRole('img', { name: 'QR code for your authenticator app' });
    const source = qr.getAttribute('src')!;
    expect(source.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(atob(source.slice('data:image/svg+xml;base64,'.length))).toBe(QR_SVG);
    // The SVG is a picture, never markup in the page.
    expect(setup.querySelector('svg path[d="M0 0h7v7H0z"]')).toBeNull();
    expect(screen.getByTestId('totp-secret')).toHaveTextContent('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');

    const code = within(setup).getByLabelText('Authentication code');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveAttribute('inputmode', 'numeric');
    await person.type(code, '123456');
    await person.click(within(setup).getByRole('button', { name: 'Turn on' }));

    const codes = await screen.findByRole('list', { name: 'Recovery codes' });
    expect(JSON.parse(calls('POST /api/v1/users/me/mfa/totp/confirm')[0]!.body!)).toEqual({ code: '123456' });
    expect(within(codes).getAllByRole('listitem').map((item) => item.textContent)).toEqual(RECOVERY_CODES);
    expect(screen.getByRole('heading', { name: 'Save your recovery codes' })).toHaveFocus();
    expect(screen.getByText('Two-factor authentication is on')).toBeInTheDocument();
    expect(queryClient.getQueryData<User>(sessionQueryKey)?.mfaEnabled).toBe(true);

    await person.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText('Copied the recovery codes to the clipboard.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(RECOVERY_CODES.join('\n'));

    const createObjectURL = vi.fn((_blob: Blob) => 'blob:recovery-codes');
    // jsdom has no object URLs: lend it these for this test only.
    const objectUrls = URL as unknown as Record<string, unknown>;
    Object.assign(objectUrls, { createObjectURL, revokeObjectURL: vi.fn() });
    onTestFinished(() => {
      delete objectUrls.createObjectURL;
      delete objectUrls.revokeObjectURL;
    });
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    await person.click(screen.getByRole('button', { name: 'Download' }));
    expect(clicks).toHaveLength(1);
    expect(clicks[0]!.download).toBe('resumax-recovery-codes.txt');
    expect(clicks[0]!.getAttribute('href')).toBe('blob:recovery-codes');
    const text = await createObjectURL.mock.calls[0]![0].text();
    for (const recoveryCode of RECOVERY_CODES) expect(text).toContain(recoveryCode);

    await person.click(screen.getByRole('button', { name: 'I saved them' }));
    expect(screen.queryByRole('list', { name: 'Recovery codes' })).not.toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Turn off two-factor authentication' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Two-factor authentication is on.');
    expect(card).toHaveTextContent('On');
  });

  it('keeps the password step when the password is wrong', async () => {
    const { person } = renderSecurityPage({
      'POST /api/v1/users/me/mfa/totp': apiError(422, 'validation_failed', 'The password is not correct.', {
        field: 'password',
      }),
    });

    await person.click(await screen.findByRole('button', { name: 'Turn on two-factor authentication' }));
    await person.type(screen.getByLabelText('Password'), 'not-my-password');
    await person.click(screen.getByRole('button', { name: 'Continue' }));

    const password = screen.getByLabelText('Password');
    await waitFor(() => expect(password).toHaveAccessibleDescription(/The password is not correct/));
    expect(password).toHaveFocus();
    expect(screen.queryByRole('form', { name: 'Set up your authenticator app' })).not.toBeInTheDocument();
  });

  it('lets the user try another code when the first is wrong', async () => {
    const { person, queryClient } = renderSecurityPage({
      'POST /api/v1/users/me/mfa/totp': jsonResponse(200, ENROLMENT),
      'POST /api/v1/users/me/mfa/totp/confirm': apiError(422, 'validation_failed', 'That code is not correct.', {
        field: 'code',
      }),
    });

    await person.click(await screen.findByRole('button', { name: 'Turn on two-factor authentication' }));
    await person.type(screen.getByLabelText('Password'), 'a-long-passphrase');
    await person.click(screen.getByRole('button', { name: 'Continue' }));
    await person.type(await screen.findByLabelText('Authentication code'), '000000');
    await person.click(screen.getByRole('button', { name: 'Turn on' }));

    const code = screen.getByLabelText('Authentication code');
    await waitFor(() => expect(code).toHaveAccessibleDescription(/That code is not correct/));
    expect(code).toHaveFocus();
    expect(screen.getByRole('img', { name: 'QR code for your authenticator app' })).toBeInTheDocument();
    expect(queryClient.getQueryData<User>(sessionQueryKey)?.mfaEnabled).toBe(false);
  });

  it('turns off with the password and a code', async () => {
    const { person, calls, queryClient } = renderSecurityPage(
      { 'DELETE /api/v1/users/me/mfa/totp': jsonResponse(200, { status: 'mfa_disabled' }) },
      buildUser({ mfaEnabled: true }),
    );

    const form = await screen.findByRole('form', { name: 'Turn off two-factor authentication' });
    expect(screen.getByRole('region', { name: 'Two-factor authentication' })).toHaveTextContent('On');
    await person.type(within(form).getByLabelText('Password'), 'a-long-passphrase');
    await person.type(within(form).getByLabelText('Authentication code'), '123 456');
    await person.click(within(form).getByRole('button', { name: 'Turn off two-factor authentication' }));

    expect(await screen.findByRole('button', { name: 'Turn on two-factor authentication' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Two-factor authentication is off.');
    expect(JSON.parse(calls('DELETE /api/v1/users/me/mfa/totp')[0]!.body!)).toEqual({
      password: 'a-long-passphrase',
      code: '123456',
    });
    expect(queryClient.getQueryData<User>(sessionQueryKey)?.mfaEnabled).toBe(false);
  });

  it('turns off with a recovery code, and shows a wrong one next to its field', async () => {
    const { person, calls } = renderSecurityPage(
      {
        'DELETE /api/v1/users/me/mfa/totp': [
          apiError(422, 'validation_failed', 'That code is not correct.', { field: 'code' }),
          jsonResponse(200, { status: 'mfa_disabled' }),
        ],
      },
      buildUser({ mfaEnabled: true }),
    );

    const form = await screen.findByRole('form', { name: 'Turn off two-factor authentication' });
    await person.type(within(form).getByLabelText('Password'), 'a-long-passphrase');
    await person.type(within(form).getByLabelText('Authentication code'), 'abcde-00000');
    await person.click(within(form).getByRole('button', { name: 'Turn off two-factor authentication' }));

    const code = within(form).getByLabelText('Authentication code');
    await waitFor(() => expect(code).toHaveAccessibleDescription(/That code is not correct/));
    expect(code).toHaveFocus();

    await person.clear(code);
    await person.type(code, 'abcde-12345');
    await person.click(within(form).getByRole('button', { name: 'Turn off two-factor authentication' }));

    expect(await screen.findByRole('button', { name: 'Turn on two-factor authentication' })).toBeInTheDocument();
    expect(calls('DELETE /api/v1/users/me/mfa/totp').map((call) => JSON.parse(call.body!).code)).toEqual([
      'abcde-00000',
      'abcde-12345',
    ]);
  });
});
