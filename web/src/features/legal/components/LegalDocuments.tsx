import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { RetryAlert, Spinner } from '@/components/ui';

import { useLegalVersions } from '../api/legal';
import styles from './legal.module.css';

interface LegalDocumentProps {
  title: string;
  /** The version in force, read from GET /legal. */
  version: (versions: { termsVersion: string; privacyVersion: string }) => string;
  lede: ReactNode;
  children: ReactNode;
  /** The other document, linked at the end. */
  seeAlso: ReactNode;
}

function LegalDocument({ title, version, lede, children, seeAlso }: LegalDocumentProps) {
  const versions = useLegalVersions();
  return (
    <article className={styles.document}>
      <h1 className={styles.title} tabIndex={-1}>
        {title}
      </h1>
      <div className={styles.version}>
        {versions.isPending && <Spinner size="sm" label="Loading the version in force…" showLabel />}
        {versions.isError && (
          <RetryAlert
            title="We couldn't load the version in force"
            error={versions.error}
            onRetry={() => void versions.refetch()}
            retrying={versions.isFetching}
            retryLabel="Retry"
          />
        )}
        {versions.isSuccess && <p>Version in force: {version(versions.data)}</p>}
      </div>
      <div className={styles.lede}>{lede}</div>
      {children}
      <p className={styles.seeAlso}>{seeAlso}</p>
    </article>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className={styles.section}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** The terms of service, at /terms. */
export function TermsOfService() {
  return (
    <LegalDocument
      title="Terms of Service"
      version={(versions) => versions.termsVersion}
      lede={
        <p>
          These terms are the agreement between you and the operator of this resuMAX service, the person or
          organisation that runs it. They are short on purpose.
        </p>
      }
      seeAlso={
        <>
          How your data is treated: <Link to="/privacy">read the Privacy Policy</Link>.
        </>
      }
    >
      <Section title="What resuMAX does">
        <p>
          resuMAX reads your resume and the job descriptions you add, shows how well they match and proposes edits
          that you accept or reject one by one. It does not add employers, job titles or dates you did not write.
          You decide what goes into the resumes you send, so check each version before you use it.
        </p>
      </Section>
      <Section title="Your account">
        <p>
          Use your own email address and keep your password to yourself; two-factor authentication adds protection.
          You are responsible for what is done with your account. An account whose email address is never confirmed
          is deleted after 30 days.
        </p>
      </Section>
      <Section title="Your content">
        <p>
          Your resumes, job descriptions and the versions made from them stay yours. You allow the operator to store
          and process them only to provide resuMAX to you, as the Privacy Policy describes. Add only content you have
          the right to use.
        </p>
      </Section>
      <Section title="Fair use">
        <p>
          Do not use resuMAX to break the law, to upload other people’s personal data without their permission, to get
          around its limits or security, or to overload it. The operator may suspend an account that does.
        </p>
      </Section>
      <Section title="No guarantee">
        <p>
          resuMAX is provided as it is. Match scores and suggested edits are aids, not a promise of an interview or a
          job, and the service may at times be unavailable. As far as the law allows, the operator is not liable for
          decisions made with it.
        </p>
      </Section>
      <Section title="Ending">
        <p>
          You can delete your account at any time, with everything in it, in{' '}
          <Link to="/settings/delete-account">Settings → Delete account</Link>.
        </p>
      </Section>
      <Section title="Changes and questions">
        <p>
          When these terms or the Privacy Policy change, the version above changes and you are asked to accept the new
          one before you go on using resuMAX. If you do not accept it, you can sign out, and ask the operator of this
          resuMAX service to delete your account. Questions about these terms go to the operator too.
        </p>
      </Section>
    </LegalDocument>
  );
}

/** The privacy policy, at /privacy. */
export function PrivacyPolicy() {
  return (
    <LegalDocument
      title="Privacy Policy"
      version={(versions) => versions.privacyVersion}
      lede={
        <p>
          This policy says what the operator of this resuMAX service does with your data. In short: it is used to
          tailor your resume for you and for nothing else. It is never sold and never used for advertising.
        </p>
      }
      seeAlso={
        <>
          The rules of using resuMAX: <Link to="/terms">read the Terms of Service</Link>.
        </>
      }
    >
      <Section title="What is kept">
        <ul>
          <li>
            Your account: your name, email address and preferences, your two-factor settings if you turn them on, and a
            hash of your password (never the password itself).
          </li>
          <li>What you add: your resumes and job descriptions, the optimizations run on them and the versions you save.</li>
          <li>Your sessions: the browser each one signed in from and its approximate network.</li>
          <li>Security activity: sign-ins and changes to your account, such as a new password or email address.</li>
        </ul>
      </Section>
      <Section title="How it is stored and used">
        <p>
          Resumes and job descriptions are stored encrypted at rest in resuMAX’s built-in store, or in the S3 bucket
          the operator configured. They are used only to read (parse) them, match them with each other and rewrite
          your resume for you. Emails go to you about your account and your optimizations; those not about security
          can be turned off in <Link to="/settings/notifications">Settings → Notifications</Link>.
        </p>
      </Section>
      <Section title="Language models">
        <p>
          A language-model provider receives text only if the operator configured one: the parts of your resume
          being rewritten, to propose edits, and at times the text of a resume, to help read it. Your personal data is
          redacted from these prompts first: email addresses, phone numbers and links are removed, and your contact
          details are never sent to be rewritten.
        </p>
      </Section>
      <Section title="Who else sees it">
        <p>
          No one, except the services that run resuMAX for the operator (the storage bucket, the mail server that
          delivers its emails and a language-model provider, where configured) and the administrators of this
          service, who see account details such as your name and email address to run it. Your data is not sold and
          there is no advertising. The only cookies are the ones that keep you signed in.
        </p>
      </Section>
      <Section title="How long it is kept">
        <p>
          Your data is kept for as long as your account exists. Security activity is kept for a year. Accounts whose
          email address is never confirmed are deleted after 30 days, with everything in them.
        </p>
      </Section>
      <Section title="Your choices">
        <ul>
          <li>
            A copy of your data, to download: <Link to="/settings/data">Settings → Your data</Link>.
          </li>
          <li>
            Your name and email address, to correct: <Link to="/settings">Settings → Profile</Link>.
          </li>
          <li>
            Your account, deleted with everything in it: <Link to="/settings/delete-account">Settings → Delete account</Link>.
          </li>
        </ul>
      </Section>
      <Section title="Changes and questions">
        <p>
          When this policy changes, the version above changes and you are asked to accept the new one. Questions and
          requests about your data go to the operator of this resuMAX service.
        </p>
      </Section>
    </LegalDocument>
  );
}
