-- The resume document becomes the user's to correct: the parser's original is kept beside the
-- current document, each save is a new revision; versions record their parent and how they
-- were made; a resume itself (not only a version) can be exported, and JSON Resume is a format.
ALTER TABLE resumes ADD COLUMN original_sections TEXT;
ALTER TABLE resumes ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE resumes ADD COLUMN edited_at TEXT;
UPDATE resumes SET original_sections = parsed_sections, revision = 1
  WHERE parsed_sections IS NOT NULL;

ALTER TABLE optimization_versions ADD COLUMN parent_version_id TEXT
  REFERENCES optimization_versions (id) ON DELETE SET NULL;
ALTER TABLE optimization_versions ADD COLUMN origin TEXT NOT NULL DEFAULT 'optimization'
  CHECK (origin IN ('optimization', 'edit', 'import'));

CREATE TABLE export_artifacts_next (
  id              TEXT PRIMARY KEY,
  user_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  version_id      TEXT REFERENCES optimization_versions (id) ON DELETE CASCADE,
  resume_id       TEXT REFERENCES resumes (id) ON DELETE CASCADE,
  resume_revision INTEGER,
  format          TEXT NOT NULL CHECK (format IN ('pdf', 'docx', 'text', 'json')),
  template        TEXT NOT NULL,
  paper_size      TEXT NOT NULL,
  storage_key     TEXT NOT NULL,
  file_name       TEXT NOT NULL,
  size_bytes      INTEGER NOT NULL,
  expires_at      TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  CHECK ((version_id IS NULL) <> (resume_id IS NULL))
);
INSERT INTO export_artifacts_next (id, user_id, version_id, format, template, paper_size,
                                   storage_key, file_name, size_bytes, expires_at, created_at)
  SELECT id, user_id, version_id, format, template, paper_size, storage_key, file_name,
         size_bytes, expires_at, created_at FROM export_artifacts;
DROP TABLE export_artifacts;
ALTER TABLE export_artifacts_next RENAME TO export_artifacts;
CREATE UNIQUE INDEX export_artifacts_variant
  ON export_artifacts (version_id, format, template, paper_size) WHERE version_id IS NOT NULL;
CREATE UNIQUE INDEX export_artifacts_resume_variant
  ON export_artifacts (resume_id, resume_revision, format, template, paper_size)
  WHERE resume_id IS NOT NULL;
CREATE INDEX export_artifacts_user ON export_artifacts (user_id, created_at);
