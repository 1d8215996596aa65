-- Optimizations (one resume against one job description) and the versions users save.
CREATE TABLE optimizations (
  id                 uuid PRIMARY KEY,
  user_id            uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  resume_id          uuid NOT NULL REFERENCES resumes (id) ON DELETE CASCADE,
  job_description_id uuid NOT NULL REFERENCES job_descriptions (id) ON DELETE CASCADE,
  status             text NOT NULL
                     CHECK (status IN ('queued', 'processing', 'generating', 'completed', 'failed')),
  strategy           text NOT NULL,
  idempotency_key    text,
  request_hash       text NOT NULL,
  summary            text,
  alignment_score    double precision,
  result             jsonb,
  tokens_used        integer NOT NULL DEFAULT 0,
  provider           text,
  credits_spent      integer NOT NULL DEFAULT 0,
  error_code         text,
  error_message      text,
  created_at         timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL,
  completed_at       timestamptz
);
CREATE INDEX optimizations_user ON optimizations (user_id, created_at);
CREATE UNIQUE INDEX optimizations_idempotency ON optimizations (user_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;

CREATE TABLE optimization_versions (
  id                 uuid PRIMARY KEY,
  optimization_id    uuid NOT NULL REFERENCES optimizations (id) ON DELETE CASCADE,
  user_id            uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  resume_id          uuid NOT NULL,
  accepted_changes   jsonb NOT NULL,
  optimized_sections jsonb NOT NULL,
  diff               jsonb NOT NULL,
  alignment_score    double precision NOT NULL,
  score_breakdown    jsonb NOT NULL,
  tokens_used        integer NOT NULL DEFAULT 0,
  output_storage_key text,
  created_at         timestamptz NOT NULL
);
CREATE INDEX optimization_versions_user ON optimization_versions (user_id, created_at);
