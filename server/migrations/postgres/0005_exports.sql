-- Rendered exports of versions (ExportArtifact): one per version, format, template and paper
-- size, reused until it expires.
CREATE TABLE export_artifacts (
  id          uuid PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  version_id  uuid NOT NULL REFERENCES optimization_versions (id) ON DELETE CASCADE,
  format      text NOT NULL CHECK (format IN ('pdf', 'docx', 'text')),
  template    text NOT NULL,
  paper_size  text NOT NULL,
  storage_key text NOT NULL,
  file_name   text NOT NULL,
  size_bytes  bigint NOT NULL,
  expires_at  timestamptz NOT NULL,
  created_at  timestamptz NOT NULL
);
CREATE UNIQUE INDEX export_artifacts_variant
  ON export_artifacts (version_id, format, template, paper_size);
CREATE INDEX export_artifacts_user ON export_artifacts (user_id, created_at);
