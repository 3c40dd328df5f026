#include "gui/nominations/nominationdetailpanel.h"
#include "gui/widgets/problemlabel.h"
#include "i18n/resultswording.h"
#include "nominationstest.h"
#include "storage/nominationqueuerepository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using ed::gui::MainWindow;
using ed::gui::NominationTableModel;
using Column = ed::gui::NominationTableModel::Column;

namespace {

class NominationsQueueTest : public ed::test::NominationsTest
{
protected:
    QComboBox* combo(const QString& name) const
    {
        return onPage<QComboBox>(MainWindow::Area::Nominations, name);
    }
    /// Chooses the item whose text is `text` in the combo `name`.
    void choose(const QString& name, const QString& text) const
    {
        QComboBox* box = combo(name);
        const int index = box->findText(text);
        ASSERT_GE(index, 0) << text.toStdString();
        box->setCurrentIndex(index);
    }
    void resetFilters() const
    {
        for (const QString& name : {u"statusFilterComboBox"_s, u"agencyFilterComboBox"_s,
                                    u"awardFormFilterComboBox"_s, u"eligibilityFilterComboBox"_s})
            combo(name)->setCurrentIndex(0);
        onPage<QCheckBox>(MainWindow::Area::Nominations, u"overdueOnlyCheckBox"_s)
                ->setChecked(false);
        onPage<QLineEdit>(MainWindow::Area::Nominations, u"searchLineEdit"_s)->clear();
    }
    QString label(const QString& name) const
    {
        auto* widget = onPage<QLabel>(MainWindow::Area::Nominations, name);
        return widget ? widget->text() : QString();
    }
};

} // namespace

