import { useId, type ReactNode } from 'react';

import { cx } from '@/lib/cx';

import styles from './Card.module.css';

interface CardProps {
  title?: ReactNode;
  description?: ReactNode;
  /** Buttons or links at the top-right of the card. */
  actions?: ReactNode;
  /** Heading level of the title (default h2). */
  headingLevel?: 'h2' | 'h3';
  className?: string;
  children: ReactNode;
}

/** A titled surface; with a title it is a labelled region landmark. */
export function Card({ title, description, actions, headingLevel = 'h2', className, children }: CardProps) {
  const titleId = useId();
  const Heading = headingLevel;
  return (
    <section className={cx(styles.card, className)} aria-labelledby={title ? titleId : undefined}>
      {(title || actions) && (
        <header className={styles.header}>
          <div className={styles.titles}>
            {title && (
              <Heading id={titleId} className={styles.title}>
                {title}
              </Heading>
            )}
            {description && <p className={styles.description}>{description}</p>}
          </div>
          {actions}
        </header>
      )}
      <div className={styles.body}>{children}</div>
    </section>
  );
}
