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
  createdAt: string;
  updatedAt: string;
}

/** Register and login responses. */
export interface SessionResponse {
  user: User;
  accessToken: string;
  refreshToken: string;
  tokenType: string;
  expiresIn: number;
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

/** One job in a parsed resume. Dates are `YYYY-MM` or `YYYY`. */
export interface ExperienceEntry {
  title: string | null;
  company: string | null;
  location: string | null;
  startDate: string | null;
  endDate: string | null;
  current: boolean;
  bullets: string[];
  /** How sure the parser is, 0–1. */
  confidence: number;
}

export interface EducationEntry {
  degree: string | null;
  school: string | null;
  location: string | null;
  startDate: string | null;
  endDate: string | null;
  confidence: number;
  bullets?: string[];
}

export interface ProjectEntry {
  name: string | null;
  bullets: string[];
  confidence: number;
}

/** A resume read into sections: `Resume.parsedSections` and `Version.optimizedSections`. */
export interface ParsedSections {
  contact: {
    name: string | null;
    email: string | null;
    phone: string | null;
    location: string | null;
    links: string[];
  };
  summary: string;
  experience: ExperienceEntry[];
  education: EducationEntry[];
  skills: string[];
  projects: ProjectEntry[];
  certifications: string[];
  other: { heading: string; text: string }[];
}

/** One run of a word-level diff. */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** One proposed edit of one item of the resume (optimizations and versions). */
export interface Change {
  id: string;
  /** summary, skills, experience, projects, education or other. */
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
