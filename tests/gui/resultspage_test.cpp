#include "gui/agencies/importproblemsdialog.h"
#include "gui/editing/editcontext.h"
#include "gui/results/unitdetailpanel.h"
#include "gui/widgets/problemlabel.h"
#include "i18n/resultswording.h"
#include "resultstest.h"
#include "services/scheduleservice.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using ed::gui::ImportProblemsDialog;
using ed::gui::MainWindow;
using ed::gui::ResultsTreeModel;
using ed::services::ResultsFile;

namespace {

/// Figures as the UI language writes them ("19.979" in Vietnamese, "19,979" in English).
QString count(qint64 value)
{
    return ed::i18n::localCount(value);
}
QString percent(qint64 basisPoints)
{
    return ed::i18n::localPercent(basisPoints);
}

class ResultsPageTest : public ed::test::ResultsTest
{
protected:
    QString detailText(const QString& name) const
    {
        auto* label = onPage<QLabel>(MainWindow::Area::Results, name);
        return label ? label->text() : QString();
    }
    int unitCount() const { return static_cast<int>(results().evaluate()->units.size()); }
};

} // namespace

TEST_F(ResultsPageTest, TheTreeShowsTheProvinceWithItsDistrictsCommunesAndAreas)
{
    const QModelIndex province = unitIndex(u"P01"_s);
    ASSERT_TRUE(province.isValid());
    EXPECT_FALSE(province.parent().isValid());
    EXPECT_EQ(m_tree->model()->rowCount(province), 2);
    EXPECT_EQ(unitIndex(u"A01"_s).parent(), unitIndex(u"C01"_s));
    EXPECT_EQ(unitIndex(u"C01"_s).parent(), unitIndex(u"D01"_s));
    EXPECT_EQ(cell(u"P01"_s, ResultsTreeModel::UnitColumn), u"P01 – Tỉnh Thử Nghiệm"_s);
    // Sums over the leaves, never averages: 20,000 + 1,000 + 500 registered.
    EXPECT_EQ(cell(u"P01"_s, ResultsTreeModel::RegisteredColumn), ed::i18n::localCount(21500));
    EXPECT_EQ(cell(u"P01"_s, ResultsTreeModel::ReportedColumn), u"3/4"_s);
    EXPECT_EQ(cell(u"C02"_s, ResultsTreeModel::ReportedColumn), u"1/2"_s);
    EXPECT_EQ(cell(u"A04"_s, ResultsTreeModel::RegisteredColumn), QString());
    EXPECT_EQ(cell(u"A04"_s, ResultsTreeModel::EligibleColumn), u"… not reported"_s);
    EXPECT_TRUE(cell(u"P01"_s, ResultsTreeModel::EligibleColumn).contains(u"1 area"_s));
    // A02 reported at 19:00, A01 at 20:00: the order among siblings.
    EXPECT_EQ(cell(u"A02"_s, ResultsTreeModel::ReportOrderColumn), u"1/2"_s);
    EXPECT_EQ(cell(u"A01"_s, ResultsTreeModel::ReportOrderColumn), u"2/2"_s);
}

TEST_F(ResultsPageTest, EachCriterionSaysPassOrFailInWordsWithTheExactFractionAsTooltip)
{
    // The rounding trap: 99.895 % shows 99,89 % and fails.
    EXPECT_EQ(cell(u"A01"_s, ResultsTreeModel::TurnoutColumn), u"✗ "_s + percent(9989));
    EXPECT_EQ(cell(u"A01"_s, ResultsTreeModel::TurnoutColumn, ResultsTreeModel::PassRole), u"0"_s);
    const QString tip = cell(u"A01"_s, ResultsTreeModel::TurnoutColumn, Qt::ToolTipRole);
    EXPECT_TRUE(tip.contains(count(19979) + u'/' + count(20000))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(u"floored to two decimals"_s)) << tip.toStdString();
    EXPECT_EQ(cell(u"A02"_s, ResultsTreeModel::TurnoutColumn), u"✓ "_s + percent(10000));
    EXPECT_EQ(cell(u"A01"_s, ResultsTreeModel::EligibleColumn), u"✗ Not eligible"_s);
    EXPECT_EQ(cell(u"A02"_s, ResultsTreeModel::EligibleColumn), u"✓ Eligible"_s);
    // An icon besides the words, not colour alone.
    const QModelIndex turnout =
            unitIndex(u"A01"_s).siblingAtColumn(ResultsTreeModel::TurnoutColumn);
    EXPECT_FALSE(turnout.data(Qt::DecorationRole).value<QIcon>().isNull());
}

