#pragma once

#include "services/demodata.h"
#include "services/workspace.h"
#include "support/tempdatabase.h"

#include <gtest/gtest.h>

#include <memory>

namespace ed::test {

/// A fresh database holding both demo plans, on a clock the test sets (services tests).
class DemoWorkspaceTest : public ::testing::Test
{
protected:
    explicit DemoWorkspaceTest(QDate today = defaultToday()) : m_clock(today) {}

    void SetUp() override
    {
        auto opened = services::Workspace::open(m_dir.databasePath(), m_clock);
        ASSERT_TRUE(opened.ok());
        m_workspace = std::move(opened).value();
        const Status loaded = services::DemoDataService(*m_workspace).load();
        ASSERT_TRUE(loaded.ok()) << loaded.error().detail.toStdString();
    }

    TempDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<services::Workspace> m_workspace;
};

} // namespace ed::test
