#pragma once

// Shared by the services tests of the election results (header only: the support library does
// not link the services).

#include "core/codes.h"
#include "core/resultrules.h"
#include "services/demodata.h"
#include "services/planservice.h"
#include "services/resultsimport.h"
#include "services/resultsservice.h"
#include "services/workspace.h"
#include "support/demoworkspacetest.h"
#include "support/tempdatabase.h"

#include <QStringList>

#include <optional>
#include <ostream>

namespace ed {

/// "K1 1000/999 leaves 1/1": enough to see which unit differs.
inline void PrintTo(const UnitEvaluation& e, std::ostream* os)
{
    *os << e.unit.code.toStdString() << ' ' << e.totals.registered << '/' << e.totals.voted
        << " leaves " << e.totals.reportedLeaves << '/' << e.totals.leaves;
}

} // namespace ed

namespace ed::test {

using namespace Qt::StringLiterals;

inline const QString kUnitsHeader = u"code,name,parent_code,level,registered_voters,voters_voted,"
                                    "law_study_participants,reported_at"_s;
inline const QString kResultsHeader = u"unit_code,ballot,ballots_issued,ballots_received,"
                                      "valid_ballots,invalid_ballots,revote,additional_vote"_s;

/// A province with one district, one commune and three polling areas; K3 has not reported.
/// Lines: header 1, P 2, D1 3, C1 4, K1 5, K2 6, K3 7.
inline QStringList baseUnits()
{
    return {u"P,Tỉnh Điện Biên,,province,,,,"_s,
            u"D1,Huyện Mường Nhé,P,district,,,,"_s,
            u"C1,Xã Chung Chải,D1,commune,,,,"_s,
            u"K1,Khu vực bỏ phiếu số 1,C1,area,1000,999,960,2021-05-23T19:30"_s,
            u"K2,Khu vực bỏ phiếu số 2,C1,area,2000,1998,1900,2021-05-23T20:00"_s,
            u"K3,Khu vực bỏ phiếu số 3,C1,area,,,,"_s};
}

/// Clean minutes for K1 (two ballots) and K2 (two ballots). Lines 2–5.
inline QStringList baseResults()
{
    return {u"K1,na,999,999,998,1,0,0"_s, u"K1,province,999,999,999,0,0,0"_s,
            u"K2,na,1998,1998,1996,2,0,0"_s, u"K2,commune,1998,1998,1996,2,no,không"_s};
}

/// A file: the header and the rows, LF line ends.
inline QString csvText(const QString& header, const QStringList& rows)
{
    return header + u'\n' + rows.join(u'\n') + u'\n';
}

/// "E17 5:6 voters_voted='1001' (1000)", for failure messages.
inline std::string describe(const QList<ImportProblem>& problems)
{
    QStringList list;
    for (const ImportProblem& p : problems)
        list << u"%1 %2:%3 %4='%5' (%6) [%7]"_s.arg(p.rule).arg(p.line).arg(p.column).arg(
                p.columnName, p.value, p.detail, p.code);
    return list.join(u"; "_s).toStdString();
}

/// A fresh database with the demo plans (for the criteria of 508/KH-UBND).
class ResultsTest : public DemoWorkspaceTest
{
protected:
    Result<services::ResultsImportReport> runBytes(services::ResultsFile kind,
                                                   const QByteArray& bytes)
    {
        return services::ResultsImport(*m_workspace, kind).run(bytes);
    }
    /// Runs a file; the call itself must succeed (a refusal is a report, not an Error).
    services::ResultsImportReport run(services::ResultsFile kind, const QString& text)
    {
        auto report = runBytes(kind, text.toUtf8());
        EXPECT_TRUE(report.ok()) << report.error().detail.toStdString();
        return report.ok() ? report.value() : services::ResultsImportReport{};
    }
    services::ResultsImportReport units(const QStringList& rows)
    {
        return run(services::ResultsFile::Units, csvText(kUnitsHeader, rows));
    }
    services::ResultsImportReport results(const QStringList& rows)
    {
        return run(services::ResultsFile::Ballots, csvText(kResultsHeader, rows));
    }
    /// Imports the base units and results, which must go in cleanly.
    void importBase()
    {
        const services::ResultsImportReport u = units(baseUnits());
        ASSERT_FALSE(u.refused()) << describe(u.problems);
        ASSERT_TRUE(u.written);
        const services::ResultsImportReport r = results(baseResults());
        ASSERT_FALSE(r.refused()) << describe(r.problems);
        ASSERT_TRUE(r.written);
    }

    QList<UnitEvaluation> snapshot() const
    {
        auto evaluation = services::ResultsService(*m_workspace).evaluate();
        EXPECT_TRUE(evaluation.ok()) << evaluation.error().detail.toStdString();
        return evaluation.ok() ? evaluation.value().units : QList<UnitEvaluation>{};
    }
    std::optional<UnitEvaluation> unit(const QString& code) const
    {
        for (const UnitEvaluation& e : snapshot()) {
            if (e.unit.code == code)
                return e;
        }
        return std::nullopt;
    }
    UnitMinutes minutes(const QString& code) const
    {
        const auto u = unit(code);
        EXPECT_TRUE(u.has_value()) << code.toStdString();
        if (!u)
            return {};
        auto m = services::ResultsService(*m_workspace).minutes(u->unit.id);
        EXPECT_TRUE(m.ok());
        return m.ok() ? m.value() : UnitMinutes{};
    }

    /// Runs a file that must be refused whole; returns its errors.
    QList<ImportProblem> refused(services::ResultsFile kind, const QString& text)
    {
        return refusedBytes(kind, text.toUtf8());
    }
    QList<ImportProblem> refusedBytes(services::ResultsFile kind, const QByteArray& bytes)
    {
        const QList<UnitEvaluation> before = snapshot();
        auto result = runBytes(kind, bytes);
        EXPECT_TRUE(result.ok()) << result.error().detail.toStdString();
        if (!result.ok())
            return {};
        const services::ResultsImportReport& report = result.value();
        EXPECT_TRUE(report.refused());
        EXPECT_FALSE(report.written);
        EXPECT_EQ(snapshot(), before) << "a refused file wrote something";
        for (const ImportProblem& p : report.problems)
            EXPECT_TRUE(p.rule.startsWith(u'E')) << describe({p});
        return report.problems;
    }

    /// The problem of this rule on this line, if any.
    static std::optional<ImportProblem>
    find(const QList<ImportProblem>& problems, const QString& rule, int line)
    {
        for (const ImportProblem& p : problems) {
            if (p.rule == rule && p.line == line)
                return p;
        }
        return std::nullopt;
    }
    /// Checks one problem exactly: where it is and what was found there.
    static void expectProblem(const QList<ImportProblem>& problems,
                              const QString& rule,
                              int line,
                              int column,
                              const QString& columnName,
                              const QString& value)
    {
        const auto p = find(problems, rule, line);
        ASSERT_TRUE(p.has_value())
                << rule.toStdString() << " on line " << line << " in " << describe(problems);
        EXPECT_EQ(p->column, column) << describe({*p});
        EXPECT_EQ(p->columnName, columnName) << describe({*p});
        EXPECT_EQ(p->value, value) << describe({*p});
        const auto r = ruleFromKey(p->code);
        EXPECT_TRUE(r.has_value()) << describe({*p});
        if (r) {
            EXPECT_EQ(ruleId(*r), rule) << describe({*p});
        }
    }
};

} // namespace ed::test
