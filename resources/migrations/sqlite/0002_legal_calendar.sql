-- Schema 2: the legal calendar. A plan names the election law it follows, and a meeting can
-- depend on steps of that law's calendar (milestone codes of core/legalcalendar.cpp).

ALTER TABLE plan ADD COLUMN election_regime TEXT NOT NULL DEFAULT 'law_2015'
    CHECK (election_regime IN ('law_2015', 'law_2025'));

CREATE TABLE meeting_milestone (
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    milestone TEXT NOT NULL CHECK (length(milestone) > 0),
    relation TEXT NOT NULL CHECK (relation IN ('after', 'before')),
    PRIMARY KEY (meeting_id, milestone, relation)
);

CREATE INDEX agency_name_idx ON agency (name);
