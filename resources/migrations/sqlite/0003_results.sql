-- Schema 3: election units (province → district → commune → polling area), the counting
-- results of each ballot, and the official lock with its history.
-- Counts are INTEGER (64-bit); nothing is stored as a percentage or REAL.

CREATE TABLE election_unit (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_search TEXT NOT NULL,
    parent_id INTEGER REFERENCES election_unit (id) ON DELETE RESTRICT,
    level TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune', 'area')),
    -- The three figures come together or not at all (NULL: not reported yet).
    registered_voters INTEGER CHECK (registered_voters >= 0),
    voters_voted INTEGER CHECK (voters_voted >= 0 AND voters_voted <= registered_voters),
    law_study_participants INTEGER
        CHECK (law_study_participants >= 0 AND law_study_participants <= registered_voters),
    reported_at TEXT,
    figures_source TEXT NOT NULL DEFAULT 'import' CHECK (figures_source IN ('import', 'manual')),
    CHECK ((registered_voters IS NULL) = (voters_voted IS NULL)
           AND (registered_voters IS NULL) = (law_study_participants IS NULL)),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX election_unit_parent_idx ON election_unit (parent_id);

-- One row per (unit, ballot) held: the totals of the counting minutes as written.
CREATE TABLE ballot_result (
    unit_id INTEGER NOT NULL REFERENCES election_unit (id) ON DELETE CASCADE,
    ballot TEXT NOT NULL CHECK (ballot IN ('na', 'province', 'district', 'commune')),
    ballots_issued INTEGER NOT NULL CHECK (ballots_issued >= 0),
    ballots_received INTEGER NOT NULL
        CHECK (ballots_received >= 0 AND ballots_received <= ballots_issued),
    valid_ballots INTEGER NOT NULL CHECK (valid_ballots >= 0),
    invalid_ballots INTEGER NOT NULL CHECK (invalid_ballots >= 0),
    revote INTEGER NOT NULL CHECK (revote IN (0, 1)),
    additional_vote INTEGER NOT NULL CHECK (additional_vote IN (0, 1)),
    source TEXT NOT NULL DEFAULT 'import' CHECK (source IN ('import', 'manual')),
    CHECK (valid_ballots + invalid_ballots = ballots_received),
    PRIMARY KEY (unit_id, ballot)
) WITHOUT ROWID;

-- Marking the results official and reopening them. Append-only: the triggers below refuse to
-- change or delete a row, and while the last event is a lock, units and results refuse writes.
CREATE TABLE results_lock_event (
    id INTEGER PRIMARY KEY,
    locked INTEGER NOT NULL CHECK (locked IN (0, 1)),
    at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    CHECK (locked = 1 OR length(trim(reason)) > 0)
);

CREATE TRIGGER results_lock_event_no_update BEFORE UPDATE ON results_lock_event
BEGIN
    SELECT RAISE(ABORT, 'results_lock_event is append-only');
END;
CREATE TRIGGER results_lock_event_no_delete BEFORE DELETE ON results_lock_event
BEGIN
    SELECT RAISE(ABORT, 'results_lock_event is append-only');
END;

CREATE TRIGGER ballot_result_locked_insert BEFORE INSERT ON ballot_result
WHEN (SELECT locked FROM results_lock_event ORDER BY id DESC LIMIT 1) = 1
BEGIN
    SELECT RAISE(ABORT, 'results are official');
END;
CREATE TRIGGER ballot_result_locked_update BEFORE UPDATE ON ballot_result
WHEN (SELECT locked FROM results_lock_event ORDER BY id DESC LIMIT 1) = 1
BEGIN
    SELECT RAISE(ABORT, 'results are official');
END;
CREATE TRIGGER ballot_result_locked_delete BEFORE DELETE ON ballot_result
WHEN (SELECT locked FROM results_lock_event ORDER BY id DESC LIMIT 1) = 1
BEGIN
    SELECT RAISE(ABORT, 'results are official');
END;
CREATE TRIGGER election_unit_locked_insert BEFORE INSERT ON election_unit
WHEN (SELECT locked FROM results_lock_event ORDER BY id DESC LIMIT 1) = 1
BEGIN
    SELECT RAISE(ABORT, 'results are official');
END;
CREATE TRIGGER election_unit_locked_update BEFORE UPDATE ON election_unit
WHEN (SELECT locked FROM results_lock_event ORDER BY id DESC LIMIT 1) = 1
BEGIN
    SELECT RAISE(ABORT, 'results are official');
END;
CREATE TRIGGER election_unit_locked_delete BEFORE DELETE ON election_unit
WHEN (SELECT locked FROM results_lock_event ORDER BY id DESC LIMIT 1) = 1
BEGIN
    SELECT RAISE(ABORT, 'results are official');
END;
