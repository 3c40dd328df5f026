-- Schema 1: agencies, plans, deadlines, meetings, standing tasks, inspection, campaign.
-- Enumerations are stored as the stable text codes of core/codes.h, checked here.
-- Dates are ISO 8601 text (YYYY-MM-DD); NULL where the document gives none.

CREATE TABLE agency (
    id INTEGER PRIMARY KEY,
    code TEXT UNIQUE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_search TEXT NOT NULL,
    abbreviation TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL CHECK (level IN ('central', 'province', 'district', 'commune')),
    kind TEXT NOT NULL CHECK (kind IN ('party', 'state', 'front', 'election', 'other')),
    parent_id INTEGER REFERENCES agency (id) ON DELETE RESTRICT,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX agency_parent_idx ON agency (parent_id);
CREATE INDEX agency_search_idx ON agency (name_search);

CREATE TABLE plan (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    symbol TEXT NOT NULL,
    symbol_as_printed TEXT NOT NULL,
    document_type TEXT NOT NULL,
    title TEXT NOT NULL,
    title_search TEXT NOT NULL,
    document_kind TEXT NOT NULL CHECK (document_kind IN ('state', 'party')),
    issuer_id INTEGER REFERENCES agency (id) ON DELETE RESTRICT,
    issuer_as_printed TEXT NOT NULL DEFAULT '',
    province TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    issued_on TEXT,
    election_day TEXT,
    signer_name TEXT NOT NULL DEFAULT '',
    signing_formula TEXT NOT NULL DEFAULT '' CHECK (signing_formula IN ('', 'TM.', 'KT.')),
    signer_title_lines TEXT NOT NULL DEFAULT '',
    filing_line TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_issuer_idx ON plan (issuer_id);

CREATE TABLE plan_legal_basis (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    symbol TEXT NOT NULL,
    symbol_as_printed TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '',
    issued_on TEXT,
    issuer TEXT NOT NULL DEFAULT '',
    lead_in TEXT NOT NULL DEFAULT '',
    cited_at TEXT NOT NULL DEFAULT '',
    UNIQUE (plan_id, position)
);

CREATE TABLE plan_recipient (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (plan_id, position)
);

CREATE TABLE plan_purpose (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    is_requirement INTEGER NOT NULL DEFAULT 0 CHECK (is_requirement IN (0, 1)),
    text TEXT NOT NULL,
    UNIQUE (plan_id, position)
);

-- One row per deadline, owned by exactly one meeting, reference deadline or task; the owner's
-- repository deletes it with the owner.
CREATE TABLE deadline (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('on_date', 'no_later_than', 'before', 'window',
                                       'week_of_month', 'on_request', 'election_offset')),
    wording TEXT NOT NULL DEFAULT '',
    date TEXT,
    end_date TEXT,
    year INTEGER,
    month INTEGER CHECK (month IS NULL OR month BETWEEN 1 AND 12),
    week INTEGER CHECK (week IS NULL OR week = -1 OR week BETWEEN 1 AND 5),
    offset_days INTEGER,
    year_inferred INTEGER NOT NULL DEFAULT 0 CHECK (year_inferred IN (0, 1)),
    CHECK (kind NOT IN ('on_date', 'no_later_than', 'before') OR date IS NOT NULL),
    CHECK (kind <> 'window' OR (date IS NOT NULL AND end_date IS NOT NULL AND date <= end_date)),
    CHECK (kind <> 'week_of_month' OR (year IS NOT NULL AND month IS NOT NULL AND week IS NOT NULL)),
    CHECK (kind <> 'election_offset' OR offset_days IS NOT NULL)
);

CREATE TABLE meeting (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    number INTEGER CHECK (number IS NULL OR number > 0),
    label TEXT NOT NULL,
    section TEXT NOT NULL DEFAULT '',
    deadline_id INTEGER NOT NULL UNIQUE REFERENCES deadline (id) ON DELETE RESTRICT,
    requested_by TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'materials_submitted', 'held', 'postponed', 'cancelled')),
    held_on TEXT,
    conclusions TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (plan_id, position)
);

CREATE TABLE meeting_item (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    content TEXT NOT NULL,
    content_search TEXT NOT NULL,
    UNIQUE (meeting_id, position)
);

