import { NavLink } from 'react-router';

import styles from './SectionNav.module.css';

export interface SectionNavItem {
  to: string;
  label: string;
  /** Matches only this exact path (for the section's first page). */
  end?: boolean;
}

/** The pages of one area (settings, admin) as a row of links; the open one is marked current. */
export function SectionNav({ label, items }: { label: string; items: readonly SectionNavItem[] }) {
  return (
    <nav className={styles.nav} aria-label={label}>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end} className={styles.link}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
