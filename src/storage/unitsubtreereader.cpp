#include "storage/unitsubtreereader.h"

#include "core/codes.h"
#include "storage/rows.h"
#include "storage/statement.h"
#include "storage/unitrows.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ed::storage {

namespace {

constexpr qsizetype kChunk = 400; // bound values per IN list

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
                "JOIN subtree s ON c.parent_id = s.unit_id) "_s.arg(
                        inListPlaceholders(chunk.size()));
        Statement units(db,
                        subtree
                                + u"SELECT s.root_id, %1 FROM subtree s JOIN election_unit u "
                                  "ON u.id = s.unit_id"_s.arg(unitColumns(u"u."_s)),
                        "select unit subtrees");
        bindInList(units, idValues(chunk));
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
                              "ORDER BY b.unit_id, %3"_s.arg(ballotColumns(u"b."_s),
                                                             inListPlaceholders(part.size()),
                                                             ballotOrder(u"b.ballot"_s)),
                              "select subtree ballot results");
            bindInList(ballots, idValues(part));
            if (auto s = ballots.exec(); !s)
                return s.error();
            while (ballots.next())
                result.ballots[ballots.id<UnitId>(0)] << readBallot(ballots, 1);
        }
    }
    return result;
}

} // namespace ed::storage
