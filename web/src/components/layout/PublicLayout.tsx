import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { Logo } from '../ui/Logo';

import styles from './PublicLayout.module.css';

interface PublicLayoutProps {
  /** Shown at the right of the header, e.g. "New here? Create an account". */
  headerAside?: ReactNode;
  children: ReactNode;
}

/** The frame of pages used while signed out: logo header, main landmark, footer. */
export function PublicLayout({ headerAside, children }: PublicLayoutProps) {
  return (
    <div className={styles.layout}>
      <header className={styles.header}>
        <Link to="/" className={styles.brand}>
          <Logo />
        </Link>
        {headerAside && <div className={styles.headerAside}>{headerAside}</div>}
      </header>
      <main id="main" className={styles.main} tabIndex={-1}>
        {children}
      </main>
      <footer className={styles.footer}>resuMAX · Truthful resume tailoring</footer>
    </div>
  );
}
