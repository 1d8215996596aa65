import { useCallback, useEffect, useRef, useState } from 'react';

import type { LoginResponse } from '@/lib/api-types';
import { useSignIn, type SignInInput } from '@/lib/auth';

import { fetchSignInChallenge, isChallengeRequired } from '../api/sign-in-challenge';
import { solveChallenge } from '../utils/solve-challenge';

/** Challenges solved for one sign-in: the first, and a new one when the server refuses that one. */
const MAX_CHALLENGES = 2;

/**
 * Signs in with the password. When the server asks for a browser check after repeated failed
 * sign-ins (428 challenge_required), fetches a proof-of-work challenge, has the browser solve it
 * and sends the same email and password again with the solution; no puzzle for the user.
 * `submit` rejects with the last ApiError, a BrowserCheckError when solving failed, or an
 * AbortError when the form went away meanwhile.
 */
export function useSignInWithCheck() {
  const { mutateAsync } = useSignIn();
  const [isPending, setPending] = useState(false);
  const [checking, setChecking] = useState(false);
  const controllerRef = useRef<AbortController | null>(null);

  useEffect(() => () => controllerRef.current?.abort(), []);

  const submit = useCallback(
    async (input: SignInInput): Promise<LoginResponse> => {
      controllerRef.current?.abort();
      const controller = new AbortController();
      controllerRef.current = controller;
      setPending(true);
      let altcha: string | undefined;
      try {
        for (let solved = 0; ; solved += 1) {
          try {
            return await mutateAsync(altcha === undefined ? input : { ...input, altcha });
          } catch (error) {
            if (!isChallengeRequired(error) || solved >= MAX_CHALLENGES || controller.signal.aborted) throw error;
            setChecking(true);
            const challenge = await fetchSignInChallenge(error, controller.signal);
            altcha = await solveChallenge(challenge, controller.signal);
          }
        }
      } finally {
        if (controllerRef.current === controller) {
          controllerRef.current = null;
          setPending(false);
          setChecking(false);
        }
      }
    },
    [mutateAsync],
  );

  return { submit, isPending, checking };
}
