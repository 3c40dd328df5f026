#include "gui/agencies/importproblemsdialog.h"
#include "gui/nominations/awardsettingsdialog.h"
#include "gui/nominations/nominationdetailpanel.h"
#include "gui/nominations/stepdialog.h"
#include "nominationstest.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using ed::NominationAction;
using ed::NominationStatus;
using ed::gui::MainWindow;

namespace {

class NominationsWorkflowTest : public ed::test::NominationsTest
{
protected:
    QToolButton* button(const QString& name) const
    {
        return onPage<QToolButton>(MainWindow::Area::Nominations, name);
    }
    static QPushButton* okOf(QDialog& dialog)
    {
        return childOf<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    }
    /// Answers a StepDialog: types `note`, presses OK; counts the dialogs.
    void answerSteps(const QString& note = {})
    {
        answer = [note](QDialog& dialog) {
            EXPECT_NE(qobject_cast<ed::gui::StepDialog*>(&dialog), nullptr);
            if (!note.isEmpty())
                childOf<QPlainTextEdit>(dialog, u"noteEdit"_s)->setPlainText(note);
            EXPECT_TRUE(okOf(dialog)->isEnabled());
            okOf(dialog)->click();
            return dialog.result();
        };
    }
    QList<ed::NominationEvent> trail(qint64 id) const
    {
        const auto events = service().history(ed::NominationId(id));
        EXPECT_TRUE(events.ok());
        return events.ok() ? events.value() : QList<ed::NominationEvent>{};
    }
    QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        return path;
    }
};

} // namespace

TEST_F(NominationsWorkflowTest, StartingTheAppraisalOfTwoRowsMovesBothAndUndoRestoresBoth)
{
    select({1, 2});
    EXPECT_TRUE(button(u"startAppraisalButton"_s)->isEnabled());
    EXPECT_FALSE(button(u"proposeButton"_s)->isEnabled());
    answerSteps();
    button(u"startAppraisalButton"_s)->click();
    EXPECT_EQ(m_dialogs, 1); // one dialog for both rows
    EXPECT_EQ(status(1), NominationStatus::UnderAppraisal);
    EXPECT_EQ(status(2), NominationStatus::UnderAppraisal);
    EXPECT_EQ(cell(1, ed::gui::NominationTableModel::StatusColumn), u"Under appraisal"_s);
    EXPECT_EQ(m_window->undoStack().count(), 1);
    // Still selected, so the next step is at hand.
    EXPECT_EQ(m_page->selectedIds().size(), 2);
    EXPECT_TRUE(button(u"proposeButton"_s)->isEnabled());

    windowAction(u"undoAction"_s)->trigger();
    EXPECT_EQ(status(1), NominationStatus::Received);
    EXPECT_EQ(status(2), NominationStatus::Received);
    // The trail keeps the step and its revert.
    const QList<ed::NominationEvent> events = trail(1);
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events[1].action, NominationAction::StartAppraisal);
    EXPECT_EQ(events[2].action, NominationAction::Revert);
    EXPECT_EQ(events[2].reverts, events[1].id);
    auto* history = onPage<QTableWidget>(MainWindow::Area::Nominations, u"historyTableWidget"_s);
    select({1});
    ASSERT_EQ(history->rowCount(), 3); // newest first
    EXPECT_EQ(history->item(0, ed::gui::NominationDetailPanel::EventColumn)->text(),
              u"Step taken back: Appraisal started"_s);
    EXPECT_EQ(history->item(0, ed::gui::NominationDetailPanel::StatusChangeColumn)->text(),
              u"Under appraisal → Received"_s);

    windowAction(u"redoAction"_s)->trigger();
    EXPECT_EQ(status(1), NominationStatus::UnderAppraisal);
    EXPECT_EQ(status(2), NominationStatus::UnderAppraisal);
    windowAction(u"undoAction"_s)->trigger(); // the redo's new events are taken back too
    EXPECT_EQ(status(1), NominationStatus::Received);
    EXPECT_EQ(trail(1).size(), 5);
}

