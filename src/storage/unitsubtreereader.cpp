#include "storage/unitsubtreereader.h"

#include "core/codes.h"
#include "storage/rows.h"
#include "storage/statement.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ed::storage {

namespace {

constexpr qsizetype kChunk = 400; // bound values per IN list

// The unit and ballot columns as UnitRepository stores them (storage/unitrepository.cpp).
const QString kUnitColumns =
        u"u.id, u.code, u.name, u.parent_id, u.level, u.registered_voters, u.voters_voted, "
        "u.law_study_participants, u.reported_at, u.figures_source"_s;
const QString kBallotColumns =
        u"b.ballot, b.ballots_issued, b.ballots_received, b.valid_ballots, b.invalid_ballots, "
        "b.revote, b.additional_vote, b.source"_s;
const QString kBallotOrder = u"CASE b.ballot WHEN 'na' THEN 0 WHEN 'province' THEN 1 "
                             "WHEN 'district' THEN 2 ELSE 3 END"_s;

ElectionUnit readUnit(const Statement& row, int first)
{
    ElectionUnit unit;
    unit.id = row.id<UnitId>(first);
    unit.code = row.text(first + 1);
    unit.name = row.text(first + 2);
    unit.parent = row.id<UnitId>(first + 3);
    unit.level = fromCode<UnitLevel>(row.text(first + 4)).value_or(UnitLevel::Area);
    if (!row.isNull(first + 5))
        unit.figures = VoterFigures{row.integer(first + 5), row.integer(first + 6),
                                    row.integer(first + 7)};
    if (!row.isNull(first + 8))
        unit.reportedAt = QDateTime::fromString(row.text(first + 8), Qt::ISODate);
    unit.source = fromCode<FigureSource>(row.text(first + 9)).value_or(FigureSource::Import);
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

QString placeholders(qsizetype count)
{
    QStringList names;
    for (qsizetype i = 0; i < count; ++i)
        names << u":r%1"_s.arg(i);
    return names.join(u", "_s);
}

void bindRoots(Statement& statement, const QList<UnitId>& roots)
{
    for (qsizetype i = 0; i < roots.size(); ++i)
        statement.bind(u":r%1"_s.arg(i), roots[i]);
}

} // namespace

Result<UnitSubtrees> UnitSubtreeReader::read(const QList<UnitId>& roots) const
{
    const QSqlDatabase db = connectionOf(m_database);
    UnitSubtrees result;
    QSet<UnitId> withBallots;
    for (qsizetype start = 0; start < roots.size(); start += kChunk) {
        const QList<UnitId> chunk = roots.mid(start, kChunk);
        const QString subtree =
                u"WITH RECURSIVE subtree (root_id, unit_id) AS (SELECT id, id FROM election_unit "
                "WHERE id IN (%1) UNION ALL SELECT s.root_id, c.id FROM election_unit c "
                "JOIN subtree s ON c.parent_id = s.unit_id) "_s.arg(placeholders(chunk.size()));
        Statement units(db,
                        subtree
                                + u"SELECT s.root_id, %1 FROM subtree s JOIN election_unit u "
                                  "ON u.id = s.unit_id"_s.arg(kUnitColumns),
                        "select unit subtrees");
        bindRoots(units, chunk);
        if (auto s = units.exec(); !s)
            return s.error();
        QList<UnitId> ids;
        while (units.next()) {
            ElectionUnit unit = readUnit(units, 1);
            if (!withBallots.contains(unit.id)) {
                withBallots.insert(unit.id);
                ids << unit.id;
            }
            result.units[units.id<UnitId>(0)] << std::move(unit);
        }
        units.finish();
        for (qsizetype from = 0; from < ids.size(); from += kChunk) {
            const QList<UnitId> part = ids.mid(from, kChunk);
            Statement ballots(db,
                              u"SELECT b.unit_id, %1 FROM ballot_result b WHERE b.unit_id IN (%2) "
                              "ORDER BY b.unit_id, %3"_s.arg(
                                      kBallotColumns, placeholders(part.size()), kBallotOrder),
                              "select subtree ballot results");
            bindRoots(ballots, part);
            if (auto s = ballots.exec(); !s)
                return s.error();
            while (ballots.next())
                result.ballots[ballots.id<UnitId>(0)] << readBallot(ballots, 1);
        }
    }
    return result;
}

} // namespace ed::storage
