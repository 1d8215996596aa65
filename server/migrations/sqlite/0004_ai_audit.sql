-- Prompts sent to language-model providers and what they answered, with personal data redacted.
CREATE TABLE ai_audit (
  id              TEXT PRIMARY KEY,
  provider        TEXT NOT NULL,
  prompt_version  TEXT NOT NULL,
  prompt          TEXT NOT NULL,
  output          TEXT NOT NULL,
  tokens          INTEGER NOT NULL DEFAULT 0,
  outcome         TEXT NOT NULL,
  created_at      TEXT NOT NULL
);
CREATE INDEX ai_audit_created ON ai_audit (created_at);
