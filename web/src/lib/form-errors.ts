import { isApiError } from './api-client';

/** "30 seconds", "2 minutes": a wait the server asked for, in words. */
export function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** A sentence for the user that says what went wrong and what to do next. */
export function describeError(error: unknown): string {
  if (!isApiError(error)) return 'Something unexpected happened. Please try again.';
  if (error.code === 'rate_limited') {
    return error.retryAfterSeconds
      ? `Too many attempts. Please wait ${formatWait(error.retryAfterSeconds)} and try again.`
      : 'Too many attempts. Please wait a moment and try again.';
  }
  if (error.status >= 500 && error.requestId) {
    return `${error.message} If it keeps happening, contact support with reference ${error.requestId}.`;
  }
  return error.message;
}

export interface SplitErrors<F extends string> {
  fieldErrors: Partial<Record<F, string>>;
  formError: string | null;
}

/**
 * Puts a validation error next to the field it names (details.field, mapped from the server's
 * field name to the form's), and anything else at the top of the form.
 */
export function splitApiError<F extends string>(
  error: unknown,
  fieldMap: Partial<Record<string, F>>,
): SplitErrors<F> {
  if (isApiError(error) && error.field) {
    const field = fieldMap[error.field];
    if (field) return { fieldErrors: { [field]: error.message } as Partial<Record<F, string>>, formError: null };
  }
  return { fieldErrors: {}, formError: describeError(error) };
}

export function hasErrors(errors: Partial<Record<string, string>>): boolean {
  return Object.values(errors).some(Boolean);
}
