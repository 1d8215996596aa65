import type { JobDescription } from '@/features/job-descriptions';
import type { User } from '@/lib/api-types';

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
