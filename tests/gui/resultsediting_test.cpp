#include "gui/results/minutesdialog.h"
#include "gui/results/unlockdialog.h"
#include "gui/widgets/problemlabel.h"
#include "resultstest.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using ed::gui::MainWindow;
using ed::gui::MinutesDialog;
using ed::gui::ResultsTreeModel;
using ed::gui::UnlockDialog;

namespace {

class ResultsEditingTest : public ed::test::ResultsTest
{
protected:
    QToolButton* button(const QString& name) const
    {
        return onPage<QToolButton>(MainWindow::Area::Results, name);
    }
    static QSpinBox* spin(QDialog& dialog, const QString& name)
    {
        return childOf<QSpinBox>(dialog, name);
    }
    static QCheckBox* check(QDialog& dialog, const QString& name)
    {
        return childOf<QCheckBox>(dialog, name);
    }
    static QPushButton* okOf(QDialog& dialog)
    {
        return childOf<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    }
    std::optional<ed::VoterFigures> figuresOf(const QString& code) const
    {
        return results().minutes(unitId(code))->figures;
    }
};

} // namespace

TEST_F(ResultsEditingTest, TheMinutesDialogBlocksErrorsAsksForWarningsAndSavesUndoably)
{
    ASSERT_TRUE(select(u"A04"_s));
    EXPECT_FALSE(figuresOf(u"A04"_s).has_value());
    QStringList seen;
    QString errorsShown;
    bool okWhileError = true;
    QString question;
    answer = [&](QDialog& dialog) {
        seen << QString::fromLatin1(dialog.metaObject()->className());
        if (auto* box = qobject_cast<QMessageBox*>(&dialog)) {
            question = box->text();
            return int(QMessageBox::Yes); // confirm the warnings
        }
        EXPECT_EQ(dialog.objectName(), u"minutesDialog"_s);
        spin(dialog, u"registeredSpinBox"_s)->setValue(400);
        spin(dialog, u"votedSpinBox"_s)->setValue(450); // E17: above registered
        auto* errors = childOf<ed::gui::ProblemLabel>(dialog, u"errorsProblemLabel"_s);
        errorsShown = errors->text();
        okWhileError = okOf(dialog)->isEnabled();

        spin(dialog, u"votedSpinBox"_s)->setValue(400);
        spin(dialog, u"lawStudySpinBox"_s)->setValue(390);
        for (const QString& code : {u"province"_s, u"district"_s})
            check(dialog, code + u"HeldCheckBox"_s)->setChecked(false);
        for (const QString& code : {u"na"_s, u"commune"_s}) {
            spin(dialog, code + u"IssuedSpinBox"_s)->setValue(400);
            spin(dialog, code + u"ReceivedSpinBox"_s)->setValue(400);
            spin(dialog, code + u"ValidSpinBox"_s)->setValue(398);
            spin(dialog, code + u"InvalidSpinBox"_s)->setValue(2);
        }
        // W02-like: a high invalid share on the commune ballot, legal but to be confirmed.
        spin(dialog, u"communeValidSpinBox"_s)->setValue(370);
        spin(dialog, u"communeInvalidSpinBox"_s)->setValue(30);
        EXPECT_TRUE(errors->isHidden()) << errors->text().toStdString();
        EXPECT_FALSE(childOf<ed::gui::ProblemLabel>(dialog, u"warningsProblemLabel"_s)->isHidden());
        EXPECT_TRUE(okOf(dialog)->isEnabled());
        okOf(dialog)->click();
        return dialog.result();
    };
    m_page->enterMinutes();
    EXPECT_TRUE(errorsShown.contains(u"E17"_s)) << errorsShown.toStdString();
    EXPECT_FALSE(okWhileError);
    EXPECT_EQ(seen, (QStringList{u"ed::gui::MinutesDialog"_s, u"QMessageBox"_s}));
    EXPECT_TRUE(question.contains(u"W"_s)) << question.toStdString();
    ASSERT_TRUE(figuresOf(u"A04"_s).has_value());
    EXPECT_EQ(figuresOf(u"A04"_s)->registered, 400);
    EXPECT_EQ(results().minutes(unitId(u"A04"_s))->ballots.size(), 2);
    // The tree shows it, marked as typed in by hand.
    EXPECT_TRUE(cell(u"A04"_s, ResultsTreeModel::RegisteredColumn).startsWith(u"400"_s));
    EXPECT_TRUE(cell(u"A04"_s, ResultsTreeModel::RegisteredColumn).contains(u"✎"_s));
    EXPECT_EQ(cell(u"P01"_s, ResultsTreeModel::ReportedColumn), u"4/4"_s);

    windowAction(u"undoAction"_s)->trigger();
    EXPECT_FALSE(figuresOf(u"A04"_s).has_value());
    EXPECT_EQ(cell(u"P01"_s, ResultsTreeModel::ReportedColumn), u"3/4"_s);
    windowAction(u"redoAction"_s)->trigger();
    EXPECT_EQ(figuresOf(u"A04"_s)->registered, 400);
}

