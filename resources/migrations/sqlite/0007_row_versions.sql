-- Row versions against lost updates: an update names the version it read and is refused when
-- another writer has changed the row since. changed_by/changed_at say who and when, for the
-- refusal's message.
ALTER TABLE meeting ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE meeting ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE meeting ADD COLUMN changed_at TEXT;
ALTER TABLE nomination ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version > 0);
ALTER TABLE nomination ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE nomination ADD COLUMN changed_at TEXT;
