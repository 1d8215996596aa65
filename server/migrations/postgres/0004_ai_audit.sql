-- Prompts sent to language-model providers and what they answered, with personal data redacted.
CREATE TABLE ai_audit (
  id              uuid PRIMARY KEY,
  provider        text NOT NULL,
  prompt_version  text NOT NULL,
  prompt          text NOT NULL,
  output          text NOT NULL,
  tokens          integer NOT NULL DEFAULT 0,
  outcome         text NOT NULL,
  created_at      timestamptz NOT NULL
);
CREATE INDEX ai_audit_created ON ai_audit (created_at);
