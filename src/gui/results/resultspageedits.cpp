// The ResultsPage's actions that change data: imports, manual minutes, the official lock.

#include "core/clock.h"
#include "gui/agencies/importproblemsdialog.h"
#include "gui/editing/editcontext.h"
#include "gui/modal.h"
#include "gui/results/minutesdialog.h"
#include "gui/results/resultspage.h"
#include "gui/results/resultstreemodel.h"
#include "gui/results/unlockdialog.h"
#include "i18n/errormessages.h"
#include "i18n/resultswording.h"
#include "logging/log.h"
#include "services/resultsimport.h"
#include "services/resultsservice.h"

#include "ui_resultspage.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QSortFilterProxyModel>
#include <QUndoStack>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

/// The report worded for ImportProblemsDialog: problems in file order.
ImportFindings findingsOf(const services::ResultsImportReport& report)
{
    const auto sorted = [](QList<ImportProblem> problems) {
        std::stable_sort(problems.begin(), problems.end(),
                         [](const ImportProblem& a, const ImportProblem& b) {
                             return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                         });
        QStringList lines;
        for (const ImportProblem& problem : problems)
            lines << i18n::resultsProblemMessage(problem);
        return lines;
    };
    ImportFindings findings;
    findings.problems = sorted(report.problems);
    findings.moreProblems = report.moreProblems;
    findings.warnings = sorted(report.warnings);
    findings.moreWarnings = report.moreWarnings;
    findings.changes = ResultsPage::tr("%1 added, %2 updated, %3 unchanged (%n row(s) read)",
                                       nullptr, report.rows)
                               .arg(report.added)
                               .arg(report.updated)
                               .arg(report.unchanged);
    return findings;
}

QString fileFilter()
{
    return ResultsPage::tr("CSV files (*.csv);;Text files (*.txt);;All files (*)");
}

} // namespace

void ResultsPage::importUnits()
{
    const QString path =
            QFileDialog::getOpenFileName(this, tr("Import units"), QDir::homePath(), fileFilter());
    if (!path.isEmpty())
        importFile(services::ResultsFile::Units, path);
}

void ResultsPage::importResults()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import counting results"),
                                                      QDir::homePath(), fileFilter());
    if (!path.isEmpty())
        importFile(services::ResultsFile::Ballots, path);
}

void ResultsPage::importFile(services::ResultsFile kind, const QString& path)
{
    const bool units = kind == services::ResultsFile::Units;
    const QString title = units ? tr("Import units") : tr("Import counting results");
    const QString fileName = QFileInfo(path).fileName();
    // check() only reads, so it previews even official results: say why before the preview.
    if (const Result<ResultsLockState> lock = m_results.lockState(); lock && lock->isLocked()) {
        showError(title, Error{ErrorCode::Locked, u"import: results are official"_s});
        return;
    }
    const std::optional<QByteArray> read = readImportFile(this, title, path);
    if (!read)
        return;
    services::ResultsImport import(m_workspace, kind);
    const auto report = previewAndImport(
            this, title, fileName, [&] { return import.check(*read); },
            [&] { return import.run(*read); }, findingsOf,
            [&](const Error& error) { showError(title, error); });
    if (!report)
        return;
    if (report->written && report->added + report->updated > 0) {
        // An older edit undone after the import could overwrite what the file brought.
        m_context.undoStack().clear();
        emit m_context.dataChanged();
    }
    modal::tell(this, QMessageBox::Information, title,
                tr("“%1” is imported: %2 added, %3 updated, %4 unchanged.")
                        .arg(fileName)
                        .arg(report->added)
                        .arg(report->updated)
                        .arg(report->unchanged));
}

void ResultsPage::enterMinutes()
{
    const UnitEvaluation* current =
            m_model->unitAt(m_proxy->mapToSource(m_ui->resultsTreeView->currentIndex()));
    if (!current || !current->isLeaf)
        return;
    const ElectionUnit unit = current->unit; // a reload during the edit replaces the model
    const QString title = tr("Counting minutes of %1").arg(unit.code);
    if (m_lock.isLocked()) {
        showError(title, Error{ErrorCode::Locked, u"enter minutes: locked"_s});
        return;
    }
    const Result<UnitMinutes> stored = m_results.minutes(unit.id);
    if (!stored) {
        showError(title, stored.error());
        return;
    }
    const UnitMinutes before = stored.value();
    MinutesDialog dialog(unit, before, m_context.clock().now(), this);
    services::ResultsService* results = &m_results;
    dialog.setSave([&](const UnitMinutes& after) {
        const Status status = m_context.perform(
                tr("Minutes of %1").arg(unit.code),
                [results, after] { return results->saveMinutes(after); },
                [results, before] { return results->restoreMinutes(before); });
        if (status) {
            log::gui()->info("minutes saved for unit {}", unit.id.raw());
            return true;
        }
        showError(dialog.windowTitle(), status.error());
        return false;
    });
    if (modal::exec(dialog) == QDialog::Accepted)
        selectUnit(unit.id);
}

void ResultsPage::markOfficial()
{
    const QString title = tr("Mark the results as official");
    if (modal::ask(this, title,
                   tr("Mark the election results as official?\n\nImports and manual entry are "
                      "then refused until someone unlocks the results, giving a reason. Your "
                      "name and the time are recorded."),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    if (const Status status = m_results.lock(); !status) {
        showError(title, status.error());
        return;
    }
    log::gui()->info("results marked official");
    reload();
}

void ResultsPage::unlockResults()
{
    UnlockDialog dialog(this);
    if (modal::exec(dialog) != QDialog::Accepted || dialog.reason().isEmpty())
        return;
    if (const Status status = m_results.unlock(dialog.reason()); !status) {
        showError(dialog.windowTitle(), status.error());
        return;
    }
    log::gui()->info("results unlocked");
    reload();
}

void ResultsPage::showError(const QString& title, const Error& error)
{
    log::gui()->error("{} failed: code {} ({})", "results", static_cast<int>(error.code),
                      error.detail);
    if (error.code == ErrorCode::Locked) {
        reload(); // another workstation may have locked them: show it
        modal::tell(this, QMessageBox::Warning, title,
                    tr("The results are official, so imports and manual entry are refused. "
                       "Unlock them first (Unlock…), giving the reason; nothing was changed."));
        return;
    }
    modal::tell(this, QMessageBox::Warning, title, i18n::errorMessage(error));
}

} // namespace ed::gui
