// Old schemas: a database of every earlier schema version (tests/data/vN.sqlite, written by
// tests/data/make-schema-fixtures.sh) opens, migrates to the latest version with its dated
// backup, passes the checks, and still holds its data, read back through the repositories.
#include "core/letterhead.h"
#include "storage/agencyrepository.h"
#include "storage/awardsettingsrepository.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/letterheadrepository.h"
#include "storage/meetingrepository.h"
#include "storage/nominationqueuerepository.h"
#include "storage/nominationrepository.h"
#include "storage/planrepository.h"
#include "storage/taskrepository.h"
#include "storage/unitrepository.h"
#include "support/tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace ed;
using storage::Database;

namespace {

/// The versions that have a fixture: every one before the latest when these were written.
constexpr int kFirstFixture = 1;
constexpr int kLastFixture = 6;

QString fixture(int version)
{
    return QStringLiteral(ED_SOURCE_DIR "/tests/data/v%1.sqlite").arg(version);
}

class SchemaFixtureTest : public ::testing::TestWithParam<int>
{
protected:
    void SetUp() override
    {
        // A copy: opening migrates the file and writes a backup beside it.
        ASSERT_TRUE(QFile::exists(fixture(version()))) << fixture(version()).toStdString();
        ASSERT_TRUE(QFile::copy(fixture(version()), m_dir.databasePath()));
        ASSERT_TRUE(
                QFile::setPermissions(m_dir.databasePath(), QFile::ReadOwner | QFile::WriteOwner));
        auto opened = Database::open({m_dir.databasePath(), &m_clock});
        ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
        m_db = std::move(opened).value();
    }

    static int version() { return GetParam(); }

