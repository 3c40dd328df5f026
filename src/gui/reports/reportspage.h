#pragma once

#include "core/letterhead.h"
#include "core/result.h"
#include "gui/page.h"
#include "reports/reportdocument.h"
#include "services/letterheadservice.h"

#include <QDate>
#include <QMap>

#include <memory>
#include <optional>

class QAction;

namespace Ui {
class ReportsPage;
}
namespace ed::services {
class Workspace;
}

namespace ed::gui {

class ReportOutput;

/// The printed official reports: the meeting schedule, the tasks by agency, the nomination list
/// attached to a submission and the campaign results by district. The page describes the chosen
/// report and sums up its letterhead, which LetterheadDialog edits. Preview, print and export
/// build the report on the GUI thread (it reads the database) and lay it out and paint it on a
/// worker thread, with a progress bar and a cancel button; one job at a time. Enter on the list
/// previews; Ctrl+P prints while the page is shown.
class ReportsPage final : public Page
{
    Q_OBJECT

public:
    explicit ReportsPage(services::Workspace& workspace, QWidget* parent = nullptr);
    /// Cancels a running job and waits for its thread.
    ~ReportsPage() override;

    [[nodiscard]] ReportKind currentReport() const;
    void selectReport(ReportKind kind);
    /// The letterhead the report prints with: the remembered one, dated as chosen in the
    /// letterhead dialog during this session (the service dates it today otherwise).
    [[nodiscard]] Result<Letterhead> letterhead(ReportKind kind) const;
    /// The report as it would print now; nothing after telling the user why not.
    [[nodiscard]] std::optional<reports::ReportDocument> buildDocument(ReportKind kind,
                                                                       const QString& title);
    /// "bao-cao-lich-hop-2021-06-15": what the save dialogs suggest, without extension.
    [[nodiscard]] QString fileBaseName(ReportKind kind) const;
    /// The print and export jobs (for tests).
    [[nodiscard]] ReportOutput& output() const { return *m_output; }

public slots:
    void reload() override;
    /// Opens LetterheadDialog for the chosen report; OK remembers its letterhead.
    void editLetterhead();
    void preview();
    void print();
    void exportPdf();
    void exportHtml();

private:
    void fillList();
    void showCurrent();
    void setBusy(bool busy);
    void showError(const QString& title, const Error& error);

    std::unique_ptr<Ui::ReportsPage> m_ui;
    services::Workspace& m_workspace;
    services::LetterheadService m_letterheads;
    std::unique_ptr<ReportOutput> m_output;
    QMap<ReportKind, std::optional<QDate>> m_sessionDates;
    QAction* m_printAction;
};

} // namespace ed::gui