CREATE TABLE meeting_item_agency (
    item_id INTEGER NOT NULL REFERENCES meeting_item (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    agency_id INTEGER NOT NULL REFERENCES agency (id) ON DELETE RESTRICT,
    role TEXT NOT NULL CHECK (role IN ('lead', 'staff', 'coordinating', 'reporting')),
    PRIMARY KEY (item_id, agency_id, role)
);
CREATE INDEX meeting_item_agency_agency_idx ON meeting_item_agency (agency_id);

CREATE TABLE reference_deadline (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    issuer_id INTEGER REFERENCES agency (id) ON DELETE RESTRICT,
    description TEXT NOT NULL,
    deadline_id INTEGER NOT NULL UNIQUE REFERENCES deadline (id) ON DELETE RESTRICT,
    legal_note TEXT NOT NULL DEFAULT '',
    UNIQUE (meeting_id, position)
);
CREATE INDEX reference_deadline_issuer_idx ON reference_deadline (issuer_id);

CREATE TABLE task (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    section TEXT NOT NULL,
    printed_number TEXT NOT NULL DEFAULT '',
    content TEXT NOT NULL,
    content_search TEXT NOT NULL,
    deadline_id INTEGER UNIQUE REFERENCES deadline (id) ON DELETE RESTRICT,
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
    progress_note TEXT NOT NULL DEFAULT '',
    UNIQUE (plan_id, section)
);

CREATE TABLE task_agency (
    task_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    agency_id INTEGER NOT NULL REFERENCES agency (id) ON DELETE RESTRICT,
    role TEXT NOT NULL CHECK (role IN ('lead', 'staff', 'coordinating', 'reporting')),
    PRIMARY KEY (task_id, agency_id, role)
);
CREATE INDEX task_agency_agency_idx ON task_agency (agency_id);

CREATE TABLE inspection (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL UNIQUE REFERENCES plan (id) ON DELETE CASCADE,
    framework TEXT NOT NULL DEFAULT '',
    team_lead TEXT NOT NULL DEFAULT '',
    team_lead_title TEXT NOT NULL DEFAULT '',
    self_inspection_note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE inspection_target (
    inspection_id INTEGER NOT NULL REFERENCES inspection (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    agency_id INTEGER NOT NULL REFERENCES agency (id) ON DELETE RESTRICT,
    mode TEXT NOT NULL CHECK (mode IN ('inspected', 'self_inspects')),
    PRIMARY KEY (inspection_id, agency_id)
);
CREATE INDEX inspection_target_agency_idx ON inspection_target (agency_id);

CREATE TABLE campaign (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL UNIQUE REFERENCES plan (id) ON DELETE CASCADE,
    theme TEXT NOT NULL,
    starts_on TEXT,
    ends_on TEXT,
    end_event TEXT NOT NULL DEFAULT '',
    CHECK (ends_on IS NULL OR starts_on IS NULL OR starts_on <= ends_on)
);

CREATE TABLE campaign_participant_kind (
    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    nominee_kind TEXT NOT NULL CHECK (nominee_kind IN ('collective', 'individual')),
    label TEXT NOT NULL,
    PRIMARY KEY (campaign_id, position)
);

CREATE TABLE campaign_goal_area (
    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    goals TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (campaign_id, position)
);

CREATE TABLE campaign_content (
    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (campaign_id, position)
);

CREATE TABLE award_form (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    printed_number TEXT NOT NULL DEFAULT '',
    name_as_written TEXT NOT NULL,
    usual_name TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL CHECK (level IN ('state', 'province', 'district_or_agency')),
    decided_by TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (campaign_id, code),
    UNIQUE (campaign_id, position)
);

-- Thresholds are exact ratios of integers (99.90 % = 999/1000), never REAL.
CREATE TABLE criterion (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    label TEXT NOT NULL,
    measurable INTEGER NOT NULL CHECK (measurable IN (0, 1)),
    comparison TEXT NOT NULL CHECK (comparison IN ('ge', 'gt', 'le', 'lt', 'none', 'judgement')),
    threshold_num INTEGER,
    threshold_den INTEGER CHECK (threshold_den IS NULL OR threshold_den > 0),
    applies_to TEXT NOT NULL CHECK (applies_to IN ('collective', 'individual', 'both')),
    CHECK (comparison NOT IN ('ge', 'gt', 'le', 'lt')
           OR (threshold_num IS NOT NULL AND threshold_den IS NOT NULL AND threshold_num >= 0)),
    CHECK (measurable = 1 OR comparison = 'judgement'),
    UNIQUE (campaign_id, code),
    UNIQUE (campaign_id, position)
);

-- A deadline row lives and dies with its owner, also when the owner goes by cascade.
CREATE TRIGGER meeting_deadline_cleanup AFTER DELETE ON meeting
BEGIN
    DELETE FROM deadline WHERE id = OLD.deadline_id;
END;

CREATE TRIGGER reference_deadline_cleanup AFTER DELETE ON reference_deadline
BEGIN
    DELETE FROM deadline WHERE id = OLD.deadline_id;
END;

CREATE TRIGGER task_deadline_cleanup AFTER DELETE ON task
BEGIN
    DELETE FROM deadline WHERE id = OLD.deadline_id;
END;
