// The bulk statement behaves the same on SQLite's native handle and through QSqlQuery: the
// values written and read back, NULLs, errors mapped to our codes, and the statement reused.

#include "storage/bulkstatement.h"
#include "storagetest.h"

using namespace Qt::StringLiterals;

namespace ed::test {
namespace {

using Path = storage::BulkStatement::Path;

class BulkStatementTest : public StorageTest, public ::testing::WithParamInterface<Path>
{
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        QSqlQuery create(storage::connectionOf(*m_db));
        ASSERT_TRUE(create.exec(u"CREATE TABLE sample (id INTEGER PRIMARY KEY, "
                                "number INTEGER, label TEXT NOT NULL UNIQUE)"_s));
    }

    storage::BulkStatement insert()
    {
        return storage::BulkStatement(*m_db, u"INSERT INTO sample (number, label) VALUES (?, ?)"_s,
                                      "insert sample", GetParam());
    }
};

TEST_P(BulkStatementTest, TakesTheNativePathOnlyWhenAskedAndOnSqlite)
{
    EXPECT_EQ(insert().isNative(), GetParam() == Path::Fastest);
}

TEST_P(BulkStatementTest, WritesAndReadsBackIntegersTextAndNull)
{
    storage::BulkStatement statement = insert();
    const qint64 big = qint64{1} << 53; // beyond a 32-bit int and a double's exact range edge
    ASSERT_TRUE(statement.bind(0, big + 1).bind(1, u"Mường Nhé"_s).run().ok());
    const qint64 first = statement.lastInsertId();
    ASSERT_TRUE(statement.bindNull(0).bind(1, QStringView(u"Điện Biên Phủ")).run().ok());
    EXPECT_EQ(statement.lastInsertId(), first + 1);
    ASSERT_TRUE(statement.bind(0, qint64{-7}).bind(1, QString()).run().ok()); // null text: ""

    storage::BulkStatement select(*m_db, u"SELECT number, label FROM sample ORDER BY id"_s,
                                  "select sample", GetParam());
    QList<std::pair<std::optional<qint64>, QString>> rows;
    for (;;) {
        const auto row = select.next();
        ASSERT_TRUE(row.ok());
        if (!row.value())
            break;
        rows.append({select.isNull(0) ? std::nullopt : std::optional(select.integer(0)),
                     select.text(1)});
    }
    const QList<std::pair<std::optional<qint64>, QString>> expected = {
            {big + 1, u"Mường Nhé"_s}, {std::nullopt, u"Điện Biên Phủ"_s}, {-7, u""_s}};
    EXPECT_EQ(rows, expected);
}

TEST_P(BulkStatementTest, AQueryReadToItsEndRunsAgain)
{
    ASSERT_TRUE(insert().bind(0, qint64{1}).bind(1, u"a"_s).run().ok());
    storage::BulkStatement count(*m_db, u"SELECT count(*) FROM sample WHERE number = ?"_s,
                                 "count sample", GetParam());
    for (int round = 0; round < 2; ++round) {
        count.bind(0, qint64{1});
        ASSERT_TRUE(count.next().value());
        EXPECT_EQ(count.integer(0), 1);
        EXPECT_FALSE(count.next().value());
    }
}

TEST_P(BulkStatementTest, AConstraintFailureIsAConflictAndTheStatementStaysUsable)
{
    storage::BulkStatement statement = insert();
    ASSERT_TRUE(statement.bind(0, qint64{1}).bind(1, u"same"_s).run().ok());
    const Status repeated = statement.bind(0, qint64{2}).bind(1, u"same"_s).run();
    ASSERT_FALSE(repeated.ok());
    EXPECT_EQ(repeated.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(repeated.error().detail.contains(u"insert sample"_s));
    EXPECT_TRUE(statement.bind(0, qint64{3}).bind(1, u"other"_s).run().ok());
    EXPECT_EQ(count(u"sample"_s), 2);
}

TEST_P(BulkStatementTest, ChangesCountsTheRowsOfTheLastRun)
{
    ASSERT_TRUE(insert().bind(0, qint64{1}).bind(1, u"a"_s).run().ok());
    ASSERT_TRUE(insert().bind(0, qint64{1}).bind(1, u"b"_s).run().ok());
    storage::BulkStatement update(*m_db, u"UPDATE sample SET number = 2 WHERE number = ?"_s,
                                  "update sample", GetParam());
    ASSERT_TRUE(update.bind(0, qint64{1}).run().ok());
    EXPECT_EQ(update.changes(), 2);
    ASSERT_TRUE(update.bind(0, qint64{9}).run().ok());
    EXPECT_EQ(update.changes(), 0);
}

TEST_P(BulkStatementTest, BadSqlIsAFailureNotACrash)
{
    storage::BulkStatement broken(*m_db, u"SELECT nothing FROM nowhere"_s, "select nowhere",
                                  GetParam());
    EXPECT_FALSE(broken.next().ok());
    EXPECT_FALSE(broken.run().ok());
}

INSTANTIATE_TEST_SUITE_P(BothPaths,
                         BulkStatementTest,
                         ::testing::Values(Path::Fastest, Path::Portable),
                         [](const auto& info) {
                             return info.param == Path::Fastest ? "Native" : "QSqlQuery";
                         });

} // namespace
} // namespace ed::test
