-- Fairness between users: a job names the user it works for, and a user's jobs beyond the
-- per-user limit wait while others' run. Job-description files are read by a background job,
-- with a parse status like resumes.
ALTER TABLE jobs ADD COLUMN owner TEXT;
CREATE INDEX jobs_owner_running ON jobs (owner, status);

ALTER TABLE job_descriptions ADD COLUMN parse_status TEXT NOT NULL DEFAULT 'completed'
  CHECK (parse_status IN ('uploading', 'pending', 'parsing', 'completed', 'failed'));
ALTER TABLE job_descriptions ADD COLUMN parse_error_code TEXT;
ALTER TABLE job_descriptions ADD COLUMN parse_error_message TEXT;
