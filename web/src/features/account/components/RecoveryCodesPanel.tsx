import { useEffect, useId, useRef, useState } from 'react';

import { Alert, Button } from '@/components/ui';

import { recoveryCodesFile } from '../utils/two-factor';

import styles from './account.module.css';

interface RecoveryCodesPanelProps {
  email: string;
  codes: readonly string[];
  /** The user says the codes are kept somewhere safe. */
  onDone: () => void;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** The recovery codes, shown once right after two-factor sign-in is turned on, to copy or download. */
export function RecoveryCodesPanel({ email, codes, onDone }: RecoveryCodesPanelProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');

  // The setup form is gone: the codes are what the user reads next.
  useEffect(() => headingRef.current?.focus(), []);

  const copyCodes = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopy('copied');
    } catch {
      // No clipboard (permission refused, insecure page): select the codes for the user to copy.
      const selection = window.getSelection();
      if (listRef.current && selection) selection.selectAllChildren(listRef.current);
      setCopy('failed');
    }
  };

  const download = () => {
    const blob = new Blob([recoveryCodesFile(email, codes)], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'resumax-recovery-codes.txt';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <div className={styles.stack}>
      <Alert tone="success" title="Two-factor authentication is on">
        From now on, signing in asks for a code from your authenticator app after your password.
      </Alert>
      <section aria-labelledby={headingId} className={styles.recovery}>
        <h3 id={headingId} ref={headingRef} tabIndex={-1} className={styles.subheading}>
          Save your recovery codes
        </h3>
        <p>
          If you lose your phone or can't use the app, each of these codes signs you in once instead of a code from
          the app. Keep them somewhere safe, such as a password manager.{' '}
          <strong>We won't show them again.</strong>
        </p>
        <ul ref={listRef} className={styles.recoveryCodes} aria-label="Recovery codes">
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <div className={styles.footerActions}>
          <Button variant="secondary" size="sm" onClick={() => void copyCodes()}>
            Copy
          </Button>
          <Button variant="secondary" size="sm" onClick={download}>
            Download
          </Button>
          <span className={styles.meta} role="status">
            {copy === 'copied'
              ? 'Copied the recovery codes to the clipboard.'
              : copy === 'failed'
                ? "Couldn't copy: the codes are selected, copy them with your keyboard."
                : ''}
          </span>
        </div>
        <div className={styles.footerActions}>
          <Button onClick={onDone}>I saved them</Button>
        </div>
      </section>
    </div>
  );
}
