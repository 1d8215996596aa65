-- Optimizations (one resume against one job description) and the versions users save.
CREATE TABLE optimizations (
  id                 TEXT PRIMARY KEY,
  user_id            TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  resume_id          TEXT NOT NULL REFERENCES resumes (id) ON DELETE CASCADE,
  job_description_id TEXT NOT NULL REFERENCES job_descriptions (id) ON DELETE CASCADE,
  status             TEXT NOT NULL
                     CHECK (status IN ('queued', 'processing', 'generating', 'completed', 'failed')),
  strategy           TEXT NOT NULL,
  idempotency_key    TEXT,
  request_hash       TEXT NOT NULL,
  summary            TEXT,
  alignment_score    REAL,
  result             TEXT,
  tokens_used        INTEGER NOT NULL DEFAULT 0,
  provider           TEXT,
  credits_spent      INTEGER NOT NULL DEFAULT 0,
  error_code         TEXT,
  error_message      TEXT,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  completed_at       TEXT
);
CREATE INDEX optimizations_user ON optimizations (user_id, created_at);
CREATE UNIQUE INDEX optimizations_idempotency ON optimizations (user_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;

CREATE TABLE optimization_versions (
  id                 TEXT PRIMARY KEY,
  optimization_id    TEXT NOT NULL REFERENCES optimizations (id) ON DELETE CASCADE,
  user_id            TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  resume_id          TEXT NOT NULL,
  accepted_changes   TEXT NOT NULL,
  optimized_sections TEXT NOT NULL,
  diff               TEXT NOT NULL,
  alignment_score    REAL NOT NULL,
  score_breakdown    TEXT NOT NULL,
  tokens_used        INTEGER NOT NULL DEFAULT 0,
  output_storage_key TEXT,
  created_at         TEXT NOT NULL
);
CREATE INDEX optimization_versions_user ON optimization_versions (user_id, created_at);
