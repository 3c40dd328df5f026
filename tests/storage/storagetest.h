#pragma once

#include "core/agency.h"
#include "storage/agencyrepository.h"
#include "storage/database.h"
#include "storage/rows.h"
#include "support/tempdatabase.h"

#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace ed::test {

/// A fresh migrated database in a temporary folder for every test.
class StorageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = storage::Database::open({m_dir.databasePath(), &m_clock});
        ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
        m_db = std::move(opened).value();
    }

    /// The number of rows in `table`, to show that nothing was left behind or half written.
    qint64 count(const QString& table) const
    {
        QSqlQuery query(storage::connectionOf(*m_db));
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next())
                << query.lastError().text().toStdString();
        return query.value(0).toLongLong();
    }

    /// Adds an agency the fixtures refer to.
    AgencyId addAgency(const QString& code,
                       const QString& name,
                       const QString& abbreviation,
                       AgencyLevel level,
                       AgencyKind kind,
                       AgencyId parent = {})
    {
        const auto id = storage::AgencyRepository(*m_db).add(
                {{}, code, name, abbreviation, level, kind, parent});
        EXPECT_TRUE(id.ok());
        return id.ok() ? id.value() : AgencyId();
    }

    TempDir m_dir;
    FakeClock m_clock{defaultToday()};
    std::unique_ptr<storage::Database> m_db;
};

} // namespace ed::test
