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
