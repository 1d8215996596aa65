-- The trace a queued job belongs to (a W3C traceparent), so the worker's spans join the
-- request that queued it.
ALTER TABLE jobs ADD COLUMN trace_parent TEXT;

-- The onboarding funnel: the first time a user reached each step (signed up, verified, first
-- upload, first optimization, first accepted version, first export). One row per user and step,
-- so a step counts once however often it happens; erased with the account.
CREATE TABLE funnel_events (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  step TEXT NOT NULL,
  reached_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, step)
);
