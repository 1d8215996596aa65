-- Every PDF and DOCX export is read back by the parser before its link is handed out: how many
-- of the document's fields came back, and of how many (null for text and JSON Resume, and for
-- exports made before this).
ALTER TABLE export_artifacts ADD COLUMN read_back_ok INTEGER;
ALTER TABLE export_artifacts ADD COLUMN read_back_total INTEGER;
