#include "core/clock.h"
#include "core/searchkey.h"
#include "gui/mainwindow.h"
#include "gui/page.h"
#include "gui/tasks/tasktablemodel.h"
#include "services/demodata.h"
#include "services/workspace.h"

#include <QAction>
#include <QCollator>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using ed::gui::MainWindow;

namespace {

/// A fresh database with the demo data, today fixed at 10/02/2021, settings in a temp folder.
class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        auto workspace = ed::services::Workspace::open(m_dir.filePath(u"desk.sqlite"_s), m_clock);
        ASSERT_TRUE(workspace.ok());
        m_workspace = std::move(workspace).value();
        ASSERT_TRUE(ed::services::DemoDataService(*m_workspace).load().ok());
        m_window = std::make_unique<MainWindow>(*m_workspace);
    }
    void TearDown() override
    {
        m_window.reset();
        m_workspace.reset();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }

    template <typename T>
    T* child(const QString& name) const
    {
        auto* widget = m_window->findChild<T*>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }
    /// The widget `name` on the page of `area`.
    template <typename T>
    T* onPage(MainWindow::Area area, const QString& name) const
    {
        auto* widget = m_window->page(area)->findChild<T*>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }

    QTemporaryDir m_dir;
    ed::FixedClock m_clock{QDate(2021, 2, 10)};
    std::unique_ptr<ed::services::Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(MainWindowTest, OffersSevenAreasInOrderAndOpensOnTheOverview)
{
    auto* navigation = child<QListWidget>(u"navigationListWidget"_s);
    auto* pages = child<QStackedWidget>(u"pagesStackedWidget"_s);
    ASSERT_TRUE(navigation && pages);
    EXPECT_EQ(navigation->count(), MainWindow::kAreaCount);
    EXPECT_EQ(pages->count(), MainWindow::kAreaCount);
    EXPECT_EQ(m_window->windowTitle(), u"ElectionDesk"_s);
    EXPECT_EQ(m_window->currentArea(), MainWindow::Area::Overview);
    EXPECT_EQ(pages->currentWidget(), m_window->page(MainWindow::Area::Overview));
}

TEST_F(MainWindowTest, EveryAreaIsReachableByShowAreaTheListAndItsShortcut)
{
    auto* navigation = child<QListWidget>(u"navigationListWidget"_s);
    auto* pages = child<QStackedWidget>(u"pagesStackedWidget"_s);
    ASSERT_TRUE(navigation && pages);
    for (int i = MainWindow::kAreaCount - 1; i >= 0; --i) {
        const auto area = static_cast<MainWindow::Area>(i);
        m_window->showArea(area);
        EXPECT_EQ(m_window->currentArea(), area);
        EXPECT_EQ(pages->currentWidget(), m_window->page(area));
        EXPECT_EQ(navigation->currentRow(), i);
    }
    for (int i = 0; i < MainWindow::kAreaCount; ++i) {
        navigation->setCurrentRow(i);
        EXPECT_EQ(pages->currentIndex(), i);
    }
    m_window->showArea(MainWindow::Area::Overview);
    for (int i = 0; i < MainWindow::kAreaCount; ++i) {
        auto* action = child<QAction>(u"area%1Action"_s.arg(i + 1));
        ASSERT_NE(action, nullptr);
        EXPECT_EQ(action->shortcut(), QKeySequence(u"Ctrl+%1"_s.arg(i + 1)));
        action->trigger();
        EXPECT_EQ(pages->currentIndex(), i);
    }
    m_window->showArea(42); // ignored
    EXPECT_EQ(pages->currentIndex(), MainWindow::kAreaCount - 1);
}

TEST_F(MainWindowTest, OverviewListsBothPlansAndTheOverdueFirstMeeting)
{
    const auto area = MainWindow::Area::Overview;
    auto* plans = onPage<QTableView>(area, u"plansTableView"_s);
    auto* overdue = onPage<QTableView>(area, u"overdueTableView"_s);
    auto* dueSoon = onPage<QTableView>(area, u"dueSoonTableView"_s);
    ASSERT_TRUE(plans && overdue && dueSoon);
    EXPECT_EQ(plans->model()->rowCount(), 2);
    // Meeting 1 of 01-KH/BCĐ was due on 06/02/2021 and is still planned on 10/02/2021.
    ASSERT_GE(overdue->model()->rowCount(), 1);
    EXPECT_EQ(overdue->model()->index(0, 3).data().toString(), u"06/02/2021"_s);
}