TEST_F(ResultsEditingTest, CancellingTheWarningsKeepsTheDialogOpenAndSavesNothing)
{
    ASSERT_TRUE(select(u"A02"_s));
    const ed::UnitMinutes before = *results().minutes(unitId(u"A02"_s));
    int questions = 0;
    answer = [&](QDialog& dialog) {
        if (qobject_cast<QMessageBox*>(&dialog)) {
            ++questions;
            return int(QMessageBox::No);
        }
        spin(dialog, u"naReceivedSpinBox"_s)->setValue(900); // W03: far from voters
        spin(dialog, u"naValidSpinBox"_s)->setValue(899);
        okOf(dialog)->click();
        EXPECT_EQ(dialog.result(), int(QDialog::Rejected)); // still open
        return int(QDialog::Rejected);
    };
    m_page->enterMinutes();
    EXPECT_EQ(questions, 1);
    EXPECT_EQ(*results().minutes(unitId(u"A02"_s)), before);
    EXPECT_EQ(m_window->undoStack().count(), 0);
}

TEST_F(ResultsEditingTest, EnterOnAPollingAreaOpensItsMinutes)
{
    ASSERT_TRUE(select(u"A03"_s));
    QString opened;
    int registered = 0;
    answer = [&](QDialog& dialog) {
        opened = dialog.objectName();
        registered = spin(dialog, u"registeredSpinBox"_s)->value();
        return int(QDialog::Rejected);
    };
    m_tree->setFocus();
    QTest::keyClick(m_tree, Qt::Key_Return);
    EXPECT_EQ(opened, u"minutesDialog"_s);
    EXPECT_EQ(registered, 500);
    // On a commune the action is off: minutes belong to polling areas.
    ASSERT_TRUE(select(u"C01"_s));
    EXPECT_FALSE(button(u"enterMinutesButton"_s)->isEnabled());
}

TEST_F(ResultsEditingTest, MarkingOfficialLocksImportsAndEntryUntilAnUnlockWithAReason)
{
    ASSERT_TRUE(select(u"A04"_s));
    EXPECT_TRUE(button(u"importResultsButton"_s)->isEnabled());
    EXPECT_TRUE(button(u"enterMinutesButton"_s)->isEnabled());
    EXPECT_FALSE(button(u"unlockResultsButton"_s)->isEnabled());

    QString question;
    answer = [&](QDialog& dialog) {
        question = qobject_cast<QMessageBox*>(&dialog)->text();
        return int(QMessageBox::Yes);
    };
    m_page->markOfficial();
    EXPECT_TRUE(question.contains(u"official"_s));
    EXPECT_TRUE(results().lockState()->isLocked());
    for (const QString& name :
         {u"importUnitsButton"_s, u"importResultsButton"_s, u"enterMinutesButton"_s}) {
        EXPECT_FALSE(button(name)->isEnabled()) << name.toStdString();
        EXPECT_TRUE(button(name)->toolTip().contains(u"official"_s)) << name.toStdString();
    }
    EXPECT_TRUE(button(u"unlockResultsButton"_s)->isEnabled());
    auto* banner = onPage<QLabel>(MainWindow::Area::Results, u"officialBannerLabel"_s);
    EXPECT_FALSE(banner->parentWidget()->isHidden());
    EXPECT_TRUE(banner->text().contains(u"Official"_s)) << banner->text().toStdString();

    // Unlock: OK stays off until a reason is typed; Cancel changes nothing.
    bool okWhileEmpty = true;
    answer = [&](QDialog& dialog) {
        EXPECT_NE(qobject_cast<UnlockDialog*>(&dialog), nullptr);
        okWhileEmpty = okOf(dialog)->isEnabled();
        return int(QDialog::Rejected);
    };
    m_page->unlockResults();
    EXPECT_FALSE(okWhileEmpty);
    EXPECT_TRUE(results().lockState()->isLocked());

    answer = [&](QDialog& dialog) {
        childOf<QPlainTextEdit>(dialog, u"reasonPlainTextEdit"_s)
                ->setPlainText(u"Sửa biên bản khu vực 4 sau khi kiểm lại"_s);
        EXPECT_TRUE(okOf(dialog)->isEnabled());
        okOf(dialog)->click();
        return dialog.result();
    };
    m_page->unlockResults();
    const ed::ResultsLockState state = *results().lockState();
    EXPECT_FALSE(state.isLocked());
    ASSERT_EQ(state.history.size(), 2);
    EXPECT_EQ(state.history.last().reason, u"Sửa biên bản khu vực 4 sau khi kiểm lại"_s);
    EXPECT_TRUE(button(u"importResultsButton"_s)->isEnabled());
    auto* history = onPage<QTableWidget>(MainWindow::Area::Results, u"lockHistoryTableWidget"_s);
    EXPECT_EQ(history->rowCount(), 2);
    EXPECT_TRUE(banner->text().contains(u"Sửa biên bản"_s)) << banner->text().toStdString();
}

TEST_F(ResultsEditingTest, AnImportIsRefusedClearlyWhileTheResultsAreOfficial)
{
    ASSERT_TRUE(results().lock().ok());
    QStringList texts;
    answer = [&](QDialog& dialog) {
        if (auto* box = qobject_cast<QMessageBox*>(&dialog))
            texts << box->text();
        return int(QMessageBox::Ok);
    };
    m_page->importFile(ed::services::ResultsFile::Ballots,
                       writeFile(u"again.csv"_s, ed::test::kResultsCsv));
    ASSERT_EQ(texts.size(), 1);
    EXPECT_TRUE(texts.first().contains(u"official"_s)) << texts.first().toStdString();
    EXPECT_FALSE(button(u"importResultsButton"_s)->isEnabled()); // the page caught up
}
