// The NominationsPage's actions that change data: new and edited nominations, imports, the
// award settings, workflow steps, judgements and the dossier checklist.

#include "core/clock.h"
#include "core/nominationqueue.h"
#include "core/nominationworkflow.h"
#include "gui/agencies/importproblemsdialog.h"
#include "gui/editing/editcontext.h"
#include "gui/editing/stalerefusal.h"
#include "gui/modal.h"
#include "gui/nominations/awardsettingsdialog.h"
#include "gui/nominations/nominationdialog.h"
#include "gui/nominations/nominationspage.h"
#include "gui/nominations/nominationtablemodel.h"
#include "gui/nominations/stepdialog.h"
#include "i18n/errormessages.h"
#include "i18n/nominationwording.h"
#include "i18n/schedulewording.h"
#include "logging/log.h"
#include "services/nominationimport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

/// The key of a nomination among the versioned records of the window's edits.
QString record(NominationId id)
{
    return u"nomination %1"_s.arg(id.raw());
}

/// The report worded for ImportProblemsDialog: problems in file order.
ImportFindings findingsOf(const services::ImportReport& report)
{
    const auto sorted = [](QList<ImportProblem> problems) {
        std::ranges::stable_sort(problems, [](const ImportProblem& a, const ImportProblem& b) {
            return std::pair(a.line, a.column) < std::pair(b.line, b.column);
        });
        QStringList lines;
        for (const ImportProblem& problem : problems)
            lines << i18n::importProblemMessage(problem);
        return lines;
    };
    ImportFindings findings;
    findings.problems = sorted(report.problems);
    findings.moreProblems = report.moreProblems;
    findings.warnings = sorted(report.warnings);
    findings.moreWarnings = report.moreWarnings;
    findings.changes = NominationsPage::tr("%1 to add, %2 already stored (%n row(s) read)", nullptr,
                                           report.rows)
                               .arg(report.added)
                               .arg(report.unchanged);
    return findings;
}

} // namespace

std::optional<Nomination> NominationsPage::askNomination(const Nomination* nomination)
{
    const QString title = nomination ? tr("Edit nomination") : tr("New nomination");
    const Result<services::NominationChoices> choices = m_nominations.choices();
    if (!choices) {
        showError(title, choices.error());
        return std::nullopt;
    }
    NominationDialog dialog(*choices, m_context.clock().today(), this);
    if (nomination)
        dialog.setNomination(*nomination);
    if (modal::exec(dialog) != QDialog::Accepted)
        return std::nullopt;
    return dialog.nomination();
}

void NominationsPage::newNomination()
{
    const std::optional<Nomination> nomination = askNomination(nullptr);
    if (!nomination)
        return;
    const Result<NominationId> id = m_nominations.add(*nomination);
    if (!id) {
        showError(tr("New nomination"), id.error());
        return;
    }
    log::gui()->info("nomination {} added", id->raw());
    // Recorded in the append-only trail: there is nothing for Undo to take back. The service
    // stored its queue row already.
    m_ownEdit = true;
    emit m_context.dataChanged();
    m_ownEdit = false;
    selectNomination(*id);
    emit statusMessage(tr("Nomination %1 is received and recorded in its trail. A nomination is "
                          "never deleted, so Undo does not take this back: reject it with a "
                          "reason if it was entered by mistake.")
                               .arg(NominationText::number(*id)));
}

void NominationsPage::editNomination()
{
    const std::optional<services::NominationRow> row = currentRow();
    if (!row)
        return;
    const Nomination before = row->nomination;
    const std::optional<Nomination> after = askNomination(&before);
    if (!after || *after == before)
        return;
    services::NominationService* service = &m_nominations;
    const auto write = [service](Nomination nomination, qint64 version) {
        nomination.stamp.version = version;
        return service->update(nomination);
    };
    auto [redo, undo] = m_context.versionedSteps(
            record(before.id), before.stamp.version,
            [write, changed = *after](qint64 version) { return write(changed, version); },
            [write, before](qint64 version) { return write(before, version); });
    const Status status =
            performNominationEdit(tr("Edit nomination %1").arg(NominationText::number(before.id)),
                                  std::move(redo), std::move(undo));
    if (!status)
        reportRefusal(tr("Edit nomination"), before.id, status.error());
    else
        log::gui()->info("nomination {} edited", before.id.raw());
}

