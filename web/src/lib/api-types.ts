// Types shared by more than one feature. Feature-specific types live in features/<name>/api.

/** How boldly the optimizer rewrites a resume. */
export type Strategy = 'conservative' | 'balanced' | 'bold';

export const STRATEGIES: readonly Strategy[] = ['conservative', 'balanced', 'bold'];

export interface NotificationPreferences {
  optimizationReady: boolean;
  productNews: boolean;
}

/** Known preference keys; the server stores any JSON object, so unknown keys are kept as-is. */
export interface Preferences {
  defaultStrategy?: Strategy;
  notifications?: Partial<NotificationPreferences>;
  [key: string]: unknown;
}

export type Role = 'user' | 'admin';

/** GET /users/me */
export interface User {
  id: string;
  email: string;
  name: string;
  emailVerified: boolean;
  emailVerifiedAt: string | null;
  preferences: Preferences;
  role: Role;
  /** Sign-in asks for a code from an authenticator app after the password. */
  mfaEnabled: boolean;
  /** A new address waiting for its owner to open the emailed link; `email` stays until then. */
  pendingEmail: string | null;
  /** The terms of service and privacy policy versions the user accepted, and whether newer ones wait. */
  consent: Consent;
  createdAt: string;
  updatedAt: string;
}

/** What the user accepted of the terms of service and privacy policy (part of User). */
export interface Consent {
  /** The terms of service version accepted (null: none recorded). */
  termsVersion: string | null;
  /** The privacy policy version accepted (null: none recorded). */
  privacyVersion: string | null;
  acceptedAt: string | null;
  /**
   * The versions accepted are not the ones in force: the app asks the user to accept those
   * (POST /users/me/consent) before showing any signed-in page.
   */
  required: boolean;
}

/**
 * GET /legal (public): the terms of service and privacy policy versions in force, e.g.
 * "2026-12-01". POST /users/me/consent sends them back once the user accepts (409
 * consent_outdated, with the current ones in `details`, when they are no longer in force).
 */
export interface LegalVersions {
  termsVersion: string;
  privacyVersion: string;
}

/** Register and login responses (200), and POST /auth/mfa's. */
export interface SessionResponse {
  user: User;
  accessToken: string;
  refreshToken: string;
  tokenType: string;
  expiresIn: number;
}

/**
 * POST /auth/login's answer (202) for an account with two-factor sign-in: no session yet, but a
 * short-lived token to send with the code to POST /auth/mfa.
 */
export interface MfaChallenge {
  mfaRequired: true;
  mfaToken: string;
  /** Seconds the token stays valid. */
  expiresIn: number;
}

/** POST /auth/login: signed in (200) or asked for a second factor (202). */
export type LoginResponse = SessionResponse | MfaChallenge;

/** POST /users/me/mfa/totp: an authenticator app's setup, not in force until confirmed. */
export interface TotpEnrolment {
  /** Base32, for typing into the app by hand. */
  secret: string;
  otpauthUri: string;
  /** An SVG document: the otpauth URI as a QR code. */
  qrSvg: string;
}

/** POST /users/me/mfa/totp/confirm: two-factor sign-in is on; each code works once, instead of an app's code. */
export interface RecoveryCodes {
  /** Ten codes like "abcde-12345". */
  recoveryCodes: string[];
}

/** POST /auth/email-change/confirm */
export interface EmailChanged {
  status: 'email_changed';
  /** The account's address from now on. */
  email: string;
}

export type DataExportStatus = 'queued' | 'running' | 'ready' | 'failed';

/** One request for a copy of the account's data (a ZIP), as GET /users/me/exports lists it. */
export interface DataExport {
  id: string;
  status: DataExportStatus;
  createdAt: string;
  completedAt: string | null;
  /** When the download link stops working. */
  expiresAt: string | null;
  sizeBytes: number | null;
  /** A signed link, set only while the copy is ready and not expired. */
  downloadUrl: string | null;
}

/** POST /users/me/export (202) */
export interface DataExportRequested {
  id: string;
  status: 'queued';
  createdAt: string;
}

/** GET /users/me/exports, newest first. */
export interface DataExportList {
  items: DataExport[];
}

/** The response of every list endpoint. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Query parameters every list endpoint accepts. */
export interface ListParams {
  limit?: number;
  cursor?: string;
}

export interface StatusResponse<S extends string = string> {
  status: S;
}

/** One signed-in session of the user: GET /users/me/sessions, most recently used first. */
export interface AccountSession {
  id: string;
  createdAt: string;
  lastUsedAt: string;
  /** The browser's User-Agent header as it signed in ("" when it sent none). */
  userAgent: string;
  /** Approximate: the network the session was last used from, e.g. "203.0.113.0/24" ("" when unknown). */
  clientAddress: string;
  /** The session of this browser. */
  current: boolean;
}

