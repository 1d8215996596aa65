import { useEffect, useId } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';

import { PublicLayout } from '@/components/layout/PublicLayout';
import { Alert } from '@/components/ui';
import { CompassIcon, DocumentIcon, SparkIcon } from '@/components/ui/icons';
import { SignInForm } from '@/features/auth';
import { clearSessionEndReason } from '@/lib/auth';
import { safeNextPath } from '@/lib/safe-redirect';
import { useDocumentTitle } from '@/lib/use-document-title';

import { GuestOnly, type SignInLocationState } from '../route-guards';

import styles from './routes.module.css';

const POINTS = [
  {
    icon: <CompassIcon />,
    title: 'See your match score',
    text: 'Upload a resume and a job description; we show how well they line up and what is missing.',
  },
  {
    icon: <SparkIcon />,
    title: 'Accept only truthful rewrites',
    text: 'Every suggestion appears in a side-by-side diff. Nothing is invented: no new employers, titles or dates.',
  },
  {
    icon: <DocumentIcon />,
    title: 'Keep every version',
    text: 'Each tailored resume is saved and ready to export as PDF or DOCX.',
  },
];

export function LandingRoute() {
  useDocumentTitle('Sign in');
  return (
    <GuestOnly>
      <Landing />
    </GuestOnly>
  );
}

function Landing() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const reason = (location.state as SignInLocationState | null)?.reason ?? null;
  const headingId = useId();
  const next = searchParams.get('next');

  useEffect(() => clearSessionEndReason(), []);

  return (
    <PublicLayout
      headerAside={
        <>
          New here? <Link to="/sign-up">Create an account</Link>
        </>
      }
    >
      <div className={styles.landing}>
        <section className={styles.hero} aria-label="About resuMAX">
          <span className={styles.eyebrow}>Resume tailoring you can trust</span>
          <p className={styles.headline}>
            Fit your resume to every job, <span className={styles.highlight}>without making anything up.</span>
          </p>
          <p className={styles.lede}>
            resuMAX reads the job description, scores your resume against it and proposes precise,
            honest edits. You stay in control of every word.
          </p>
          <ul className={styles.points}>
            {POINTS.map((point) => (
              <li key={point.title} className={styles.point}>
                <span className={styles.pointIcon} aria-hidden="true">
                  {point.icon}
                </span>
                <span>
                  <span className={styles.pointTitle}>{point.title}</span>
                  <br />
                  <span className={styles.pointText}>{point.text}</span>
                </span>
              </li>
            ))}
          </ul>
        </section>
        <section className={styles.signInCard} aria-labelledby={headingId}>
          <h1 id={headingId} className={styles.signInTitle} tabIndex={-1}>
            Sign in
          </h1>
          <p className={styles.signInLede}>Welcome back. Pick up where you left off.</p>
          <div className={styles.stack}>
            {reason === 'expired' && (
              <Alert tone="warning" title="Your session ended">
                For your security we signed you out. Sign in again to continue where you were.
              </Alert>
            )}
            {reason === 'signed-out' && <Alert tone="success">You have been signed out.</Alert>}
            {reason === 'account-deleted' && (
              <Alert tone="success" title="Your account is being deleted">
                Your account and all its data are being deleted. We've sent a confirmation email.
              </Alert>
            )}
            {!reason && next && next !== '/dashboard' && (
              <Alert tone="info" announce="none">
                Sign in to continue to that page.
              </Alert>
            )}
            <SignInForm onSuccess={() => navigate(safeNextPath(next), { replace: true })} />
          </div>
          <p className={styles.cardFooter}>
            New to resuMAX? <Link to="/sign-up">Create a free account</Link>
          </p>
        </section>
      </div>
    </PublicLayout>
  );
}