TEST_F(NominationsQueueTest, TheQueueShowsEveryNominationWithItsEligibilityAndDuplicateMarks)
{
    EXPECT_EQ(shown(), (QList<qint64>{1, 2, 3, 4, 5}));
    EXPECT_EQ(cell(1, Column::NomineeColumn), u"Ủy ban bầu cử xã Mường Toong"_s);
    EXPECT_EQ(cell(1, Column::StatusColumn), u"Received"_s);
    EXPECT_EQ(cell(1, Column::UnitColumn), u"C01 – Xã Mường Toong"_s);
    EXPECT_EQ(cell(1, Column::AgencyColumn), u"UBBC tỉnh"_s);

    // A flagged row: an icon and the words, the failing criterion in a sentence in the tooltip.
    EXPECT_TRUE(cell(1, Column::EligibilityColumn).startsWith(u"Fails:"_s))
            << cell(1, Column::EligibilityColumn).toStdString();
    const QModelIndex eligibility = rowOf(1).siblingAtColumn(Column::EligibilityColumn);
    EXPECT_FALSE(eligibility.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QString why = cell(1, Column::EligibilityColumn, Qt::ToolTipRole);
    EXPECT_TRUE(why.contains(ed::i18n::localPercent(9985))) << why.toStdString();
    EXPECT_EQ(cell(2, Column::EligibilityColumn), u"Eligible"_s);
    EXPECT_EQ(cell(3, Column::EligibilityColumn), u"Not tied to a unit"_s);
    EXPECT_EQ(cell(5, Column::EligibilityColumn), u"Unit not fully reported"_s);

    // The same person for two forms: marked both ways, the other number in the tooltip.
    EXPECT_TRUE(cell(3, Column::DuplicateColumn).contains(u"#4"_s));
    EXPECT_EQ(cell(4, Column::DuplicateColumn, Qt::ToolTipRole), u"Same nominee as #3"_s);
    EXPECT_TRUE(cell(2, Column::DuplicateColumn).isEmpty());
    EXPECT_TRUE(cell(3, Column::NomineeColumn, Qt::ToolTipRole).contains(u"UBND xã Phú Lợi"_s));

    // Received 20/01, ten working days: due 03/02, overdue on 10/02.
    EXPECT_TRUE(cell(1, Column::DueColumn).startsWith(u"03/02/2021"_s));
    EXPECT_TRUE(cell(1, Column::DueColumn).contains(u"overdue"_s))
            << cell(1, Column::DueColumn).toStdString();
    EXPECT_FALSE(cell(2, Column::DueColumn).contains(u"overdue"_s));
    EXPECT_TRUE(cell(2, Column::DossierColumn).contains(u"missing"_s));
    EXPECT_TRUE(cell(2, Column::MoneyColumn).contains(u"estimate"_s))
            << cell(2, Column::MoneyColumn).toStdString();

    // The counters above the queue, in words.
    auto* received = onPage<QToolButton>(MainWindow::Area::Nominations, u"receivedCounterButton"_s);
    auto* overdue = onPage<QToolButton>(MainWindow::Area::Nominations, u"overdueCounterButton"_s);
    auto* flagged = onPage<QToolButton>(MainWindow::Area::Nominations, u"flaggedCounterButton"_s);
    EXPECT_EQ(received->text(), u"5 received"_s);
    EXPECT_EQ(overdue->text(), u"1 overdue"_s);
    EXPECT_EQ(flagged->text(), u"2 flagged"_s); // #5: a unit not fully reported is flagged too
}

TEST_F(NominationsQueueTest, EachFilterNarrowsTheRows)
{
    ed::services::StepRequest start;
    start.nomination = ed::NominationId(5);
    start.action = ed::NominationAction::StartAppraisal;
    ASSERT_TRUE(service().perform({start}).ok());
    m_window->reloadPages();

    choose(u"statusFilterComboBox"_s, u"Under appraisal"_s);
    EXPECT_EQ(shown(), QList<qint64>{5});
    resetFilters();
    choose(u"agencyFilterComboBox"_s, u"Ủy ban bầu cử tỉnh Bình Phước"_s);
    EXPECT_EQ(shown(), (QList<qint64>{1, 3}));
    resetFilters();
    choose(u"awardFormFilterComboBox"_s, u"Giấy khen"_s);
    EXPECT_EQ(shown(), QList<qint64>{3});
    resetFilters();
    choose(u"eligibilityFilterComboBox"_s, u"Failing a criterion"_s);
    EXPECT_EQ(shown(), (QList<qint64>{1, 5}));
    choose(u"eligibilityFilterComboBox"_s, u"Eligible"_s);
    EXPECT_EQ(shown(), QList<qint64>{2});
    choose(u"eligibilityFilterComboBox"_s, u"Not tied to a unit"_s);
    EXPECT_EQ(shown(), (QList<qint64>{3, 4}));
    choose(u"eligibilityFilterComboBox"_s, u"Duplicates"_s);
    EXPECT_EQ(shown(), (QList<qint64>{3, 4}));
    resetFilters();
    onPage<QCheckBox>(MainWindow::Area::Nominations, u"overdueOnlyCheckBox"_s)->setChecked(true);
    EXPECT_EQ(shown(), QList<qint64>{1});
    resetFilters();

    auto* search = onPage<QLineEdit>(MainWindow::Area::Nominations, u"searchLineEdit"_s);
    search->setText(u"xa muong"_s);
    EXPECT_EQ(shown(), QList<qint64>{1});
    search->setText(u"PHU LOI"_s); // the workplace of #3 and #4, the unit of #5
    EXPECT_EQ(shown(), (QList<qint64>{3, 4, 5}));
    EXPECT_TRUE(label(u"countLabel"_s).startsWith(u"3 of 5 nomination"_s));
    search->setText(u"ubbc"_s); // the agency's abbreviation
    EXPECT_EQ(shown(), (QList<qint64>{1, 3}));
    resetFilters();
    EXPECT_EQ(shown().size(), 5);
}

TEST_F(NominationsQueueTest, ACounterFiltersTheQueue)
{
    onPage<QToolButton>(MainWindow::Area::Nominations, u"flaggedCounterButton"_s)->click();
    EXPECT_EQ(shown(), (QList<qint64>{1, 5}));
    resetFilters();
    onPage<QToolButton>(MainWindow::Area::Nominations, u"overdueCounterButton"_s)->click();
    EXPECT_EQ(shown(), QList<qint64>{1});
}

TEST_F(NominationsQueueTest, TextsSortInVietnameseOrderAndDatesAsDates)
{
    m_table->sortByColumn(Column::NomineeColumn, Qt::AscendingOrder);
    // "Nguyễn" before "Ủy ban": Ủ sorts as a U, not after every plain letter by its code.
    EXPECT_EQ(shown(), (QList<qint64>{3, 4, 2, 1, 5}));
    m_table->sortByColumn(Column::DueColumn, Qt::AscendingOrder);
    EXPECT_EQ(shown().first(), 1); // due 03/02, the earliest
    m_table->sortByColumn(Column::IdColumn, Qt::DescendingOrder);
    EXPECT_EQ(shown(), (QList<qint64>{5, 4, 3, 2, 1}));
}

TEST_F(NominationsQueueTest, SelectionIsExtendedAndSurvivesAReload)
{
    EXPECT_EQ(m_table->selectionMode(), QAbstractItemView::ExtendedSelection);
    select({2, 4});
    m_window->reloadPages();
    EXPECT_EQ(m_page->selectedIds(),
              (QList<ed::NominationId>{ed::NominationId(2), ed::NominationId(4)}));
    EXPECT_EQ(m_page->currentId(), ed::NominationId(2));
}

TEST_F(NominationsQueueTest, TheDetailPaneShowsTheFailingCriterionInWords)
{
    select({1});
    auto* problems = onPage<ed::gui::ProblemLabel>(MainWindow::Area::Nominations,
                                                   u"eligibilityProblemLabel"_s);
    ASSERT_NE(problems, nullptr);
    EXPECT_FALSE(problems->isHidden());
    EXPECT_TRUE(problems->text().contains(ed::i18n::localPercent(9985)))
            << problems->text().toStdString();
    EXPECT_TRUE(label(u"eligibilitySummaryLabel"_s).contains(u"Flagged"_s));
    const QString unit = label(u"unitFiguresLabel"_s);
    EXPECT_TRUE(unit.contains(u"Xã Mường Toong"_s)) << unit.toStdString();
    EXPECT_TRUE(unit.contains(ed::i18n::localCount(20969))) << unit.toStdString();
    EXPECT_FALSE(label(u"eligibilityExplanationLabel"_s).isEmpty());

    // Qualitative criteria for a collective, each with its judgement editor.
    auto* judgements =
            onPage<QTableWidget>(MainWindow::Area::Nominations, u"judgementsTableWidget"_s);
    EXPECT_GT(judgements->rowCount(), 3);
    EXPECT_NE(judgements->findChild<QComboBox*>(u"judgementComboBox_q2"_s), nullptr);
    // The dossier of a provincial award: three documents, one original.
    auto* dossier = onPage<QTableWidget>(MainWindow::Area::Nominations, u"dossierTableWidget"_s);
    EXPECT_EQ(dossier->rowCount(), 3);
    EXPECT_TRUE(label(u"dossierOriginalsLabel"_s).contains(u"1 original"_s));
    // The trail: received.
    auto* history = onPage<QTableWidget>(MainWindow::Area::Nominations, u"historyTableWidget"_s);
    ASSERT_EQ(history->rowCount(), 1);
    EXPECT_EQ(history->item(0, ed::gui::NominationDetailPanel::StatusChangeColumn)->text(),
              u"Received"_s);
    EXPECT_TRUE(label(u"awardMoneyLabel"_s).contains(u"estimate at today's rates"_s))
            << label(u"awardMoneyLabel"_s).toStdString();
}

TEST_F(NominationsQueueTest, TheDuplicatesTabGoesToTheOtherNomination)
{
    select({3});
    auto* list = onPage<QListWidget>(MainWindow::Area::Nominations, u"duplicatesListWidget"_s);
    ASSERT_EQ(list->count(), 1);
    EXPECT_TRUE(list->item(0)->text().startsWith(u"#4"_s)) << list->item(0)->text().toStdString();
    // Even when a filter hides it: the filters are cleared.
    onPage<QLineEdit>(MainWindow::Area::Nominations, u"searchLineEdit"_s)->setText(u"Nguyen"_s);
    combo(u"awardFormFilterComboBox"_s)
            ->setCurrentIndex(combo(u"awardFormFilterComboBox"_s)->findText(u"Giấy khen"_s));
    ASSERT_EQ(shown(), QList<qint64>{3});
    select({3});
    onPage<QPushButton>(MainWindow::Area::Nominations, u"goToDuplicateButton"_s)->click();
    EXPECT_EQ(m_page->currentId(), ed::NominationId(4));
    EXPECT_EQ(shown().size(), 5);
}

TEST_F(NominationsQueueTest, TheModelPassesTheModelTester)
{
    auto* model = qobject_cast<NominationTableModel*>(m_table->model());
    ASSERT_NE(model, nullptr);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_window->reloadPages();
    EXPECT_EQ(model->rowCount(), 5);
}

TEST_F(NominationsQueueTest, TheAwardFormsTabStillListsTheCampaignsForms)
{
    auto* forms = onPage<QTableView>(MainWindow::Area::Nominations, u"awardFormsTableView"_s);
    EXPECT_EQ(forms->model()->rowCount(), 3);
}

TEST_F(NominationsQueueTest, ALongQueueIsReadABlockAtATimeAndListsEveryNominationOnce)
{
    QList<ed::Nomination> many;
    for (int i = 0; i < 260; ++i) {
        ed::Nomination n;
        n.kind = ed::NomineeKind::Collective;
        n.name = u"Tổ bầu cử số %1"_s.arg(i);
        n.nominatingAgency = agencyId(u"Ủy ban nhân dân tỉnh Bình Phước"_s);
        n.awardForm = formId(u"provincial_bang_khen"_s);
        n.achievement = u"Hoàn thành xuất sắc nhiệm vụ bầu cử"_s;
        n.receivedOn = QDate(2021, 2, 1);
        many << n;
    }
    ASSERT_TRUE(service().addAll(many).ok());
    m_window->reloadPages();
    auto* model = qobject_cast<NominationTableModel*>(m_table->model());
    ASSERT_NE(model, nullptr);
    ASSERT_EQ(model->rowCount(), 265);
    // The end first (read from the end), then every row from the top.
    EXPECT_EQ(model->index(264, 0).data(NominationTableModel::IdRole).toLongLong(), 265);
    QList<qint64> expected;
    for (qint64 id = 1; id <= 265; ++id)
        expected << id;
    EXPECT_EQ(shown(), expected);
    EXPECT_EQ(cell(265, Column::NomineeColumn), u"Tổ bầu cử số 259"_s);

    // Sorted in SQL by name: every row still once, numbers by value ("số 2" before "số 10").
    m_table->sortByColumn(Column::NomineeColumn, Qt::AscendingOrder);
    const QList<qint64> byName = shown();
    EXPECT_EQ(QSet<qint64>(byName.cbegin(), byName.cend()).size(), 265);
    EXPECT_LT(byName.indexOf(8), byName.indexOf(16)); // số 2 (#8) before số 10 (#16)
    auto* search = onPage<QLineEdit>(MainWindow::Area::Nominations, u"searchLineEdit"_s);
    search->setText(u"to bau cu so 25"_s); // 25 and 250–259
    EXPECT_EQ(shown().size(), 11);
    EXPECT_TRUE(label(u"countLabel"_s).startsWith(u"11 of 265 nomination"_s))
            << label(u"countLabel"_s).toStdString();
    // A selection of every row is read in one go and keeps the workflow buttons right.
    search->clear();
    m_table->selectAll();
    EXPECT_EQ(m_page->selectedIds().size(), 265);
    EXPECT_TRUE(m_page->stepAction(ed::NominationAction::StartAppraisal)->isEnabled());
}

TEST_F(NominationsQueueTest, ALargeDatabaseRefreshesTheQueueOnAWorkerThread)
{
    // #2 (eligible) stored as flagged, as stale facts would be: only a full refresh corrects it.
    ed::storage::NominationQueueRepository queue(m_workspace->database());
    ed::QueueFacts stale = queue.all().value().value(ed::NominationId(2));
    ASSERT_EQ(stale.eligibility, ed::QueueEligibility::Eligible);
    stale.eligibility = ed::QueueEligibility::Flagged;
    ASSERT_TRUE(queue.put({stale}).ok());

    struct Limit // every test after this one refreshes on its own thread again
    {
        Limit() { ed::gui::NominationsPage::setSynchronousRefreshLimit(0); }
        ~Limit() { ed::gui::NominationsPage::setSynchronousRefreshLimit(20'000); }
    } limit;
    choose(u"eligibilityFilterComboBox"_s, u"Failing a criterion"_s);
    m_page->reload();
    EXPECT_TRUE(m_page->isRefreshing());
    EXPECT_EQ(shown(), (QList<qint64>{1, 2, 5})); // what is stored, until the worker is done
    EXPECT_TRUE(label(u"countLabel"_s).contains(u"updating"_s))
            << label(u"countLabel"_s).toStdString();
    EXPECT_TRUE(QTest::qWaitFor([this] { return !m_page->isRefreshing(); }, 30'000));
    EXPECT_EQ(shown(), (QList<qint64>{1, 5}));
    EXPECT_FALSE(label(u"countLabel"_s).contains(u"updating"_s));
}