/** GET /users/me/sessions */
export interface AccountSessionList {
  items: AccountSession[];
}

/** DELETE /users/me/sessions: how many other sessions were signed out. */
export interface RevokedSessions {
  revoked: number;
}

/**
 * What the security log records. The server may add events: an unknown one is shown by its
 * name.
 */
export type AuditEventName =
  | 'login_succeeded'
  | 'login_failed'
  | 'logout'
  | 'register'
  | 'email_verified'
  | 'password_changed'
  | 'password_reset'
  | 'password_reset_requested'
  | 'refresh_token_reused'
  | 'session_revoked'
  | 'sessions_revoked'
  | 'account_deletion_requested'
  | 'account_disabled'
  | 'account_enabled'
  | 'login_refused_disabled'
  | 'login_mfa_required'
  | 'login_mfa_failed'
  | 'mfa_enrolment_started'
  | 'mfa_enabled'
  | 'mfa_disabled'
  | 'email_change_requested'
  | 'email_changed'
  | 'data_export_requested'
  | 'data_export_ready'
  | 'admin_role_granted'
  | 'admin_role_revoked'
  | 'admin_job_retried'
  | 'admin_job_discarded'
  | 'account_deleted';

/** One entry of GET /users/me/activity, newest first. */
export interface ActivityEntry {
  id: string;
  event: AuditEventName | (string & {});
  createdAt: string;
  /** Approximate, like a session's; "" when unknown. */
  clientAddress: string;
  requestId: string;
  details: Record<string, unknown>;
}

/** The answer of DELETE /users/me (202): the account and its data are being deleted. */
export type AccountDeletion = StatusResponse<'deletion_scheduled'>;

/** One account as GET /admin/users lists it (and POST /admin/users/{id}/disable|enable answer). */
export interface AdminUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  emailVerified: boolean;
  disabled: boolean;
  disabledAt: string | null;
  createdAt: string;
  resumeCount: number;
  optimizationCount: number;
}

/** GET /admin/users */
export interface AdminUserListParams extends ListParams {
  /** Searches email and name. */
  q?: string;
}

/** One entry of GET /admin/audit: `userId` is whose account it concerns, `actorId` who did it. */
export interface AuditEntry extends ActivityEntry {
  userId: string | null;
  actorId: string | null;
}

/** GET /admin/audit */
export interface AuditListParams extends ListParams {
  userId?: string;
  event?: string;
  /** ISO timestamps. */
  since?: string;
  until?: string;
}

/** A background job that failed every attempt. */
export interface DeadJob {
  id: string;
  kind: string;
  attempts: number;
  lastError: string;
  updatedAt: string;
}

/** GET /admin/queue */
export interface QueueStatus {
  depth: { queued: number; running: number; dead: number };
  /** How long the oldest queued job has waited; null when none waits. */
  oldestQueuedSeconds: number | null;
  dead: DeadJob[];
}

/** POST /admin/jobs/{id}/retry and /discard */
export interface JobStatusChange {
  id: string;
  status: 'queued' | 'discarded';
}

/** GET /admin/usage */
export interface UsageCounts {
  users: { total: number; verified: number; disabled: number; last7Days: number };
  resumes: { total: number; last7Days: number };
  jobDescriptions: { total: number };
  optimizations: { total: number; last7Days: number; failed: number };
  exports: { total: number };
}

/**
 * A printed date: `"YYYY"` or `"YYYY-MM"` (month 01–12). A range that runs on has `current: true`
 * and `endDate: null`.
 */
export type PartialDate = string;

/**
 * How sure the parser is of an entry, 0–1; null once the user confirmed or edited it. Below
 * CHECK_BELOW the app asks the user to check the entry.
 */
export type Confidence = number | null;

export type LinkKind = 'linkedin' | 'github' | 'portfolio' | 'other';

export const LINK_KINDS: readonly LinkKind[] = ['linkedin', 'github', 'portfolio', 'other'];

export interface ContactLink {
  kind: LinkKind;
  url: string;
}

export interface Contact {
  name: string | null;
  /** Credentials printed after the name ("RN, BSN", "CPA", "PhD"), kept apart from it. */
  postNominals: string | null;
  headline: string | null;
  email: string | null;
  phone: string | null;
  location: string | null;
  links: ContactLink[];
  confidence?: Confidence;
}

/**
 * Entries carry a stable `id` (`exp1`, `edu2`…). An entry the user adds has none: the server
 * gives it the next free one when it is saved.
 */