TEST_F(ResultsPageTest, TheDetailPanelExplainsTheDecisionInWords)
{
    ASSERT_TRUE(select(u"A01"_s));
    const QString explanation = detailText(u"unitExplanationLabel"_s);
    EXPECT_TRUE(explanation.contains(percent(9989))) << explanation.toStdString();
    EXPECT_TRUE(explanation.contains(count(19979) + u'/' + count(20000)))
            << explanation.toStdString();
    EXPECT_FALSE(detailText(u"reportOrderLabel"_s).isEmpty());
    auto* ballots = onPage<QTableWidget>(MainWindow::Area::Results, u"ballotsTableWidget"_s);
    ASSERT_NE(ballots, nullptr);
    EXPECT_EQ(ballots->rowCount(), 2); // National Assembly and commune council
    EXPECT_EQ(ballots->item(0, ed::gui::UnitDetailPanel::InvalidColumn)->text(), u"9"_s);

    ASSERT_TRUE(select(u"C02"_s));
    EXPECT_TRUE(detailText(u"pendingLeavesLabel"_s).contains(u"1 of 2"_s))
            << detailText(u"pendingLeavesLabel"_s).toStdString();
}

TEST_F(ResultsPageTest, TheModelPassesTheModelTester)
{
    ResultsTreeModel* model = treeModel();
    ASSERT_NE(model, nullptr);
    {
        // The tester walks the whole tree, fetching every unit's children on its way.
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        EXPECT_EQ(model->createdRowCount(), model->unitCount());
    }
    // Qt 6.4's tester walks (and so fetches) the tree from within modelReset, before it clears
    // its own "reset in flight" mark, so the reset itself is done without it attached.
    m_window->reloadPages();
    ASSERT_TRUE(ed::test::waitForEvaluation(*m_page));
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_GE(model->unitCount(), 9);
    EXPECT_EQ(model->createdRowCount(), model->unitCount());
}

TEST_F(ResultsPageTest, SearchFindsAUnitWithoutAccentsAndKeepsItsParents)
{
    onPage<QLineEdit>(MainWindow::Area::Results, u"searchLineEdit"_s)->setText(u"phu loi"_s);
    EXPECT_TRUE(unitIndex(u"C02"_s).isValid());
    EXPECT_TRUE(unitIndex(u"P01"_s).isValid()); // a parent of the match
    EXPECT_FALSE(unitIndex(u"C01"_s).isValid());
}

TEST_F(ResultsPageTest, AnImportPreviewRefusesABadFileAndWritesNothing)
{
    const int before = unitCount();
    const QByteArray bad = "code,name,parent_code,level,registered_voters,voters_voted,"
                           "law_study_participants,reported_at\n"
                           "A05,Khu vực 5,C02,area,100,120,90,\n"
                           "A06,Khu vực 6,C02,area,12.345,10,10,\n";
    QString problems;
    bool offered = true;
    bool hasImportButton = true;
    answer = [&](QDialog& dialog) {
        auto* preview = qobject_cast<ImportProblemsDialog*>(&dialog);
        EXPECT_NE(preview, nullptr) << dialog.metaObject()->className();
        if (!preview)
            return int(QDialog::Rejected);
        problems = preview->problemText();
        offered = preview->offersImport();
        hasImportButton = dialog.findChild<QPushButton*>(u"importButton"_s) != nullptr;
        return int(QDialog::Rejected);
    };
    m_page->importFile(ResultsFile::Units, writeFile(u"bad.csv"_s, bad));
    EXPECT_EQ(m_dialogs, 1);
    EXPECT_FALSE(offered);
    EXPECT_FALSE(hasImportButton);
    EXPECT_TRUE(problems.contains(u"E17"_s)) << problems.toStdString();
    EXPECT_TRUE(problems.contains(u"E06"_s)) << problems.toStdString();
    EXPECT_EQ(unitCount(), before);
    EXPECT_FALSE(unitIndex(u"A05"_s).isValid());
}

