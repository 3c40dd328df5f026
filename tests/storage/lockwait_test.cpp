// A writer waits out another connection's write transaction even when it lasts longer than the
// busy timeout (a national results import holds the lock for about 6 s), up to
// Statement::lockWait(), and only then gives up with DatabaseLocked. The same holds for a
// BEGIN IMMEDIATE, which goes through Statement too.
#include "storage/agencyrepository.h"
#include "storage/statement.h"
#include "storage/writetransaction.h"
#include "storagetest.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <future>
#include <thread>

using namespace Qt::StringLiterals;
using namespace ed;
using namespace std::chrono_literals;

namespace {

/// Beyond the 5 s busy timeout of every connection.
constexpr auto kLongTransaction = 6s;

Agency agency(const QString& name)
{
    return {{}, {}, name, {}, AgencyLevel::Province, AgencyKind::State, {}};
}

/// Holds the write lock on `path` from its own connection on a thread of its own, like another
/// process importing, for `hold`; `holding` is set once it has the lock.
void holdWriteLock(const QString& path, std::chrono::milliseconds hold, std::promise<bool>& holding)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        ok = ok && query.exec(u"BEGIN IMMEDIATE"_s)
             && query.exec(u"INSERT INTO agency (name, name_search, level, kind) "
                           "VALUES ('Cơ quan đang nhập', 'co quan dang nhap', 'province', "
                           "'state')"_s);
        holding.set_value(ok);
        std::this_thread::sleep_for(hold);
        ok = ok && query.exec(u"COMMIT"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"holder"_s);
}

class LockWaitTest : public test::StorageTest
{
protected:
    void TearDown() override { storage::Statement::setLockWait(m_defaultWait); }

    const std::chrono::milliseconds m_defaultWait = storage::Statement::lockWait();
};

} // namespace

TEST_F(LockWaitTest, ASingleWriteWaitsOutATransactionLongerThanTheBusyTimeout)
{
    ASSERT_GT(storage::Statement::lockWait(), kLongTransaction);
    std::promise<bool> holding;
    std::future<bool> held = holding.get_future();
    std::thread other(holdWriteLock, m_dir.databasePath(),
                      std::chrono::duration_cast<std::chrono::milliseconds>(kLongTransaction),
                      std::ref(holding));
    const bool otherHasTheLock = held.get();
    const auto added = storage::AgencyRepository(*m_db).add(agency(u"Cơ quan chờ"_s));
    other.join();
    ASSERT_TRUE(otherHasTheLock);
    ASSERT_TRUE(added.ok()) << added.error().detail.toStdString();
    EXPECT_EQ(count(u"agency"_s), 2); // both writes landed
}

TEST_F(LockWaitTest, ATransactionBeginsOnceALongerTransactionOfAnotherConnectionEnds)
{
    std::promise<bool> holding;
    std::future<bool> held = holding.get_future();
    std::thread other(holdWriteLock, m_dir.databasePath(),
                      std::chrono::duration_cast<std::chrono::milliseconds>(kLongTransaction),
                      std::ref(holding));
    const bool otherHasTheLock = held.get();
    bool active = false;
    {
        storage::WriteTransaction transaction(*m_db); // BEGIN IMMEDIATE
        active = transaction.isActive();
        if (active) {
            EXPECT_TRUE(storage::AgencyRepository(*m_db).add(agency(u"Cơ quan chờ"_s)).ok());
            EXPECT_TRUE(transaction.commit().ok());
        }
    }
    other.join();
    ASSERT_TRUE(otherHasTheLock);
    EXPECT_TRUE(active);
    EXPECT_EQ(count(u"agency"_s), 2);
}

TEST_F(LockWaitTest, AWriterGivesUpCleanlyOnceTheLockWaitIsOver)
{
    storage::Statement::setLockWait(0ms); // one BEGIN: the busy timeout only
    std::promise<bool> holding;
    std::future<bool> held = holding.get_future();
    std::thread other(holdWriteLock, m_dir.databasePath(),
                      std::chrono::duration_cast<std::chrono::milliseconds>(kLongTransaction),
                      std::ref(holding));
    const bool otherHasTheLock = held.get();
    const auto added = storage::AgencyRepository(*m_db).add(agency(u"Cơ quan chờ"_s));
    other.join();
    ASSERT_TRUE(otherHasTheLock);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code, ErrorCode::DatabaseLocked);
    EXPECT_EQ(count(u"agency"_s), 1); // only the other's
}
