#include "gui/results/evaluationjob.h"
#include "resultstest.h"
#include "support/electiongen.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using ed::gui::MainWindow;
using ed::gui::ResultsTreeModel;

namespace {

/// Five provinces, 60 districts, 500 communes and 1,500 polling areas: the page opens the
/// provinces (60 rows) but not the districts (500 rows would be too many), so most units have
/// no row until they are opened.
class LazyResultsTreeTest : public ed::test::ResultsTest
{
protected:
    [[nodiscard]] QByteArray unitsFile() const override { return ed::test::unitsCsv(data()); }
    [[nodiscard]] QByteArray resultsFile() const override { return ed::test::resultsCsv(data()); }
    static const ed::test::ElectionData& data()
    {
        static const ed::test::ElectionData generated = ed::test::generate(
                {.provinces = 5, .districts = 60, .communes = 500, .areas = 1500, .seed = 7});
        return generated;
    }
    /// The generated unit of `level` that comes last in the file's order.
    static const ed::test::UnitRow& lastOf(ed::UnitLevel level)
    {
        const auto& units = data().units;
        return *std::find_if(units.rbegin(), units.rend(),
                             [level](const ed::test::UnitRow& u) { return u.level == level; });
    }
    QModelIndex sourceOf(const QModelIndex& index) const
    {
        return qobject_cast<QAbstractProxyModel*>(m_tree->model())->mapToSource(index);
    }
};

/// The small province of resultstest.h, for the model on its own.
class ResultsTreeModelTest : public ed::test::ResultsTest
{
};

} // namespace

TEST_F(ResultsTreeModelTest, AParentHasChildrenButNoRowsUntilFetched)
{
    ed::gui::ResultsTreeModel model;
    const auto evaluation = results().evaluate();
    ASSERT_TRUE(evaluation.ok());
    model.setTree(std::make_shared<const ed::services::ResultsTree>(evaluation.value()));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.createdRowCount(), 1);
    const QModelIndex province = model.index(0, 0);
    EXPECT_TRUE(model.hasChildren(province));
    EXPECT_EQ(model.rowCount(province), 0);
    EXPECT_TRUE(model.canFetchMore(province));
    EXPECT_FALSE(model.index(0, 0, province).isValid());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore(province);
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.first().at(1).toInt(), 0);
    EXPECT_EQ(inserted.first().at(2).toInt(), 1); // rows 0 and 1: the two districts
    EXPECT_EQ(model.rowCount(province), 2);
    EXPECT_FALSE(model.canFetchMore(province));
    EXPECT_EQ(model.createdRowCount(), 3);
    const QModelIndex district = model.index(0, 0, province);
    EXPECT_EQ(district.data().toString(), u"D01 – Huyện Một"_s);
    EXPECT_TRUE(model.hasChildren(district));
    EXPECT_EQ(model.rowCount(district), 0); // its communes wait for their own fetch
}

TEST_F(ResultsTreeModelTest, RevealCreatesOnlyTheRowsDownToAUnit)
{
    ed::gui::ResultsTreeModel model;
    const auto evaluation = results().evaluate();
    ASSERT_TRUE(evaluation.ok());
    model.setTree(std::make_shared<const ed::services::ResultsTree>(evaluation.value()));
    const auto idOf = [&](const QString& code) {
        for (const ed::UnitEvaluation& u : evaluation->units) {
            if (u.unit.code == code)
                return u.unit.id;
        }
        return ed::UnitId();
    };
    const ed::UnitId a04 = idOf(u"A04"_s);
    EXPECT_FALSE(model.indexOf(a04).isValid()); // no row yet
    const QModelIndex index = model.reveal(a04);
    ASSERT_TRUE(index.isValid());
    EXPECT_EQ(index, model.indexOf(a04));
    EXPECT_EQ(index.data().toString(), u"A04 – Khu vực bỏ phiếu số 4"_s);
    // P01 → D01, D02; D02 → C02; C02 → A03, A04: 1 + 2 + 1 + 2 rows. D01 stays closed.
    EXPECT_EQ(model.createdRowCount(), 6);
    const QModelIndex d01 = model.indexOf(idOf(u"D01"_s));
    ASSERT_TRUE(d01.isValid());
    EXPECT_EQ(model.rowCount(d01), 0);
    EXPECT_FALSE(model.indexOf(idOf(u"C01"_s)).isValid());
}

TEST_F(LazyResultsTreeTest, TheProvincesOpenButTheirDistrictsKeepTheirCommunesUnmade)
{
    ResultsTreeModel* model = treeModel();
    ASSERT_NE(model, nullptr);
    EXPECT_EQ(model->unitCount(), 5 + 60 + 500 + 1500);
    EXPECT_EQ(m_tree->model()->rowCount(), 5);
    EXPECT_EQ(model->createdRowCount(), 5 + 60);
    const QModelIndex province = m_tree->model()->index(0, 0);
    EXPECT_TRUE(m_tree->isExpanded(province));
    const QModelIndex district = m_tree->model()->index(0, 0, province);
    ASSERT_TRUE(district.isValid());
    EXPECT_FALSE(m_tree->isExpanded(district));
    EXPECT_TRUE(m_tree->model()->hasChildren(district));
    EXPECT_EQ(m_tree->model()->rowCount(district), 0);

    // Opening a district creates exactly its communes.
    const int communes = model->childUnitCount(sourceOf(district));
    ASSERT_GT(communes, 0);
    ASSERT_TRUE(m_tree->model()->canFetchMore(district));
    m_tree->model()->fetchMore(district);
    EXPECT_EQ(m_tree->model()->rowCount(district), communes);
    EXPECT_EQ(model->createdRowCount(), 5 + 60 + communes);
}

