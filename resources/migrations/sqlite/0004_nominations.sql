-- Schema 4: award nominations with their dossier checklist, the clerk's judgements and an
-- append-only audit trail; the working-day calendar, appraisal limits and award money as data.

CREATE TABLE nomination (
    id INTEGER PRIMARY KEY,
    award_form_id INTEGER NOT NULL REFERENCES award_form (id),
    nominee_kind TEXT NOT NULL CHECK (nominee_kind IN ('collective', 'individual')),
    nominee_name TEXT NOT NULL CHECK (nominee_name <> ''),
    name_search TEXT NOT NULL,
    position TEXT NOT NULL DEFAULT '',
    workplace TEXT NOT NULL DEFAULT '',
    workplace_search TEXT NOT NULL DEFAULT '',
    unit_id INTEGER REFERENCES election_unit (id),
    nominating_agency_id INTEGER NOT NULL REFERENCES agency (id),
    higher_state_award INTEGER NOT NULL DEFAULT 0 CHECK (higher_state_award IN (0, 1)),
    achievement TEXT NOT NULL DEFAULT '',
    received_on TEXT NOT NULL,
    restarted_on TEXT CHECK (restarted_on IS NULL OR restarted_on >= received_on),
    status TEXT NOT NULL CHECK (status IN ('received', 'under_appraisal', 'returned', 'proposed',
                                           'approved', 'rejected')),
    decision_number TEXT,
    decision_date TEXT,
    decision_signer TEXT,
    certificate_issued_on TEXT,
    CHECK ((decision_number IS NULL) = (decision_date IS NULL)
           AND (decision_number IS NULL) = (decision_signer IS NULL)),
    CHECK (decision_number IS NULL OR status = 'approved'),
    CHECK (certificate_issued_on IS NULL OR decision_number IS NOT NULL)
);
CREATE INDEX nomination_award_form_idx ON nomination (award_form_id);
CREATE INDEX nomination_agency_idx ON nomination (nominating_agency_id);
CREATE INDEX nomination_unit_idx ON nomination (unit_id);
CREATE INDEX nomination_status_idx ON nomination (status);
-- The duplicate guard looks nominees up by folded name.
CREATE INDEX nomination_name_idx ON nomination (name_search, nominee_kind);

CREATE TABLE nomination_document (
    nomination_id INTEGER NOT NULL REFERENCES nomination (id) ON DELETE CASCADE,
    item TEXT NOT NULL,
    present INTEGER NOT NULL CHECK (present IN (0, 1)),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (nomination_id, item)
);

