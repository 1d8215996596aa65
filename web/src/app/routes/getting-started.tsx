import { Link } from 'react-router';

import { cx } from '@/lib/cx';

import styles from './routes.module.css';

interface GettingStartedProps {
  verified: boolean;
  hasResume: boolean;
  hasJob: boolean;
}

/** The three steps to a first tailored resume, with the next one highlighted. */
export function GettingStarted({ verified, hasResume, hasJob }: GettingStartedProps) {
  const steps = [
    { done: hasResume, title: 'Upload your resume', text: 'PDF or DOCX. See exactly what an ATS reads.', to: '/resumes/new', locked: !verified },
    { done: hasJob, title: 'Add a job description', text: 'Paste the posting; we extract the skills it asks for.', to: '/jobs/new', locked: false },
    { done: false, title: 'Optimize and review', text: 'Get a match score and truthful rewrites to accept or reject.', to: '/optimize', locked: !(hasResume && hasJob) },
  ];
  const next = steps.findIndex((step) => !step.done);
  return (
    <section className={styles.steps} aria-labelledby="getting-started">
      <h2 id="getting-started" className={styles.stepsTitle}>
        Get your first tailored resume in three steps
      </h2>
      <ol className={styles.stepList}>
        {steps.map((step, index) => (
          <li key={step.title} className={cx(styles.step, step.done && styles.stepDone, index === next && styles.stepNext)}>
            <span className={styles.stepNumber} aria-hidden="true">
              {step.done ? '✓' : index + 1}
            </span>
            <div>
              <p className={styles.stepTitle}>
                {step.locked || step.done ? (
                  step.title
                ) : (
                  <Link to={step.to}>{step.title}</Link>
                )}
                {step.done && <span className="sr-only"> (done)</span>}
              </p>
              <p className={styles.stepText}>
                {step.locked && index === 0 ? 'Verify your email address first, then upload.' : step.text}
              </p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
