import styles from './account.module.css';

/** A polite live region announcing "Saved" after a successful submit. */
export function SaveStatus({ message }: { message: string | null }) {
  return (
    <p className={styles.saved} role="status">
      {message}
    </p>
  );
}
