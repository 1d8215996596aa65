-- The resume document becomes the user's to correct: the parser's original is kept beside the
-- current document, each save is a new revision; versions record their parent and how they
-- were made; a resume itself (not only a version) can be exported, and JSON Resume is a format.
ALTER TABLE resumes ADD COLUMN original_sections jsonb;
ALTER TABLE resumes ADD COLUMN revision bigint NOT NULL DEFAULT 0;
ALTER TABLE resumes ADD COLUMN edited_at timestamptz;
UPDATE resumes SET original_sections = parsed_sections, revision = 1
  WHERE parsed_sections IS NOT NULL;

ALTER TABLE optimization_versions ADD COLUMN parent_version_id uuid
  REFERENCES optimization_versions (id) ON DELETE SET NULL;
ALTER TABLE optimization_versions ADD COLUMN origin text NOT NULL DEFAULT 'optimization'
  CHECK (origin IN ('optimization', 'edit', 'import'));

ALTER TABLE export_artifacts ALTER COLUMN version_id DROP NOT NULL;
ALTER TABLE export_artifacts ADD COLUMN resume_id uuid REFERENCES resumes (id) ON DELETE CASCADE;
ALTER TABLE export_artifacts ADD COLUMN resume_revision bigint;
ALTER TABLE export_artifacts DROP CONSTRAINT export_artifacts_format_check;
ALTER TABLE export_artifacts ADD CONSTRAINT export_artifacts_format_check
  CHECK (format IN ('pdf', 'docx', 'text', 'json'));
ALTER TABLE export_artifacts ADD CONSTRAINT export_artifacts_one_source
  CHECK ((version_id IS NULL) <> (resume_id IS NULL));
DROP INDEX export_artifacts_variant;
CREATE UNIQUE INDEX export_artifacts_variant
  ON export_artifacts (version_id, format, template, paper_size) WHERE version_id IS NOT NULL;
CREATE UNIQUE INDEX export_artifacts_resume_variant
  ON export_artifacts (resume_id, resume_revision, format, template, paper_size)
  WHERE resume_id IS NOT NULL;
