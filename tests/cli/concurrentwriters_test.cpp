// Concurrent writers: two electiondesk-cli processes importing agencies and this process writing
// meetings, tasks and agencies through the services (as the GUI does), all on one file at once.
// Every write lands, no process fails, and no "database is locked" reaches anyone.
#include "cli/cli.h"
#include "clirun.h"
#include "core/agency.h"
#include "core/meeting.h"
#include "core/task.h"
#include "services/planservice.h"
#include "services/scheduleservice.h"
#include "services/workspace.h"
#include "support/tempdatabase.h"

#include <QFile>
#include <QProcess>
#include <QSet>

#include <atomic>
#include <iostream>
#include <thread>

using namespace Qt::StringLiterals;
using namespace ed;

namespace {

using ed::test::cli;
using ed::test::Outcome;

constexpr int kRunsPerLane = 25;   // electiondesk-cli processes, one after another, per lane
constexpr int kAgenciesPerRun = 4; // each run imports this many new agencies in one transaction
constexpr int kServiceRounds = 60; // at least; each round: a meeting, a task and an agency
constexpr int kMaxServiceRounds = 2000;
constexpr int kLanes = 2;

/// What one lane of CLI processes saw.
struct Lane
{
    QString name;
    QStringList failures; ///< exit status and standard error of each failed or noisy run
};

QString agencyName(const QString& lane, int run, int k)
{
    return u"Cơ quan %1-%2-%3"_s.arg(lane).arg(run).arg(k);
}

/// Runs the real binary `kRunsPerLane` times, each importing a file of new agencies.
void runLane(Lane& lane, const ed::test::TempDir& dir, const QString& db)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, dir.path(u"data-"_s + lane.name));
    environment.insert(u"XDG_CONFIG_HOME"_s, dir.path(u"config-"_s + lane.name));
    for (int run = 0; run < kRunsPerLane; ++run) {
        const QString path = dir.path(u"agencies-%1-%2.csv"_s.arg(lane.name).arg(run));
        QByteArray csv = "name,abbreviation,level,kind,parent\n";
        for (int k = 0; k < kAgenciesPerRun; ++k)
            csv += agencyName(lane.name, run, k).toUtf8() + ",,district,other,\n";
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size()) {
            lane.failures << u"cannot write "_s + path;
            return;
        }
        file.close();
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProgram(QStringLiteral(ED_CLI_BINARY));
        process.setArguments({u"--db"_s, db, u"agencies"_s, u"import"_s, path});
        process.start();
        const bool finished = process.waitForFinished(120'000);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0
            || err.contains(u"locked"_s, Qt::CaseInsensitive))
            lane.failures << u"run %1: exit %2: %3"_s.arg(run).arg(process.exitCode()).arg(err);
    }
}

class ConcurrentWritersTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const Outcome init = cli({u"--db"_s, db(), u"init"_s, u"--demo"_s});
        ASSERT_EQ(init.status, ed::cli::kSuccess) << init.err.toStdString();
    }

    QString db() const { return m_dir.databasePath(); }

    ed::test::TempDir m_dir;
    ed::test::FakeClock m_clock{QDate(2021, 2, 25)};
};

} // namespace