TEST_F(ResultsPageTest, AnImportWithWarningsAsksAndImportsOnlyWhenConfirmed)
{
    // A02: 950 received of 1,000 who voted is legal, but far from the voters: a warning.
    const QByteArray warned =
            "unit_code,ballot,ballots_issued,ballots_received,valid_ballots,invalid_ballots,"
            "revote,additional_vote\n"
            "A02,na,1000,950,949,1,0,0\n";
    const QString path = writeFile(u"warned.csv"_s, warned);
    const auto receivedOfA02 = [this] {
        return results().minutes(unitId(u"A02"_s))->ballots.value(0).received;
    };
    QString warnings;
    answer = [&](QDialog& dialog) {
        auto* preview = qobject_cast<ImportProblemsDialog*>(&dialog);
        EXPECT_NE(preview, nullptr);
        if (!preview)
            return int(QDialog::Rejected);
        EXPECT_TRUE(preview->offersImport());
        EXPECT_TRUE(preview->problemText().isEmpty());
        warnings = preview->warningText();
        return int(QDialog::Rejected); // Cancel
    };
    m_page->importFile(ResultsFile::Ballots, path);
    EXPECT_EQ(m_dialogs, 1);
    EXPECT_TRUE(warnings.contains(u"W0"_s)) << warnings.toStdString();
    EXPECT_EQ(receivedOfA02(), 1000); // nothing written

    m_window->undoStack().push(new QUndoCommand(u"an older edit"_s));
    QStringList seen;
    answer = [&](QDialog& dialog) {
        seen << QString::fromLatin1(dialog.metaObject()->className());
        if (qobject_cast<ImportProblemsDialog*>(&dialog)) {
            auto* import = dialog.findChild<QPushButton*>(u"importButton"_s);
            EXPECT_NE(import, nullptr);
            if (import)
                import->click();
            return dialog.result();
        }
        return int(QMessageBox::Ok); // the summary
    };
    m_page->importFile(ResultsFile::Ballots, path);
    EXPECT_EQ(seen, (QStringList{u"ed::gui::ImportProblemsDialog"_s, u"QMessageBox"_s}));
    EXPECT_EQ(receivedOfA02(), 950);
    EXPECT_EQ(m_window->undoStack().count(), 0); // an import clears the undo history
}

TEST_F(ResultsPageTest, WithCriteriaThereIsNoCriteriaBanner)
{
    auto* banner = onPage<QWidget>(MainWindow::Area::Results, u"noCriteriaBannerFrame"_s);
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isHidden()); // the demo campaign has the criteria
}

TEST(ResultsPageWithoutCriteria, ABannerSaysNothingIsDecided)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ed::FixedClock clock(QDate(2021, 5, 24));
    auto workspace = ed::services::Workspace::open(dir.filePath(u"empty.sqlite"_s), clock);
    ASSERT_TRUE(workspace.ok());
    ed::services::Workspace& ws = *workspace.value();
    ASSERT_TRUE(ed::services::ResultsImport(ws, ResultsFile::Units).run(ed::test::kUnitsCsv).ok());
    ed::services::PlanService plans(ws);
    ed::services::ScheduleService schedule(ws);
    ed::services::ResultsService results(ws);
    QUndoStack undo;
    ed::gui::EditContext context(schedule, undo, clock);
    ed::gui::ResultsPage page(plans, results, context, ws);
    page.reload();
    ASSERT_TRUE(ed::test::waitForEvaluation(page));
    auto* banner = page.findChild<QWidget*>(u"noCriteriaBannerFrame"_s);
    ASSERT_NE(banner, nullptr);
    EXPECT_FALSE(banner->isHidden());
    auto* tree = page.findChild<QTreeView*>(u"resultsTreeView"_s);
    ASSERT_NE(tree, nullptr);
    const QModelIndex province = tree->model()->index(0, ResultsTreeModel::EligibleColumn);
    EXPECT_EQ(province.data().toString(), u"– no criteria"_s);
}
