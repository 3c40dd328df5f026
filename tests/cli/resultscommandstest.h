#pragma once

// The fixture of the results commands' tests: a small province as CSV text and a demo
// database (resultscommands_test.cpp, resultsimportcommands_test.cpp).
#include "cli/cli.h"
#include "clirun.h"
#include "support/tempdatabase.h"

#include <QFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ed::test {

/// A small province. The commune stands after its areas and the district after the commune.
/// A1: 19 979 of 20 000 voted, 99.895 %, which shows 99.89 and fails 99.90 %;
/// A2: 1 998 of 2 000, exactly 99.90 %, which passes.
inline constexpr char kUnits[] =
        "code,name,parent_code,level,registered_voters,voters_voted,law_study_participants,"
        "reported_at\n"
        "A1,Khu vực bỏ phiếu số 1,X1,area,20000,19979,19500,2021-05-23T18:00:00\n"
        "A2,Khu vực bỏ phiếu số 2,X1,area,2000,1998,1950,2021-05-23T17:30:00\n"
        "X1,Xã Thử Nghiệm,H1,commune,,,,\n"
        "H1,Huyện Thử Nghiệm,P1,district,,,,\n"
        "P1,Tỉnh Thử Nghiệm,,province,,,,\n";

/// Every ballot's invalid share is 0.15 % (30 of 19 979, 3 of 1 998). A2, a ward, holds no
/// district ballot.
inline constexpr char kResults[] = "unit_code,ballot,ballots_issued,ballots_received,valid_ballots,"
                                   "invalid_ballots,revote,additional_vote\n"
                                   "A1,na,19979,19979,19949,30,0,0\n"
                                   "A1,province,19979,19979,19949,30,no,no\n"
                                   "A1,district,19979,19979,19949,30,false,false\n"
                                   "A1,commune,19979,19979,19949,30,không,không\n"
                                   "A2,na,1998,1998,1995,3,0,0\n"
                                   "A2,province,1998,1998,1995,3,0,0\n"
                                   "A2,commune,1998,1998,1995,3,0,0\n";

inline constexpr char16_t kHeader[] = u"unit_code,level,registered_voters,voters_voted,turnout_pct,"
                                      u"turnout_ok,max_invalid_pct,invalid_ok,law_study_pct,"
                                      u"law_study_ok,no_revote_ok,eligible";

class ResultsCommandsTest : public ::testing::Test
{
protected:
    QString db() const { return m_dir.databasePath(); }

    /// Runs a command on the test's database, on a fixed day (the lock's clock reads 09:00).
    Outcome run(const QStringList& arguments) const
    {
        return cli(QStringList{u"--db"_s, db(), u"--today"_s, u"2021-05-25"_s} + arguments);
    }

    void initDemo() const
    {
        const Outcome init = cli({u"--db"_s, db(), u"init"_s, u"--demo"_s});
        ASSERT_EQ(init.status, ed::cli::kSuccess) << init.err.toStdString();
    }

    QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        const QString path = m_dir.path(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    /// The demo plans and the small province, both files imported.
    void loadProvince() const
    {
        initDemo();
        const Outcome units =
                run({u"units"_s, u"import"_s, writeFile(u"units.csv"_s, QByteArray(kUnits))});
        ASSERT_EQ(units.status, ed::cli::kSuccess) << units.err.toStdString();
        const Outcome results =
                run({u"results"_s, u"import"_s, writeFile(u"results.csv"_s, QByteArray(kResults))});
        ASSERT_EQ(results.status, ed::cli::kSuccess) << results.err.toStdString();
    }

    QString evaluationCsv() const
    {
        const Outcome evaluation = run({u"results"_s, u"evaluate"_s, u"--format"_s, u"csv"_s});
        EXPECT_EQ(evaluation.status, ed::cli::kSuccess) << evaluation.err.toStdString();
        return evaluation.out;
    }

    ed::test::TempDir m_dir;
};

/// The lines of a command's output, the final line end dropped.
inline QStringList lines(const QString& out)
{
    QStringList list = out.split(u'\n');
    if (!list.isEmpty() && list.last().isEmpty())
        list.removeLast();
    return list;
}

/// A fraction floored to hundredths of a percent, written as the CSV does: "99.89"; empty
/// when the denominator is zero.
inline QString flooredPercent(qint64 part, qint64 whole)
{
    if (whole == 0)
        return {};
    const qint64 basisPoints = part * 10000 / whole;
    return u"%1.%2"_s.arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QChar(u'0'));
}

inline QString flag(bool value)
{
    return value ? u"1"_s : u"0"_s;
}

} // namespace ed::test
