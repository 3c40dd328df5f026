#include "storage/database.h"
#include "storage/migrator.h"
#include "support/tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using ed::ErrorCode;
using ed::storage::Database;
using ed::storage::Migrator;

namespace {

class MigratorTest : public ::testing::Test
{
protected:
    ed::Result<std::unique_ptr<Database>> open(const QString& folder = u":/migrations"_s)
    {
        Database::Options options{m_dir.databasePath(), &m_clock};
        options.migrationsFolder = folder;
        return Database::open(options);
    }

    /// Writes migration scripts into a folder of their own; returns the folder.
    QString scripts(const QStringList& names, const QStringList& bodies)
    {
        const QString folder = m_dir.path(u"migrations-%1"_s.arg(++m_folders));
        QDir().mkpath(folder);
        for (qsizetype i = 0; i < names.size(); ++i) {
            QFile file(QDir(folder).filePath(names[i]));
            EXPECT_TRUE(file.open(QIODevice::WriteOnly));
            file.write(bodies[i].toUtf8());
        }
        return folder;
    }

    /// Runs a query on a separate plain connection, outside the code under test.
    QVariant scalar(const QString& sql)
    {
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
            db.setDatabaseName(m_dir.databasePath());
            EXPECT_TRUE(db.open());
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        QSqlDatabase::removeDatabase(u"probe"_s);
        return value;
    }

    ed::test::TempDir m_dir;
    ed::test::FakeClock m_clock{ed::test::defaultToday()};
    int m_folders = 0;
};

const QString kStep1 = u"CREATE TABLE thing (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"_s;
const QString kStep2 = u"ALTER TABLE thing ADD COLUMN note TEXT;\n"_s;

} // namespace

TEST_F(MigratorTest, FreshFileGetsTheLatestSchemaAndOurApplicationId)
{
    auto db = open();
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(db.value()->schemaVersion().value(), Database::latestSchemaVersion());
    db.value().reset();
    EXPECT_EQ(scalar(u"PRAGMA application_id"_s).toLongLong(), Migrator::kApplicationId);
    EXPECT_EQ(scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
}

TEST_F(MigratorTest, RunningTwiceChangesNothingAndWritesNoBackup)
{
    ASSERT_TRUE(open().ok());
    auto again = open();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value()->schemaVersion().value(), Database::latestSchemaVersion());
    const QStringList backups = QDir(m_dir.path(u"."_s)).entryList({u"*.bak"_s});
    EXPECT_TRUE(backups.isEmpty());
}

TEST_F(MigratorTest, UpgradeWritesADatedBackupFirst)
{
    ASSERT_TRUE(open(scripts({u"0001_things.sql"_s}, {kStep1})).ok());
    const QString v2 = scripts({u"0001_things.sql"_s, u"0002_note.sql"_s}, {kStep1, kStep2});
    auto upgraded = open(v2);
    ASSERT_TRUE(upgraded.ok()) << upgraded.error().detail.toStdString();
    EXPECT_EQ(upgraded.value()->schemaVersion().value(), 2);
    const QString backup = m_dir.databasePath() + u".v1.20210210-090000.bak"_s;
    EXPECT_TRUE(QFile::exists(backup));
}

TEST_F(MigratorTest, NewerDatabaseIsRefusedAndLeftUntouched)
{
    const QString v2 = scripts({u"0001_things.sql"_s, u"0002_note.sql"_s}, {kStep1, kStep2});
    ASSERT_TRUE(open(v2).ok());
    const QByteArray before = ed::test::fileBytes(m_dir.databasePath());
    auto refused = open(scripts({u"0001_things.sql"_s}, {kStep1}));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NewerThanApp);
    EXPECT_EQ(ed::test::fileBytes(m_dir.databasePath()), before);
    EXPECT_FALSE(QFile::exists(m_dir.databasePath() + u"-wal"_s));
}

TEST_F(MigratorTest, SomeoneElsesSqliteFileIsRefusedAndLeftUntouched)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        db.setDatabaseName(m_dir.databasePath());
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(QSqlQuery(db).exec(u"CREATE TABLE other (x INTEGER)"_s));
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
    const QByteArray before = ed::test::fileBytes(m_dir.databasePath());
    auto refused = open();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotOurFile);
    EXPECT_EQ(ed::test::fileBytes(m_dir.databasePath()), before);
}

TEST_F(MigratorTest, ATextFileIsRefusedAndLeftUntouched)
{
    QFile file(m_dir.databasePath());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("code,name\n1,Ủy ban\n");
    file.close();
    const QByteArray before = ed::test::fileBytes(m_dir.databasePath());
    auto refused = open();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(ed::test::fileBytes(m_dir.databasePath()), before);
}

TEST_F(MigratorTest, AFailingStepRollsBackTheWholeRun)
{
    ASSERT_TRUE(open(scripts({u"0001_things.sql"_s}, {kStep1})).ok());
    const QString broken = scripts({u"0001_things.sql"_s, u"0002_good.sql"_s, u"0003_bad.sql"_s},
                                   {kStep1, u"CREATE TABLE kept_only_if_all_pass (x INTEGER);\n"_s,
                                    u"CREATE TABLE fine (y INTEGER);\nTHIS IS NOT SQL;\n"_s});
    auto failed = open(broken);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::MigrationFailed);
    EXPECT_EQ(scalar(u"PRAGMA user_version"_s).toInt(), 1);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM sqlite_schema WHERE name IN "
                     "('kept_only_if_all_pass', 'fine')"_s)
                      .toInt(),
              0);
}

TEST_F(MigratorTest, AGapInTheNumbersRefusesEverything)
{
    auto refused = open(scripts({u"0001_things.sql"_s, u"0003_note.sql"_s}, {kStep1, kStep2}));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::MigrationFailed);
}

TEST(MigrationSplitter, KeepsATriggerBodyTogetherAndDropsCommentLines)
{
    const QStringList statements =
            Migrator::splitStatements(u"-- a comment\nCREATE TABLE a (x INTEGER);\n"
                                      "CREATE TRIGGER t AFTER DELETE ON a\nBEGIN\n    DELETE FROM "
                                      "b;\n    DELETE FROM c;\nEND;\n"
                                      "CREATE INDEX i ON a (x);\n"_s);
    ASSERT_EQ(statements.size(), 3);
    EXPECT_TRUE(statements[1].startsWith(u"CREATE TRIGGER"_s));
    EXPECT_TRUE(statements[1].endsWith(u"END;"_s));
    EXPECT_TRUE(statements[1].contains(u"DELETE FROM c;"_s));
}
