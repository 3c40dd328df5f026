#include "storage/agencyrepository.h"
#include "storage/rows.h"
#include "storage/statement.h"
#include "storage/writetransaction.h"
#include "storagetest.h"

#include <QFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace ed;
using ed::test::StorageTest;

namespace {

qint64 pragma(const storage::Database& db, const QString& name)
{
    QSqlQuery query(storage::connectionOf(db));
    EXPECT_TRUE(query.exec(u"PRAGMA "_s + name));
    EXPECT_TRUE(query.next());
    return query.value(0).toLongLong();
}

Agency agency(const QString& name)
{
    Agency a;
    a.name = name;
    a.level = AgencyLevel::Province;
    a.kind = AgencyKind::Party;
    return a;
}

} // namespace

TEST_F(StorageTest, EveryConnectionHasForeignKeysWalBusyTimeoutAndFullSync)
{
    EXPECT_EQ(pragma(*m_db, u"foreign_keys"_s), 1);
    EXPECT_EQ(pragma(*m_db, u"synchronous"_s), 2); // FULL
    EXPECT_GE(pragma(*m_db, u"busy_timeout"_s), 1000);
    QSqlQuery mode(storage::connectionOf(*m_db));
    ASSERT_TRUE(mode.exec(u"PRAGMA journal_mode"_s) && mode.next());
    EXPECT_EQ(mode.value(0).toString(), u"wal"_s);
}

TEST_F(StorageTest, AnOrphanRowIsRefused)
{
    Agency child = agency(u"Ban Tổ chức Tỉnh ủy"_s);
    child.parent = AgencyId(4242);
    const auto added = storage::AgencyRepository(*m_db).add(child);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code, ErrorCode::Conflict);
}

TEST_F(StorageTest, TransactionGuardRollsBackUnlessCommitted)
{
    storage::AgencyRepository agencies(*m_db);
    {
        storage::WriteTransaction tx(*m_db);
        ASSERT_TRUE(tx.isActive());
        ASSERT_TRUE(agencies.add(agency(u"Tỉnh ủy"_s)).ok());
    } // no commit
    EXPECT_TRUE(agencies.all()->isEmpty());
    EXPECT_EQ(m_db->transactionDepth(), 0);
    {
        storage::WriteTransaction tx(*m_db);
        ASSERT_TRUE(agencies.add(agency(u"Tỉnh ủy"_s)).ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_EQ(agencies.all()->size(), 1);
}

TEST_F(StorageTest, NestedGuardIsASavepointThatTheOuterGuardCanStillUndo)
{
    storage::AgencyRepository agencies(*m_db);
    {
        storage::WriteTransaction outer(*m_db);
        {
            storage::WriteTransaction inner(*m_db);
            EXPECT_EQ(m_db->transactionDepth(), 2);
            ASSERT_TRUE(agencies.add(agency(u"A"_s)).ok());
            ASSERT_TRUE(inner.commit().ok());
        }
        {
            storage::WriteTransaction failing(*m_db);
            ASSERT_TRUE(agencies.add(agency(u"B"_s)).ok());
        } // rolled back to its savepoint: B is gone, A stays
        EXPECT_EQ(agencies.all()->size(), 1);
    } // the outer guard rolls back A as well
    EXPECT_TRUE(agencies.all()->isEmpty());
}

TEST_F(StorageTest, ASecondWriterWaitsForTheWriteLockInsteadOfFailingHalfway)
{
    auto second = storage::Database::open({m_dir.databasePath(), &m_clock});
    ASSERT_TRUE(second.ok());
    storage::WriteTransaction first(*m_db);
    ASSERT_TRUE(first.isActive());
    // BEGIN IMMEDIATE on the second connection must wait out the busy timeout, then give up
    // cleanly, before it has written anything. (Without trying again for lockWait(): the lock
    // is held on this thread. tests/storage/lockwait_test.cpp has the waits across threads.)
    const auto wait = storage::Statement::lockWait();
    storage::Statement::setLockWait(std::chrono::milliseconds(0));
    storage::WriteTransaction blocked(*second.value());
    storage::Statement::setLockWait(wait);
    EXPECT_FALSE(blocked.isActive());
}

TEST_F(StorageTest, BackupIsAConsistentCopyAndRefusesAnExistingFile)
{
    ASSERT_TRUE(storage::AgencyRepository(*m_db).add(agency(u"Tỉnh ủy"_s)).ok());
    const QString target = m_dir.path(u"copy.sqlite"_s);
    ASSERT_TRUE(m_db->backupTo(target).ok());
    auto copy = storage::Database::open({target, &m_clock});
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(storage::AgencyRepository(*copy.value()).all()->size(), 1);
    const auto again = m_db->backupTo(target);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::InvalidInput);
}

TEST_F(StorageTest, CheckReportsIntegrityAndVersions)
{
    const auto report = m_db->check();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->integrityOk);
    EXPECT_TRUE(report->foreignKeysOk);
    EXPECT_EQ(report->schemaVersion, storage::Database::latestSchemaVersion());
    EXPECT_EQ(report->appSchemaVersion, storage::Database::latestSchemaVersion());
}

TEST_F(StorageTest, IsEmptyUntilSomethingIsStored)
{
    EXPECT_TRUE(m_db->isEmpty().value());
    ASSERT_TRUE(storage::AgencyRepository(*m_db).add(agency(u"Tỉnh ủy"_s)).ok());
    EXPECT_FALSE(m_db->isEmpty().value());
}
