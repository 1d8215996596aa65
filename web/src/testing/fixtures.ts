import type { BillingCredits, LedgerEntry } from '@/features/billing';
import type { JobDescription } from '@/features/job-descriptions';
import type { Resume } from '@/features/resumes';
import type { AtsReport, ParseWarning, ResumeDocument, User } from '@/lib/api-types';

export function buildUser(overrides: Partial<User> = {}): User {
  return {
    id: 'usr_1',
    email: 'ada@example.com',
    name: 'Ada Lovelace',
    emailVerified: true,
    emailVerifiedAt: '2025-01-02T10:00:00Z',
    preferences: {},
    role: 'user',
    mfaEnabled: false,
    pendingEmail: null,
    consent: {
      termsVersion: '2026-12-01',
      privacyVersion: '2026-12-01',
      acceptedAt: '2025-01-01T10:00:00Z',
      required: false,
    },
    createdAt: '2025-01-01T10:00:00Z',
    updatedAt: '2025-01-01T10:00:00Z',
    ...overrides,
  };
}

export function tokens(accessToken = 'access-1', expiresIn = 900) {
  return { accessToken, refreshToken: 'refresh-opaque', tokenType: 'Bearer', expiresIn };
}

/** A job description as GET /job-descriptions/{id} returns it: pasted, read, asking for Go. */
export function buildJobDescription(overrides: Partial<JobDescription> = {}): JobDescription {
  return {
    id: 'jd_1',
    title: 'Backend Engineer',
    company: 'Acme',
    location: null,
    sourceType: 'paste',
    metadata: {
      title: 'Backend Engineer',
      company: 'Acme',
      location: null,
      workMode: null,
      employmentType: null,
      seniority: null,
      yearsExperience: null,
      salary: null,
      requiredSkills: ['Go'],
      preferredSkills: [],
    },
    parseStatus: 'completed',
    parseError: null,
    sanitizedText: 'Backend Engineer at Acme. We need Go.',
    createdAt: '2025-01-01T10:00:00Z',
    updatedAt: '2025-01-01T10:00:00Z',
    ...overrides,
  };
}

/** An uploaded job description whose file is not read yet: no text, no skills. */
export function buildUnreadJobDescription(overrides: Partial<JobDescription> = {}): JobDescription {
  const read = buildJobDescription({ sourceType: 'upload' });
  return {
    ...read,
    metadata: { ...read.metadata, requiredSkills: [], preferredSkills: [] },
    parseStatus: 'pending',
    sanitizedText: '',
    ...overrides,
  };
}

/** A resume document as the parser reads one (schemaVersion 2): two jobs, the second one unsure. */
export function buildResumeDocument(overrides: Partial<ResumeDocument> = {}): ResumeDocument {
  return {
    schemaVersion: 2,
    contact: {
      name: 'Ada Lovelace',
      postNominals: null,
      headline: 'Backend Engineer',
      email: 'ada@example.com',
      phone: '+1 555 0100',
      location: 'London',
      links: [{ kind: 'github', url: 'https://github.com/ada' }],
      confidence: 0.9,
    },
    summary: 'Engineer who ships reliable services.',
    experience: [
      {
        id: 'exp1',
        title: 'Backend Engineer',
        company: 'Acme',
        location: 'London',
        startDate: '2021-03',
        endDate: null,
        current: true,
        bullets: ['Own the billing service', 'Cut p99 latency by 40%'],
        confidence: 0.9,
      },
      {
        id: 'exp2',
        title: 'Developer',
        company: 'Initech',
        location: null,
        startDate: '2018',
        endDate: '2021-02',
        current: false,
        bullets: ['Built the reporting API'],
        confidence: 0.4,
      },
    ],
    education: [
      {
        id: 'edu1',
        degree: 'BSc',
        field: 'Mathematics',
        school: 'University of London',
        location: null,
        startDate: '2014',
        endDate: '2018',
        current: false,
        bullets: [],
        confidence: 0.8,
      },
    ],
    skills: [
      { id: 'skl1', group: null, items: ['Go', 'PostgreSQL'] },
      { id: 'skl2', group: 'Languages', items: ['Python'] },
    ],
    projects: [],
    certifications: [{ id: 'crt1', name: 'AWS Solutions Architect', issuer: 'Amazon', date: '2022-05' }],
    languages: [{ id: 'lng1', language: 'French', fluency: 'Professional' }],
    awards: [],
    volunteer: [],
    publications: [],
    custom: [{ id: 'cus1', title: 'Interests', entries: [{ id: 'cue1', title: 'Chess', bullets: [] }] }],
    ...overrides,
  };
}

