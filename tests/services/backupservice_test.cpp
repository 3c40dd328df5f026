// Daily backups (once a day, never of an empty database, the newest N kept), the facts shown
// before a restore, and the restore with its safety copy.
#include "services/backupservice.h"
#include "services/planservice.h"
#include "services/workspace.h"
#include "support/demoworkspacetest.h"
#include "support/tempdatabase.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace ed;

namespace {

class BackupServiceTest : public test::DemoWorkspaceTest
{
protected:
    QStringList backups(const QString& pattern = u"*.bak"_s) const
    {
        return QDir(services::BackupService(*m_workspace).backupFolder())
                .entryList({pattern}, QDir::Files, QDir::Name);
    }

    qsizetype planCount() const { return services::PlanService(*m_workspace).plans()->size(); }
};

} // namespace

TEST_F(BackupServiceTest, DailyBackupIsWrittenOnceADayBesideTheDatabase)
{
    services::BackupService service(*m_workspace);
    EXPECT_EQ(service.backupFolder(), m_dir.path(u"backups"_s));
    const auto first = service.dailyBackup(7);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first.value(), m_dir.path(u"backups/test.sqlite.20210210-090000.daily.bak"_s));
    EXPECT_TRUE(QFile::exists(first.value()));
    // The same day again: nothing new.
    const auto again = service.dailyBackup(7);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again.value().isEmpty());
    EXPECT_EQ(backups().size(), 1);
    // The next day: a new one.
    m_clock.setToday(QDate(2021, 2, 11));
    EXPECT_EQ(service.dailyBackup(7).value(),
              m_dir.path(u"backups/test.sqlite.20210211-090000.daily.bak"_s));
    EXPECT_EQ(backups().size(), 2);
}

TEST_F(BackupServiceTest, DailyBackupsKeepTheNewestN)
{
    services::BackupService service(*m_workspace);
    for (int day = 1; day <= 6; ++day) {
        m_clock.setToday(QDate(2021, 3, day));
        ASSERT_FALSE(service.dailyBackup(3).value().isEmpty());
    }
    EXPECT_EQ(backups(), (QStringList{u"test.sqlite.20210304-090000.daily.bak"_s,
                                      u"test.sqlite.20210305-090000.daily.bak"_s,
                                      u"test.sqlite.20210306-090000.daily.bak"_s}));
    // Other files in the folder are never pruned.
    const QString safety = service.safetyCopyPath();
    ASSERT_TRUE(m_workspace->backupTo(safety).ok());
    m_clock.setToday(QDate(2021, 3, 7));
    ASSERT_FALSE(service.dailyBackup(1).value().isEmpty());
    EXPECT_EQ(backups(u"*.daily.bak"_s), QStringList{u"test.sqlite.20210307-090000.daily.bak"_s});
    EXPECT_TRUE(QFile::exists(safety));
}

TEST(BackupServiceEmpty, NoDailyBackupOfAnEmptyDatabase)
{
    test::TempDir dir;
    test::FakeClock clock(test::defaultToday());
    auto workspace = services::Workspace::open(dir.databasePath(), clock);
    ASSERT_TRUE(workspace.ok());
    services::BackupService service(*workspace.value());
    const auto daily = service.dailyBackup(7);
    ASSERT_TRUE(daily.ok());
    EXPECT_TRUE(daily.value().isEmpty());
    EXPECT_FALSE(QDir(service.backupFolder()).exists());
}

TEST_F(BackupServiceTest, AFailedDailyBackupIsReportedNotThrown)
{
    services::BackupService service(*m_workspace);
    // A file where the folder should be.
    QFile blocker(service.backupFolder());
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto daily = service.dailyBackup(7);
    ASSERT_FALSE(daily.ok());
    EXPECT_EQ(planCount(), 2);
}

TEST_F(BackupServiceTest, InspectNamesTheSchemaAndTheDateInTheFileName)
{
    services::BackupService service(*m_workspace);
    const QString daily = service.dailyBackup(7).value();
    const auto facts = service.inspect(daily);
    ASSERT_TRUE(facts.ok());
    EXPECT_EQ(facts->schemaVersion, facts->appSchemaVersion);
    EXPECT_EQ(facts->takenAt, QDateTime(QDate(2021, 2, 10), QTime(9, 0)));
    EXPECT_EQ(service.inspect(m_dir.path(u"none.bak"_s)).error().code, ErrorCode::NotFound);
}

TEST_F(BackupServiceTest, RestoreSavesTheCurrentDataFirstThenReplacesIt)
{
    services::BackupService service(*m_workspace);
    // A backup of a database without plans, restored over the demo data.
    test::TempDir scratch;
    const QString blank = scratch.path(u"blank.sqlite"_s);
    {
        auto empty = services::Workspace::open(scratch.databasePath(), m_clock);
        ASSERT_TRUE(empty.ok());
        ASSERT_TRUE(empty.value()->backupTo(blank).ok());
    }
    const auto restored = service.restore(blank);
    ASSERT_TRUE(restored.ok()) << restored.error().detail.toStdString();
    EXPECT_EQ(planCount(), 0);
    EXPECT_EQ(restored->safetyCopy,
              m_dir.path(u"backups/test.sqlite.20210210-090000.before-restore.bak"_s));
    // The safety copy holds what was replaced, and brings it back.
    const auto back = service.restore(restored->safetyCopy);
    ASSERT_TRUE(back.ok()) << back.error().detail.toStdString();
    EXPECT_EQ(planCount(), 2);
    // The second restore, within the same second, got a safety copy of its own.
    EXPECT_EQ(back->safetyCopy,
              m_dir.path(u"backups/test.sqlite.20210210-090000-2.before-restore.bak"_s));
    EXPECT_EQ(backups().size(), 2);
}

TEST_F(BackupServiceTest, RefusedRestoreWritesNoSafetyCopy)
{
    services::BackupService service(*m_workspace);
    const QString text = m_dir.path(u"notes.txt"_s);
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("không phải cơ sở dữ liệu\n");
    file.close();
    const auto refused = service.restore(text);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotOurFile);
    EXPECT_TRUE(backups().isEmpty());
    EXPECT_EQ(planCount(), 2);
}