TEST_F(ConcurrentWritersTest, TwoCliProcessesAndTheServicesWritingAtOnceLoseNothing)
{
    auto opened = services::Workspace::open(db(), m_clock);
    ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
    const std::unique_ptr<services::Workspace> workspace = std::move(opened).value();
    const services::PlanService plans(*workspace);
    services::ScheduleService schedule(*workspace);
    const QList<Plan> planList = plans.plans().value();
    ASSERT_FALSE(planList.isEmpty());
    const PlanId plan = planList.first().id;
    const QList<Agency> agencies = plans.agencies().value();
    ASSERT_FALSE(agencies.isEmpty());
    const AgencyId lead = agencies.first().id;
    const qsizetype meetingsBefore = plans.meetings(plan).value().size();
    const qsizetype tasksBefore = plans.tasks(plan).value().size();

    QList<Lane> lanes;
    for (int l = 0; l < kLanes; ++l)
        lanes << Lane{QString(QChar(u'A' + l)), {}};
    std::atomic<int> lanesRunning{kLanes};
    std::vector<std::thread> threads;
    for (Lane& lane : lanes)
        threads.emplace_back([&lane, &lanesRunning, this] {
            runLane(lane, m_dir, db());
            --lanesRunning;
        });

    // Meanwhile, the GUI's writes, for as long as the lanes run: each its own transaction, as an
    // edit in a dialog makes it.
    QStringList serviceFailures;
    const auto note = [&](const char* what, int round, const Error& error) {
        serviceFailures << u"%1 %2: code %3, %4"_s.arg(QString::fromUtf8(what))
                                   .arg(round)
                                   .arg(int(error.code))
                                   .arg(error.detail);
    };
    int rounds = 0;
    for (; rounds < kMaxServiceRounds && (rounds < kServiceRounds || lanesRunning > 0); ++rounds) {
        const int round = rounds;
        Meeting meeting;
        meeting.plan = plan;
        meeting.label = u"Cuộc họp song song %1"_s.arg(round);
        meeting.deadline.kind = DeadlineKind::NoLaterThan;
        meeting.deadline.wording = u"chậm nhất ngày 10/3/2021"_s;
        meeting.deadline.date = QDate(2021, 3, 10);
        if (const auto added = schedule.addMeeting(meeting); !added)
            note("meeting", round, added.error());

        StandingTask task;
        task.plan = plan;
        task.section = u"IX.%1"_s.arg(round);
        task.printedNumber = QString::number(round);
        task.content = u"Nhiệm vụ song song %1"_s.arg(round);
        task.agencies = {{lead, AgencyRole::Lead}};
        if (const auto added = schedule.addTask(task); !added)
            note("task", round, added.error());

        Agency agency;
        agency.name = agencyName(u"GUI"_s, round, 0);
        agency.level = AgencyLevel::Commune;
        agency.kind = AgencyKind::Other;
        if (const auto added = schedule.addAgency(agency); !added)
            note("agency", round, added.error());

        // And the reads a page makes after each edit.
        if (const auto read = plans.meetings(plan); !read)
            note("read meetings", round, read.error());
        if (const auto read = plans.agencies(); !read)
            note("read agencies", round, read.error());
    }
    for (std::thread& thread : threads)
        thread.join();

    for (const Lane& lane : lanes)
        EXPECT_TRUE(lane.failures.isEmpty()) << "lane " << lane.name.toStdString() << ":\n"
                                             << lane.failures.join(u'\n').toStdString();
    EXPECT_TRUE(serviceFailures.isEmpty()) << serviceFailures.join(u'\n').toStdString();

    // Every write landed: each name exactly once.
    QStringList names;
    for (const Agency& a : plans.agencies().value())
        names << a.name;
    const QSet<QString> nameSet(names.begin(), names.end());
    EXPECT_EQ(nameSet.size(), names.size()) << "an agency was written twice";
    for (const Lane& lane : lanes)
        for (int run = 0; run < kRunsPerLane; ++run)
            for (int k = 0; k < kAgenciesPerRun; ++k)
                EXPECT_TRUE(nameSet.contains(agencyName(lane.name, run, k)))
                        << agencyName(lane.name, run, k).toStdString();
    for (int round = 0; round < rounds; ++round)
        EXPECT_TRUE(nameSet.contains(agencyName(u"GUI"_s, round, 0))) << round;
    EXPECT_EQ(names.size(), agencies.size() + kLanes * kRunsPerLane * kAgenciesPerRun + rounds);

    const QList<Meeting> meetings = plans.meetings(plan).value();
    EXPECT_EQ(meetings.size(), meetingsBefore + rounds);
    QSet<QString> labels;
    for (const Meeting& m : meetings)
        labels << m.label;
    const QList<StandingTask> tasks = plans.tasks(plan).value();
    EXPECT_EQ(tasks.size(), tasksBefore + rounds);
    QSet<QString> sections;
    for (const StandingTask& t : tasks)
        sections << t.section;
    for (int round = 0; round < rounds; ++round) {
        EXPECT_TRUE(labels.contains(u"Cuộc họp song song %1"_s.arg(round))) << round;
        EXPECT_TRUE(sections.contains(u"IX.%1"_s.arg(round))) << round;
    }

    std::cout << "[ writers  ] " << kLanes << " CLI lanes × " << kRunsPerLane << " processes × "
              << kAgenciesPerRun << " agencies; " << rounds
              << " service rounds of a meeting, a task and an agency (" << 3 * rounds << " writes)"
              << std::endl;

    const auto health = workspace->check();
    ASSERT_TRUE(health.ok());
    EXPECT_TRUE(health.value().healthy()) << health.value().firstProblem.toStdString();
}
