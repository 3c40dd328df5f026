#include "cli/cli.h"
#include "clirun.h"
#include "support/tempdatabase.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

using ed::test::cli;
using ed::test::Outcome;

class CliTest : public ::testing::Test
{
protected:
    QString db() const { return m_dir.databasePath(); }
    ed::test::TempDir m_dir;
};

} // namespace

TEST_F(CliTest, InitDemoCreatesTheDatabaseAndCheckPasses)
{
    const Outcome init = cli({u"--db"_s, db(), u"init"_s, u"--demo"_s});
    EXPECT_EQ(init.status, ed::cli::kSuccess) << init.err.toStdString();
    const Outcome check = cli({u"--db"_s, db(), u"check"_s});
    EXPECT_EQ(check.status, ed::cli::kSuccess) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(u"Integrity: ok"_s)) << check.out.toStdString();
    EXPECT_TRUE(check.out.contains(u"Schema version: 7 (this program: 7)"_s));
}

TEST_F(CliTest, GlobalOptionsAreAcceptedAfterTheCommandToo)
{
    EXPECT_EQ(cli({u"init"_s, u"--db"_s, db()}).status, ed::cli::kSuccess);
    EXPECT_EQ(cli({u"check"_s, u"--db="_s + db(), u"--today"_s, u"2021-05-23"_s}).status,
              ed::cli::kSuccess);
}

TEST_F(CliTest, DemoIntoADatabaseWithDataIsRefused)
{
    ASSERT_EQ(cli({u"--db"_s, db(), u"init"_s, u"--demo"_s}).status, ed::cli::kSuccess);
    const QByteArray before = ed::test::fileBytes(db());
    const Outcome again = cli({u"--db"_s, db(), u"init"_s, u"--demo"_s});
    EXPECT_EQ(again.status, ed::cli::kRefused);
    EXPECT_TRUE(again.err.contains(u"already holds data"_s)) << again.err.toStdString();
}

TEST_F(CliTest, BackupWritesACopyAndRefusesToOverwrite)
{
    ASSERT_EQ(cli({u"--db"_s, db(), u"init"_s, u"--demo"_s}).status, ed::cli::kSuccess);
    const QString copy = m_dir.path(u"copy.sqlite"_s);
    EXPECT_EQ(cli({u"--db"_s, db(), u"backup"_s, copy}).status, ed::cli::kSuccess);
    EXPECT_EQ(cli({u"--db"_s, copy, u"check"_s}).status, ed::cli::kSuccess);
    const QByteArray before = ed::test::fileBytes(copy);
    const Outcome again = cli({u"--db"_s, db(), u"backup"_s, copy});
    EXPECT_EQ(again.status, ed::cli::kRefused);
    EXPECT_EQ(ed::test::fileBytes(copy), before);
}

TEST_F(CliTest, UsageErrorsExitWithTwo)
{
    EXPECT_EQ(cli({}).status, ed::cli::kUsage);
    EXPECT_EQ(cli({u"frobnicate"_s}).status, ed::cli::kUsage);
    EXPECT_EQ(cli({u"--db"_s}).status, ed::cli::kUsage);
    EXPECT_EQ(cli({u"--db"_s, db(), u"backup"_s}).status, ed::cli::kUsage);
    EXPECT_EQ(cli({u"--db"_s, db(), u"init"_s, u"--bogus"_s}).status, ed::cli::kUsage);
    const Outcome badDate = cli({u"--today"_s, u"23/05/2021"_s, u"check"_s});
    EXPECT_EQ(badDate.status, ed::cli::kUsage);
    EXPECT_TRUE(badDate.err.contains(u"YYYY-MM-DD"_s));
    EXPECT_FALSE(QFile::exists(db())); // nothing was created by a refused call
}

TEST_F(CliTest, EveryCommandHasHelp)
{
    for (const QString& command : {u"init"_s, u"check"_s, u"backup"_s}) {
        const Outcome help = cli({command, u"--help"_s});
        EXPECT_EQ(help.status, ed::cli::kSuccess) << command.toStdString();
        EXPECT_TRUE(help.out.contains(u"Usage: electiondesk-cli"_s)) << command.toStdString();
    }
    EXPECT_EQ(cli({u"--help"_s}).status, ed::cli::kSuccess);
}

TEST_F(CliTest, NewerDatabaseIsRefusedUntouchedWithExitOne)
{
    ASSERT_EQ(cli({u"--db"_s, db(), u"init"_s}).status, ed::cli::kSuccess);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(db());
        ASSERT_TRUE(raw.open());
        ASSERT_TRUE(raw.exec(u"PRAGMA user_version = 99"_s).lastError().type()
                    == QSqlError::NoError);
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    const QByteArray before = ed::test::fileBytes(db());
    const Outcome check = cli({u"--db"_s, db(), u"check"_s});
    EXPECT_EQ(check.status, ed::cli::kRefused);
    EXPECT_TRUE(check.err.contains(u"newer version"_s)) << check.err.toStdString();
    EXPECT_EQ(ed::test::fileBytes(db()), before);
}

TEST_F(CliTest, TheRealBinaryReportsExitStatuses)
{
    QProcess process;
    // Keep the child's log and settings inside the test folder.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_dir.path(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.path(u"config"_s));
    process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(ED_CLI_BINARY));
    process.setArguments({u"--db"_s, db(), u"init"_s, u"--demo"_s});
    process.start();
    ASSERT_TRUE(process.waitForFinished(60'000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    process.setArguments({u"nonsense"_s});
    process.start();
    ASSERT_TRUE(process.waitForFinished(60'000));
    EXPECT_EQ(process.exitCode(), 2);
}
