#include "storage/unitrepository.h"

#include "core/codes.h"
#include "core/resultrules.h"
#include "core/searchkey.h"
#include "storage/bulkstatement.h"
#include "storage/rows.h"
#include "storage/unitrows.h"

#include <QSqlDriver>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::storage {

namespace {

const QString kUnitInsert = u"INSERT INTO election_unit (code, name, name_search, parent_id, "
                            "level, registered_voters, voters_voted, law_study_participants, "
                            "reported_at, figures_source"_s;
constexpr int kUnitFields = 10;

/// Binds the unit's fields to `first` … `first` + 9 in the order of kUnitInsert.
void bindUnit(BulkStatement& statement, const ElectionUnit& unit, int first = 0)
{
    const QString name = normalizedText(unit.name);
    statement.bind(first, normalizedText(unit.code))
            .bind(first + 1, name)
            .bind(first + 2, searchKey(name))
            .bind(first + 3, unit.parent)
            .bind(first + 4, toCode(unit.level));
    if (unit.figures)
        statement.bind(first + 5, unit.figures->registered)
                .bind(first + 6, unit.figures->voted)
                .bind(first + 7, unit.figures->lawStudy);
    else
        statement.bindNull(first + 5).bindNull(first + 6).bindNull(first + 7);
    if (unit.reportedAt.isValid())
        statement.bind(first + 8, unit.reportedAt.toString(Qt::ISODate));
    else
        statement.bindNull(first + 8);
    statement.bind(first + 9, toCode(unit.source));
}

const QString kBallotInsert =
        u"INSERT INTO ballot_result (unit_id, ballot, ballots_issued, ballots_received, "
        "valid_ballots, invalid_ballots, revote, additional_vote, source)"_s;
constexpr int kBallotFields = 9;
const QString kBallotUpsert =
        u"ON CONFLICT (unit_id, ballot) DO UPDATE SET ballots_issued = excluded.ballots_issued, "
        "ballots_received = excluded.ballots_received, valid_ballots = excluded.valid_ballots, "
        "invalid_ballots = excluded.invalid_ballots, revote = excluded.revote, "
        "additional_vote = excluded.additional_vote, source = excluded.source"_s;

/// Binds one row to `first` … `first` + 8 in the order of kBallotInsert.
void bindBallot(BulkStatement& statement, UnitId unit, const BallotCount& b, int first)
{
    statement.bind(first, unit)
            .bind(first + 1, toCode(b.ballot))
            .bind(first + 2, b.issued)
            .bind(first + 3, b.received)
            .bind(first + 4, b.valid)
            .bind(first + 5, b.invalid)
            .bind(first + 6, qint64{b.revote ? 1 : 0})
            .bind(first + 7, qint64{b.additionalVote ? 1 : 0})
            .bind(first + 8, toCode(b.source));
}

} // namespace

UnitRepository::UnitRepository(Database& database) : m_database(database)
{}
UnitRepository::~UnitRepository() = default;

Result<UnitId> UnitRepository::add(const ElectionUnit& unit)
{
    if (!m_insert)
        m_insert = std::make_unique<BulkStatement>(
                m_database, kUnitInsert + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                "insert election unit");
    bindUnit(*m_insert, unit);
    if (auto s = m_insert->run(); !s)
        return s.error();
    return UnitId{m_insert->lastInsertId()};
}

Result<UnitId> UnitRepository::nextId() const
{
    BulkStatement select(m_database, u"SELECT coalesce(max(id), 0) + 1 FROM election_unit"_s,
                         "next election unit id");
    const auto row = select.next();
    if (!row)
        return row.error();
    const UnitId id{select.integer(0)};
    (void)select.next(); // reads past the only row, which ends the statement
    return id;
}

Status UnitRepository::addAll(const QList<ElectionUnit>& units)
{
    return insertBatched(m_database, kUnitInsert + u", id)"_s, kUnitFields + 1, {}, units.size(),
                         "insert election units",
                         [&](BulkStatement& statement, qsizetype row, int first) {
                             bindUnit(statement, units[row], first);
                             statement.bind(first + kUnitFields, units[row].id);
                         });
}

Status UnitRepository::update(const ElectionUnit& unit)
{
    if (!m_update)
        m_update = std::make_unique<BulkStatement>(
                m_database,
                u"UPDATE election_unit SET code = ?, name = ?, name_search = ?, parent_id = ?, "
                "level = ?, registered_voters = ?, voters_voted = ?, law_study_participants = ?, "
                "reported_at = ?, figures_source = ? WHERE id = ?"_s,
                "update election unit");
    bindUnit(*m_update, unit);
    m_update->bind(10, unit.id);
    if (auto s = m_update->run(); !s)
        return s;
    if (m_update->changes() == 0)
        return Error{ErrorCode::NotFound, u"update election unit %1"_s.arg(unit.id.raw())};
    return success();
}

Result<QList<ElectionUnit>> UnitRepository::all() const
{
    BulkStatement select(m_database,
                         u"SELECT %1 FROM election_unit ORDER BY id"_s.arg(unitColumns()),
                         "select election units");
    QList<ElectionUnit> units;
    for (;;) {
        const auto row = select.next();
        if (!row)
            return row.error();
        if (!row.value())
            return units;
        units << readUnit(select);
    }
}

Result<std::optional<ElectionUnit>> UnitRepository::find(UnitId id) const
{
    Statement select(connectionOf(m_database),
                     u"SELECT %1 FROM election_unit WHERE id = :id"_s.arg(unitColumns()),
                     "select election unit");
    select.bind(u":id"_s, id);
    if (auto s = select.exec(); !s)
        return s.error();
    if (!select.next())
        return std::optional<ElectionUnit>();
    return std::optional<ElectionUnit>(readUnit(select));
}

