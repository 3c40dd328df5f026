#!/usr/bin/env bash
# Writes tests/data/v1.sqlite … vN.sqlite: a database of each earlier schema version, as a user
# of that version would have it, for the migration tests (tests/storage/schemafixtures_test.cpp).
# Each file applies the migrations 0001 … 000N of resources/migrations/sqlite in turn with the
# sqlite3 shell, inserting after each step the data that step made possible (a plan with
# meetings, deadlines, agencies and tasks at 1; a meeting's legal milestone at 2; units, results
# and the lock's history at 3; nominations with their dossier, judgements and trail at 4; a
# report letterhead at 5; a nomination with its queue row at 6), then sets application_id and
# user_version as the Migrator does. Run it again only to add the next version's file: the
# files of released versions stay as they are.
#
#   tests/data/make-schema-fixtures.sh [LAST_VERSION]   (default: the last with a data_N below)
#
# A new schema version N gets its data_N function here and its vN.sqlite once N is released
# and N + 1 is under way; the storage test asks for a file of every version below the latest.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
migrations="$here/../../resources/migrations/sqlite"
application_id=$((0x45444B31)) # "EDK1": Migrator::kApplicationId

# The data each schema step made possible, inserted right after that step.
data_1() {
    cat <<'SQL'
INSERT INTO agency (id, code, name, name_search, abbreviation, level, kind, parent_id) VALUES
    (1, 'bp-tu', 'Tỉnh ủy Bình Phước', 'tinh uy binh phuoc', 'TU', 'province', 'party', NULL),
    (2, 'bp-bcd', 'Ban Chỉ đạo bầu cử tỉnh Bình Phước', 'ban chi dao bau cu tinh binh phuoc',
     'BCĐ', 'province', 'party', 1),
    (3, 'bp-ubnd', 'Ủy ban nhân dân tỉnh Bình Phước', 'uy ban nhan dan tinh binh phuoc', 'UBND',
     'province', 'state', NULL),
    (4, NULL, 'Ủy ban nhân dân huyện Phú Riềng', 'uy ban nhan dan huyen phu rieng', '',
     'district', 'state', 3);

INSERT INTO plan (id, code, symbol, symbol_as_printed, document_type, title, title_search,
                  document_kind, issuer_id, issuer_as_printed, province, place, issued_on,
                  election_day, signer_name, signing_formula, signer_title_lines, filing_line)
VALUES (1, '01-KH-BCD', '01-KH/BCĐ', 'Số 01-KH/BCĐ', 'KẾ HOẠCH',
        'Lịch họp của Ban Chỉ đạo bầu cử tỉnh', 'lich hop cua ban chi dao bau cu tinh', 'party',
        2, 'BAN CHỈ ĐẠO BẦU CỬ', 'Bình Phước', 'Bình Phước', '2021-01-25', '2021-05-23',
        'Trần Văn Mẫu', 'TM.', 'BAN CHỈ ĐẠO
TRƯỞNG BAN', 'Lưu Văn phòng Tỉnh ủy');
INSERT INTO plan_legal_basis (id, plan_id, position, symbol, symbol_as_printed, kind, issued_on,
                              issuer, lead_in, cited_at)
VALUES (1, 1, 1, '85/2015/QH13', 'số 85/2015/QH13', 'Luật', '2015-06-25', 'Quốc hội',
        'Căn cứ', '');
INSERT INTO plan_recipient (id, plan_id, position, name, note) VALUES
    (1, 1, 1, 'Thường trực Tỉnh ủy', '(b/c)'), (2, 1, 2, 'Các thành viên Ban Chỉ đạo', '');
INSERT INTO plan_purpose (id, plan_id, position, code, is_requirement, text)
VALUES (1, 1, 1, '1', 0, 'Bảo đảm cuộc bầu cử diễn ra đúng luật.');

INSERT INTO deadline (id, kind, wording, date, end_date, year, month, week, offset_days,
                      year_inferred) VALUES
    (1, 'on_date', 'ngày 15/01/2021', '2021-01-15', NULL, NULL, NULL, NULL, NULL, 0),
    (2, 'no_later_than', 'chậm nhất ngày 10/3/2021', '2021-03-10', NULL, NULL, NULL, NULL,
     NULL, 0),
    (3, 'window', 'từ ngày 01/4 đến ngày 05/4', '2021-04-01', '2021-04-05', NULL, NULL, NULL,
     NULL, 1),
    (4, 'week_of_month', 'tuần thứ hai tháng 5/2021', NULL, NULL, 2021, 5, 2, NULL, 0),
    (5, 'election_offset', 'mười ngày trước ngày bầu cử', NULL, NULL, NULL, NULL, NULL, -10, 0),
    (6, 'before', 'trước ngày 20/5/2021', '2021-05-20', NULL, NULL, NULL, NULL, NULL, 0);

INSERT INTO meeting (id, plan_id, position, number, label, section, deadline_id, requested_by,
                     status, held_on, conclusions, notes) VALUES
    (1, 1, 1, 1, 'Cuộc họp thứ nhất', 'II.1', 1, '', 'held', '2021-01-15',
     'Thống nhất kế hoạch.', ''),
    (2, 1, 2, 2, 'Cuộc họp thứ hai', 'II.2', 2, '', 'planned', NULL, '', ''),
    (3, 1, 3, 3, 'Cuộc họp thứ ba', 'II.3', 3, 'Thường trực Tỉnh ủy', 'postponed', NULL, '',
     'Lùi một tuần.');
INSERT INTO meeting_item (id, meeting_id, position, content, content_search) VALUES
    (1, 1, 1, 'Thông qua kế hoạch tổ chức bầu cử', 'thong qua ke hoach to chuc bau cu'),
    (2, 2, 1, 'Báo cáo tiến độ hiệp thương', 'bao cao tien do hiep thuong'),
    (3, 3, 1, 'Kiểm tra công tác chuẩn bị', 'kiem tra cong tac chuan bi');
INSERT INTO meeting_item_agency (item_id, position, agency_id, role) VALUES
    (1, 1, 2, 'lead'), (1, 2, 3, 'staff'), (2, 1, 3, 'reporting'), (3, 1, 4, 'coordinating');
INSERT INTO reference_deadline (id, meeting_id, position, issuer_id, description, deadline_id,
                                legal_note)
VALUES (1, 2, 1, 3, 'Niêm yết danh sách cử tri', 5, 'Điều 32');

INSERT INTO task (id, plan_id, position, section, printed_number, content, content_search,
                  deadline_id, status, progress_note) VALUES
    (1, 1, 1, 'III.1', '1', 'Tuyên truyền về bầu cử', 'tuyen truyen ve bau cu', 4,
     'in_progress', 'Đã treo pa nô.'),
    (2, 1, 2, 'III.2', '2', 'Bảo đảm an ninh trật tự', 'bao dam an ninh trat tu', 6, 'open', ''),
    (3, 1, 3, 'III.2-bis', '2', 'Tổng hợp báo cáo', 'tong hop bao cao', NULL, 'done', '');
INSERT INTO task_agency (task_id, position, agency_id, role) VALUES
    (1, 1, 3, 'lead'), (1, 2, 4, 'coordinating'), (2, 1, 3, 'lead'), (3, 1, 2, 'lead');

INSERT INTO inspection (id, plan_id, framework, team_lead, team_lead_title, self_inspection_note)
VALUES (1, 1, 'Theo kế hoạch kiểm tra', 'Lê Thị Mẫu', 'Phó Trưởng ban',
        'Các huyện tự kiểm tra và báo cáo.');
INSERT INTO inspection_target (inspection_id, position, agency_id, mode) VALUES
    (1, 1, 4, 'inspected'), (1, 2, 3, 'self_inspects');

INSERT INTO campaign (id, plan_id, theme, starts_on, ends_on, end_event)
VALUES (1, 1, 'Thi đua bầu cử thành công', '2021-01-20', NULL, 'đến khi hoàn tất bầu cử');
INSERT INTO campaign_participant_kind (campaign_id, position, nominee_kind, label) VALUES
    (1, 1, 'collective', 'xã, phường, thị trấn'), (1, 2, 'individual', 'Cán bộ, công chức');
INSERT INTO campaign_goal_area (campaign_id, position, code, title, goals)
VALUES (1, 1, '3.1', 'Công tác tuyên truyền', 'Làm tốt công tác tuyên truyền.');
INSERT INTO campaign_content (campaign_id, position, code, text)
VALUES (1, 1, 'a', 'Thi đua tổ chức tốt cuộc bầu cử.');
INSERT INTO award_form (id, campaign_id, position, code, printed_number, name_as_written,
                        usual_name, level, decided_by, note) VALUES
    (1, 1, 1, 'state', '3.1', 'Khen thưởng cấp Nhà nước', 'Khen thưởng cấp Nhà nước', 'state',
     'Thủ tướng Chính phủ', ''),
    (2, 1, 2, 'provincial_bang_khen', '3.2', 'Bằng khen của UBND tỉnh',
     'Bằng khen của Chủ tịch UBND tỉnh', 'province', 'Chủ tịch UBND tỉnh', ''),
    (3, 1, 3, 'local_giay_khen', '3.2-bis', 'Khen thưởng theo thẩm quyền', 'Giấy khen',
     'district_or_agency', 'Chủ tịch UBND cấp huyện', '');
INSERT INTO criterion (id, campaign_id, position, code, label, measurable, comparison,
                       threshold_num, threshold_den, applies_to) VALUES
    (1, 1, 1, 'turnout', 'Cử tri đi bầu từ 99,90% trở lên', 1, 'ge', 999, 1000, 'both'),
    (2, 1, 2, 'law_study', 'Từ 95% cử tri học tập Luật Bầu cử', 1, 'ge', 19, 20, 'both'),
    (3, 1, 3, 'invalid_ballots', 'Phiếu không hợp lệ dưới 0,2%', 1, 'lt', 1, 500, 'both'),
    (4, 1, 4, 'no_revote', 'Không phải bầu thêm, bầu lại', 1, 'none', 0, 1, 'both'),
    (5, 1, 5, 'q1', 'Gương mẫu chấp hành chủ trương', 0, 'judgement', NULL, NULL, 'both');
SQL
}

data_2() {
    cat <<'SQL'
UPDATE plan SET election_regime = 'law_2015' WHERE id = 1;
INSERT INTO meeting_milestone (meeting_id, position, milestone, relation) VALUES
    (2, 1, 'hiep_thuong_2', 'after'), (3, 1, 'voter_lists_posted', 'before');
SQL
}

data_3() {
    cat <<'SQL'
INSERT INTO election_unit (id, code, name, name_search, parent_id, level, registered_voters,
                           voters_voted, law_study_participants, reported_at, figures_source)
VALUES
    (1, 'BP', 'Tỉnh Bình Phước', 'tinh binh phuoc', NULL, 'province', NULL, NULL, NULL, NULL,
     'import'),
    (2, 'BP-PR', 'Huyện Phú Riềng', 'huyen phu rieng', 1, 'district', NULL, NULL, NULL, NULL,
     'import'),
    (3, 'BP-PR-LH', 'Xã Long Hưng', 'xa long hung', 2, 'commune', NULL, NULL, NULL, NULL,
     'import'),
    (4, 'BP-PR-LH-1', 'Khu vực bỏ phiếu số 1', 'khu vuc bo phieu so 1', 3, 'area', 1000, 1000,
     980, '2021-05-23T18:00:00', 'import'),
    (5, 'BP-PR-LH-2', 'Khu vực bỏ phiếu số 2', 'khu vuc bo phieu so 2', 3, 'area', 20000, 19979,
     19500, '2021-05-23T17:30:00', 'manual'),
    (6, 'BP-PR-LH-3', 'Khu vực bỏ phiếu số 3', 'khu vuc bo phieu so 3', 3, 'area', NULL, NULL,
     NULL, NULL, 'import');
INSERT INTO ballot_result (unit_id, ballot, ballots_issued, ballots_received, valid_ballots,
                           invalid_ballots, revote, additional_vote, source) VALUES
    (4, 'na', 1000, 1000, 999, 1, 0, 0, 'import'),
    (4, 'province', 1000, 1000, 998, 2, 0, 0, 'import'),
    (4, 'district', 1000, 1000, 1000, 0, 0, 0, 'import'),
    (4, 'commune', 1000, 1000, 997, 3, 0, 1, 'import'),
    (5, 'na', 19979, 19979, 19950, 29, 0, 0, 'manual'),
    (5, 'province', 19979, 19979, 19940, 39, 1, 0, 'manual');
INSERT INTO results_lock_event (id, locked, at, user_name, reason) VALUES
    (1, 1, '2021-05-25T09:00:00', 'thuky', ''),
    (2, 0, '2021-05-26T14:30:00', 'thuky', 'Sửa biên bản khu vực số 2');
SQL
}

data_4() {
    cat <<'SQL'
INSERT INTO nomination (id, award_form_id, nominee_kind, nominee_name, name_search, position,
                        workplace, workplace_search, unit_id, nominating_agency_id,
                        higher_state_award, achievement, received_on, restarted_on, status,
                        decision_number, decision_date, decision_signer, certificate_issued_on)
VALUES
    (1, 2, 'collective', 'Tổ bầu cử số 1 xã Long Hưng', 'to bau cu so 1 xa long hung', '', '',
     '', 4, 4, 0, 'Hoàn thành xuất sắc nhiệm vụ bầu cử', '2021-06-01', NULL, 'approved',
     '1234/QĐ-UBND', '2021-06-20', 'Chủ tịch UBND tỉnh', '2021-06-25'),
    (2, 3, 'individual', 'Phạm Thị Mẫu', 'pham thi mau', 'Tổ trưởng', 'Xã Long Hưng',
     'xa long hung', 3, 4, 0, 'Tổ chức tốt ngày bầu cử', '2021-06-02', '2021-06-10', 'returned',
     NULL, NULL, NULL, NULL);
INSERT INTO nomination_document (nomination_id, item, present, note) VALUES
    (1, 'to_trinh', 1, ''), (1, 'bao_cao_thanh_tich', 1, ''), (1, 'bien_ban_hoi_dong', 1, ''),
    (2, 'to_trinh', 1, ''), (2, 'bao_cao_thanh_tich', 0, 'Thiếu chữ ký');
INSERT INTO nomination_judgement (nomination_id, criterion_id, met, note, judged_by, judged_at)
VALUES (1, 5, 1, '', 'thuky', '2021-06-05T10:00:00');
INSERT INTO nomination_event (id, nomination_id, at, by_user, action, from_status, to_status,
                              note, override, on_date, reverts_event_id, decision_number,
                              decision_date, decision_signer) VALUES
    (1, 1, '2021-06-01T08:00:00', 'thuky', 'receive', NULL, 'received', '', 0, NULL, NULL, NULL,
     NULL, NULL),
    (2, 1, '2021-06-03T08:00:00', 'thuky', 'appraise', 'received', 'under_appraisal', '', 0,
     NULL, NULL, NULL, NULL, NULL),
    (3, 1, '2021-06-08T08:00:00', 'thuky', 'propose', 'under_appraisal', 'proposed', '', 0, NULL,
     NULL, NULL, NULL, NULL),
    (4, 1, '2021-06-15T08:00:00', 'thuky', 'approve', 'proposed', 'approved', '', 0, NULL, NULL,
     NULL, NULL, NULL),
    (5, 1, '2021-06-20T08:00:00', 'thuky', 'decision', 'approved', 'approved', '', 0, NULL, NULL,
     '1234/QĐ-UBND', '2021-06-20', 'Chủ tịch UBND tỉnh'),
    (6, 1, '2021-06-25T08:00:00', 'thuky', 'certificate', 'approved', 'approved', '', 0,
     '2021-06-25', NULL, NULL, NULL, NULL),
    (7, 2, '2021-06-02T08:00:00', 'thuky', 'receive', NULL, 'received', '', 0, NULL, NULL, NULL,
     NULL, NULL),
    (8, 2, '2021-06-04T08:00:00', 'thuky', 'return', 'received', 'returned',
     'Thiếu báo cáo thành tích', 0, NULL, NULL, NULL, NULL, NULL);
UPDATE appraisal_limit SET working_days = 12 WHERE track = 'local';
SQL
}

data_5() {
    cat <<'SQL'
INSERT INTO report_letterhead (report, layout, parent_body, issuing_body, number, type_code,
                               issuer_code, place, date_blank, type_name, title, formula,
                               authority, signer_title, signer_name, recipients, archive)
VALUES ('meetings', 'party', 'TỈNH ỦY BÌNH PHƯỚC', 'BAN CHỈ ĐẠO BẦU CỬ', '12', 'BC', 'BCĐ',
        'Bình Phước', 1, 'BÁO CÁO', 'Tình hình tổ chức các cuộc họp', 'TM.', 'BAN CHỈ ĐẠO',
        'TRƯỞNG BAN', 'Trần Văn Mẫu', 'Thường trực Tỉnh ủy', 'Lưu VT');
SQL
}

data_6() {
    cat <<'SQL'
INSERT INTO nomination (id, award_form_id, nominee_kind, nominee_name, name_search, position,
                        workplace, workplace_search, unit_id, nominating_agency_id,
                        higher_state_award, achievement, received_on, restarted_on, status,
                        decision_number, decision_date, decision_signer, certificate_issued_on)
VALUES (3, 2, 'collective', 'Tổ bầu cử số 2 xã Long Hưng', 'to bau cu so 2 xa long hung', '', '',
        '', 5, 3, 0, 'Báo cáo kết quả sớm', '2021-06-03', NULL, 'received', NULL, NULL, NULL,
        NULL);
INSERT INTO nomination_event (id, nomination_id, at, by_user, action, from_status, to_status,
                              note, override, on_date, reverts_event_id, decision_number,
                              decision_date, decision_signer)
VALUES (9, 3, '2021-06-03T08:00:00', 'thuky', 'receive', NULL, 'received', '', 0, NULL, NULL,
        NULL, NULL, NULL);
INSERT INTO nomination_queue (nomination_id, status, status_rank, nominee_kind,
                              nominating_agency_id, award_form_id, tied, decided, certified,
                              name_sort, unit_sort, agency_sort, form_sort, eligibility_rank,
                              duplicate_count, dossier_missing, appraisal_due, award_money,
                              search)
VALUES (3, 'received', 0, 'collective', 3, 2, 1, 0, 0, 'to bau cu so 2', 'khu vuc 2', 'uy ban',
        'bang khen', 0, 0, 3, '2021-06-17', 2980000,
        'to bau cu so 2 xa long hung khu vuc bo phieu so 2');
SQL
}

last=${1:-}
if [ -z "$last" ]; then
    last=0
    while declare -F "data_$((last + 1))" >/dev/null; do
        last=$((last + 1))
    done
fi
migration() {
    local files=("$migrations/$(printf '%04d' "$1")"_*.sql)
    echo "${files[0]}"
}
for ((step = 1; step <= last; ++step)); do
    if ! declare -F "data_$step" >/dev/null || [ ! -f "$(migration "$step")" ]; then
        echo "no migration or no data_$step for version $step" >&2
        exit 2
    fi
done

for ((version = 1; version <= last; ++version)); do
    file="$here/v$version.sqlite"
    rm -f "$file" "$file-wal" "$file-shm"
    {
        # Small pages keep the files small; WAL as every file the application has opened.
        echo "PRAGMA page_size = 512;"
        echo "PRAGMA journal_mode = WAL;"
        echo "PRAGMA foreign_keys = ON;"
        echo "BEGIN;"
        for ((step = 1; step <= version; ++step)); do
            cat "$(migration "$step")"
            echo
            "data_$step"
        done
        echo "PRAGMA application_id = $application_id;"
        echo "PRAGMA user_version = $version;"
        echo "COMMIT;"
        echo "PRAGMA foreign_key_check;"
        echo "VACUUM;"
    } | sqlite3 -bail "$file" >/dev/null
    problems=$(sqlite3 "$file" "PRAGMA foreign_key_check;")
    if [ -n "$problems" ] || [ "$(sqlite3 "$file" "PRAGMA integrity_check;")" != ok ]; then
        echo "v$version.sqlite: the data breaks the schema: $problems" >&2
        exit 1
    fi
    echo "v$version.sqlite: schema $(sqlite3 "$file" 'PRAGMA user_version;'), $(stat -c %s "$file") bytes"
done
