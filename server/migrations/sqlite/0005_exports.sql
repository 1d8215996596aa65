-- Rendered exports of versions (ExportArtifact): one per version, format, template and paper
-- size, reused until it expires.
CREATE TABLE export_artifacts (
  id          TEXT PRIMARY KEY,
  user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  version_id  TEXT NOT NULL REFERENCES optimization_versions (id) ON DELETE CASCADE,
  format      TEXT NOT NULL CHECK (format IN ('pdf', 'docx', 'text')),
  template    TEXT NOT NULL,
  paper_size  TEXT NOT NULL,
  storage_key TEXT NOT NULL,
  file_name   TEXT NOT NULL,
  size_bytes  INTEGER NOT NULL,
  expires_at  TEXT NOT NULL,
  created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX export_artifacts_variant
  ON export_artifacts (version_id, format, template, paper_size);
CREATE INDEX export_artifacts_user ON export_artifacts (user_id, created_at);
