/** A light check; the server has the final word on what a valid address is. */
export function emailProblem(email: string): string | null {
  const value = email.trim();
  if (!value) return 'Enter your email address.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return 'Enter an email address like name@example.com.';
  return null;
}

export function nameProblem(name: string): string | null {
  const value = name.trim();
  if (!value) return 'Enter your name.';
  if ([...value].length > 100) return 'Use at most 100 characters.';
  return null;
}
