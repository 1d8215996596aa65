import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';

import { Logo } from '../ui/Logo';

import styles from './AppShell.module.css';
import { UserMenu, type UserMenuUser } from './UserMenu';

export interface NavItem {
  to: string;
  label: string;
}

interface AppShellProps {
  user: UserMenuUser;
  navItems: readonly NavItem[];
  children: ReactNode;
}

/** The signed-in frame: skip link, header with navigation and user menu, main landmark. */
export function AppShell({ user, navItems, children }: AppShellProps) {
  return (
    <div className={styles.shell}>
      <a className={styles.skip} href="#main">
        Skip to main content
      </a>
      <header className={styles.header}>
        <div className={styles.bar}>
          <Link to="/dashboard" className={styles.brand}>
            <Logo collapseOnMobile />
          </Link>
          <nav className={styles.nav} aria-label="Main">
            <ul className={styles.navList}>
              {navItems.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} className={styles.navLink} end={item.to === '/dashboard'}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <UserMenu user={user} />
        </div>
      </header>
      <main id="main" className={styles.main} tabIndex={-1}>
        {children}
      </main>
      <footer className={styles.footer}>resuMAX · Truthful resume tailoring</footer>
    </div>
  );
}
