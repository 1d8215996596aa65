import { useEffect, useState } from 'react';

import { Alert } from '@/components/ui';

/** Seconds left before the next try, counting down. */
function Countdown({ seconds }: { seconds: number }) {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setLeft(left - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);
  return <>{left > 0 ? `Trying again in ${left} ${left === 1 ? 'second' : 'seconds'}…` : 'Trying again now…'}</>;
}

/** What a live region says while waiting out a 429 before the next try. */
export function busyAnnouncement(seconds: number): string {
  return `Another ATS report of yours is being prepared. Trying again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
}

/**
 * While the server prepares another report of the user's (429): one report is made at a time,
 * and this one is asked again after the server's Retry-After, counting down. The page's own live
 * region announces it (busyAnnouncement), so the notice itself does not.
 */
export function BusyNotice({ waiting }: { waiting: { seconds: number; attempt: number } }) {
  return (
    <Alert tone="info" announce="none" title="Another ATS report of yours is being prepared">
      One report is made at a time. <Countdown key={waiting.attempt} seconds={waiting.seconds} />
    </Alert>
  );
}
