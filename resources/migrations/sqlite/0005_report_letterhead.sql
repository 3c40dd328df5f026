-- Schema 5: the letterhead each printed report was last issued with (issuer, number, type,
-- title, signature, recipients), one row per report. The date is not stored: a report is dated
-- the day it is printed, and only "left blank" is remembered.

CREATE TABLE report_letterhead (
    report TEXT PRIMARY KEY CHECK (report IN ('meetings', 'tasks', 'nominations', 'results')),
    layout TEXT NOT NULL CHECK (layout IN ('state', 'party')),
    parent_body TEXT NOT NULL DEFAULT '',
    issuing_body TEXT NOT NULL DEFAULT '',
    number TEXT NOT NULL DEFAULT '',
    type_code TEXT NOT NULL DEFAULT '',
    issuer_code TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    date_blank INTEGER NOT NULL DEFAULT 0 CHECK (date_blank IN (0, 1)),
    type_name TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    formula TEXT NOT NULL DEFAULT '' CHECK (formula IN ('', 'TM.', 'KT.', 'TL.', 'TUQ.', 'Q.')),
    authority TEXT NOT NULL DEFAULT '',
    signer_title TEXT NOT NULL DEFAULT '',
    signer_name TEXT NOT NULL DEFAULT '',
    recipients TEXT NOT NULL DEFAULT '',
    archive TEXT NOT NULL DEFAULT ''
);
