#include "storage/nominationqueuequery.h"

#include "core/codes.h"
#include "logging/log.h"
#include "storage/rows.h"
#include "storage/statement.h"

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace ed::storage {

namespace {

/// The stored column of each sort key; every one is indexed (0006_nomination_queue.sql).
QString sortColumn(QueueSortKey key)
{
    switch (key) {
    case QueueSortKey::Id: return u"nomination_id"_s;
    case QueueSortKey::Nominee: return u"name_sort"_s;
    case QueueSortKey::Kind: return u"nominee_kind"_s;
    case QueueSortKey::Unit: return u"unit_sort"_s;
    case QueueSortKey::Agency: return u"agency_sort"_s;
    case QueueSortKey::AwardForm: return u"form_sort"_s;
    case QueueSortKey::Status: return u"status_rank"_s;
    case QueueSortKey::Eligibility: return u"eligibility_rank"_s;
    case QueueSortKey::Duplicates: return u"duplicate_count"_s;
    case QueueSortKey::Dossier: return u"dossier_missing"_s;
    case QueueSortKey::Due: return u"appraisal_due"_s;
    case QueueSortKey::Money: return u"award_money"_s;
    }
    return u"nomination_id"_s;
}

/// The search as a LIKE pattern: a substring, with the pattern's own characters escaped.
QString likePattern(const QString& folded)
{
    QString escaped = folded;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

const QString kEntryColumns =
        u"q.nomination_id, q.status, q.decided, q.certified, q.eligibility_rank"_s;

QueueEntry readEntry(const Statement& row)
{
    QueueEntry e;
    e.id = row.id<NominationId>(0);
    e.status = fromCode<NominationStatus>(row.text(1)).value_or(NominationStatus::Received);
    e.decided = row.integer(2) != 0;
    e.certified = row.integer(3) != 0;
    e.flagged = row.integer(4) == static_cast<int>(QueueEligibility::Flagged);
    e.sortValue = row.value(5);
    return e;
}

/// The condition "comes after (:after_value, :after_id) in the order" (before, when `before`).
QString seekCondition(QueueSortKey key, bool descending, bool before)
{
    const QString op = (descending != before) ? u"<"_s : u">"_s;
    if (key == QueueSortKey::Id)
        return u"q.nomination_id %1 :after_id"_s.arg(op);
    return u"(q.%1, q.nomination_id) %2 (:after_value, :after_id)"_s.arg(sortColumn(key), op);
}

bool sameExceptSearch(const QueueFilter& a, const QueueFilter& b)
{
    QueueFilter x = a;
    x.search = b.search;
    return x == b;
}

} // namespace

NominationQueueQuery::NominationQueueQuery(Database& database, int sparseLimit)
    : m_database(database), m_connection(database.connectionName()), m_sparseLimit(sparseLimit)
{
    static std::atomic<int> counter{0};
    m_table = u"nomination_queue_match_%1"_s.arg(counter++);
}

NominationQueueQuery::~NominationQueueQuery()
{
    if (!m_tableReady)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (db.isOpen()) {
        // The table name is ours (a constant and a counter), never input.
        QSqlQuery drop(db);
        if (!drop.exec(u"DROP TABLE IF EXISTS %1"_s.arg(m_table)))
            log::storage()->warn("drop queue match table: {}", drop.lastError().text());
    }
}

Status NominationQueueQuery::ensureTable()
{
    if (m_tableReady)
        return success();
    Statement create(
            connectionOf(m_database),
            u"CREATE TEMP TABLE IF NOT EXISTS %1 (nomination_id INTEGER PRIMARY KEY)"_s.arg(
                    m_table),
            "create queue match table");
    if (auto s = create.exec(); !s)
        return s;
    m_tableReady = true;
    return success();
}

QString NominationQueueQuery::conditions(bool indexed) const
{
    // Unindexed forms ("x || ''", "x + 0") are the same conditions written so that SQLite
    // cannot pick their index: a page of a wide selection walks the sort column's index and
    // stops after the page instead of sorting every match.
    const auto text = [indexed](const QString& column) {
        return indexed ? u"q."_s + column : u"q."_s + column + u" || ''"_s;
    };
    const auto number = [indexed](const QString& column) {
        return indexed ? u"q."_s + column : u"q."_s + column + u" + 0"_s;
    };
    QStringList where;
    if (m_filter.status)
        where << text(u"status"_s) + u" = :status"_s;
    if (m_filter.agency.isValid())
        where << number(u"nominating_agency_id"_s) + u" = :agency"_s;
    if (m_filter.awardForm.isValid())
        where << number(u"award_form_id"_s) + u" = :form"_s;
    switch (m_filter.eligibility) {
    case QueueEligibilityFilter::All: break;
    case QueueEligibilityFilter::Eligible:
    case QueueEligibilityFilter::Failing:
        where << number(u"eligibility_rank"_s) + u" = :rank"_s;
        break;
    case QueueEligibilityFilter::NotTied: where << number(u"tied"_s) + u" = 0"_s; break;
    case QueueEligibilityFilter::Duplicates:
        where << number(u"duplicate_count"_s) + u" > 0"_s;
        break;
    }
    if (m_filter.overdueOnly)
        where << text(u"status"_s) + u" IN ('received', 'under_appraisal', 'proposed') AND "_s
                         + text(u"appraisal_due"_s) + u" < :today"_s;
    if (!m_filter.search.isEmpty())
        where << u"q.search LIKE :search ESCAPE '\\'"_s;
    return where.join(u" AND "_s);
}

void NominationQueueQuery::bindConditions(Statement& statement) const
{
    if (m_filter.status)
        statement.bind(u":status"_s, toCode(*m_filter.status));
    if (m_filter.agency.isValid())
        statement.bind(u":agency"_s, m_filter.agency);
    if (m_filter.awardForm.isValid())
        statement.bind(u":form"_s, m_filter.awardForm);
    if (m_filter.eligibility == QueueEligibilityFilter::Eligible)
        statement.bind(u":rank"_s, static_cast<int>(QueueEligibility::Eligible));
    if (m_filter.eligibility == QueueEligibilityFilter::Failing)
        statement.bind(u":rank"_s, static_cast<int>(QueueEligibility::Flagged));
    if (m_filter.overdueOnly)
        statement.bind(u":today"_s, m_today);
    if (!m_filter.search.isEmpty())
        statement.bind(u":search"_s, likePattern(m_filter.search));
}

Result<int>
NominationQueueQuery::select(const QueueFilter& filter, const QueueOrder& order, QDate today)
{
    const QSqlDatabase db = connectionOf(m_database);
    const bool narrowing = m_mode == Mode::Sparse && m_today == today
                           && sameExceptSearch(filter, m_filter)
                           && filter.search.contains(m_filter.search);
    m_filter = filter;
    m_order = order;
    m_today = today;

    Statement total(db, u"SELECT count(*) FROM nomination_queue"_s, "count queue rows");
    if (auto s = total.exec(); !s)
        return s.error();
    m_total = total.next() ? static_cast<int>(total.integer(0)) : 0;
    total.finish();

    const QString where = conditions(true);
    if (where.isEmpty()) {
        m_mode = Mode::All;
        m_count = m_total;
        return m_count;
    }
    if (auto s = ensureTable(); !s)
        return s.error();
    if (narrowing) {
        // More letters of the same search: the matches are among those already found.
        Statement narrow(db,
                         u"DELETE FROM %1 WHERE NOT EXISTS (SELECT 1 FROM nomination_queue q "
                         "WHERE q.nomination_id = %1.nomination_id AND q.search LIKE :search "
                         "ESCAPE '\\')"_s.arg(m_table),
                         "narrow queue matches");
        narrow.bind(u":search"_s, likePattern(m_filter.search));
        if (auto s = narrow.exec(); !s)
            return s.error();
        m_count -= narrow.numRowsAffected();
        return m_count;
    }
    Statement clear(db, u"DELETE FROM %1"_s.arg(m_table), "clear queue matches");
    if (auto s = clear.exec(); !s)
        return s.error();
    const int cap = std::max(m_sparseLimit, m_total / 10);
    Statement insert(db,
                     u"INSERT INTO %1 (nomination_id) SELECT q.nomination_id FROM "
                     "nomination_queue q WHERE %2 LIMIT :cap"_s.arg(m_table, where),
                     "collect queue matches");
    bindConditions(insert);
    insert.bind(u":cap"_s, cap);
    if (auto s = insert.exec(); !s)
        return s.error();
    const int found = insert.numRowsAffected();
    if (found < cap) {
        m_mode = Mode::Sparse;
        m_count = found;
        return m_count;
    }
    m_mode = Mode::Dense; // many rows: count them, and let pages walk the sort index
    Statement count(db, u"SELECT count(*) FROM nomination_queue q WHERE %1"_s.arg(where),
                    "count queue matches");
    bindConditions(count);
    if (auto s = count.exec(); !s)
        return s.error();
    m_count = count.next() ? static_cast<int>(count.integer(0)) : 0;
    return m_count;
}

QString NominationQueueQuery::pageSql(bool reversed, const QString& extraCondition) const
{
    const QString column = u"q."_s + sortColumn(m_order.key);
    const bool descending = m_order.descending != reversed;
    const QString direction = descending ? u"DESC"_s : u"ASC"_s;
    QStringList where;
    QString from;
    if (m_mode == Mode::Sparse) {
        // CROSS JOIN keeps the matches as the outer loop: SQLite sorts just them.
        from = u"%1 m CROSS JOIN nomination_queue q"_s.arg(m_table);
        where << u"q.nomination_id = m.nomination_id"_s;
    } else {
        from = u"nomination_queue q"_s;
        if (const QString c = conditions(false); !c.isEmpty())
            where << c;
    }
    if (!extraCondition.isEmpty())
        where << extraCondition;
    QString sql = u"SELECT %1, %2 FROM %3"_s.arg(kEntryColumns, column, from);
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY %1 %2"_s.arg(column, direction);
    if (m_order.key != QueueSortKey::Id)
        sql += u", q.nomination_id %1"_s.arg(direction);
    return sql + u" LIMIT :limit OFFSET :offset"_s;
}

Result<QList<QueueEntry>> NominationQueueQuery::runPage(const QString& sql,
                                                        const QueueEntry* after,
                                                        int offset,
                                                        int limit,
                                                        const char* operation) const
{
    Statement page(connectionOf(m_database), sql, operation);
    if (m_mode != Mode::Sparse)
        bindConditions(page);
    if (after) {
        if (m_order.key != QueueSortKey::Id)
            page.bind(u":after_value"_s, after->sortValue);
        page.bind(u":after_id"_s, after->id);
    }
    page.bind(u":limit"_s, limit).bind(u":offset"_s, offset);
    if (auto s = page.exec(); !s)
        return s.error();
    QList<QueueEntry> entries;
    entries.reserve(limit);
    while (page.next())
        entries << readEntry(page);
    return entries;
}

Result<QList<QueueEntry>> NominationQueueQuery::rows(int first, int limit) const
{
    first = std::max(0, first);
    limit = std::min(limit, m_count - first);
    if (limit <= 0)
        return QList<QueueEntry>();
    // Past the middle, read from the end: an OFFSET steps over every row before it.
    const int fromEnd = m_count - first - limit;
    if (fromEnd < first) {
        auto entries = runPage(pageSql(true, {}), nullptr, fromEnd, limit, "select queue page");
        if (entries)
            std::ranges::reverse(entries.value());
        return entries;
    }
    return runPage(pageSql(false, {}), nullptr, first, limit, "select queue page");
}

Result<QList<QueueEntry>> NominationQueueQuery::rowsAfter(const QueueEntry& last, int limit) const
{
    if (limit <= 0)
        return QList<QueueEntry>();
    return runPage(pageSql(false, seekCondition(m_order.key, m_order.descending, false)), &last, 0,
                   limit, "select next queue page");
}

Result<int> NominationQueueQuery::position(NominationId id) const
{
    const QSqlDatabase db = connectionOf(m_database);
    const QString column = sortColumn(m_order.key);
    QString sql;
    if (m_mode == Mode::Sparse) {
        sql = u"SELECT q.%1 FROM %2 m JOIN nomination_queue q ON q.nomination_id = "
              "m.nomination_id WHERE m.nomination_id = :id"_s.arg(column, m_table);
    } else {
        sql = u"SELECT q.%1 FROM nomination_queue q WHERE q.nomination_id = :id"_s.arg(column);
        if (const QString c = conditions(true); !c.isEmpty())
            sql += u" AND "_s + c;
    }
    Statement find(db, sql, "find queue row");
    if (m_mode != Mode::Sparse)
        bindConditions(find);
    find.bind(u":id"_s, id);
    if (auto s = find.exec(); !s)
        return s.error();
    if (!find.next())
        return -1;
    QueueEntry self;
    self.id = id;
    self.sortValue = find.value(0);
    find.finish();

    const QString before = seekCondition(m_order.key, m_order.descending, true);
    QString countSql;
    if (m_mode == Mode::Sparse) {
        countSql = u"SELECT count(*) FROM %1 m CROSS JOIN nomination_queue q WHERE "
                   "q.nomination_id = m.nomination_id AND %2"_s.arg(m_table, before);
    } else {
        countSql = u"SELECT count(*) FROM nomination_queue q WHERE %1"_s.arg(before);
        if (const QString c = conditions(false); !c.isEmpty())
            countSql += u" AND "_s + c;
    }
    Statement count(db, countSql, "count rows before a queue row");
    if (m_mode != Mode::Sparse)
        bindConditions(count);
    if (m_order.key != QueueSortKey::Id)
        count.bind(u":after_value"_s, self.sortValue);
    count.bind(u":after_id"_s, id);
    if (auto s = count.exec(); !s)
        return s.error();
    return count.next() ? static_cast<int>(count.integer(0)) : -1;
}

} // namespace ed::storage