TEST_F(MainWindowTest, DoubleClickingAnOverdueMeetingOpensItOnThePlansPage)
{
    m_window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    auto* overdue = onPage<QTableView>(MainWindow::Area::Overview, u"overdueTableView"_s);
    ASSERT_NE(overdue, nullptr);
    ASSERT_GE(overdue->model()->rowCount(), 1);
    const QModelIndex first = overdue->model()->index(0, 2);
    const QPoint centre = overdue->visualRect(first).center();
    // QTest's double click alone is not seen as one in Qt 6.4: a real one starts with a click.
    QTest::mouseClick(overdue->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(overdue->viewport(), Qt::LeftButton, {}, centre);

    EXPECT_EQ(m_window->currentArea(), MainWindow::Area::Plans);
    auto* combo = onPage<QComboBox>(MainWindow::Area::Plans, u"planComboBox"_s);
    auto* meetings = onPage<QTreeView>(MainWindow::Area::Plans, u"meetingsTreeView"_s);
    ASSERT_TRUE(combo && meetings);
    EXPECT_EQ(combo->currentText(), u"01-KH/BCĐ"_s);
    EXPECT_EQ(meetings->currentIndex().row(), 0);
}

TEST_F(MainWindowTest, PlansPageShowsTheSixMeetingsOf01KHAndTheCampaignOf508)
{
    const auto area = MainWindow::Area::Plans;
    m_window->showArea(area);
    auto* combo = onPage<QComboBox>(area, u"planComboBox"_s);
    auto* meetings = onPage<QTreeView>(area, u"meetingsTreeView"_s);
    auto* detail = onPage<QTextBrowser>(area, u"meetingDetailTextBrowser"_s);
    auto* tabs = onPage<QTabWidget>(area, u"planTabWidget"_s);
    auto* criteria = onPage<QTableView>(area, u"criteriaTableView"_s);
    auto* forms = onPage<QTableView>(area, u"awardFormsTableView"_s);
    auto* inspection = onPage<QTextBrowser>(area, u"inspectionTextBrowser"_s);
    ASSERT_TRUE(combo && meetings && detail && tabs && criteria && forms && inspection);
    ASSERT_EQ(combo->count(), 2);

    combo->setCurrentIndex(combo->findText(u"01-KH/BCĐ"_s));
    EXPECT_EQ(meetings->model()->rowCount(), 6);
    meetings->setCurrentIndex(meetings->model()->index(1, 0)); // meeting 2
    const QString text = detail->toPlainText();
    EXPECT_TRUE(text.contains(u"Ban Tổ chức Tỉnh ủy"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"từ 22 – 27/2"_s)) << text.toStdString(); // HĐBCQG's deadline
    EXPECT_TRUE(inspection->toPlainText().contains(u"Phú Riềng"_s));
    EXPECT_FALSE(tabs->isTabEnabled(tabs->indexOf(onPage<QWidget>(area, u"campaignTab"_s))));

    combo->setCurrentIndex(combo->findText(u"508/KH-UBND"_s));
    EXPECT_EQ(meetings->model()->rowCount(), 0);
    EXPECT_EQ(forms->model()->rowCount(), 3);
    ASSERT_EQ(criteria->model()->rowCount(), 12);
    EXPECT_EQ(criteria->model()->index(0, 4).data().toString(), u"≥ 99,90 %"_s);
    EXPECT_EQ(criteria->model()->index(2, 4).data().toString(), u"< 0,20 %"_s);
}

TEST_F(MainWindowTest, TasksTableListsEveryTaskAndFiltersWithoutAccents)
{
    const auto area = MainWindow::Area::Tasks;
    m_window->showArea(area);
    auto* table = onPage<QTableView>(area, u"tasksTableView"_s);
    auto* search = onPage<QLineEdit>(area, u"searchLineEdit"_s);
    ASSERT_TRUE(table && search);
    const int all = table->model()->rowCount();
    EXPECT_EQ(all, 18); // 11 tasks of 01-KH/BCĐ and 7 of 508/KH-UBND

    search->setText(u"hiep thuong"_s);
    const int found = table->model()->rowCount();
    EXPECT_GT(found, 0);
    EXPECT_LT(found, all);
    for (int row = 0; row < found; ++row) {
        const QString content = table->model()
                                        ->index(row, ed::gui::TaskTableModel::ContentColumn)
                                        .data(Qt::ToolTipRole)
                                        .toString();
        EXPECT_TRUE(content.contains(u"hiệp thương"_s, Qt::CaseInsensitive)) << row;
    }
    search->clear();
    EXPECT_EQ(table->model()->rowCount(), all);
}

TEST_F(MainWindowTest, AgencyTreeIsSortedTheVietnameseWayAndFindsDienBien)
{
    const auto area = MainWindow::Area::Agencies;
    m_window->showArea(area);
    auto* tree = onPage<QTreeView>(area, u"agenciesTreeView"_s);
    auto* search = onPage<QLineEdit>(area, u"searchLineEdit"_s);
    ASSERT_TRUE(tree && search);
    const QAbstractItemModel* model = tree->model();
    ASSERT_GT(model->rowCount(), 0);

    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    for (int row = 1; row < model->rowCount(); ++row) {
        EXPECT_LE(collator.compare(model->index(row - 1, 0).data().toString(),
                                   model->index(row, 0).data().toString()),
                  0)
                << row;
    }

    search->setText(u"dien bien"_s);
    QStringList names;
    QStringList leaves; // shown without children: must match themselves
    const std::function<void(const QModelIndex&)> collect = [&](const QModelIndex& parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            names << index.data().toString();
            if (model->rowCount(index) == 0)
                leaves << index.data().toString();
            collect(index);
        }
    };
    collect({});
    ASSERT_FALSE(leaves.isEmpty());
    EXPECT_TRUE(names.join(u'|').contains(u"Điện Biên"_s));
    for (const QString& leaf : leaves)
        EXPECT_TRUE(ed::searchKey(leaf).contains(u"dien bien"_s)) << leaf.toStdString();
}

TEST_F(MainWindowTest, ResultsAndNominationsListTheCampaignsCriteriaAndAwardForms)
{
    // Pages read when first shown.
    m_window->showArea(MainWindow::Area::Results);
    m_window->showArea(MainWindow::Area::Nominations);
    auto* criteria = onPage<QTableView>(MainWindow::Area::Results, u"criteriaTableView"_s);
    auto* forms = onPage<QTableView>(MainWindow::Area::Nominations, u"awardFormsTableView"_s);
    ASSERT_TRUE(criteria && forms);
    EXPECT_EQ(criteria->model()->rowCount(), 4); // the measurable ones of 508/KH-UBND
    EXPECT_EQ(forms->model()->rowCount(), 3);
}
