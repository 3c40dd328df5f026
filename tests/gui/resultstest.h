#pragma once

#include "gui/results/resultspage.h"
#include "gui/results/resultstreemodel.h"
#include "services/resultsimport.h"
#include "services/resultsservice.h"
#include "windowtest.h"

#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QFile>
#include <QTest>
#include <QTreeView>

namespace ed::test {

/// A small province: two districts, two communes, four polling areas of which one (A04) has
/// not reported. A01 is the rounding trap: 19,979 of 20,000 voted (99.895 %, shown 99,89 %).
inline const QByteArray kUnitsCsv =
        "code,name,parent_code,level,registered_voters,voters_voted,law_study_participants,"
        "reported_at\n"
        "P01,Tỉnh Thử Nghiệm,,province,,,,\n"
        "D01,Huyện Một,P01,district,,,,\n"
        "D02,Huyện Hai,P01,district,,,,\n"
        "C01,Xã An Bình,D01,commune,,,,\n"
        "C02,Xã Phú Lợi,D02,commune,,,,\n"
        "A01,Khu vực bỏ phiếu số 1,C01,area,20000,19979,19500,2021-05-23T20:00\n"
        "A02,Khu vực bỏ phiếu số 2,C01,area,1000,1000,990,2021-05-23T19:00\n"
        "A03,Khu vực bỏ phiếu số 3,C02,area,500,500,480,2021-05-23T18:30\n"
        "A04,Khu vực bỏ phiếu số 4,C02,area,,,,\n";

inline const QByteArray kResultsCsv =
        "unit_code,ballot,ballots_issued,ballots_received,valid_ballots,invalid_ballots,revote,"
        "additional_vote\n"
        "A01,na,19979,19979,19970,9,0,0\n"
        "A01,commune,19979,19979,19975,4,0,0\n"
        "A02,na,1000,1000,999,1,0,0\n"
        "A03,na,500,500,500,0,0,0\n";

/// Waits (spinning the event loop) until `page` has no evaluation under way; false when it
/// still has one after a minute, which only a hung worker explains.
inline bool waitForEvaluation(const gui::ResultsPage& page)
{
    return QTest::qWaitFor([&page] { return !page.isEvaluating(); }, 60000);
}

/// The main window over the demo data (its campaign has the measurable criteria) and the small
/// province above, on the results page once its tree has arrived from the worker thread.
class ResultsTest : public WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        if (HasFatalFailure())
            return;
        importDirectly(services::ResultsFile::Units, unitsFile());
        importDirectly(services::ResultsFile::Ballots, resultsFile());
        m_window->reloadPages();
        m_window->showArea(gui::MainWindow::Area::Results);
        m_page = qobject_cast<gui::ResultsPage*>(m_window->page(gui::MainWindow::Area::Results));
        ASSERT_NE(m_page, nullptr);
        m_tree = onPage<QTreeView>(gui::MainWindow::Area::Results,
                                   QStringLiteral("resultsTreeView"));
        ASSERT_NE(m_tree, nullptr);
        ASSERT_TRUE(waitForEvaluation(*m_page));
    }
    /// The files imported before the window opens on the results page.
    [[nodiscard]] virtual QByteArray unitsFile() const { return kUnitsCsv; }
    [[nodiscard]] virtual QByteArray resultsFile() const { return kResultsCsv; }

    void importDirectly(services::ResultsFile kind, const QByteArray& csv)
    {
        const auto report = services::ResultsImport(*m_workspace, kind).run(csv);
        ASSERT_TRUE(report.ok()) << report.error().detail.toStdString();
        ASSERT_TRUE(report->problems.isEmpty()) << report->problems.first().code.toStdString()
                                                << " line " << report->problems.first().line;
    }

    /// Writes `bytes` to a file in the test's folder and returns its path.
    QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        return path;
    }

    services::ResultsService results() const { return services::ResultsService(*m_workspace); }

    /// The model under the tree view's search filter.
    gui::ResultsTreeModel* treeModel() const
    {
        auto* proxy = qobject_cast<QAbstractProxyModel*>(m_tree->model());
        return proxy ? qobject_cast<gui::ResultsTreeModel*>(proxy->sourceModel()) : nullptr;
    }
    /// The tree view's first-column index of the unit with `code`, once the evaluation under
    /// way has ended: the rows down to it are created (the tree creates rows on demand);
    /// invalid when there is no such unit or the search hides it.
    QModelIndex unitIndex(const QString& code) const
    {
        EXPECT_TRUE(waitForEvaluation(*m_page));
        gui::ResultsTreeModel* model = treeModel();
        const services::ResultsTree& tree = model->tree();
        for (int i = 0; i < tree.size(); ++i) {
            if (tree.node(i).unit.unit.code == code) {
                const QModelIndex source = model->reveal(tree.node(i).unit.unit.id);
                return qobject_cast<QAbstractProxyModel*>(m_tree->model())->mapFromSource(source);
            }
        }
        return {};
    }
    QString cell(const QString& code, int column, int role = Qt::DisplayRole) const
    {
        const QModelIndex index = unitIndex(code);
        EXPECT_TRUE(index.isValid()) << code.toStdString();
        return index.siblingAtColumn(column).data(role).toString();
    }
    UnitId unitId(const QString& code) const
    {
        return UnitId(unitIndex(code).data(gui::ResultsTreeModel::UnitIdRole).toLongLong());
    }
    bool select(const QString& code) { return m_page->selectUnit(unitId(code)); }

    gui::ResultsPage* m_page = nullptr;
    QTreeView* m_tree = nullptr;
};

} // namespace ed::test
