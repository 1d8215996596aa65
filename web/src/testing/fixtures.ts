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
