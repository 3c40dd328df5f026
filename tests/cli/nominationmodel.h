#pragma once

// What `nominations list` must print, computed here without the program's code: eligibility
// from a generated election's rows with integer arithmetic, and appraisal due dates with a
// loop over weekdays and the 2021 public holidays.

#include "core/electionunit.h"
#include "support/electiongen.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <map>

namespace ed::test {

using namespace Qt::StringLiterals;

/// The days off of resources/migrations/sqlite/0004_nominations.sql, written out again.
inline const QSet<QDate>& holidays2021()
{
    static const QSet<QDate> days = {QDate(2021, 1, 1),  QDate(2021, 2, 10), QDate(2021, 2, 11),
                                     QDate(2021, 2, 12), QDate(2021, 2, 13), QDate(2021, 2, 14),
                                     QDate(2021, 2, 15), QDate(2021, 2, 16), QDate(2021, 4, 21),
                                     QDate(2021, 4, 30), QDate(2021, 5, 1),  QDate(2021, 5, 3),
                                     QDate(2021, 9, 2),  QDate(2021, 9, 3)};
    return days;
}

/// The `n`th working day after `from`.
inline QDate workingDaysAfter(QDate from, int n)
{
    QDate day = from;
    for (int counted = 0; counted < n;) {
        day = day.addDays(1);
        if (day.dayOfWeek() <= 5 && !holidays2021().contains(day))
            ++counted;
    }
    return day;
}

/// One unit decided against the 508/KH-UBND lines; a nomination tied to the unit, collective
/// or individual, takes its decision.
struct ExpectedEligibility
{
    bool eligible = false;
    QStringList failed; ///< turnout, law_study, invalid_ballots, no_revote, in that order
};

/// Every unit of `data`: sums over its areas; turnout ≥ 999/1000 and law study ≥ 19/20 of the
/// registered voters, invalid below 1/500 of the ballots received on each ballot, no bầu cử
/// lại or thêm; a criterion without figures to decide it fails; eligible when nothing fails
/// and every area reported its figures and at least one ballot.
inline QHash<QString, ExpectedEligibility> expectedEligibility(const ElectionData& data)
{
    QHash<QString, QStringList> children;
    QHash<QString, const UnitRow*> byCode;
    for (const UnitRow& unit : data.units) {
        children[unit.parentCode] << unit.code;
        byCode.insert(unit.code, &unit);
    }
    QHash<QString, QList<const BallotRow*>> ballotsOf;
    for (const BallotRow& row : data.ballots)
        ballotsOf[row.unitCode] << &row;

    QHash<QString, ExpectedEligibility> result;
    for (const UnitRow& unit : data.units) {
        QStringList pending{unit.code};
        qint64 registered = 0, voted = 0, lawStudy = 0, held = 0, flagged = 0;
        bool allReported = true;
        std::map<Ballot, std::pair<qint64, qint64>> perBallot; // invalid, received
        while (!pending.isEmpty()) {
            const QString code = pending.takeLast();
            if (!children.value(code).isEmpty()) {
                pending << children.value(code);
                continue;
            }
            const UnitRow& leaf = *byCode.value(code);
            const QList<const BallotRow*> ballots = ballotsOf.value(code);
            allReported = allReported && leaf.figures && !ballots.isEmpty();
            if (leaf.figures) {
                registered += leaf.figures->registered;
                voted += leaf.figures->voted;
                lawStudy += leaf.figures->lawStudy;
            }
            for (const BallotRow* b : ballots) {
                perBallot[b->ballot].first += b->invalid;
                perBallot[b->ballot].second += b->received;
                ++held;
                flagged += (b->revote || b->additionalVote) ? 1 : 0;
            }
        }
        bool invalidOk = !perBallot.empty();
        for (const auto& [ballot, sums] : perBallot)
            invalidOk = invalidOk && sums.second > 0 && sums.first * 500 < sums.second;
        ExpectedEligibility e;
        if (registered == 0 || voted * 1000 < registered * 999)
            e.failed << u"turnout"_s;
        if (registered == 0 || lawStudy * 20 < registered * 19)
            e.failed << u"law_study"_s;
        if (!invalidOk)
            e.failed << u"invalid_ballots"_s;
        if (held == 0 || flagged > 0)
            e.failed << u"no_revote"_s;
        e.eligible = allReported && e.failed.isEmpty();
        result.insert(unit.code, e);
    }
    return result;
}

} // namespace ed::test