TEST_F(NominationsWorkflowTest, AStepTheWorkflowRefusesLeavesItsButtonDisabled)
{
    select({1});
    for (const QString& name : {u"approveButton"_s, u"proposeButton"_s, u"recordDecisionButton"_s,
                                u"issueCertificateButton"_s, u"resubmitButton"_s}) {
        EXPECT_FALSE(button(name)->isEnabled()) << name.toStdString();
    }
    EXPECT_TRUE(button(u"approveButton"_s)->toolTip().contains(u"#1"_s))
            << button(u"approveButton"_s)->toolTip().toStdString();
    // A shortcut or a direct call asks nothing and changes nothing (no dialog is expected).
    m_page->runStep(NominationAction::Approve);
    EXPECT_EQ(m_dialogs, 0);
    EXPECT_EQ(status(1), NominationStatus::Received);

    // Mixed statuses: only what every selected row allows.
    ed::services::StepRequest start;
    start.nomination = ed::NominationId(2);
    start.action = NominationAction::StartAppraisal;
    ASSERT_TRUE(service().perform({start}).ok());
    m_window->reloadPages();
    select({1, 2});
    EXPECT_FALSE(button(u"startAppraisalButton"_s)->isEnabled());
    EXPECT_FALSE(button(u"proposeButton"_s)->isEnabled());
    EXPECT_TRUE(button(u"returnButton"_s)->isEnabled());
    EXPECT_TRUE(button(u"rejectButton"_s)->isEnabled());
    select({});
    EXPECT_FALSE(button(u"returnButton"_s)->isEnabled());
}

TEST_F(NominationsWorkflowTest, ProposingAFlaggedNomineeAsksForTheReasonAndRecordsAnOverride)
{
    ed::services::StepRequest start;
    start.nomination = ed::NominationId(1);
    start.action = NominationAction::StartAppraisal;
    ASSERT_TRUE(service().perform({start}).ok());
    m_window->reloadPages();
    select({1});
    bool okWithoutReason = true;
    answer = [&](QDialog& dialog) {
        okWithoutReason = okOf(dialog)->isEnabled();
        childOf<QPlainTextEdit>(dialog, u"noteEdit"_s)
                ->setPlainText(u"Đặc biệt khó khăn, Hội đồng xem xét"_s);
        okOf(dialog)->click();
        return dialog.result();
    };
    button(u"proposeButton"_s)->click();
    EXPECT_FALSE(okWithoutReason);
    EXPECT_EQ(status(1), NominationStatus::Proposed);
    const QList<ed::NominationEvent> events = trail(1);
    ASSERT_FALSE(events.isEmpty());
    EXPECT_TRUE(events.last().override);
    auto* history = onPage<QTableWidget>(MainWindow::Area::Nominations, u"historyTableWidget"_s);
    EXPECT_FALSE(
            history->item(0, ed::gui::NominationDetailPanel::OverrideColumn)->text().isEmpty());
}

TEST_F(NominationsWorkflowTest, AJudgementIsSavedAndUndone)
{
    select({2});
    auto* judgements =
            onPage<QTableWidget>(MainWindow::Area::Nominations, u"judgementsTableWidget"_s);
    auto* q2 = judgements->findChild<QComboBox*>(u"judgementComboBox_q2"_s);
    ASSERT_NE(q2, nullptr);
    q2->setCurrentIndex(q2->findText(u"No, not met"_s));
    ASSERT_EQ(stored(2).nomination.judgements.size(), 1);
    EXPECT_FALSE(stored(2).nomination.judgements.first().met);
    EXPECT_TRUE(stored(2).eligibility.flagged());
    EXPECT_EQ(onPage<QToolButton>(MainWindow::Area::Nominations, u"flaggedCounterButton"_s)->text(),
              u"3 flagged"_s);
    // The same editor, updated in place, and a note can follow.
    auto* note = judgements->findChild<QLineEdit*>(u"judgementNoteLineEdit_q2"_s);
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->isEnabled());
    note->setText(u"Chưa chủ động triển khai"_s);
    emit note->editingFinished();
    EXPECT_EQ(stored(2).nomination.judgements.value(0).note, u"Chưa chủ động triển khai"_s);
    EXPECT_EQ(m_window->undoStack().count(), 2);

    windowAction(u"undoAction"_s)->trigger();
    EXPECT_TRUE(stored(2).nomination.judgements.value(0).note.isEmpty());
    windowAction(u"undoAction"_s)->trigger();
    EXPECT_TRUE(stored(2).nomination.judgements.isEmpty());
    EXPECT_FALSE(stored(2).eligibility.flagged());
    q2 = judgements->findChild<QComboBox*>(u"judgementComboBox_q2"_s);
    ASSERT_NE(q2, nullptr);
    EXPECT_EQ(q2->currentText(), u"Not judged"_s);
}

