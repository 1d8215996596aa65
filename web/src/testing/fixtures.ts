import type { JobDescription } from '@/features/job-descriptions';
import type { Resume } from '@/features/resumes';
import type { ParseWarning, ResumeDocument, User } from '@/lib/api-types';

export function buildUser(overrides: Partial<User> = {}): User {
  return {
    id: 'usr_1',
    email: 'ada@example.com',
    name: 'Ada Lovelace',
    emailVerified: true,
    emailVerifiedAt: '2025-01-02T10:00:00Z',
    preferences: {},
    role: 'user',
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
