-- Schema 6: the review queue at national scale. One row per nomination holding what the queue
-- filters, sorts and counts in SQL: copies of the nomination's own fields, Vietnamese sort keys
-- and the facts derived from the results, the settings and the other nominations. The services
-- write it (services/nominationqueue.h): the row of a nomination they change in the same
-- transaction, and every row again when the queue is opened.

CREATE TABLE nomination_queue (
    nomination_id INTEGER PRIMARY KEY REFERENCES nomination (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('received', 'under_appraisal', 'returned', 'proposed',
                                           'approved', 'rejected')),
    status_rank INTEGER NOT NULL,
    nominee_kind TEXT NOT NULL CHECK (nominee_kind IN ('collective', 'individual')),
    nominating_agency_id INTEGER NOT NULL,
    award_form_id INTEGER NOT NULL,
    tied INTEGER NOT NULL CHECK (tied IN (0, 1)),
    decided INTEGER NOT NULL CHECK (decided IN (0, 1)),
    certified INTEGER NOT NULL CHECK (certified IN (0, 1)),
    name_sort TEXT NOT NULL,
    unit_sort TEXT NOT NULL,
    agency_sort TEXT NOT NULL,
    form_sort TEXT NOT NULL,
    eligibility_rank INTEGER NOT NULL CHECK (eligibility_rank BETWEEN 0 AND 3),
    duplicate_count INTEGER NOT NULL CHECK (duplicate_count >= 0),
    dossier_missing INTEGER NOT NULL CHECK (dossier_missing >= 0),
    appraisal_due TEXT NOT NULL,
    award_money INTEGER NOT NULL,
    search TEXT NOT NULL
);
-- One index per sort column: SQLite adds the row id (nomination_id) to each, which is the
-- queue's tie-break, so ORDER BY column, nomination_id walks the index.
CREATE INDEX nomination_queue_name_idx ON nomination_queue (name_sort);
CREATE INDEX nomination_queue_kind_idx ON nomination_queue (nominee_kind);
CREATE INDEX nomination_queue_unit_idx ON nomination_queue (unit_sort);
CREATE INDEX nomination_queue_agency_sort_idx ON nomination_queue (agency_sort);
CREATE INDEX nomination_queue_form_sort_idx ON nomination_queue (form_sort);
CREATE INDEX nomination_queue_status_rank_idx ON nomination_queue (status_rank);
CREATE INDEX nomination_queue_eligibility_idx ON nomination_queue (eligibility_rank);
CREATE INDEX nomination_queue_duplicates_idx ON nomination_queue (duplicate_count);
CREATE INDEX nomination_queue_dossier_idx ON nomination_queue (dossier_missing);
CREATE INDEX nomination_queue_due_idx ON nomination_queue (appraisal_due);
CREATE INDEX nomination_queue_money_idx ON nomination_queue (award_money);
-- The filters and the counters.
CREATE INDEX nomination_queue_status_idx ON nomination_queue (status, appraisal_due);
CREATE INDEX nomination_queue_agency_idx ON nomination_queue (nominating_agency_id);
CREATE INDEX nomination_queue_form_idx ON nomination_queue (award_form_id);
-- The search is a substring match, so no index can seek it; this one only makes the scan
-- narrower than the table's rows.
CREATE INDEX nomination_queue_search_idx ON nomination_queue (search);

-- Existing nominations get a row of what SQL can say about them; the sort keys, the
-- eligibility, the duplicates, the dossier, the deadline and the money are computed by the
-- first refresh of the queue (NominationQueue::refresh()), which runs when the queue is opened.
INSERT INTO nomination_queue (nomination_id, status, status_rank, nominee_kind,
                              nominating_agency_id, award_form_id, tied, decided, certified,
                              name_sort, unit_sort, agency_sort, form_sort, eligibility_rank,
                              duplicate_count, dossier_missing, appraisal_due, award_money,
                              search)
SELECT id, status,
       CASE status WHEN 'received' THEN 0 WHEN 'under_appraisal' THEN 1 WHEN 'returned' THEN 2
                   WHEN 'proposed' THEN 3 WHEN 'approved' THEN 4 ELSE 5 END,
       nominee_kind, nominating_agency_id, award_form_id,
       CASE WHEN unit_id IS NULL THEN 0 ELSE 1 END,
       CASE WHEN decision_number IS NULL THEN 0 ELSE 1 END,
       CASE WHEN certificate_issued_on IS NULL THEN 0 ELSE 1 END,
       '', '', '', '',
       CASE WHEN unit_id IS NULL THEN 2 ELSE 1 END,
       0, 0, coalesce(restarted_on, received_on), -1,
       name_search || ' ' || workplace_search
FROM nomination;