void NominationsPage::importNominations()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Import nominations"), QDir::homePath(),
            tr("CSV files (*.csv);;Text files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void NominationsPage::importFile(const QString& path)
{
    const QString title = tr("Import nominations");
    const QString fileName = QFileInfo(path).fileName();
    const std::optional<QByteArray> read = readImportFile(this, title, path);
    if (!read)
        return;
    services::NominationImport import(m_workspace);
    const auto report = previewAndImport(
            this, title, fileName, [&] { return import.check(*read); },
            [&] { return import.run(*read); }, findingsOf,
            [&](const Error& error) { showError(title, error); });
    if (!report)
        return;
    if (report->written && report->added > 0) {
        // An older edit undone after the import could clash with what the file brought.
        m_context.undoStack().clear();
        m_ownEdit = true; // the import stored the queue rows of what it added
        emit m_context.dataChanged();
        m_ownEdit = false;
    }
    modal::tell(this, QMessageBox::Information, title,
                tr("“%1” is imported: %n nomination(s) received, %2 already stored. Each is "
                   "recorded in its trail.",
                   nullptr, report->added)
                        .arg(fileName)
                        .arg(report->unchanged));
}

void NominationsPage::editAwardSettings()
{
    const QString title = tr("Award settings");
    const Result<services::AwardSettings> before = m_nominations.awardSettings();
    if (!before) {
        showError(title, before.error());
        return;
    }
    AwardSettingsDialog dialog(before->holidays, before->limits, before->money, this);
    if (modal::exec(dialog) != QDialog::Accepted)
        return;
    const services::AwardSettings after{dialog.holidays(), dialog.limits(), dialog.moneyTables()};
    if (after == before.value())
        return;
    services::NominationService* service = &m_nominations;
    const Status status = m_context.perform(
            title, [service, after] { return service->setAwardSettings(after); },
            [service, before = before.value()] { return service->setAwardSettings(before); });
    if (!status)
        showError(title, status.error());
    else
        log::gui()->info("award settings saved: {} holidays", after.holidays.size());
}

void NominationsPage::runStep(NominationAction action)
{
    const QList<QueueEntry> rows = selectedEntries();
    const QString name = i18n::nominationActionName(action);
    // The buttons are off unless every row allows the step; a shortcut may come first.
    const bool allowed = !rows.isEmpty() && std::ranges::all_of(rows, [action](const auto& row) {
        return nextStatus(row.workflowView(), action).has_value();
    });
    if (!allowed) {
        updateActions();
        return;
    }
    const bool overrideReason =
            action == NominationAction::Propose
            && std::ranges::any_of(rows, [](const QueueEntry& row) { return row.flagged; });
    StepDialog dialog(action, static_cast<int>(rows.size()), overrideReason,
                      m_context.clock().today(), this);
    if (modal::exec(dialog) != QDialog::Accepted)
        return;
    QList<services::StepRequest> steps;
    QList<NominationId> ids;
    for (const QueueEntry& row : rows) {
        services::StepRequest step;
        step.nomination = row.id;
        step.action = action;
        step.note = dialog.note();
        if (action == NominationAction::RecordDecision)
            step.decision = dialog.decision();
        step.on = dialog.date();
        step.seenStatus = row.status;
        steps << step;
        ids << row.id;
    }
    // Undo takes back exactly the events this step wrote; a redo writes new ones.
    auto events = std::make_shared<QList<NominationEventId>>();
    services::NominationService* service = &m_nominations;
    const QString text = ids.size() == 1 ? u"%1 %2"_s.arg(name, NominationText::number(ids[0]))
                                         : tr("%1 (%n nominations)", nullptr, ids.size()).arg(name);
    const Status status = performNominationEdit(
            text,
            [service, steps, events]() -> Status {
                Result<QList<NominationEventId>> done = service->perform(steps);
                if (!done)
                    return done.error();
                *events = std::move(done).value();
                return success();
            },
            [service, events] { return service->revert(*events); });
    if (!status) {
        reportRefusal(name, ids.first(), status.error());
        return;
    }
    log::gui()->info("step {} on {} nominations", static_cast<int>(action), ids.size());
    selectNominations(ids);
    emit statusMessage(tr("%1: done for %n nomination(s). Edit ▸ Undo takes it back (the trail "
                          "keeps both).",
                          nullptr, ids.size())
                               .arg(name));
}

void NominationsPage::setJudgement(NominationId id,
                                   qint64 seenVersion,
                                   CriterionId criterion,
                                   std::optional<bool> met,
                                   const QString& note)
{
    const auto row = take(m_nominations.row(id), "load nomination");
    if (!row)
        return;
    std::optional<bool> beforeMet;
    QString beforeNote;
    const auto judged =
            std::ranges::find(row->nomination.judgements, criterion, &Judgement::criterion);
    if (judged != row->nomination.judgements.end()) {
        beforeMet = judged->met;
        beforeNote = judged->note;
    }
    services::NominationService* service = &m_nominations;
    const QString title = tr("Judgement on %1").arg(NominationText::number(id));
    auto [redo, undo] = m_context.versionedSteps(
            record(id), seenVersion,
            [=](qint64 version) {
                return service->setJudgement(id, criterion, met, note, version);
            },
            [=](qint64 version) {
                return service->setJudgement(id, criterion, beforeMet, beforeNote, version);
            });
    const Status status = performNominationEdit(title, std::move(redo), std::move(undo));
    if (!status) {
        reportRefusal(title, id, status.error());
        showCurrent(); // the editors go back to what is stored
    }
}

void NominationsPage::setDossier(NominationId id,
                                 qint64 seenVersion,
                                 const QList<DossierItemState>& checklist)
{
    const auto row = take(m_nominations.row(id), "load nomination");
    if (!row)
        return;
    const QList<DossierItemState> before = row->nomination.dossier;
    services::NominationService* service = &m_nominations;
    const QString title = tr("Dossier of %1").arg(NominationText::number(id));
    auto [redo, undo] = m_context.versionedSteps(
            record(id), seenVersion,
            [=](qint64 version) { return service->setDossier(id, checklist, version); },
            [=](qint64 version) { return service->setDossier(id, before, version); });
    const Status status = performNominationEdit(title, std::move(redo), std::move(undo));
    if (!status) {
        reportRefusal(title, id, status.error());
        showCurrent();
    }
}

void NominationsPage::reportRefusal(const QString& title, NominationId id, const Error& error)
{
    if (error.code != ErrorCode::Stale) {
        showError(title, error);
        return;
    }
    if (offerReload(this, title, m_nominations.stamp(id)))
        reload();
}

void NominationsPage::showError(const QString& title, const Error& error)
{
    log::gui()->error("{} failed: code {} ({})", "nominations", static_cast<int>(error.code),
                      error.detail);
    modal::tell(this, QMessageBox::Warning, title, i18n::errorMessage(error));
}

} // namespace ed::gui
