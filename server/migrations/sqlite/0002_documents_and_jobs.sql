-- Resumes, job descriptions and the durable job queue.
CREATE TABLE resumes (
  id                TEXT PRIMARY KEY,
  user_id           TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  title             TEXT NOT NULL,
  original_filename TEXT NOT NULL,
  storage_key       TEXT NOT NULL,
  mime_type         TEXT NOT NULL,
  size_bytes        INTEGER NOT NULL,
  parse_status      TEXT NOT NULL DEFAULT 'pending'
                    CHECK (parse_status IN ('pending', 'parsing', 'completed', 'failed')),
  parse_error_code  TEXT,
  parse_error_message TEXT,
  parsed_text       TEXT,
  parsed_sections   TEXT,
  last_score        REAL,
  deleted_at        TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
);
CREATE INDEX resumes_user ON resumes (user_id, created_at);

CREATE TABLE job_descriptions (
  id              TEXT PRIMARY KEY,
  user_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  title           TEXT NOT NULL,
  company         TEXT,
  location        TEXT,
  source_type     TEXT NOT NULL CHECK (source_type IN ('paste', 'upload')),
  storage_key     TEXT,
  sanitized_text  TEXT NOT NULL,
  metadata        TEXT NOT NULL DEFAULT '{}',
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE INDEX job_descriptions_user ON job_descriptions (user_id, created_at);

CREATE TABLE jobs (
  id               TEXT PRIMARY KEY,
  kind             TEXT NOT NULL,
  payload          TEXT NOT NULL,
  status           TEXT NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'dead')),
  attempts         INTEGER NOT NULL DEFAULT 0,
  max_attempts     INTEGER NOT NULL,
  run_at           TEXT NOT NULL,
  lease_expires_at TEXT,
  last_error       TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX jobs_ready ON jobs (status, run_at);
