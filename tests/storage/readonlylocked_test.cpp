// Read-only files open for viewing; a file another program holds locked gives DatabaseLocked
// (worded by i18n), never a raw driver error or a wrong "not ours".

#include "storage/agencyrepository.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/writetransaction.h"
#include "support/tempdatabase.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ed::test {
namespace {

/// A plain Qt Sql connection of "another program" to the same file, removed at scope exit.
class OtherProgram
{
public:
    explicit OtherProgram(const QString& path) : m_name(u"other-program-%1"_s.arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
    }
    ~OtherProgram()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    OtherProgram(const OtherProgram&) = delete;
    OtherProgram& operator=(const OtherProgram&) = delete;

    void exec(const QString& sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        EXPECT_TRUE(query.exec(sql))
                << sql.toStdString() << ": " << query.lastError().text().toStdString();
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

/// The agency every write of these tests tries to add.
Agency justiceDepartment()
{
    return {{}, u"STP"_s, u"Sở Tư pháp"_s, u"STP"_s, AgencyLevel::Province, AgencyKind::State, {}};
}

class ReadOnlyLockedTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto created = storage::Database::open({m_dir.databasePath(), &m_clock});
        ASSERT_TRUE(created.ok());
        ASSERT_TRUE(storage::AgencyRepository(*created.value())
                            .add({{},
                                  u"SNV"_s,
                                  u"Sở Nội vụ"_s,
                                  u"SNV"_s,
                                  AgencyLevel::Province,
                                  AgencyKind::State,
                                  {}})
                            .ok());
    }

    Result<std::unique_ptr<storage::Database>> open(bool readOnly, int busyTimeoutMs = 100)
    {
        storage::Database::Options options{m_dir.databasePath(), &m_clock};
        options.readOnly = readOnly;
        options.busyTimeoutMs = busyTimeoutMs;
        return storage::Database::open(options);
    }

    TempDir m_dir;
    FakeClock m_clock{defaultToday()};
};

TEST_F(ReadOnlyLockedTest, AReadOnlyDatabaseShowsItsDataAndRefusesEveryWrite)
{
    const QByteArray before = fileBytes(m_dir.databasePath());
    auto opened = open(true);
    ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
    storage::Database& db = *opened.value();
    EXPECT_TRUE(db.isReadOnly());
    EXPECT_EQ(storage::AgencyRepository(db).all()->size(), 1);

    const auto added = storage::AgencyRepository(db).add(justiceDepartment());
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code, ErrorCode::DatabaseReadOnly);
    opened = Error{};
    EXPECT_EQ(fileBytes(m_dir.databasePath()), before);
}

TEST_F(ReadOnlyLockedTest, AReadOnlyFileOfAnOlderSchemaIsRefusedUntouched)
{
    {
        OtherProgram other(m_dir.databasePath());
        other.exec(u"PRAGMA user_version = 1"_s);
    }
    const QByteArray before = fileBytes(m_dir.databasePath());
    const auto opened = open(true);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::ReadOnlyOutdated);
    EXPECT_EQ(fileBytes(m_dir.databasePath()), before);
}

TEST_F(ReadOnlyLockedTest, AReadOnlyFileThatDoesNotExistIsNotCreated)
{
    storage::Database::Options options{m_dir.path(u"missing.sqlite"_s), &m_clock};
    options.readOnly = true;
    const auto opened = storage::Database::open(options);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::CannotOpen);
    EXPECT_FALSE(QFileInfo::exists(options.path));
}

TEST_F(ReadOnlyLockedTest, AFileHeldExclusivelyByAnotherProgramIsReportedAsLocked)
{
    OtherProgram other(m_dir.databasePath());
    other.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s);
    other.exec(u"BEGIN EXCLUSIVE"_s);
    other.exec(u"UPDATE agency SET abbreviation = 'SNV' WHERE code = 'SNV'"_s);
    const auto opened = open(false);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::DatabaseLocked)
            << opened.error().detail.toStdString();
}

TEST_F(ReadOnlyLockedTest, AWriteWhileAnotherProgramWritesWaitsThenSaysLockedAndWritesNothing)
{
    auto opened = open(false);
    ASSERT_TRUE(opened.ok());
    storage::Database& db = *opened.value();
    // A single statement outside a transaction is retried for Statement::lockWait(): keep the
    // test short (and restore it for the others).
    const auto lockWait = storage::Statement::lockWait();
    storage::Statement::setLockWait(std::chrono::milliseconds(300));
    {
        OtherProgram other(m_dir.databasePath());
        other.exec(u"BEGIN IMMEDIATE"_s);
        const auto added = storage::AgencyRepository(db).add(justiceDepartment());
        ASSERT_FALSE(added.ok());
        EXPECT_EQ(added.error().code, ErrorCode::DatabaseLocked);
        other.exec(u"COMMIT"_s);
    }
    storage::Statement::setLockWait(lockWait);
    EXPECT_EQ(storage::AgencyRepository(db).all()->size(), 1);
    // Once the other program is done, the same write goes through.
    EXPECT_TRUE(storage::AgencyRepository(db).add(justiceDepartment()).ok());
}

} // namespace
} // namespace ed::test
