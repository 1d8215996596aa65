-- Two-factor sign-in (TOTP secrets sealed under the server's key, one-time recovery codes stored
-- as keyed hashes, the short-lived challenge between the password and the code), email changes
-- waiting for the new address to confirm, and copies of a user's data they asked for.
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_pending_secret TEXT;
ALTER TABLE users ADD COLUMN totp_enabled_at TEXT;
ALTER TABLE users ADD COLUMN totp_last_step INTEGER;
ALTER TABLE users ADD COLUMN pending_email TEXT;

CREATE TABLE recovery_codes (
  id         TEXT PRIMARY KEY,
  user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  code_hash  TEXT NOT NULL UNIQUE,
  used_at    TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);

CREATE TABLE mfa_challenges (
  id         TEXT PRIMARY KEY,
  user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  attempts   INTEGER NOT NULL DEFAULT 0,
  expires_at TEXT NOT NULL,
  used_at    TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX mfa_challenges_user ON mfa_challenges (user_id);

CREATE TABLE email_changes (
  id         TEXT PRIMARY KEY,
  user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  new_email  TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  expires_at TEXT NOT NULL,
  used_at    TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX email_changes_user ON email_changes (user_id);

CREATE TABLE data_exports (
  id           TEXT PRIMARY KEY,
  user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  status       TEXT NOT NULL CHECK (status IN ('queued', 'running', 'ready', 'failed')),
  storage_key  TEXT,
  size_bytes   INTEGER,
  error        TEXT,
  created_at   TEXT NOT NULL,
  completed_at TEXT,
  expires_at   TEXT
);
CREATE INDEX data_exports_user ON data_exports (user_id, created_at);
