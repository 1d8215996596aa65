-- Two-factor sign-in (TOTP secrets sealed under the server's key, one-time recovery codes stored
-- as keyed hashes, the short-lived challenge between the password and the code), email changes
-- waiting for the new address to confirm, and copies of a user's data they asked for.
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_pending_secret TEXT;
ALTER TABLE users ADD COLUMN totp_enabled_at timestamptz;
ALTER TABLE users ADD COLUMN totp_last_step bigint;
ALTER TABLE users ADD COLUMN pending_email TEXT;

CREATE TABLE recovery_codes (
  id         uuid PRIMARY KEY,
  user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  code_hash  TEXT NOT NULL UNIQUE,
  used_at    timestamptz,
  created_at timestamptz NOT NULL
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);

CREATE TABLE mfa_challenges (
  id         uuid PRIMARY KEY,
  user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  attempts   INTEGER NOT NULL DEFAULT 0,
  expires_at timestamptz NOT NULL,
  used_at    timestamptz,
  created_at timestamptz NOT NULL
);
CREATE INDEX mfa_challenges_user ON mfa_challenges (user_id);

CREATE TABLE email_changes (
  id         uuid PRIMARY KEY,
  user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  new_email  TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  expires_at timestamptz NOT NULL,
  used_at    timestamptz,
  created_at timestamptz NOT NULL
);
CREATE INDEX email_changes_user ON email_changes (user_id);

CREATE TABLE data_exports (
  id           uuid PRIMARY KEY,
  user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  status       TEXT NOT NULL CHECK (status IN ('queued', 'running', 'ready', 'failed')),
  storage_key  TEXT,
  size_bytes   bigint,
  error        TEXT,
  created_at   timestamptz NOT NULL,
  completed_at timestamptz,
  expires_at   timestamptz
);
CREATE INDEX data_exports_user ON data_exports (user_id, created_at);
