import type { SignInChallenge } from '../api/sign-in-challenge';

/** Solving the challenge failed in this browser (no Web Workers or Web Crypto, a timeout…). */
export class BrowserCheckError extends Error {
  constructor(message = 'The browser check did not finish.', options?: ErrorOptions) {
    super(message, options);
    this.name = 'BrowserCheckError';
  }
}

/**
 * Solves a sign-in challenge in the browser, off the main thread, and answers the payload to
 * send as login's `altcha`. The ALTCHA widget is loaded on first use only, as few sign-ins need it.
 * Rejects with BrowserCheckError, or with the signal's reason once aborted.
 */
export async function solveChallenge(challenge: SignInChallenge, signal?: AbortSignal): Promise<string> {
  try {
    const { solveWithAltcha } = await import('./altcha-solver');
    signal?.throwIfAborted();
    return await solveWithAltcha(challenge, signal);
  } catch (error) {
    if (signal?.aborted || error instanceof BrowserCheckError) throw error;
    // The widget's code could not be loaded (offline, a new release replaced it) or failed.
    throw new BrowserCheckError(undefined, { cause: error });
  }
}
