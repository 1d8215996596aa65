-- A just-rotated refresh token may be exchanged once more within the reuse interval (two tabs
-- refreshing at once); this records that it was.
ALTER TABLE refresh_tokens ADD COLUMN reuse_granted_at TEXT;
