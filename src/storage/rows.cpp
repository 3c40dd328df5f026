#include "storage/rows.h"

#include "core/codes.h"

using namespace Qt::StringLiterals;

namespace ed::storage {

namespace {

QVariant nullableInt(bool present, int value)
{
    return present ? QVariant(value) : QVariant();
}

void bindDeadline(Statement& statement, const Deadline& d)
{
    const bool week = d.kind == DeadlineKind::WeekOfMonth;
    statement.bind(u":kind"_s, toCode(d.kind))
            .bind(u":wording"_s, d.wording)
            .bind(u":date"_s, d.date)
            .bind(u":end_date"_s, d.endDate)
            .bind(u":year"_s, nullableInt(week, d.year))
            .bind(u":month"_s, nullableInt(week, d.month))
            .bind(u":week"_s, nullableInt(week, d.week))
            .bind(u":offset_days"_s,
                  nullableInt(d.kind == DeadlineKind::ElectionOffset, d.offsetDays))
            .bind(u":year_inferred"_s, d.yearInferred ? 1 : 0);
}

struct TableNames
{
    QString table;
    QString ownerColumn;
    QString ownerTable;
};

TableNames names(AssignmentTable table)
{
    // Identifiers come only from these constants, never from data.
    if (table == AssignmentTable::MeetingItem)
        return {u"meeting_item_agency"_s, u"item_id"_s, u"meeting_item"_s};
    return {u"task_agency"_s, u"task_id"_s, u"task"_s};
}

} // namespace

Result<DeadlineId> insertDeadline(const Database& database, const Deadline& deadline)
{
    Statement insert(connectionOf(database),
                     u"INSERT INTO deadline (kind, wording, date, end_date, year, month, week, "
                     "offset_days, year_inferred) VALUES (:kind, :wording, :date, :end_date, "
                     ":year, :month, :week, :offset_days, :year_inferred) RETURNING id"_s,
                     "insert deadline");
    bindDeadline(insert, deadline);
    if (auto s = insert.exec(); !s)
        return s.error();
    if (!insert.next())
        return insert.lastError();
    const DeadlineId id = insert.id<DeadlineId>(0);
    insert.finish();
    return id;
}

Status updateDeadline(const Database& database, DeadlineId id, const Deadline& deadline)
{
    Statement update(connectionOf(database),
                     u"UPDATE deadline SET kind = :kind, wording = :wording, date = :date, "
                     "end_date = :end_date, year = :year, month = :month, week = :week, "
                     "offset_days = :offset_days, year_inferred = :year_inferred "
                     "WHERE id = :id"_s,
                     "update deadline");
    bindDeadline(update, deadline);
    update.bind(u":id"_s, id);
    return update.exec();
}

QString inListPlaceholders(qsizetype count)
{
    QStringList names;
    for (qsizetype i = 0; i < count; ++i)
        names << u":in%1"_s.arg(i);
    return names.join(u", "_s);
}

void bindInList(Statement& statement, const QList<QVariant>& values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        statement.bind(u":in%1"_s.arg(i), values[i]);
}

QString deadlineColumns()
{
    return u"d.kind, d.wording, d.date, d.end_date, d.year, d.month, d.week, d.offset_days, "
           "d.year_inferred"_s;
}

Deadline readDeadline(const Statement& row, int first)
{
    Deadline d;
    d.kind = fromCode<DeadlineKind>(row.text(first)).value_or(DeadlineKind::OnRequest);
    d.wording = row.text(first + 1);
    d.date = row.date(first + 2);
    d.endDate = row.date(first + 3);
    d.year = static_cast<int>(row.integer(first + 4));
    d.month = static_cast<int>(row.integer(first + 5));
    d.week = static_cast<int>(row.integer(first + 6));
    d.offsetDays = static_cast<int>(row.integer(first + 7));
    d.yearInferred = row.integer(first + 8) != 0;
    return d;
}

Status insertAssignments(const Database& database,
                         AssignmentTable table,
                         qint64 ownerId,
                         const QList<AgencyAssignment>& list)
{
    const TableNames n = names(table);
    Statement insert(connectionOf(database),
                     u"INSERT INTO %1 (%2, position, agency_id, role) "
                     "VALUES (:owner, :position, :agency, :role)"_s.arg(n.table, n.ownerColumn),
                     "insert agency assignment");
    return insertPositioned(insert, ownerId, list, [](Statement& st, const AgencyAssignment& a) {
        st.bind(u":agency"_s, a.agency).bind(u":role"_s, toCode(a.role));
    });
}

Result<QHash<qint64, QList<AgencyAssignment>>> readAssignments(const Database& database,
                                                               AssignmentTable table,
                                                               const QString& ownerFilter,
                                                               qint64 key)
{
    const TableNames n = names(table);
    Statement select(connectionOf(database),
                     u"SELECT a.%2, a.agency_id, a.role FROM %1 a JOIN %3 o ON o.id = a.%2 "
                     "WHERE %4 ORDER BY a.%2, a.position"_s.arg(n.table, n.ownerColumn,
                                                                n.ownerTable, ownerFilter),
                     "read agency assignments");
    select.bind(u":key"_s, key);
    if (auto s = select.exec(); !s)
        return s.error();
    QHash<qint64, QList<AgencyAssignment>> byOwner;
    while (select.next()) {
        byOwner[select.integer(0)].append(
                {select.id<AgencyId>(1),
                 fromCode<AgencyRole>(select.text(2)).value_or(AgencyRole::Lead)});
    }
    return byOwner;
}

Result<int> positionOf(const Database& database, const QString& table, qint64 id)
{
    Statement select(connectionOf(database), u"SELECT position FROM %1 WHERE id = :id"_s.arg(table),
                     "find position");
    select.bind(u":id"_s, id);
    if (auto s = select.exec(); !s)
        return s.error();
    if (!select.next())
        return Error{ErrorCode::NotFound, u"%1 %2"_s.arg(table).arg(id)};
    return static_cast<int>(select.integer(0));
}

} // namespace ed::storage
