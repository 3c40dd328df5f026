// A generated province of 2,000 polling areas goes through both imports and the evaluation; every
// unit's row must match a calculation done here, directly from the generated rows.

#include "core/resultrules.h"
#include "support/electiongen.h"
#include "support/resultsfixture.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace ed;
using ed::test::describe;
using services::ResultsFile;

namespace {

__extension__ typedef __int128 Wide; // products checked without trusting 64-bit headroom

/// Sums over the leaves below one unit, kept by code.
struct Expected
{
    UnitLevel level = UnitLevel::Area;
    bool isLeaf = true;
    bool hasFigures = false; ///< for a leaf: it gave figures
    qint64 registered = 0;
    qint64 voted = 0;
    qint64 study = 0;
    int leaves = 0;
    int reported = 0;
    QMap<Ballot, std::pair<qint64, qint64>> ballots; ///< received, invalid
    int flagged = 0;                                 ///< leaf ballots with lại or thêm
    QDateTime lastReport;
};

/// Hundredths of a percent, floored, as "99.89"; empty when the whole is zero.
QString percent(qint64 part, qint64 whole)
{
    if (whole == 0)
        return {};
    const qint64 bp = qint64(Wide(part) * 10'000 / Wide(whole));
    return u"%1.%2"_s.arg(bp / 100).arg(bp % 100, 2, 10, QChar(u'0'));
}

bool atLeast(qint64 part, qint64 whole, qint64 p, qint64 q)
{
    return whole > 0 && Wide(part) * q >= Wide(p) * whole;
}

QString flag(bool b)
{
    return b ? u"1"_s : u"0"_s;
}

class ProvinceTest : public test::ResultsTest
{
protected:
    void importBoth(const test::ElectionData& data)
    {
        auto u = runBytes(ResultsFile::Units, test::unitsCsv(data, {true, "\r\n"}));
        ASSERT_TRUE(u.ok());
        ASSERT_FALSE(u->refused()) << describe(u->problems);
        ASSERT_TRUE(u->written);
        EXPECT_EQ(u->added, data.units.size());
        auto r = runBytes(ResultsFile::Ballots, test::resultsCsv(data));
        ASSERT_TRUE(r.ok());
        ASSERT_FALSE(r->refused()) << describe(r->problems);
        ASSERT_TRUE(r->written);
        EXPECT_EQ(r->added, data.ballots.size());
    }

    /// The sums of every unit, walking each leaf's parent codes up to its root.
    static QHash<QString, Expected> expected(const test::ElectionData& data)
    {
        QHash<QString, QString> parentOf;
        QHash<QString, Expected> sums;
        for (const test::UnitRow& u : data.units) {
            parentOf.insert(u.code, u.parentCode);
            sums[u.code].level = u.level;
        }
        for (const test::UnitRow& u : data.units) {
            if (!u.parentCode.isEmpty())
                sums[u.parentCode].isLeaf = false;
        }
        QHash<QString, QList<const test::BallotRow*>> ballotsOf;
        for (const test::BallotRow& b : data.ballots)
            ballotsOf[b.unitCode] << &b;
        for (const test::UnitRow& leaf : data.units) {
            if (!sums[leaf.code].isLeaf)
                continue;
            sums[leaf.code].hasFigures = leaf.figures.has_value();
            const QList<const test::BallotRow*> own = ballotsOf.value(leaf.code);
            const bool reported = leaf.figures && !own.isEmpty();
            for (QString code = leaf.code; !code.isEmpty(); code = parentOf.value(code)) {
                Expected& e = sums[code];
                ++e.leaves;
                if (leaf.figures) {
                    e.registered += leaf.figures->registered;
                    e.voted += leaf.figures->voted;
                    e.study += leaf.figures->lawStudy;
                }
                if (reported) {
                    ++e.reported;
                    e.lastReport = std::max(e.lastReport, leaf.reportedAt);
                }
                for (const test::BallotRow* b : own) {
                    e.ballots[b->ballot].first += b->received;
                    e.ballots[b->ballot].second += b->invalid;
                    if (b->revote || b->additionalVote)
                        ++e.flagged;
                }
            }
        }
        return sums;
    }

    /// The row evaluationTable must print, from the sums and the plan's criteria.
    static QStringList row(const QString& code, const Expected& e)
    {
        const bool turnoutOk = atLeast(e.voted, e.registered, 999, 1000);
        const bool studyOk = atLeast(e.study, e.registered, 19, 20);
        bool invalidOk = !e.ballots.isEmpty();
        std::pair<qint64, qint64> highest{0, 0}; // invalid, received of the highest share
        for (const auto& [received, invalid] : e.ballots) {
            invalidOk = invalidOk && received > 0 && Wide(invalid) * 500 < Wide(received);
            if (highest.second == 0
                || Wide(invalid) * highest.second > Wide(highest.first) * received)
                highest = {invalid, received};
        }
        // Without any ballot there is nothing to decide no_revote on: not computable, not ok.
        const bool noRevoteOk = !e.ballots.isEmpty() && e.flagged == 0;
        const bool eligible = e.leaves > 0 && e.reported == e.leaves && turnoutOk && studyOk
                              && invalidOk && noRevoteOk;
        return {code,
                toCode(e.level),
                QString::number(e.registered),
                QString::number(e.voted),
                percent(e.voted, e.registered),
                flag(turnoutOk),
                percent(highest.first, highest.second),
                flag(invalidOk),
                percent(e.study, e.registered),
                flag(studyOk),
                flag(noRevoteOk),
                flag(eligible)};
    }

    /// Parents before children, siblings by code.
    static QStringList treeOrder(const test::ElectionData& data)
    {
        QMap<QString, QStringList> children;
        for (const test::UnitRow& u : data.units)
            children[u.parentCode] << u.code;
        QStringList order;
        std::function<void(const QString&)> visit = [&](const QString& parent) {
            QStringList kids = children.value(parent);
            std::sort(kids.begin(), kids.end());
            for (const QString& k : kids) {
                order << k;
                visit(k);
            }
        };
        visit(QString());
        return order;
    }

    /// Compares every row; for a leaf that gave no figures the figure cells may be empty or 0.
    void compareEveryRow(const test::ElectionData& data)
    {
        auto evaluation = services::ResultsService(*m_workspace).evaluate();
        ASSERT_TRUE(evaluation.ok());
        ASSERT_TRUE(evaluation->campaign.has_value());
        const services::TextTable table =
                services::ResultsService::evaluationTable(evaluation->units);
        ASSERT_EQ(table.rows.size(), data.units.size());
        const QHash<QString, Expected> sums = expected(data);
        QStringList codes;
        int mismatches = 0;
        for (const QStringList& actual : table.rows) {
            const QString code = actual.value(0);
            codes << code;
            ASSERT_TRUE(sums.contains(code)) << code.toStdString();
            const Expected& e = sums[code];
            QStringList want = row(code, e);
            if (e.isLeaf && !e.hasFigures) {
                for (int column : {2, 3}) {
                    if (actual.value(column).isEmpty())
                        want[column] = QString();
                }
            }
            if (actual != want && ++mismatches <= 10) {
                ADD_FAILURE() << "unit " << code.toStdString()
                              << "\n  actual:   " << actual.join(u',').toStdString()
                              << "\n  expected: " << want.join(u',').toStdString();
            }
        }
        EXPECT_EQ(mismatches, 0);
        EXPECT_EQ(codes, treeOrder(data));
        checkRanks(data, evaluation->units, sums);
    }

    /// Siblings that have all reported are ranked by their last leaf's report, first = 1.
    static void checkRanks(const test::ElectionData& data,
                           const QList<UnitEvaluation>& units,
                           const QHash<QString, Expected>& sums)
    {
        QHash<QString, QString> parentOf;
        for (const test::UnitRow& u : data.units)
            parentOf.insert(u.code, u.parentCode);
        QHash<QString, QList<std::pair<QDateTime, QString>>> done; // by parent
        for (const test::UnitRow& u : data.units) {
            const Expected& e = sums[u.code];
            if (e.leaves > 0 && e.reported == e.leaves)
                done[u.parentCode] << std::pair{e.lastReport, u.code};
        }
        QHash<QString, int> rank;
        for (auto it = done.begin(); it != done.end(); ++it) {
            std::sort(it->begin(), it->end());
            for (int i = 0; i < it->size(); ++i)
                rank.insert(it->at(i).second, i + 1);
        }
        int wrong = 0;
        for (const UnitEvaluation& e : units) {
            const int want = rank.value(e.unit.code, 0);
            if (e.reportRank != want && ++wrong <= 5) {
                ADD_FAILURE() << "rank of " << e.unit.code.toStdString() << ": " << e.reportRank
                              << " instead of " << want;
            }
        }
        EXPECT_EQ(wrong, 0);
    }
};

} // namespace

TEST_F(ProvinceTest, TwoThousandAreasMatchAnIndependentCalculation)
{
    const test::ElectionData data = test::generateProvince(2000, 20'210'523);
    ASSERT_EQ(std::count_if(data.units.begin(), data.units.end(),
                            [](const test::UnitRow& u) { return u.level == UnitLevel::Area; }),
              2000);
    importBoth(data);
    compareEveryRow(data);

    // The province is a real test: some communes pass, others fail, and some areas sit
    // exactly on a line.
    const QHash<QString, Expected> sums = expected(data);
    int eligible = 0;
    int failing = 0;
    int onTheLine = 0;
    for (auto it = sums.begin(); it != sums.end(); ++it) {
        const QStringList r = row(it.key(), it.value());
        if (it->level == UnitLevel::Commune)
            (r.value(11) == u"1"_s ? eligible : failing)++;
        if (it->isLeaf && r.value(4) == u"99.90"_s && it->voted * 1000 == it->registered * 999)
            ++onTheLine;
    }
    EXPECT_GT(eligible, 0);
    EXPECT_GT(failing, 0);
    EXPECT_GT(onTheLine, 0);
}

TEST_F(ProvinceTest, UnreportedAreasKeepTheirAncestorsFromBeingEligible)
{
    test::Shape shape;
    shape.districts = 4;
    shape.communes = 40;
    shape.areas = 500;
    shape.seed = 2021;
    shape.unreportedAreas = 12;
    shape.figuresOnlyAreas = 5;
    const test::ElectionData data = test::generate(shape);
    importBoth(data);
    compareEveryRow(data);
}

TEST_F(ProvinceTest, ImportingTheSameProvinceAgainChangesNothing)
{
    const test::ElectionData data = test::generateProvince(300, 7);
    importBoth(data);
    const QList<UnitEvaluation> before = snapshot();
    auto again = runBytes(ResultsFile::Ballots, test::resultsCsv(data));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->unchanged, data.ballots.size());
    EXPECT_EQ(again->added + again->updated, 0);
    EXPECT_EQ(snapshot(), before);
}