TEST_F(NominationsWorkflowTest, AChecklistItemIsTickedAndUndone)
{
    select({2});
    auto* dossier = onPage<QTableWidget>(MainWindow::Area::Nominations, u"dossierTableWidget"_s);
    auto* present = dossier->findChild<QCheckBox*>(u"dossierCheckBox_to_trinh"_s);
    ASSERT_NE(present, nullptr);
    const auto presentInStore = [this] {
        for (const ed::DossierItemState& item : stored(2).nomination.dossier) {
            if (item.item == u"to_trinh"_s)
                return item.present;
        }
        return false;
    };
    EXPECT_FALSE(presentInStore());
    present->setChecked(true);
    EXPECT_TRUE(presentInStore());
    EXPECT_EQ(cell(2, ed::gui::NominationTableModel::DossierColumn), u"2 missing"_s);
    windowAction(u"undoAction"_s)->trigger();
    EXPECT_FALSE(presentInStore());
    EXPECT_EQ(cell(2, ed::gui::NominationTableModel::DossierColumn), u"3 missing"_s);
    present = dossier->findChild<QCheckBox*>(u"dossierCheckBox_to_trinh"_s);
    ASSERT_NE(present, nullptr);
    EXPECT_FALSE(present->isChecked());
}

TEST_F(NominationsWorkflowTest, ANewNominationIsRecordedAndNotPushedOnTheUndoStack)
{
    QSignalSpy messages(m_page, &ed::gui::NominationsPage::statusMessage);
    answer = [](QDialog& dialog) {
        childOf<QLineEdit>(dialog, u"nomineeNameEdit"_s)->setText(u"Ủy ban bầu cử xã Mới"_s);
        auto* agency = childOf<QComboBox>(dialog, u"agencyCombo"_s);
        agency->setCurrentIndex(0);
        auto* form = childOf<QComboBox>(dialog, u"awardFormCombo"_s);
        form->setCurrentIndex(0);
        EXPECT_TRUE(okOf(dialog)->isEnabled());
        okOf(dialog)->click();
        return dialog.result();
    };
    m_window->undoStack().push(new QUndoCommand(u"an older edit"_s));
    m_page->newNomination();
    EXPECT_EQ(m_dialogs, 1);
    EXPECT_EQ(shown().size(), 6);
    EXPECT_EQ(m_page->currentId(), ed::NominationId(6));
    EXPECT_EQ(m_window->undoStack().count(), 1); // nothing pushed, nothing cleared
    ASSERT_EQ(messages.count(), 1);
    EXPECT_TRUE(messages.first().first().toString().contains(u"Undo"_s));
}

TEST_F(NominationsWorkflowTest, EditingTheDetailsIsUndoable)
{
    select({3});
    answer = [](QDialog& dialog) {
        childOf<QLineEdit>(dialog, u"positionEdit"_s)->setText(u"Phó Chủ tịch"_s);
        okOf(dialog)->click();
        return dialog.result();
    };
    button(u"editNominationButton"_s)->click();
    EXPECT_EQ(stored(3).nomination.position, u"Phó Chủ tịch"_s);
    windowAction(u"undoAction"_s)->trigger();
    EXPECT_EQ(stored(3).nomination.position, u"Chủ tịch"_s);
}

TEST_F(NominationsWorkflowTest, AnImportPreviewsThenAddsAndClearsTheUndoHistory)
{
    const QByteArray csv =
            "nominee_kind,nominee_name,position,unit_code,nominating_agency,"
            "award_form,achievement,received_on\n"
            "collective,Tổ bầu cử số 5,,A05,Ủy ban bầu cử tỉnh Bình Phước,bang_khen_tinh,"
            "Hoàn thành sớm,2021-02-09\n";
    const QString path = writeFile(u"list.csv"_s, csv);
    m_window->undoStack().push(new QUndoCommand(u"an older edit"_s));
    QStringList seen;
    QString changes;
    answer = [&](QDialog& dialog) {
        seen << QString::fromLatin1(dialog.metaObject()->className());
        if (auto* preview = qobject_cast<ed::gui::ImportProblemsDialog*>(&dialog)) {
            EXPECT_TRUE(preview->problemText().isEmpty()) << preview->problemText().toStdString();
            auto* import = dialog.findChild<QPushButton*>(u"importButton"_s);
            EXPECT_NE(import, nullptr);
            if (import)
                import->click();
            return dialog.result();
        }
        changes = qobject_cast<QMessageBox*>(&dialog)->text();
        return int(QMessageBox::Ok);
    };
    m_page->importFile(path);
    EXPECT_EQ(seen, (QStringList{u"ed::gui::ImportProblemsDialog"_s, u"QMessageBox"_s}));
    EXPECT_TRUE(changes.contains(u"1 nomination"_s)) << changes.toStdString();
    EXPECT_EQ(shown().size(), 6);
    EXPECT_EQ(m_window->undoStack().count(), 0);
}

