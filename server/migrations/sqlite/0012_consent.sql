-- The terms of service and privacy policy versions a user accepted, and when; a newer version
-- asks again at the next sign-in.
ALTER TABLE users ADD COLUMN terms_version TEXT;
ALTER TABLE users ADD COLUMN privacy_version TEXT;
ALTER TABLE users ADD COLUMN consented_at TEXT;