TEST_F(LazyResultsTreeTest, SearchFindsADeepUnitAndOpensItsParentsOnly)
{
    const ed::test::UnitRow& area = lastOf(ed::UnitLevel::Area);
    onPage<QLineEdit>(MainWindow::Area::Results, u"searchLineEdit"_s)->setText(area.code);
    const QString count = onPage<QLabel>(MainWindow::Area::Results, u"countLabel"_s)->text();
    EXPECT_EQ(count, u"1 match"_s);
    const QModelIndex found = unitIndex(area.code);
    ASSERT_TRUE(found.isValid());
    for (QModelIndex up = found.parent(); up.isValid(); up = up.parent())
        EXPECT_TRUE(m_tree->isExpanded(up)) << up.data().toString().toStdString();
    EXPECT_EQ(m_tree->model()->rowCount(), 1); // only its province is left on top
    EXPECT_LT(treeModel()->createdRowCount(), 5 + 60 + 500);

    // Another province has no match below it: the search leaves it out.
    const QString province = found.parent().parent().parent().data().toString();
    for (const ed::test::UnitRow& unit : data().units) {
        if (unit.level == ed::UnitLevel::Province && !province.startsWith(unit.code)) {
            EXPECT_FALSE(unitIndex(unit.code).isValid()) << unit.code.toStdString();
        }
    }
}

TEST_F(LazyResultsTreeTest, SelectionAndOpenUnitsSurviveAReload)
{
    const ed::test::UnitRow& area = lastOf(ed::UnitLevel::Area);
    ASSERT_TRUE(select(area.code));
    const QModelIndex commune = unitIndex(area.code).parent();
    ASSERT_TRUE(m_tree->isExpanded(commune));
    const QString communeName = commune.data().toString();

    m_window->reloadPages();
    EXPECT_TRUE(m_page->isEvaluating());
    ASSERT_TRUE(ed::test::waitForEvaluation(*m_page));
    EXPECT_EQ(m_page->currentUnitId(), unitId(area.code));
    const QModelIndex again = unitIndex(area.code).parent();
    EXPECT_EQ(again.data().toString(), communeName);
    EXPECT_TRUE(m_tree->isExpanded(again));
}

TEST_F(LazyResultsTreeTest, TheEvaluationRunsOnAWorkerWhileTheOldTreeStaysUsable)
{
    auto* bar = onPage<QProgressBar>(MainWindow::Area::Results, u"evaluationProgressBar"_s);
    ASSERT_NE(bar, nullptr);
    EXPECT_TRUE(bar->isHidden());
    QSignalSpy evaluated(m_page, &ed::gui::ResultsPage::evaluated);
    const int rows = treeModel()->createdRowCount();

    auto* count = onPage<QLabel>(MainWindow::Area::Results, u"countLabel"_s);
    ASSERT_NE(count, nullptr);
    m_page->reload();
    EXPECT_TRUE(m_page->isEvaluating());
    EXPECT_FALSE(bar->isHidden());
    EXPECT_TRUE(count->isHidden()); // the bar takes its place
    // Meanwhile the previous tree answers: the page did not wait for the worker.
    EXPECT_EQ(treeModel()->createdRowCount(), rows);
    EXPECT_EQ(m_tree->model()->rowCount(), 5);
    // A second reload while the first runs is not lost: one more evaluation follows.
    m_page->reload();
    ASSERT_TRUE(ed::test::waitForEvaluation(*m_page));
    EXPECT_EQ(evaluated.count(), 1);
    EXPECT_TRUE(bar->isHidden());
    EXPECT_FALSE(count->isHidden());
    EXPECT_EQ(treeModel()->unitCount(), 5 + 60 + 500 + 1500);
}

TEST_F(ResultsTreeModelTest, AnEvaluationJobOpensItsOwnConnectionAndGivesPlainValues)
{
    ed::gui::EvaluationJob job(m_workspace->filePath(), m_clock);
    QSignalSpy finished(&job, &ed::gui::EvaluationJob::finished);
    job.start();
    EXPECT_TRUE(job.isRunning());
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(job.isRunning());
    const auto tree = job.result();
    ASSERT_TRUE(tree.ok()) << tree.error().detail.toStdString();
    const auto here = results().evaluate();
    ASSERT_TRUE(here.ok());
    ASSERT_EQ((*tree)->size(), here->units.size());
    for (int i = 0; i < (*tree)->size(); ++i)
        EXPECT_EQ((*tree)->node(i).unit, here->units[i]) << i;
    EXPECT_TRUE((*tree)->hasCriteria());
}

TEST_F(ResultsTreeModelTest, AnEvaluationJobReportsAFileItCannotOpen)
{
    const QString notOurs = writeFile(u"not-a-database.sqlite"_s, "plain text, not SQLite");
    ed::gui::EvaluationJob job(notOurs, m_clock);
    QSignalSpy finished(&job, &ed::gui::EvaluationJob::finished);
    job.start();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(job.result().ok());
}
