#include "fuzzworkspace.h"

#include "core/clock.h"
#include "services/demodata.h"
#include "services/resultsimport.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace ed::fuzz {

namespace {

const char* const kUnits = "code,name,parent_code,level,registered_voters,voters_voted,"
                           "law_study_participants,reported_at\n"
                           "P,Tỉnh Điện Biên,,province,,,,\n"
                           "D1,Huyện Mường Nhé,P,district,,,,\n"
                           "C1,Xã Chung Chải,D1,commune,,,,\n"
                           "K1,Khu vực bỏ phiếu số 1,C1,area,1000,999,960,2021-05-23T19:30\n"
                           "K2,Khu vực bỏ phiếu số 2,C1,area,2000,1998,1900,2021-05-23T20:00\n"
                           "K3,Khu vực bỏ phiếu số 3,C1,area,,,,\n";
const char* const kResults = "unit_code,ballot,ballots_issued,ballots_received,valid_ballots,"
                             "invalid_ballots,revote,additional_vote\n"
                             "K1,na,999,999,998,1,0,0\n"
                             "K1,province,999,999,999,0,0,0\n"
                             "K2,na,1998,1998,1996,2,0,0\n"
                             "K2,commune,1998,1998,1996,2,no,không\n";

/// Members are destroyed in reverse order at exit: the workspace, then its folder, then Qt.
struct State
{
    State(int& argc, char** argv) : app(argc, argv), clock(QDate(2021, 6, 1))
    {
        if (!dir.isValid())
            fail("cannot create a temporary folder");
        auto opened = services::Workspace::open(dir.filePath(u"fuzz.sqlite"_s), clock);
        if (!opened.ok())
            fail("cannot open the workspace");
        workspace = std::move(opened).value();
        if (!services::DemoDataService(*workspace).load().ok())
            fail("cannot load the demo data");
        for (const auto& [kind, file] : {std::pair{services::ResultsFile::Units, kUnits},
                                         std::pair{services::ResultsFile::Ballots, kResults}}) {
            const auto report = services::ResultsImport(*workspace, kind).run(file);
            if (!report.ok() || !report->written)
                fail("cannot import the base units and results");
        }
    }

    QCoreApplication app;
    QTemporaryDir dir;
    FixedClock clock;
    std::unique_ptr<services::Workspace> workspace;
};

State* g_state = nullptr;

} // namespace

void fail(const char* what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::fflush(stderr);
    std::abort();
}

void checkProblems(const QList<ImportProblem>& problems, QByteArrayView file, qsizetype cap)
{
    if (problems.size() > cap)
        fail("more problems than the cap");
    const qsizetype lines = file.count('\n') + 1;
    for (const ImportProblem& p : problems) {
        if (p.line < 0 || p.line > lines || p.column < 0)
            fail("a problem placed outside the file");
        if (p.code.isEmpty())
            fail("a problem without a code");
    }
}

void checkPreview(const Result<services::ImportReport>& report, QByteArrayView file)
{
    if (!report.ok())
        fail("check() failed on a healthy database");
    if (report->written)
        fail("check() wrote");
    checkProblems(report->problems, file, services::kMaxProblems);
    checkProblems(report->warnings, file, services::kMaxProblems);
    if (report->moreProblems < 0 || report->moreWarnings < 0)
        fail("a negative count of further problems");
}

void initialize(int* argc, char*** argv)
{
    QStandardPaths::setTestModeEnabled(true);
    static State state(*argc, *argv);
    g_state = &state;
}

services::Workspace& workspace()
{
    if (!g_state)
        fail("initialize() was not called");
    return *g_state->workspace;
}

} // namespace ed::fuzz
