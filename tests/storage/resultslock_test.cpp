// The database itself refuses writes to units and results while they are official, and an
// import's suspension of the per-row lock triggers never outlives its transaction.

#include "storage/unitrepository.h"
#include "storage/writetransaction.h"
#include "storagetest.h"

using namespace Qt::StringLiterals;

namespace ed::test {
namespace {

class ResultsLockTest : public StorageTest
{
protected:
    qint64 lockTriggers() const
    {
        QSqlQuery query(storage::connectionOf(*m_db));
        EXPECT_TRUE(query.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                               "AND name LIKE '%_locked_%'"_s)
                    && query.next());
        return query.value(0).toLongLong();
    }

    static ElectionUnit unit(const QString& code)
    {
        ElectionUnit u;
        u.code = code;
        u.name = u"Tỉnh "_s + code;
        u.level = UnitLevel::Province;
        return u;
    }

    void lock()
    {
        ASSERT_TRUE(storage::BallotResultRepository(*m_db)
                            .appendLockEvent({true, m_clock.now(), u"clerk"_s, {}})
                            .ok());
    }
};

TEST_F(ResultsLockTest, WhileLockedTheDatabaseRefusesNewUnits)
{
    lock();
    const auto added = storage::UnitRepository(*m_db).add(unit(u"T01"_s));
    ASSERT_FALSE(added.ok());
    EXPECT_TRUE(added.error().detail.contains(u"results are official"_s));
    EXPECT_EQ(count(u"election_unit"_s), 0);
}

TEST_F(ResultsLockTest, SuspendingNeedsAWriteTransaction)
{
    EXPECT_FALSE(storage::BallotResultRepository(*m_db).suspendInsertLockTriggers().ok());
    EXPECT_EQ(lockTriggers(), 6);
}

TEST_F(ResultsLockTest, ARolledBackImportBringsTheTriggersBack)
{
    {
        storage::WriteTransaction transaction(*m_db);
        const auto paused = storage::BallotResultRepository(*m_db).suspendInsertLockTriggers();
        ASSERT_TRUE(paused.ok());
        EXPECT_EQ(paused->size(), 2);
        EXPECT_EQ(lockTriggers(), 4);
    } // no commit: rolled back
    EXPECT_EQ(lockTriggers(), 6);
    lock();
    EXPECT_FALSE(storage::UnitRepository(*m_db).add(unit(u"T01"_s)).ok());
}

TEST_F(ResultsLockTest, ACommittedImportRestoresTheTriggersFirst)
{
    {
        storage::WriteTransaction transaction(*m_db);
        storage::BallotResultRepository results(*m_db);
        const auto paused = results.suspendInsertLockTriggers();
        ASSERT_TRUE(paused.ok());
        storage::UnitRepository units(*m_db);
        ElectionUnit first = unit(u"T01"_s);
        first.id = units.nextId().value();
        ASSERT_TRUE(units.addAll({first}).ok());
        ASSERT_TRUE(results.restoreTriggers(paused.value()).ok());
        ASSERT_TRUE(transaction.commit().ok());
    }
    EXPECT_EQ(lockTriggers(), 6);
    EXPECT_EQ(count(u"election_unit"_s), 1);
    lock();
    EXPECT_FALSE(storage::UnitRepository(*m_db).add(unit(u"T02"_s)).ok());
}

TEST_F(ResultsLockTest, NextIdFollowsTheHighestStoredId)
{
    storage::UnitRepository units(*m_db);
    EXPECT_EQ(units.nextId().value(), UnitId{1});
    const auto added = units.add(unit(u"T01"_s));
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(units.nextId().value(), UnitId{added.value().raw() + 1});
}

} // namespace
} // namespace ed::test
