#pragma once

#include "storage/database.h"
#include "support/tempdatabase.h"

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

    TempDir m_dir;
    FakeClock m_clock{defaultToday()};
    std::unique_ptr<storage::Database> m_db;
};

} // namespace ed::test