export interface ExperienceEntry {
  id?: string;
  title: string | null;
  company: string | null;
  location: string | null;
  startDate: PartialDate | null;
  endDate: PartialDate | null;
  current: boolean;
  bullets: string[];
  confidence?: Confidence;
}

export interface EducationEntry {
  id?: string;
  degree: string | null;
  field: string | null;
  school: string | null;
  location: string | null;
  startDate: PartialDate | null;
  endDate: PartialDate | null;
  current: boolean;
  bullets: string[];
  confidence?: Confidence;
}

/** Skills are groups; a flat list is one group whose `group` is null. */
export interface SkillGroup {
  id?: string;
  group: string | null;
  items: string[];
}

export interface ProjectEntry {
  id?: string;
  name: string | null;
  url: string | null;
  startDate: PartialDate | null;
  endDate: PartialDate | null;
  current: boolean;
  bullets: string[];
  confidence?: Confidence;
}

export interface Certification {
  id?: string;
  name: string | null;
  issuer: string | null;
  date: PartialDate | null;
}

export interface LanguageEntry {
  id?: string;
  language: string | null;
  fluency: string | null;
}

export interface Award {
  id?: string;
  title: string | null;
  awarder: string | null;
  date: PartialDate | null;
  summary: string | null;
}

export interface VolunteerEntry {
  id?: string;
  organization: string | null;
  role: string | null;
  location: string | null;
  startDate: PartialDate | null;
  endDate: PartialDate | null;
  current: boolean;
  bullets: string[];
}

export interface Publication {
  id?: string;
  name: string | null;
  publisher: string | null;
  date: PartialDate | null;
  url: string | null;
  summary: string | null;
}

export interface CustomEntry {
  id?: string;
  title: string | null;
  bullets: string[];
}

/** A section with a heading of the user's own ("Interests", "Memberships"). */
export interface CustomSection {
  id?: string;
  title: string | null;
  entries: CustomEntry[];
}

/**
 * Something the parser was unsure it read right, down to one field of one entry. The server owns
 * these: the client shows them and never changes them (what it sends back is ignored).
 */
export interface ParseWarning {
  /** Where, e.g. `experience[1].company`, `contact.name`, `skills[0]`. */
  path: string;
  /** The entry's stable id (`exp2`); null for the contact details and the summary. */
  entryId: string | null;
  /** The document field: `company`, `startDate`, `bullets`, `items`… */
  field: string;
  /** Meant for the user: "We guessed which part of this line is the employer." */
  message: string;
  /** How sure the parser is, 0–1. */
  confidence: number;
}

/**
 * The resume document (schemaVersion 2, docs/resume-document.md): `Resume.parsedSections`,
 * `Version.optimizedSections` and the `sections` the user saves.
 */
export interface ResumeDocument {
  schemaVersion: 2;
  contact: Contact;
  summary: string | null;
  experience: ExperienceEntry[];
  education: EducationEntry[];
  skills: SkillGroup[];
  projects: ProjectEntry[];
  certifications: Certification[];
  languages: LanguageEntry[];
  awards: Award[];
  volunteer: VolunteerEntry[];
  publications: Publication[];
  custom: CustomSection[];
  /** What the parser was unsure of, field by field (absent or empty when nothing). */
  warnings?: ParseWarning[];
}

/** The document as the API names it in `parsedSections` and `optimizedSections`. */
export type ParsedSections = ResumeDocument;

/** One problem with a document the user sent (422 invalid_sections): where and what. */
export interface SectionIssue {
  /** e.g. `experience[1].endDate`. */
  path: string;
  message: string;
}

/** One run of a word-level diff. */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** One proposed edit of one item of the resume (optimizations and versions). */
export interface Change {
  id: string;
  /** summary, skills, experience, projects, education, custom… */
  section: string;
  /** Where in parsedSections, e.g. `experience[0].bullets[1]`. */
  path: string;
  before: string;
  after: string;
  reason: string;
  keywords: string[];
  diff: DiffPart[];
  /** What this change alone adds to the alignment score (never negative). */
  scoreDelta?: number;
  /** In a saved version: the user replaced the suggested wording with their own. */
  editedByUser?: boolean;
}

/** How far the background reader got with an uploaded file (resumes and job descriptions). */
export type ParseStatus = 'pending' | 'parsing' | 'completed' | 'failed';

/** Why an uploaded file could not be read; `message` is meant for the user. */
export interface ParseError {
  code: string;
  message: string;
}

/** Answer of the presign endpoints: where to PUT the bytes. */
export interface PresignedUpload {
  uploadUrl: string;
  uploadMethod: 'PUT';
  uploadHeaders: Record<string, string>;
  expiresAt: string;
}

/** How much a finding of an ATS report weighs: blockers cost most, tips least. */
export type AtsSeverity = 'blocker' | 'warning' | 'tip';

