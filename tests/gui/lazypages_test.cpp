#include "gui/overview/overviewpage.h"
#include "gui/startup.h"
#include "services/scheduleservice.h"
#include "windowtest.h"

#include <QTableView>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;
using ed::gui::MainWindow;

namespace {

class LazyPagesTest : public ed::test::WindowTest
{
protected:
    ed::gui::Page* page(MainWindow::Area area) const { return m_window->page(area); }
    int taskRows() const
    {
        auto* table = onPage<QTableView>(MainWindow::Area::Tasks, u"tasksTableView"_s);
        return table ? table->model()->rowCount() : -1;
    }
};

constexpr MainWindow::Area kHiddenAtStart[] = {
        MainWindow::Area::Plans,   MainWindow::Area::Tasks,       MainWindow::Area::Agencies,
        MainWindow::Area::Results, MainWindow::Area::Nominations, MainWindow::Area::Reports};

} // namespace

TEST_F(LazyPagesTest, AtStartOnlyTheOverviewHasRead)
{
    EXPECT_FALSE(page(MainWindow::Area::Overview)->isStale());
    for (const MainWindow::Area area : kHiddenAtStart)
        EXPECT_TRUE(page(area)->isStale()) << static_cast<int>(area);
    EXPECT_EQ(taskRows(), 0); // the Tasks page has not read its 18 tasks
}

TEST_F(LazyPagesTest, ShowingAPageReadsItOnce)
{
    m_window->showArea(MainWindow::Area::Tasks);
    EXPECT_FALSE(page(MainWindow::Area::Tasks)->isStale());
    EXPECT_EQ(taskRows(), 18);
    for (const MainWindow::Area area : kHiddenAtStart) {
        if (area != MainWindow::Area::Tasks) {
            EXPECT_TRUE(page(area)->isStale()) << static_cast<int>(area);
        }
    }
}

TEST_F(LazyPagesTest, ReloadReadsTheShownPageAndMarksTheOthersStale)
{
    m_window->showArea(MainWindow::Area::Tasks);
    m_window->showArea(MainWindow::Area::Overview);
    ASSERT_EQ(taskRows(), 18);
    const auto plans = planService().plans();
    ASSERT_TRUE(plans.ok());
    const auto tasks = planService().tasks(plans->first().id);
    ASSERT_TRUE(tasks.ok() && !tasks->isEmpty());
    ASSERT_TRUE(ed::services::ScheduleService(*m_workspace).removeTask(tasks->first().id).ok());

    m_window->reloadPages();
    EXPECT_FALSE(page(MainWindow::Area::Overview)->isStale()); // read again at once
    EXPECT_TRUE(page(MainWindow::Area::Tasks)->isStale());
    EXPECT_EQ(taskRows(), 18); // hidden: not read yet
    m_window->showArea(MainWindow::Area::Tasks);
    EXPECT_FALSE(page(MainWindow::Area::Tasks)->isStale());
    EXPECT_EQ(taskRows(), 17);
}

TEST_F(LazyPagesTest, AnOverviewLinkReadsThePageItLeadsTo)
{
    const auto plans = planService().plans();
    ASSERT_TRUE(plans.ok());
    const auto tasks = planService().tasks(plans->first().id);
    ASSERT_TRUE(tasks.ok() && !tasks->isEmpty());
    auto* overview =
            qobject_cast<ed::gui::OverviewPage*>(m_window->page(MainWindow::Area::Overview));
    ASSERT_NE(overview, nullptr);
    ASSERT_TRUE(page(MainWindow::Area::Tasks)->isStale());
    emit overview->taskActivated(tasks->first().id); // as a double click on a task row does
    EXPECT_EQ(m_window->currentArea(), MainWindow::Area::Tasks);
    EXPECT_EQ(taskRows(), 18);
}

TEST(StartupOptions, StartupTimingIsOffUnlessAsked)
{
    const auto plain = ed::gui::Startup::parseCommandLine(
            {u"electiondesk"_s, u"--db"_s, u"/tmp/x.sqlite"_s, u"--today"_s, u"2021-06-15"_s});
    ASSERT_TRUE(plain.has_value());
    EXPECT_FALSE(plain->startupTiming);
    EXPECT_EQ(plain->databasePath, u"/tmp/x.sqlite"_s);
    EXPECT_EQ(plain->today, QDate(2021, 6, 15));

    const auto timed = ed::gui::Startup::parseCommandLine(
            {u"electiondesk"_s, u"--startup-timing"_s, u"--db"_s, u"/tmp/x.sqlite"_s});
    ASSERT_TRUE(timed.has_value());
    EXPECT_TRUE(timed->startupTiming);
    EXPECT_EQ(timed->databasePath, u"/tmp/x.sqlite"_s);
    EXPECT_FALSE(timed->today.isValid());

    EXPECT_FALSE(ed::gui::Startup::parseCommandLine({u"electiondesk"_s, u"--startup-timing=yes"_s})
                         .has_value()); // a flag takes no value
}

TEST(StartupOptions, TheFirstPaintIsReportedOnceAfterTheWindowIsPainted)
{
    QWidget window;
    window.resize(200, 100);
    int reports = 0;
    bool paintedBefore = false;
    ed::gui::Startup::onFirstPaint(window, [&] {
        ++reports;
        paintedBefore = window.isVisible();
    });
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(QTest::qWaitFor([&] { return reports > 0; }, 10000));
    EXPECT_TRUE(paintedBefore);
    window.update();
    QTest::qWait(50); // another paint does not report again
    EXPECT_EQ(reports, 1);
}
