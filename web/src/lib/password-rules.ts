// Mirrors the server's password policy so people see problems while typing. The server stays
// the authority: it also rejects passwords from its list of common ones.

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

export interface PasswordCheck {
  id: 'length' | 'guessable' | 'email';
  label: string;
  met: boolean;
}

function codePoints(text: string): number {
  return [...text].length;
}

// Every step between neighbouring characters is the same +1, -1 or 0 ("abcdefghij", "aaaaaaaaaa").
function isRun(text: string): boolean {
  if (text.length < 3) return true;
  const step = text.charCodeAt(1) - text.charCodeAt(0);
  if (step < -1 || step > 1) return false;
  for (let i = 2; i < text.length; i += 1) {
    if (text.charCodeAt(i) - text.charCodeAt(i - 1) !== step) return false;
  }
  return true;
}

function emailName(email: string): string {
  return email.split('@')[0]?.trim().toLowerCase() ?? '';
}

export function checkPassword(password: string, email: string): PasswordCheck[] {
  const lower = password.toLowerCase();
  const length = codePoints(password);
  const name = emailName(email);
  return [
    {
      id: 'length',
      label: `${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`,
      met: length >= MIN_PASSWORD_LENGTH && length <= MAX_PASSWORD_LENGTH,
    },
    {
      id: 'guessable',
      label: 'Not a simple pattern like aaaa… or 1234…',
      met: length > 0 && new Set(lower).size >= 4 && !isRun(lower),
    },
    {
      id: 'email',
      label: 'Not built from your email address',
      met: length > 0 && !(name.length >= 4 && lower.includes(name)),
    },
  ];
}

/** The first problem with a password, worded like the server's message, or null. */
export function passwordProblem(password: string, email: string): string | null {
  if (!password) return 'Enter a password.';
  const failed = checkPassword(password, email).find((check) => !check.met);
  switch (failed?.id) {
    case 'length':
      return `Use a password of ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`;
    case 'guessable':
      return 'This password is too easy to guess. Choose another.';
    case 'email':
      return 'Do not build your password from your email address.';
    default:
      return null;
  }
}
