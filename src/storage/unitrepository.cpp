#include "storage/unitrepository.h"

#include "core/codes.h"
#include "core/searchkey.h"
#include "storage/rows.h"

using namespace Qt::StringLiterals;

namespace ed::storage {

namespace {

const QString kUnitColumns = u"id, code, name, parent_id, level, registered_voters, voters_voted, "
                             "law_study_participants, reported_at, figures_source"_s;

QVariant figure(const std::optional<VoterFigures>& figures, qint64 VoterFigures::*field)
{
    return figures ? QVariant((*figures).*field) : QVariant();
}

void bindUnit(Statement& statement, const ElectionUnit& unit)
{
    const QString name = normalizedText(unit.name);
    statement.bind(u":code"_s, normalizedText(unit.code))
            .bind(u":name"_s, name)
            .bind(u":name_search"_s, searchKey(name))
            .bind(u":parent"_s, unit.parent)
            .bind(u":level"_s, toCode(unit.level))
            .bind(u":registered"_s, figure(unit.figures, &VoterFigures::registered))
            .bind(u":voted"_s, figure(unit.figures, &VoterFigures::voted))
            .bind(u":study"_s, figure(unit.figures, &VoterFigures::lawStudy))
            .bind(u":reported"_s, unit.reportedAt.isValid()
                                          ? QVariant(unit.reportedAt.toString(Qt::ISODate))
                                          : QVariant())
            .bind(u":source"_s, toCode(unit.source));
}

ElectionUnit readUnit(const Statement& row)
{
    ElectionUnit unit;
    unit.id = row.id<UnitId>(0);
    unit.code = row.text(1);
    unit.name = row.text(2);
    unit.parent = row.id<UnitId>(3);
    unit.level = fromCode<UnitLevel>(row.text(4)).value_or(UnitLevel::Area);
    if (!row.isNull(5))
        unit.figures = VoterFigures{row.integer(5), row.integer(6), row.integer(7)};
    if (!row.isNull(8))
        unit.reportedAt = QDateTime::fromString(row.text(8), Qt::ISODate);
    unit.source = fromCode<FigureSource>(row.text(9)).value_or(FigureSource::Import);
    return unit;
}

BallotCount readBallot(const Statement& row, int first)
{
    BallotCount b;
    b.ballot = fromCode<Ballot>(row.text(first)).value_or(Ballot::NationalAssembly);
    b.issued = row.integer(first + 1);
    b.received = row.integer(first + 2);
    b.valid = row.integer(first + 3);
    b.invalid = row.integer(first + 4);
    b.revote = row.integer(first + 5) != 0;
    b.additionalVote = row.integer(first + 6) != 0;
    b.source = fromCode<FigureSource>(row.text(first + 7)).value_or(FigureSource::Import);
    return b;
}

const QString kBallotColumns =
        u"ballot, ballots_issued, ballots_received, valid_ballots, invalid_ballots, revote, "
        "additional_vote, source"_s;

/// Ballots in Ballot order whatever the text codes sort as.
const QString kBallotOrder =
        u"CASE ballot WHEN 'na' THEN 0 WHEN 'province' THEN 1 WHEN 'district' THEN 2 ELSE 3 END"_s;

} // namespace

UnitRepository::UnitRepository(Database& database) : m_database(database)
{}
UnitRepository::~UnitRepository() = default;

Result<UnitId> UnitRepository::add(const ElectionUnit& unit)
{
    if (!m_insert)
        m_insert = std::make_unique<Statement>(
                connectionOf(m_database),
                u"INSERT INTO election_unit (code, name, name_search, parent_id, level, "
                "registered_voters, voters_voted, law_study_participants, reported_at, "
                "figures_source) VALUES (:code, :name, :name_search, :parent, :level, "
                ":registered, :voted, :study, :reported, :source) RETURNING id"_s,
                "insert election unit");
    bindUnit(*m_insert, unit);
    if (auto s = m_insert->exec(); !s)
        return s.error();
    if (!m_insert->next())
        return m_insert->lastError();
    const UnitId id = m_insert->id<UnitId>(0);
    m_insert->finish(); // an unfinished INSERT ... RETURNING makes a later COMMIT fail
    return id;
}

Status UnitRepository::update(const ElectionUnit& unit)
{
    if (!m_update)
        m_update = std::make_unique<Statement>(
                connectionOf(m_database),
                u"UPDATE election_unit SET code = :code, name = :name, name_search = :name_search, "
                "parent_id = :parent, level = :level, registered_voters = :registered, "
                "voters_voted = :voted, law_study_participants = :study, reported_at = :reported, "
                "figures_source = :source WHERE id = :id"_s,
                "update election unit");
    bindUnit(*m_update, unit);
    m_update->bind(u":id"_s, unit.id);
    if (auto s = m_update->exec(); !s)
        return s;
    if (m_update->numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, u"update election unit %1"_s.arg(unit.id.raw())};
    return success();
}

Result<QList<ElectionUnit>> UnitRepository::all() const
{
    Statement select(connectionOf(m_database),
                     u"SELECT %1 FROM election_unit ORDER BY id"_s.arg(kUnitColumns),
                     "select election units");
    if (auto s = select.exec(); !s)
        return s.error();
    QList<ElectionUnit> units;
    while (select.next())
        units << readUnit(select);
    return units;
}

Result<std::optional<ElectionUnit>> UnitRepository::find(UnitId id) const
{
    Statement select(connectionOf(m_database),
                     u"SELECT %1 FROM election_unit WHERE id = :id"_s.arg(kUnitColumns),
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
        m_put = std::make_unique<Statement>(
                connectionOf(m_database),
                u"INSERT INTO ballot_result (unit_id, ballot, ballots_issued, ballots_received, "
                "valid_ballots, invalid_ballots, revote, additional_vote, source) VALUES (:unit, "
                ":ballot, :issued, :received, :valid, :invalid, :revote, :additional, :source) "
                "ON CONFLICT (unit_id, ballot) DO UPDATE SET "
                "ballots_issued = excluded.ballots_issued, "
                "ballots_received = excluded.ballots_received, "
                "valid_ballots = excluded.valid_ballots, "
                "invalid_ballots = excluded.invalid_ballots, revote = excluded.revote, "
                "additional_vote = excluded.additional_vote, source = excluded.source"_s,
                "put ballot result");
    m_put->bind(u":unit"_s, unit)
            .bind(u":ballot"_s, toCode(b.ballot))
            .bind(u":issued"_s, b.issued)
            .bind(u":received"_s, b.received)
            .bind(u":valid"_s, b.valid)
            .bind(u":invalid"_s, b.invalid)
            .bind(u":revote"_s, b.revote ? 1 : 0)
            .bind(u":additional"_s, b.additionalVote ? 1 : 0)
            .bind(u":source"_s, toCode(b.source));
    return m_put->exec();
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
                             kBallotColumns, kBallotOrder),
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
    Statement select(connectionOf(m_database),
                     u"SELECT unit_id, %1 FROM ballot_result ORDER BY unit_id, %2"_s.arg(
                             kBallotColumns, kBallotOrder),
                     "select ballot results");
    if (auto s = select.exec(); !s)
        return s.error();
    QHash<UnitId, QList<BallotCount>> ballots;
    while (select.next())
        ballots[select.id<UnitId>(0)] << readBallot(select, 1);
    return ballots;
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
