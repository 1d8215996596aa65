-- Sessions as their owner sees them (one per refresh-token family, with the device and an
-- approximate address), accounts an admin disabled or their owner asked to delete, and who
-- acted and in which request for each audit row.
CREATE TABLE sessions (
  id             uuid PRIMARY KEY,
  user_id        uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  user_agent     text NOT NULL DEFAULT '',
  client_address text NOT NULL DEFAULT '',
  created_at     timestamptz NOT NULL,
  last_used_at   timestamptz NOT NULL,
  expires_at     timestamptz NOT NULL,
  revoked_at     timestamptz
);
CREATE INDEX sessions_user ON sessions (user_id, last_used_at);
INSERT INTO sessions (id, user_id, created_at, last_used_at, expires_at, revoked_at)
  SELECT family_id, (array_agg(user_id))[1], min(created_at), max(created_at), max(expires_at),
         CASE WHEN bool_and(revoked_at IS NOT NULL) THEN max(revoked_at) END
  FROM refresh_tokens GROUP BY family_id;

ALTER TABLE users ADD COLUMN disabled_at timestamptz;
ALTER TABLE users ADD COLUMN deletion_requested_at timestamptz;

ALTER TABLE audit_log ADD COLUMN actor_id uuid;
ALTER TABLE audit_log ADD COLUMN request_id text NOT NULL DEFAULT '';
CREATE INDEX audit_log_created ON audit_log (created_at);
CREATE INDEX audit_log_event ON audit_log (event, created_at);
