import { checkPassword } from '@/lib/password-rules';

import styles from './PasswordChecklist.module.css';

interface PasswordChecklistProps {
  id: string;
  password: string;
  /** Omit when the address is unknown here; the server still checks that rule. */
  email?: string;
}

/** The password rules, ticked off live as the user types. Referenced by the field's aria-describedby. */
export function PasswordChecklist({ id, password, email }: PasswordChecklistProps) {
  return (
    <ul id={id} className={styles.checklist}>
      {checkPassword(password, email ?? '')
        .filter((check) => email !== undefined || check.id !== 'email')
        .map((check) => (
        <li key={check.id} className={`${styles.check} ${check.met ? styles.met : styles.unmet}`}>
          <svg className={styles.icon} viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
            {check.met ? (
              <path
                fillRule="evenodd"
                clipRule="evenodd"
                d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.86-9.78a.75.75 0 0 0-1.22-.88l-3.48 4.83-1.6-1.6a.75.75 0 1 0-1.06 1.06l2.25 2.25a.75.75 0 0 0 1.14-.09l3.97-5.57Z"
              />
            ) : (
              <circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            )}
          </svg>
          <span>
            {check.label}
            <span className="sr-only">{check.met ? ' (done)' : ' (not yet)'}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