    ed::test::TempDir m_dir;
    ed::test::FakeClock m_clock{ed::test::defaultToday()};
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST(SchemaFixtures, EveryEarlierVersionHasAFixture)
{
    for (int version = 1; version < Database::latestSchemaVersion(); ++version)
        EXPECT_TRUE(QFile::exists(fixture(version)))
                << "no fixture of schema " << version
                << ": add its data to tests/data/make-schema-fixtures.sh and run it";
}

TEST_P(SchemaFixtureTest, OpensMigratedWithABackupAndPassesTheChecks)
{
    ASSERT_TRUE(m_db);
    EXPECT_EQ(m_db->schemaVersion().value(), Database::latestSchemaVersion());
    const auto report = m_db->check();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report.value().integrityOk) << report.value().firstProblem.toStdString();
    EXPECT_TRUE(report.value().foreignKeysOk) << report.value().firstProblem.toStdString();
    const QFileInfo info(m_dir.databasePath());
    const QStringList backups = info.absoluteDir().entryList(
            {info.fileName() + u".v%1.*.bak"_s.arg(version())}, QDir::Files);
    // A file already at the latest version is not migrated, so not copied either.
    EXPECT_EQ(backups.size(), version() < Database::latestSchemaVersion() ? 1 : 0)
            << "the pre-migration copy of schema " << version();
}

TEST_P(SchemaFixtureTest, ThePlanItsMeetingsTasksAndAgenciesAreStillThere)
{
    ASSERT_TRUE(m_db);
    const QList<Agency> agencies = storage::AgencyRepository(*m_db).all().value();
    ASSERT_EQ(agencies.size(), 4);
    const auto district = std::find_if(agencies.begin(), agencies.end(), [](const Agency& a) {
        return a.name == u"Ủy ban nhân dân huyện Phú Riềng"_s;
    });
    ASSERT_NE(district, agencies.end());
    EXPECT_EQ(district->level, AgencyLevel::District);
    EXPECT_EQ(district->parent, AgencyId(3));

    const QList<Plan> plans = storage::PlanRepository(*m_db).all().value();
    ASSERT_EQ(plans.size(), 1);
    const Plan& plan = plans.first();
    EXPECT_EQ(plan.symbol, u"01-KH/BCĐ"_s);
    EXPECT_EQ(plan.electionDay, QDate(2021, 5, 23));
    EXPECT_EQ(plan.electionRegime, ElectionRegime::Law2015); // the default of schema 2 on v1
    EXPECT_EQ(plan.legalBases.size(), 1);
    EXPECT_EQ(plan.recipients.size(), 2);
    EXPECT_EQ(plan.purposes.size(), 1);

    const QList<Meeting> meetings = storage::MeetingRepository(*m_db).forPlan(plan.id).value();
    ASSERT_EQ(meetings.size(), 3);
    EXPECT_EQ(meetings[0].status, MeetingStatus::Held);
    EXPECT_EQ(meetings[0].heldOn, QDate(2021, 1, 15));
    EXPECT_EQ(meetings[0].deadline.kind, DeadlineKind::OnDate);
    EXPECT_EQ(meetings[0].items.size(), 1);
    ASSERT_EQ(meetings[0].items.first().agencies.size(), 2);
    EXPECT_EQ(meetings[1].deadline.kind, DeadlineKind::NoLaterThan);
    ASSERT_EQ(meetings[1].referenceDeadlines.size(), 1);
    EXPECT_EQ(meetings[1].referenceDeadlines.first().deadline.kind, DeadlineKind::ElectionOffset);
    EXPECT_EQ(meetings[1].referenceDeadlines.first().deadline.offsetDays, -10);
    EXPECT_EQ(meetings[2].deadline.kind, DeadlineKind::Window);
    EXPECT_EQ(meetings[2].deadline.endDate, QDate(2021, 4, 5));
    EXPECT_EQ(meetings[2].status, MeetingStatus::Postponed);
    // Legal milestones came with schema 2.
    EXPECT_EQ(meetings[1].milestones.size(), version() >= 2 ? 1 : 0);

    const QList<StandingTask> tasks = storage::TaskRepository(*m_db).forPlan(plan.id).value();
    ASSERT_EQ(tasks.size(), 3);
    ASSERT_TRUE(tasks[0].deadline.has_value());
    EXPECT_EQ(tasks[0].deadline->kind, DeadlineKind::WeekOfMonth);
    EXPECT_EQ(tasks[0].status, TaskStatus::InProgress);
    EXPECT_EQ(tasks[0].agencies.size(), 2);
    EXPECT_FALSE(tasks[2].deadline.has_value());
    EXPECT_EQ(tasks[2].section, u"III.2-bis"_s);

    const auto inspection = storage::InspectionRepository(*m_db).forPlan(plan.id).value();
    ASSERT_TRUE(inspection.has_value());
    EXPECT_EQ(inspection->targets.size(), 2);

    const QList<Campaign> campaigns = storage::CampaignRepository(*m_db).all().value();
    ASSERT_EQ(campaigns.size(), 1);
    EXPECT_EQ(campaigns.first().awardForms.size(), 3);
    EXPECT_EQ(campaigns.first().criteria.size(), 5);
}

TEST_P(SchemaFixtureTest, UnitsResultsAndTheLockHistoryAreStillThere)
{
    ASSERT_TRUE(m_db);
    const QList<ElectionUnit> units = storage::UnitRepository(*m_db).all().value();
    storage::BallotResultRepository results(*m_db);
    const auto ballots = results.all().value();
    const ResultsLockState lock = results.lockState().value();
    if (version() < 3) { // results came with schema 3
        EXPECT_TRUE(units.isEmpty());
        EXPECT_TRUE(ballots.isEmpty());
        EXPECT_TRUE(lock.history.isEmpty());
        return;
    }
    ASSERT_EQ(units.size(), 6);
    const auto area = std::find_if(units.begin(), units.end(),
                                   [](const ElectionUnit& u) { return u.code == u"BP-PR-LH-2"_s; });
    ASSERT_NE(area, units.end());
    ASSERT_TRUE(area->figures.has_value());
    EXPECT_EQ(area->figures->registered, 20000);
    EXPECT_EQ(area->figures->voted, 19979);
    EXPECT_EQ(ballots.value(UnitId(4)).size(), 4);
    EXPECT_EQ(ballots.value(UnitId(5)).size(), 2);
    EXPECT_EQ(lock.history.size(), 2);
    EXPECT_FALSE(lock.isLocked());
}

TEST_P(SchemaFixtureTest, NominationsTheirTrailTheQueueAndTheLetterheadAreStillThere)
{
    ASSERT_TRUE(m_db);
    storage::NominationRepository nominations(*m_db);
    const QList<Nomination> all = nominations.all().value();
    const int expected = version() < 4 ? 0 : version() < 6 ? 2 : 3;
    ASSERT_EQ(all.size(), expected);
    // Schema 6 gave every nomination there was a queue row; one added at 6 brought its own.
    EXPECT_EQ(storage::NominationQueueRepository(*m_db).size().value(), expected);
    const auto letterhead = storage::LetterheadRepository(*m_db).find(ReportKind::Meetings).value();
    EXPECT_EQ(letterhead.has_value(), version() >= 5);
    if (letterhead) {
        EXPECT_EQ(letterhead->title, u"Tình hình tổ chức các cuộc họp"_s);
    }
    if (version() < 4)
        return;
    const auto first = std::find_if(all.begin(), all.end(),
                                    [](const Nomination& n) { return n.id == NominationId(1); });
    ASSERT_NE(first, all.end());
    EXPECT_EQ(first->status, NominationStatus::Approved);
    EXPECT_EQ(nominations.events(NominationId(1)).value().size(), 6);
    EXPECT_EQ(nominations.events(NominationId(2)).value().size(), 2);
    const QList<AppraisalLimit> limits = storage::AwardSettingsRepository(*m_db).limits().value();
    const auto local = std::find_if(limits.begin(), limits.end(), [](const AppraisalLimit& l) {
        return l.track == AppraisalTrack::LocalDecides;
    });
    ASSERT_NE(local, limits.end());
    EXPECT_EQ(local->workingDays, 12);
}

TEST_P(SchemaFixtureTest, TheMigratedFileTakesNewWrites)
{
    ASSERT_TRUE(m_db);
    Agency agency;
    agency.name = u"Cơ quan sau nâng cấp"_s;
    agency.level = AgencyLevel::Commune;
    agency.kind = AgencyKind::Other;
    agency.parent = AgencyId(4);
    const auto added = storage::AgencyRepository(*m_db).add(agency);
    ASSERT_TRUE(added.ok()) << added.error().detail.toStdString();
    EXPECT_EQ(storage::AgencyRepository(*m_db).all().value().size(), 5);
}

INSTANTIATE_TEST_SUITE_P(EarlierVersions,
                         SchemaFixtureTest,
                         ::testing::Range(kFirstFixture, kLastFixture + 1),
                         [](const ::testing::TestParamInfo<int>& info) {
                             return "v" + std::to_string(info.param);
                         });
