-- Resumes, job descriptions and the durable job queue.
CREATE TABLE resumes (
  id                uuid PRIMARY KEY,
  user_id           uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  title             text NOT NULL,
  original_filename text NOT NULL,
  storage_key       text NOT NULL,
  mime_type         text NOT NULL,
  size_bytes        bigint NOT NULL,
  parse_status      text NOT NULL DEFAULT 'pending'
                    CHECK (parse_status IN ('pending', 'parsing', 'completed', 'failed')),
  parse_error_code  text,
  parse_error_message text,
  parsed_text       text,
  parsed_sections   jsonb,
  last_score        double precision,
  deleted_at        timestamptz,
  created_at        timestamptz NOT NULL,
  updated_at        timestamptz NOT NULL
);
CREATE INDEX resumes_user ON resumes (user_id, created_at);

CREATE TABLE job_descriptions (
  id              uuid PRIMARY KEY,
  user_id         uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  title           text NOT NULL,
  company         text,
  location        text,
  source_type     text NOT NULL CHECK (source_type IN ('paste', 'upload')),
  storage_key     text,
  sanitized_text  text NOT NULL,
  metadata        jsonb NOT NULL DEFAULT '{}',
  created_at      timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL
);
CREATE INDEX job_descriptions_user ON job_descriptions (user_id, created_at);

CREATE TABLE jobs (
  id               uuid PRIMARY KEY,
  kind             text NOT NULL,
  payload          jsonb NOT NULL,
  status           text NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'dead')),
  attempts         integer NOT NULL DEFAULT 0,
  max_attempts     integer NOT NULL,
  run_at           timestamptz NOT NULL,
  lease_expires_at timestamptz,
  last_error       text,
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL
);
CREATE INDEX jobs_ready ON jobs (status, run_at);
