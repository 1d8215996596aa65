// The ALTCHA widget (a web component) solving a sign-in challenge, never shown. `altcha/external`
// is the build without inlined workers and styles: the default build starts its workers from
// blob: (or data:) URLs and injects a <style> element, which the Content-Security-Policy blocks
// (workers and styles from 'self' only). Vite emits the SHA worker as a file of its own instead.
import 'altcha/external';
import ShaWorker from 'altcha/workers/sha?worker';

import type { SignInChallenge } from '../api/sign-in-challenge';
import { BrowserCheckError } from './solve-challenge';

$altcha.algorithms.set('SHA-256', () => new ShaWorker());

interface StateChangeDetail {
  state: string;
  payload?: string | null;
}

export function solveWithAltcha(challenge: SignInChallenge, signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const widget = document.createElement('altcha-widget');
    // Out of sight and out of the accessibility tree: the sign-in form says what is happening.
    widget.hidden = true;
    widget.setAttribute('challenge', JSON.stringify(challenge));
    widget.setAttribute('auto', 'onload');
    widget.setAttribute('display', 'invisible');
    widget.setAttribute(
      'configuration',
      JSON.stringify({ hideFooter: true, hideLogo: true, humanInteractionSignature: false, minDuration: 0 }),
    );

    const finish = () => {
      widget.removeEventListener('statechange', onStateChange);
      signal?.removeEventListener('abort', onAbort);
      widget.remove();
    };
    const onStateChange = (event: Event) => {
      const { state, payload } = (event as CustomEvent<StateChangeDetail>).detail;
      if (state === 'verified' && payload) {
        finish();
        resolve(payload);
      } else if (state === 'error' || state === 'expired') {
        finish();
        reject(new BrowserCheckError());
      }
    };
    const onAbort = () => {
      // Stops the workers before the element goes.
      widget.reset?.();
      finish();
      reject(signal?.reason);
    };

    widget.addEventListener('statechange', onStateChange);
    signal?.addEventListener('abort', onAbort, { once: true });
    // Not inside the sign-in form: the widget would hook its submit and focus events.
    document.body.append(widget);
  });
}
