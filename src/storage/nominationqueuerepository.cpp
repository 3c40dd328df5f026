#include "storage/nominationqueuerepository.h"

#include "core/codes.h"
#include "storage/rows.h"
#include "storage/statement.h"

using namespace Qt::StringLiterals;

namespace ed::storage {

namespace {

const QString kFactColumns =
        u"nomination_id, status, nominee_kind, nominating_agency_id, award_form_id, tied, "
        "decided, certified, name_sort, unit_sort, agency_sort, form_sort, eligibility_rank, "
        "duplicate_count, dossier_missing, appraisal_due, award_money, search"_s;

QueueFacts readFacts(const Statement& row)
{
    QueueFacts f;
    f.id = row.id<NominationId>(0);
    f.status = fromCode<NominationStatus>(row.text(1)).value_or(NominationStatus::Received);
    f.kind = fromCode<NomineeKind>(row.text(2)).value_or(NomineeKind::Collective);
    f.agency = row.id<AgencyId>(3);
    f.awardForm = row.id<AwardFormId>(4);
    f.tied = row.integer(5) != 0;
    f.decided = row.integer(6) != 0;
    f.certified = row.integer(7) != 0;
    f.nameSort = row.text(8);
    f.unitSort = row.text(9);
    f.agencySort = row.text(10);
    f.formSort = row.text(11);
    f.eligibility = static_cast<QueueEligibility>(row.integer(12));
    f.duplicates = static_cast<int>(row.integer(13));
    f.dossierMissing = static_cast<int>(row.integer(14));
    f.appraisalDue = row.date(15);
    f.awardMoney = row.integer(16);
    f.search = row.text(17);
    return f;
}

} // namespace

NominationQueueRepository::NominationQueueRepository(Database& database) : m_database(database)
{}
NominationQueueRepository::~NominationQueueRepository() = default;

Status NominationQueueRepository::put(const QList<QueueFacts>& facts)
{
    if (!m_put)
        m_put = std::make_unique<Statement>(
                connectionOf(m_database),
                u"INSERT INTO nomination_queue (nomination_id, status, status_rank, nominee_kind, "
                "nominating_agency_id, award_form_id, tied, decided, certified, name_sort, "
                "unit_sort, agency_sort, form_sort, eligibility_rank, duplicate_count, "
                "dossier_missing, appraisal_due, award_money, search) VALUES (:id, :status, "
                ":status_rank, :kind, :agency, :form, :tied, :decided, :certified, :name_sort, "
                ":unit_sort, :agency_sort, :form_sort, :eligibility, :duplicates, :missing, "
                ":due, :money, :search) ON CONFLICT (nomination_id) DO UPDATE SET "
                "status = excluded.status, status_rank = excluded.status_rank, "
                "nominee_kind = excluded.nominee_kind, "
                "nominating_agency_id = excluded.nominating_agency_id, "
                "award_form_id = excluded.award_form_id, tied = excluded.tied, "
                "decided = excluded.decided, certified = excluded.certified, "
                "name_sort = excluded.name_sort, unit_sort = excluded.unit_sort, "
                "agency_sort = excluded.agency_sort, form_sort = excluded.form_sort, "
                "eligibility_rank = excluded.eligibility_rank, "
                "duplicate_count = excluded.duplicate_count, "
                "dossier_missing = excluded.dossier_missing, "
                "appraisal_due = excluded.appraisal_due, award_money = excluded.award_money, "
                "search = excluded.search"_s,
                "put nomination queue row");
    for (const QueueFacts& f : facts) {
        m_put->bind(u":id"_s, f.id)
                .bind(u":status"_s, toCode(f.status))
                .bind(u":status_rank"_s, static_cast<int>(f.status))
                .bind(u":kind"_s, toCode(f.kind))
                .bind(u":agency"_s, f.agency)
                .bind(u":form"_s, f.awardForm)
                .bind(u":tied"_s, f.tied ? 1 : 0)
                .bind(u":decided"_s, f.decided ? 1 : 0)
                .bind(u":certified"_s, f.certified ? 1 : 0)
                .bind(u":name_sort"_s, f.nameSort)
                .bind(u":unit_sort"_s, f.unitSort)
                .bind(u":agency_sort"_s, f.agencySort)
                .bind(u":form_sort"_s, f.formSort)
                .bind(u":eligibility"_s, static_cast<int>(f.eligibility))
                .bind(u":duplicates"_s, f.duplicates)
                .bind(u":missing"_s, f.dossierMissing)
                .bind(u":due"_s,
                      f.appraisalDue.isValid() ? f.appraisalDue.toString(Qt::ISODate) : QString())
                .bind(u":money"_s, f.awardMoney)
                .bind(u":search"_s, f.search);
        if (auto s = m_put->exec(); !s)
            return s;
    }
    return success();
}

Result<QHash<NominationId, QueueFacts>> NominationQueueRepository::all() const
{
    Statement select(connectionOf(m_database),
                     u"SELECT %1 FROM nomination_queue"_s.arg(kFactColumns),
                     "select nomination queue rows");
    if (auto s = select.exec(); !s)
        return s.error();
    QHash<NominationId, QueueFacts> facts;
    while (select.next()) {
        QueueFacts f = readFacts(select);
        facts.insert(f.id, std::move(f));
    }
    return facts;
}

Result<QHash<NominationId, QueueFacts>>
NominationQueueRepository::find(const QList<NominationId>& ids) const
{
    constexpr qsizetype kChunk = 400;
    QHash<NominationId, QueueFacts> facts;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<NominationId> chunk = ids.mid(start, kChunk);
        Statement select(connectionOf(m_database),
                         u"SELECT %1 FROM nomination_queue WHERE nomination_id IN (%2)"_s.arg(
                                 kFactColumns, inListPlaceholders(chunk.size())),
                         "select some nomination queue rows");
        bindInList(select, idValues(chunk));
        if (auto s = select.exec(); !s)
            return s.error();
        while (select.next()) {
            QueueFacts f = readFacts(select);
            facts.insert(f.id, std::move(f));
        }
    }
    return facts;
}