CREATE TABLE nomination_judgement (
    nomination_id INTEGER NOT NULL REFERENCES nomination (id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES criterion (id) ON DELETE CASCADE,
    met INTEGER NOT NULL CHECK (met IN (0, 1)),
    note TEXT NOT NULL DEFAULT '',
    judged_by TEXT NOT NULL,
    judged_at TEXT NOT NULL,
    PRIMARY KEY (nomination_id, criterion_id)
);
CREATE INDEX nomination_judgement_criterion_idx ON nomination_judgement (criterion_id);

-- The audit trail. No ON DELETE: a nomination with a trail cannot be deleted, and the triggers
-- below make the rows themselves unchangeable.
CREATE TABLE nomination_event (
    id INTEGER PRIMARY KEY,
    nomination_id INTEGER NOT NULL REFERENCES nomination (id),
    at TEXT NOT NULL,
    by_user TEXT NOT NULL CHECK (by_user <> ''),
    action TEXT NOT NULL CHECK (action IN ('receive', 'appraise', 'return', 'resubmit', 'propose',
                                           'approve', 'reject', 'decision', 'certificate',
                                           'revert')),
    from_status TEXT,
    to_status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    override INTEGER NOT NULL DEFAULT 0 CHECK (override IN (0, 1)),
    on_date TEXT,
    reverts_event_id INTEGER REFERENCES nomination_event (id),
    decision_number TEXT,
    decision_date TEXT,
    decision_signer TEXT,
    CHECK (action NOT IN ('return', 'reject') OR note <> ''),
    CHECK (override = 0 OR note <> ''),
    CHECK ((action = 'revert') = (reverts_event_id IS NOT NULL))
);
CREATE INDEX nomination_event_nomination_idx ON nomination_event (nomination_id, id);
CREATE UNIQUE INDEX nomination_event_reverts_idx ON nomination_event (reverts_event_id);

CREATE TRIGGER nomination_event_no_update BEFORE UPDATE ON nomination_event
BEGIN
    SELECT RAISE(ABORT, 'nomination_event is append-only');
END;
CREATE TRIGGER nomination_event_no_delete BEFORE DELETE ON nomination_event
BEGIN
    SELECT RAISE(ABORT, 'nomination_event is append-only');
END;

-- Days off besides Saturdays and Sundays. The 2021 defaults: Tết Dương lịch, Tết Nguyên đán
-- (10–16/02/2021 for civil servants), Giỗ Tổ Hùng Vương, 30/4, 1/5 with its swapped Monday,
-- Quốc khánh (02–03/09/2021).
CREATE TABLE public_holiday (
    day TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> '')
);
INSERT INTO public_holiday (day, name) VALUES
    ('2021-01-01', 'Tết Dương lịch'),
    ('2021-02-10', 'Tết Nguyên đán'),
    ('2021-02-11', 'Tết Nguyên đán'),
    ('2021-02-12', 'Tết Nguyên đán'),
    ('2021-02-13', 'Tết Nguyên đán'),
    ('2021-02-14', 'Tết Nguyên đán'),
    ('2021-02-15', 'Tết Nguyên đán'),
    ('2021-02-16', 'Tết Nguyên đán'),
    ('2021-04-21', 'Giỗ Tổ Hùng Vương'),
    ('2021-04-30', 'Ngày Giải phóng miền Nam, thống nhất đất nước'),
    ('2021-05-01', 'Ngày Quốc tế Lao động'),
    ('2021-05-03', 'Nghỉ bù Ngày Quốc tế Lao động'),
    ('2021-09-02', 'Quốc khánh'),
    ('2021-09-03', 'Quốc khánh');

-- Working days to appraise, per track (law.md §9, 2021 regime).
CREATE TABLE appraisal_limit (
    track TEXT PRIMARY KEY CHECK (track IN ('province', 'prime_minister', 'higher_state', 'local')),
    working_days INTEGER NOT NULL CHECK (working_days BETWEEN 1 AND 365)
);
INSERT INTO appraisal_limit (track, working_days) VALUES
    ('province', 10), ('prime_minister', 15), ('higher_state', 30), ('local', 10);

-- Award money (law.md §11): coefficient × base salary in force on the decision date.
CREATE TABLE base_salary (
    effective_from TEXT PRIMARY KEY,
    amount INTEGER NOT NULL CHECK (amount > 0)
);
INSERT INTO base_salary (effective_from, amount) VALUES
    ('2019-07-01', 1490000), ('2023-07-01', 1800000), ('2024-07-01', 2340000);

CREATE TABLE award_coefficient (
    award_level TEXT NOT NULL CHECK (award_level IN ('state', 'province', 'district_or_agency')),
    nominee_kind TEXT NOT NULL CHECK (nominee_kind IN ('collective', 'individual')),
    effective_from TEXT NOT NULL,
    thousandths INTEGER NOT NULL CHECK (thousandths > 0),
    PRIMARY KEY (award_level, nominee_kind, effective_from)
);
-- NĐ 91/2017: provincial Bằng khen 1.0×, Giấy khen 0.3×, a collective twice an individual.
-- NĐ 152/2025: provincial Bằng khen 1.5×.
INSERT INTO award_coefficient (award_level, nominee_kind, effective_from, thousandths) VALUES
    ('province', 'individual', '2017-07-31', 1000),
    ('province', 'collective', '2017-07-31', 2000),
    ('district_or_agency', 'individual', '2017-07-31', 300),
    ('district_or_agency', 'collective', '2017-07-31', 600),
    ('province', 'individual', '2025-07-01', 1500),
    ('province', 'collective', '2025-07-01', 3000);
