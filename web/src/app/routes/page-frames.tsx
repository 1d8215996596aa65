import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { PageHeader } from '@/components/layout/PageHeader';
import { Card } from '@/components/ui';
import { useDocumentTitle } from '@/lib/use-document-title';

import styles from './routes.module.css';

export function BackLink({ to = '/dashboard', label = 'Dashboard' }: { to?: string; label?: string }) {
  return (
    <Link to={to} className={styles.backLink}>
      ← {label}
    </Link>
  );
}

interface FormPageProps {
  title: string;
  description: string;
  /** "narrow" for a single control, "wide" for a form with a row of fields. */
  width: 'narrow' | 'wide';
  children: ReactNode;
}

/** A page that is one form in a card: back link, heading and the card. */
export function FormPage({ title, description, width, children }: FormPageProps) {
  useDocumentTitle(title);
  return (
    <div className={width === 'narrow' ? styles.narrow : styles.formCard}>
      <BackLink />
      <PageHeader title={title} description={description} />
      <Card>{children}</Card>
    </div>
  );
}