TEST_F(NominationsWorkflowTest, ARefusedImportWritesNothing)
{
    const QByteArray csv = "nominee_kind,nominee_name,position,unit_code,nominating_agency,"
                           "award_form,achievement,received_on\n"
                           "collective,Tổ bầu cử số 5,,Z99,Ủy ban bầu cử tỉnh Bình Phước,"
                           "bang_khen_tinh,x,2021-02-09\n";
    QString problems;
    answer = [&](QDialog& dialog) {
        auto* preview = qobject_cast<ed::gui::ImportProblemsDialog*>(&dialog);
        EXPECT_NE(preview, nullptr);
        if (preview) {
            problems = preview->problemText();
            EXPECT_FALSE(preview->offersImport());
        }
        return int(QDialog::Rejected);
    };
    m_page->importFile(writeFile(u"bad.csv"_s, csv));
    EXPECT_TRUE(problems.contains(u"Z99"_s)) << problems.toStdString();
    EXPECT_EQ(shown().size(), 5);
}

TEST_F(NominationsWorkflowTest, TheDecisionsTabListsDecisionsWithTheirMoney)
{
    using ed::services::StepRequest;
    for (const NominationAction action :
         {NominationAction::StartAppraisal, NominationAction::Propose, NominationAction::Approve}) {
        StepRequest step;
        step.nomination = ed::NominationId(2);
        step.action = action;
        ASSERT_TRUE(service().perform({step}).ok());
    }
    m_window->reloadPages();
    select({2});
    answer = [](QDialog& dialog) {
        childOf<QLineEdit>(dialog, u"decisionNumberEdit"_s)->setText(u"123/QĐ-UBND"_s);
        childOf<QDateEdit>(dialog, u"decisionDateEdit"_s)->setDate(QDate(2021, 2, 9));
        childOf<QLineEdit>(dialog, u"signerEdit"_s)->setText(u"Chủ tịch UBND tỉnh"_s);
        okOf(dialog)->click();
        return dialog.result();
    };
    button(u"recordDecisionButton"_s)->click();
    ASSERT_TRUE(stored(2).nomination.decision.has_value());
    auto* decisions =
            onPage<QTableWidget>(MainWindow::Area::Nominations, u"decisionsTableWidget"_s);
    ASSERT_EQ(decisions->rowCount(), 1);
    EXPECT_EQ(decisions->item(0, 0)->text(), u"123/QĐ-UBND"_s);
    EXPECT_EQ(decisions->item(0, 1)->text(), u"09/02/2021"_s);
    EXPECT_EQ(decisions->item(0, 3)->text(), u"1"_s);
    EXPECT_FALSE(decisions->item(0, 4)->text().isEmpty());
    EXPECT_FALSE(cell(2, ed::gui::NominationTableModel::MoneyColumn).contains(u"estimate"_s));
    EXPECT_TRUE(button(u"issueCertificateButton"_s)->isEnabled());
    windowAction(u"undoAction"_s)->trigger();
    EXPECT_FALSE(stored(2).nomination.decision.has_value());
    EXPECT_EQ(decisions->rowCount(), 0);
}

TEST_F(NominationsWorkflowTest, AwardSettingsAreSavedAndUndone)
{
    const auto limits = service().limits();
    ASSERT_TRUE(limits.ok());
    answer = [](QDialog& dialog) {
        EXPECT_NE(qobject_cast<ed::gui::AwardSettingsDialog*>(&dialog), nullptr);
        auto* spin = dialog.findChild<QSpinBox*>(u"limitSpin_province"_s);
        EXPECT_NE(spin, nullptr);
        if (spin)
            spin->setValue(12);
        okOf(dialog)->click();
        return dialog.result();
    };
    button(u"awardSettingsButton"_s)->click();
    const auto changed = service().limits();
    ASSERT_TRUE(changed.ok());
    EXPECT_NE(changed.value(), limits.value());
    // Twelve working days from 20/01 end on 05/02.
    EXPECT_TRUE(cell(1, ed::gui::NominationTableModel::DueColumn).startsWith(u"05/02/2021"_s));
    windowAction(u"undoAction"_s)->trigger();
    EXPECT_EQ(service().limits().value(), limits.value());
}