Result<int> NominationQueueRepository::size() const
{
    Statement select(connectionOf(m_database), u"SELECT count(*) FROM nomination_queue"_s,
                     "count nomination queue rows");
    if (auto s = select.exec(); !s)
        return s.error();
    return select.next() ? static_cast<int>(select.integer(0)) : 0;
}

Result<int> NominationQueueRepository::unitCount() const
{
    Statement select(connectionOf(m_database), u"SELECT count(*) FROM election_unit"_s,
                     "count election units");
    if (auto s = select.exec(); !s)
        return s.error();
    return select.next() ? static_cast<int>(select.integer(0)) : 0;
}

Result<QueueCounters> NominationQueueRepository::counters(QDate today) const
{
    const QSqlDatabase db = connectionOf(m_database);
    QueueCounters counters;
    // Each count reads one index: by status, the undecided statuses' due dates, the flagged.
    Statement byStatus(db, u"SELECT status, count(*) FROM nomination_queue GROUP BY status"_s,
                       "count nominations by status");
    if (auto s = byStatus.exec(); !s)
        return s.error();
    while (byStatus.next()) {
        const auto status = fromCode<NominationStatus>(byStatus.text(0));
        const int count = static_cast<int>(byStatus.integer(1));
        if (status)
            counters.byStatus[static_cast<size_t>(*status)] = count;
        counters.total += count;
    }
    Statement overdue(db,
                      u"SELECT count(*) FROM nomination_queue WHERE status IN ('received', "
                      "'under_appraisal', 'proposed') AND appraisal_due < :today"_s,
                      "count overdue nominations");
    overdue.bind(u":today"_s, today);
    if (auto s = overdue.exec(); !s)
        return s.error();
    counters.overdue = overdue.next() ? static_cast<int>(overdue.integer(0)) : 0;
    Statement flagged(db, u"SELECT count(*) FROM nomination_queue WHERE eligibility_rank = :rank"_s,
                      "count flagged nominations");
    flagged.bind(u":rank"_s, static_cast<int>(QueueEligibility::Flagged));
    if (auto s = flagged.exec(); !s)
        return s.error();
    counters.flagged = flagged.next() ? static_cast<int>(flagged.integer(0)) : 0;
    return counters;
}

Result<QList<AgencyId>> NominationQueueRepository::agencies() const
{
    Statement select(connectionOf(m_database),
                     u"SELECT DISTINCT nominating_agency_id FROM nomination_queue"_s,
                     "select nominating agencies");
    if (auto s = select.exec(); !s)
        return s.error();
    QList<AgencyId> ids;
    while (select.next())
        ids << select.id<AgencyId>(0);
    return ids;
}

Result<QList<AwardFormId>> NominationQueueRepository::awardForms() const
{
    Statement select(connectionOf(m_database),
                     u"SELECT DISTINCT award_form_id FROM nomination_queue"_s,
                     "select nominated award forms");
    if (auto s = select.exec(); !s)
        return s.error();
    QList<AwardFormId> ids;
    while (select.next())
        ids << select.id<AwardFormId>(0);
    return ids;
}

} // namespace ed::storage