/** A warning of the parser about one field: by default, the employer of the second job. */
export function buildParseWarning(overrides: Partial<ParseWarning> = {}): ParseWarning {
  return {
    path: 'experience[1].company',
    entryId: 'exp2',
    field: 'company',
    message: 'We guessed which part of this line is the employer.',
    confidence: 0.45,
    ...overrides,
  };
}

/** A parsed resume as GET /resumes/{id} returns it. */
export function buildResume(overrides: Partial<Resume> = {}): Resume {
  return {
    id: 'res_1',
    title: 'Ada resume',
    originalFilename: 'ada.pdf',
    mimeType: 'application/pdf',
    sizeBytes: 120_000,
    parseStatus: 'completed',
    parseError: null,
    lastScore: null,
    createdAt: '2025-01-01T10:00:00Z',
    updatedAt: '2025-01-01T10:00:00Z',
    parsedText: 'Ada Lovelace',
    parsedSections: buildResumeDocument(),
    revision: 3,
    edited: false,
    ...overrides,
  };
}

/**
 * An ATS report of buildResume()'s document: 12 of its 16 fields read as they are (the first
 * employer read differently, the second job's dates and the third skill not at all), one finding
 * of each severity plus a second warning; score 75 − 20 − 2 × 7 − 2 = 39.
 */
export function buildAtsReport(overrides: Partial<AtsReport> = {}): AtsReport {
  const ok = (path: string, value: string) => ({ path, expected: value, found: value, status: 'ok' as const });
  return {
    resumeId: 'res_1',
    score: 39,
    extractedText: 'Ada Lovelace\nBackend Engineer\nAcme Backend 2021-03 – Present\n\fEducation\nBSc Mathematics, University of London\n\f',
    fields: [
      ok('contact.name', 'Ada Lovelace'),
      ok('contact.email', 'ada@example.com'),
      ok('contact.phone', '+1 555 0100'),
      ok('experience[0].title', 'Backend Engineer'),
      { path: 'experience[0].company', expected: 'Acme', found: 'Acme Backend', status: 'different' },
      ok('experience[0].startDate', '2021-03'),
      ok('experience[0].endDate', 'present'),
      ok('experience[1].title', 'Developer'),
      ok('experience[1].company', 'Initech'),
      { path: 'experience[1].startDate', expected: '2018', found: '', status: 'missing' },
      { path: 'experience[1].endDate', expected: '2021-02', found: '', status: 'missing' },
      ok('education[0].degree', 'BSc Mathematics'),
      ok('education[0].school', 'University of London'),
      ok('skills[0]', 'Go'),
      ok('skills[1]', 'PostgreSQL'),
      { path: 'skills[2]', expected: 'Python', found: '', status: 'missing' },
    ],
    fieldsOk: 12,
    fieldsTotal: 16,
    findings: [
      {
        code: 'multiple_columns',
        severity: 'blocker',
        message: 'Text stands in two columns side by side on page 1.',
        where: 'page 1',
        fix: 'Use one column.',
      },
      {
        code: 'job_without_dates',
        severity: 'warning',
        message: 'No dates could be read for "Developer".',
        where: 'experience[1]',
        fix: 'Write the dates as "Jun 2019 – Present" on the job\'s first lines.',
      },
      {
        code: 'ligatures',
        severity: 'warning',
        message: '3 letter pairs such as "fi" come out as single ligature characters.',
        where: 'text',
        fix: 'Turn off ligatures.',
      },
      {
        code: 'unusual_file_name',
        severity: 'tip',
        message: 'The file name "ada.pdf" says little about you.',
        where: 'file',
        fix: 'Name it with your name and the word resume.',
      },
    ],
    counts: { blocker: 1, warning: 2, tip: 1 },
    pages: [],
    ...overrides,
  };
}

/** One change of the credit balance: by default the three welcome credits of a new account. */
export function buildLedgerEntry(overrides: Partial<LedgerEntry> = {}): LedgerEntry {
  return {
    id: 'led_signup',
    delta: 3,
    reason: 'signup',
    balanceAfter: 3,
    packId: null,
    optimizationId: null,
    note: null,
    createdAt: '2026-12-01T10:00:00Z',
    ...overrides,
  };
}

/**
 * GET /billing/credits of an account on the free plan: 3 credits (the welcome ones), 1 per
 * optimization, two packs on sale.
 */
export function buildBillingCredits(overrides: Partial<BillingCredits> = {}): BillingCredits {
  return {
    balance: 3,
    plan: 'free',
    costPerOptimization: 1,
    currency: 'usd',
    packs: [
      { id: 'starter', credits: 10, amount: 900, currency: 'usd' },
      { id: 'pro', credits: 50, amount: 3900, currency: 'usd' },
    ],
    recent: [buildLedgerEntry()],
    ...overrides,
  };
}
