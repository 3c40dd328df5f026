#pragma once

#include "core/result.h"
#include "reports/reportdocument.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QAbstractButton;
class QProgressBar;
class QWidget;

namespace ed::gui {

class ReportJob;

/// Printing and saving one report, shared by the reports page and the preview: asks for the
/// printer or the file on the GUI thread, then runs a ReportJob, shows its progress in `bar`
/// ("Page 3 of 12") with `cancelButton` beside it (both hidden while idle), and tells how it
/// ended: a status line for success or cancelling, a message box for a failure. One job at a
/// time; the owner disables its buttons while busyChanged(true) holds.
class ReportOutput final : public QObject
{
    Q_OBJECT

public:
    ReportOutput(QWidget* window, QProgressBar* bar, QAbstractButton* cancelButton);
    /// Cancels a running job and waits for its thread.
    ~ReportOutput() override;

    [[nodiscard]] bool isBusy() const;
    /// The running job, for tests; null while idle.
    [[nodiscard]] ReportJob* job() const;

    /// Shows the print dialog, then lays out and prints on a worker thread. `name` names the
    /// job in the print queue and the file when printing to PDF.
    void print(const reports::ReportDocument& document, const QString& name);
    /// Asks where to save (`fileName` in the last folder used), then writes the PDF.
    void exportPdf(const reports::ReportDocument& document, const QString& fileName);
    /// Asks where to save, then writes the report as one HTML page.
    void exportHtml(const reports::ReportDocument& document, const QString& fileName);
    /// Asks the running job to stop.
    void cancel();
    /// Cancels the running job and waits for its thread (a window closing).
    void cancelAndWait();

    /// Test seam: the next save dialog is not shown and answers `path` (empty: the user
    /// cancelled). One answer per call.
    static void setNextSaveFileName(const QString& path);
    /// The folder the save dialogs open in: the last one used, else the documents folder.
    [[nodiscard]] static QString lastFolder();
    /// A status line as rich text: `text`, and an "Open folder" link when `folder` is set.
    [[nodiscard]] static QString statusHtml(const QString& text, const QString& folder);

signals:
    void busyChanged(bool busy);
    /// A job ended well or was cancelled: `text` for a status line; `folder` is where the file
    /// went (empty for printing and cancelling).
    void statusMessage(const QString& text, const QString& folder);

private:
    enum class Target { Printer, Pdf, Html };
    [[nodiscard]] std::optional<QString> askFile(const QString& title,
                                                 const QString& fileName,
                                                 const QString& filter,
                                                 const QString& suffix) const;
    void
    run(std::unique_ptr<ReportJob> job, Target target, const QString& title, const QString& path);
    void showProgress(int done, int total);
    void jobFinished(const Status& status);

    QWidget* m_window;
    QPointer<QProgressBar> m_bar; // the owner's widgets may go first when it is destroyed
    QPointer<QAbstractButton> m_cancelButton;
    std::unique_ptr<ReportJob> m_job;
    Target m_target = Target::Pdf;
    QString m_title;
    QString m_path; ///< the file written, or the printer's name
    /// Set by a print job once it paints: from then on it cannot be cancelled.
    std::shared_ptr<std::atomic_bool> m_painting;
};

} // namespace ed::gui