Result<bool> UnitRepository::hasChildren(UnitId id) const
{
    Statement select(connectionOf(m_database),
                     u"SELECT EXISTS (SELECT 1 FROM election_unit WHERE parent_id = :id)"_s,
                     "select unit children");
    select.bind(u":id"_s, id);
    if (auto s = select.exec(); !s)
        return s.error();
    if (!select.next())
        return select.lastError();
    return select.integer(0) != 0;
}

BallotResultRepository::BallotResultRepository(Database& database) : m_database(database)
{}
BallotResultRepository::~BallotResultRepository() = default;

Status BallotResultRepository::put(UnitId unit, const BallotCount& b)
{
    if (!m_put)
        m_put = std::make_unique<BulkStatement>(
                m_database,
                kBallotInsert + u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "_s + kBallotUpsert,
                "put ballot result");
    bindBallot(*m_put, unit, b, 0);
    return m_put->run();
}

Status BallotResultRepository::putAll(const QList<std::pair<UnitId, BallotCount>>& rows)
{
    return insertBatched(m_database, kBallotInsert, kBallotFields, kBallotUpsert, rows.size(),
                         "put ballot results",
                         [&](BulkStatement& statement, qsizetype row, int first) {
                             bindBallot(statement, rows[row].first, rows[row].second, first);
                         });
}

Status BallotResultRepository::removeForUnit(UnitId unit)
{
    Statement remove(connectionOf(m_database), u"DELETE FROM ballot_result WHERE unit_id = :unit"_s,
                     "delete ballot results");
    remove.bind(u":unit"_s, unit);
    return remove.exec();
}

Result<QList<BallotCount>> BallotResultRepository::forUnit(UnitId unit) const
{
    Statement select(connectionOf(m_database),
                     u"SELECT %1 FROM ballot_result WHERE unit_id = :unit ORDER BY %2"_s.arg(
                             ballotColumns(), ballotOrder(u"ballot"_s)),
                     "select unit ballot results");
    select.bind(u":unit"_s, unit);
    if (auto s = select.exec(); !s)
        return s.error();
    QList<BallotCount> ballots;
    while (select.next())
        ballots << readBallot(select, 0);
    return ballots;
}

Result<QHash<UnitId, QList<BallotCount>>> BallotResultRepository::all() const
{
    // In the key's order, which needs no sorting in SQL; each unit's few rows are put in
    // Ballot order here.
    BulkStatement select(m_database,
                         u"SELECT unit_id, %1 FROM ballot_result ORDER BY unit_id, ballot"_s.arg(
                                 ballotColumns()),
                         "select ballot results");
    QHash<UnitId, QList<BallotCount>> ballots;
    QList<BallotCount>* current = nullptr;
    UnitId currentUnit;
    for (;;) {
        const auto row = select.next();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const UnitId unit{select.integer(0)};
        if (!current || unit != currentUnit) {
            current = &ballots[unit];
            currentUnit = unit;
        }
        *current << readBallot(select, 1);
    }
    for (QList<BallotCount>& list : ballots)
        std::ranges::sort(list, {}, &BallotCount::ballot);
    return ballots;
}

Result<QStringList> BallotResultRepository::suspendInsertLockTriggers()
{
    if (m_database.transactionDepth() == 0)
        return Error{ErrorCode::StorageFailed, u"lock triggers: no write transaction"_s};
    if (connectionOf(m_database).driver()->dbmsType() != QSqlDriver::SQLite)
        return QStringList();
    Statement select(connectionOf(m_database),
                     u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                     "('election_unit_locked_insert', 'ballot_result_locked_insert') "
                     "ORDER BY name"_s,
                     "select lock triggers");
    if (auto s = select.exec(); !s)
        return s.error();
    QStringList names;
    QStringList sql;
    while (select.next()) {
        names << select.text(0);
        sql << select.text(1);
    }
    select.finish();
    for (const QString& name : std::as_const(names)) {
        Statement drop(connectionOf(m_database), u"DROP TRIGGER "_s + name, "drop lock trigger");
        if (auto s = drop.exec(); !s)
            return s.error();
    }
    return sql;
}

Status BallotResultRepository::restoreTriggers(const QStringList& sql)
{
    for (const QString& create : sql) {
        Statement statement(connectionOf(m_database), create, "restore lock trigger");
        if (auto s = statement.exec(); !s)
            return s;
    }
    return success();
}

Result<ResultsLockState> BallotResultRepository::lockState() const
{
    Statement select(connectionOf(m_database),
                     u"SELECT locked, at, user_name, reason FROM results_lock_event ORDER BY id"_s,
                     "select results lock events");
    if (auto s = select.exec(); !s)
        return s.error();
    ResultsLockState state;
    while (select.next())
        state.history << ResultsLockEvent{select.integer(0) != 0,
                                          QDateTime::fromString(select.text(1), Qt::ISODate),
                                          select.text(2), select.text(3)};
    return state;
}

Status BallotResultRepository::appendLockEvent(const ResultsLockEvent& event)
{
    Statement insert(connectionOf(m_database),
                     u"INSERT INTO results_lock_event (locked, at, user_name, reason) "
                     "VALUES (:locked, :at, :user, :reason)"_s,
                     "insert results lock event");
    insert.bind(u":locked"_s, event.locked ? 1 : 0)
            .bind(u":at"_s, event.at.toString(Qt::ISODate))
            .bind(u":user"_s, normalizedText(event.user))
            .bind(u":reason"_s, normalizedText(event.reason));
    return insert.exec();
}

} // namespace ed::storage