export const ATS_SEVERITIES: readonly AtsSeverity[] = ['blocker', 'warning', 'tip'];

/** What gets in the way of an applicant tracking system, one code per kind of problem (docs/ats.md). */
export type AtsFindingCode =
  | 'multiple_columns'
  | 'layout_table'
  | 'text_box'
  | 'contact_in_header'
  | 'image_only_page'
  | 'icon_links'
  | 'unreadable_characters'
  | 'ligatures'
  | 'private_use_characters'
  | 'spaced_letters'
  | 'fonts_not_embedded'
  | 'no_unicode_map'
  | 'pictures'
  | 'encrypted_file'
  | 'file_too_large'
  | 'unusual_file_name'
  | 'nonstandard_heading'
  | 'experience_not_found'
  | 'job_without_dates';

/** One problem of a file's layout or text, in words meant for the user. */
export interface AtsFinding {
  /** A known code, or one a newer server added. */
  code: AtsFindingCode | (string & {});
  severity: AtsSeverity;
  message: string;
  /** "page 2", "page header", "file", "text", or an entry of the document: `experience[1]`. */
  where: string;
  /** How to fix it. */
  fix: string;
}

/** `ok`: read as in the document; `missing`: nothing read for it; `different`: read otherwise. */
export type AtsFieldStatus = 'ok' | 'missing' | 'different';

/** One field of the user's document, checked against what reading the file gives. */
export interface AtsField {
  /**
   * `contact.email`, `experience[0].company`, `experience[0].startDate`, `education[1].school`…;
   * `skills[i]` counts the skills of every group in turn (the i-th skill, not the i-th group).
   */
  path: string;
  /** The value in the user's document (a date as `YYYY-MM` or `YYYY`; an end date may be `present`). */
  expected: string;
  /** What reading the file gave; '' when nothing. */
  found: string;
  status: AtsFieldStatus;
}

/** A page of a PDF drawn as a picture, behind a short-lived signed link (15 minutes) needing no Authorization. */
export interface AtsPage {
  /** 1-based. */
  page: number;
  /** The picture's size in pixels (900 wide). */
  width: number;
  height: number;
  imageUrl: string;
}

/** What an applicant tracking system reads from a file: the fields of a report of a resume or of an export. */
export interface AtsReading {
  /**
   * 0–100: round(100 × fieldsOk / fieldsTotal) − 20 per blocker code − 7 per warning code − 2 per
   * tip code, clamped (each distinct code counts once).
   */
  score: number;
  /** The text as a plain extractor reads the file; a PDF's pages apart by a form feed (\f). */
  extractedText: string;
  fields: AtsField[];
  fieldsOk: number;
  fieldsTotal: number;
  /** Blockers first, then warnings, then tips. */
  findings: AtsFinding[];
  /** Findings of each severity (not distinct codes). */
  counts: Record<AtsSeverity, number>;
  /** A PDF's pages as pictures; empty for other files (and for exports). */
  pages: AtsPage[];
}

/** A question screening forms reject on outright. */
export type KnockOutRequirement = 'work_authorization' | 'location' | 'license' | 'degree' | 'years';

/** `met`: the resume shows it; `not_shown`: the resume says nothing of it; `not_met`: the resume shows otherwise. */
export type KnockOutStatus = 'met' | 'not_shown' | 'not_met';

/** A knock-out question of a job, answered from the resume's own facts. */
export interface KnockOut {
  /** A known requirement, or one a newer server added. */
  requirement: KnockOutRequirement | (string & {});
  /** What the job asks, in words. */
  asked: string;
  /** What the resume shows; '' when nothing. */
  shown: string;
  status: KnockOutStatus;
}

/** GET /resumes/{id}/ats-report: what an applicant tracking system reads from the stored file. */
export interface AtsReport extends AtsReading {
  resumeId: string;
  /** With ?jobDescriptionId=: that job, and its knock-out questions answered from the resume. */
  jobDescriptionId?: string;
  knockOuts?: KnockOut[];
}

export type ExportAtsFormat = 'pdf' | 'docx';

/** What an ATS reads of one of a version's exports, rendered and read back by the server. */
export interface ExportAtsReport extends AtsReading {
  format: ExportAtsFormat;
  /** "Ana-Ruiz-Resume.pdf". */
  fileName: string;
  /** "read back 100 %: all 23 fields". */
  readBack: string;
}

/** GET /versions/{id}/ats-report: the version's PDF and DOCX as exported, each read back. */
export interface VersionAtsReport {
  versionId: string;
  template: 'classic' | 'modern' | 'compact';
  paperSize: 'letter' | 'a4';
  formats: ExportAtsReport[];
}
