// `restore FILE --yes`: the safety copy first, the data replaced, the refusals with exit 1 and
// the missing confirmation with exit 2, all leaving the data as it was.
#include "cli/cli.h"
#include "clirun.h"
#include "support/tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

using ed::test::cli;
using ed::test::Outcome;

class RestoreCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli({u"--db"_s, db(), u"init"_s, u"--demo"_s}).status, ed::cli::kSuccess);
    }

    QString db() const { return m_dir.databasePath(); }

    /// The number of meetings, read through the CLI's own listing.
    qsizetype meetings() const
    {
        const Outcome list =
                cli({u"--db"_s, db(), u"meetings"_s, u"list"_s, u"--format"_s, u"csv"_s});
        EXPECT_EQ(list.status, ed::cli::kSuccess);
        return list.out.count(u'\n') - 1;
    }

    /// A backup of a database without data.
    QString blankBackup() const
    {
        const QString blank = m_dir.path(u"blank.sqlite"_s);
        const QString backup = m_dir.path(u"blank.bak"_s);
        EXPECT_EQ(cli({u"--db"_s, blank, u"init"_s}).status, ed::cli::kSuccess);
        EXPECT_EQ(cli({u"--db"_s, blank, u"backup"_s, backup}).status, ed::cli::kSuccess);
        return backup;
    }

    QStringList backupsFolder() const
    {
        return QDir(m_dir.path(u"backups"_s)).entryList(QDir::Files);
    }

    ed::test::TempDir m_dir;
};

} // namespace

TEST_F(RestoreCommandTest, RestoreSavesTheCurrentDataFirstAndSaysWhere)
{
    ASSERT_GT(meetings(), 0);
    const QString backup = blankBackup();
    const Outcome restored =
            cli({u"--db"_s, db(), u"--today"_s, u"2021-02-10"_s, u"restore"_s, backup, u"--yes"_s});
    ASSERT_EQ(restored.status, ed::cli::kSuccess) << restored.err.toStdString();
    const QString safety = m_dir.path(u"backups/test.sqlite.20210210-090000.before-restore.bak"_s);
    EXPECT_TRUE(restored.out.contains(safety)) << restored.out.toStdString();
    EXPECT_EQ(meetings(), 0);
    // The safety copy brings the data back.
    ASSERT_EQ(cli({u"--db"_s, db(), u"restore"_s, safety, u"--yes"_s}).status, ed::cli::kSuccess);
    EXPECT_GT(meetings(), 0);
    EXPECT_EQ(cli({u"--db"_s, db(), u"check"_s}).status, ed::cli::kSuccess);
}

TEST_F(RestoreCommandTest, WithoutYesItOnlyChecksAndExitsWithTwo)
{
    const QString backup = blankBackup();
    const qsizetype before = meetings();
    const Outcome asked = cli({u"--db"_s, db(), u"restore"_s, backup});
    EXPECT_EQ(asked.status, ed::cli::kUsage);
    EXPECT_TRUE(asked.out.contains(u"schema version"_s)) << asked.out.toStdString();
    EXPECT_TRUE(asked.err.contains(u"--yes"_s)) << asked.err.toStdString();
    EXPECT_EQ(meetings(), before);
    EXPECT_TRUE(backupsFolder().isEmpty());
}

TEST_F(RestoreCommandTest, RefusalsExitWithOneAndChangeNothing)
{
    const qsizetype before = meetings();
    const QString text = m_dir.path(u"meetings.csv"_s);
    {
        QFile file(text);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("plan_number,meeting_number\n1,1\n");
    }
    const QString newer = m_dir.path(u"newer.bak"_s);
    ASSERT_EQ(cli({u"--db"_s, db(), u"backup"_s, newer}).status, ed::cli::kSuccess);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(newer);
        ASSERT_TRUE(raw.open());
        QSqlQuery(raw).exec(u"PRAGMA user_version = 99"_s);
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);

    const struct
    {
        QString file;
        QString says;
    } cases[] = {{m_dir.path(u"missing.bak"_s), u"does not exist"_s},
                 {text, u"not an ElectionDesk database"_s},
                 {newer, u"newer version"_s}};
    for (const auto& c : cases) {
        const Outcome refused = cli({u"--db"_s, db(), u"restore"_s, c.file, u"--yes"_s});
        EXPECT_EQ(refused.status, ed::cli::kRefused) << c.file.toStdString();
        EXPECT_TRUE(refused.err.contains(c.says)) << refused.err.toStdString();
    }
    EXPECT_EQ(meetings(), before);
    EXPECT_TRUE(backupsFolder().isEmpty());
}

TEST_F(RestoreCommandTest, ADamagedBackupIsRefusedWithOne)
{
    const QString backup = m_dir.path(u"damaged.bak"_s);
    ASSERT_EQ(cli({u"--db"_s, db(), u"backup"_s, backup}).status, ed::cli::kSuccess);
    {
        QFile file(backup);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        for (qint64 page = 2; page * 4096 < file.size(); page += 2) {
            file.seek(page * 4096 + 100);
            file.write(QByteArray(600, '\x5a'));
        }
    }
    const qsizetype before = meetings();
    const Outcome refused = cli({u"--db"_s, db(), u"restore"_s, backup, u"--yes"_s});
    EXPECT_EQ(refused.status, ed::cli::kRefused);
    EXPECT_TRUE(refused.err.contains(u"damaged"_s)) << refused.err.toStdString();
    EXPECT_EQ(meetings(), before);
}

TEST_F(RestoreCommandTest, TheRealBinaryBacksUpAndRestores)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_dir.path(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.path(u"config"_s));
    environment.insert(u"ELECTIONDESK_LANG"_s, u"en"_s);
    process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(ED_CLI_BINARY));
    const auto run = [&](const QStringList& arguments) {
        process.setArguments(arguments);
        process.start();
        EXPECT_TRUE(process.waitForFinished(60'000));
        return process.exitCode();
    };
    const QString backup = m_dir.path(u"copy.bak"_s);
    EXPECT_EQ(run({u"--db"_s, db(), u"backup"_s, backup}), 0);
    EXPECT_EQ(run({u"--db"_s, db(), u"restore"_s, backup}), 2);
    EXPECT_EQ(run({u"--db"_s, db(), u"restore"_s, m_dir.path(u"none.bak"_s), u"--yes"_s}), 1);
    EXPECT_EQ(run({u"--db"_s, db(), u"restore"_s, backup, u"--yes"_s}), 0)
            << process.readAllStandardError().toStdString();
    EXPECT_TRUE(process.readAllStandardOutput().contains("before-restore.bak"));
    EXPECT_EQ(run({u"--db"_s, db(), u"check"_s}), 0);
}