TEST(ElectionGenerator, IsDeterministicAndObeysEveryErrorRule)
{
    const test::ElectionData a = test::generateProvince(400, 99);
    const test::ElectionData b = test::generateProvince(400, 99);
    EXPECT_EQ(test::unitsCsv(a), test::unitsCsv(b));
    EXPECT_EQ(test::resultsCsv(a), test::resultsCsv(b));
    EXPECT_NE(test::resultsCsv(a), test::resultsCsv(test::generateProvince(400, 100)));

    test::Shape nation;
    nation.provinces = 63;
    nation.districts = 705;
    nation.communes = 10'600;
    nation.areas = 80'000;
    const test::ElectionData n = test::generate(nation);
    QMap<UnitLevel, int> counts;
    QHash<QString, std::optional<VoterFigures>> figures;
    for (const test::UnitRow& u : n.units) {
        ++counts[u.level];
        figures.insert(u.code, u.figures);
    }
    EXPECT_EQ(counts.value(UnitLevel::Province), 63);
    EXPECT_EQ(counts.value(UnitLevel::District), 705);
    EXPECT_EQ(counts.value(UnitLevel::Commune), 10'600);
    EXPECT_EQ(counts.value(UnitLevel::Area), 80'000);
    EXPECT_EQ(figures.size(), n.units.size()); // codes are unique
    int errors = 0;
    for (const test::BallotRow& r : n.ballots) {
        BallotCount b{r.ballot,  r.issued, r.received,       r.valid,
                      r.invalid, r.revote, r.additionalVote, FigureSource::Import};
        if (hasErrors(checkBallot(b, figures.value(r.unitCode))))
            ++errors;
    }
    for (const auto& f : figures) {
        if (f && hasErrors(checkFigures(*f)))
            ++errors;
    }
    EXPECT_EQ(errors, 0);
    EXPECT_GT(n.ballots.size(), 280'000);
}
