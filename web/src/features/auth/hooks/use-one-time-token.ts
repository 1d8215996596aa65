import { useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Reads ?token= once and removes it from the address bar, so the secret does not linger in
 * history or get copied along with the URL.
 */
export function useOneTimeToken(): string | null {
  const [searchParams] = useSearchParams();
  const [token] = useState(() => {
    const value = searchParams.get('token');
    if (value && typeof window !== 'undefined') {
      const url = new URL(window.location.href);
      url.searchParams.delete('token');
      window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    }
    return value;
  });
  return token;
}
