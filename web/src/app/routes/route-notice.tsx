import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';

import { Alert } from '@/components/ui';
import type { NoticeState } from '@/lib/leave-after-delete';

import styles from './routes.module.css';

/**
 * The message the previous page left in the router state (e.g. "Deleted …"), in a polite live
 * region that exists before the message arrives so screen readers announce it.
 */
export function RouteNotice() {
  const { state } = useLocation();
  const notice = (state as NoticeState | null)?.notice ?? null;
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => setMessage(notice), [notice]);
  return (
    <div role="status" className={message ? styles.notice : undefined}>
      {message && (
        <Alert tone="success" announce="none">
          {message}
        </Alert>
      )}
    </div>
  );
}
