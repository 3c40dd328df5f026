#pragma once

#include "core/result.h"
#include "reports/pagedreport.h"
#include "reports/reportdocument.h"

#include <QImage>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QPrinter;
class QThread;

namespace ed::gui {

/// One piece of report work (laying out, painting onto a printer, writing a PDF or HTML file,
/// rendering a preview page) on a thread of its own, so that the window stays responsive. The
/// work gets a RenderControl: its progress arrives here as queued signals on the GUI thread, and
/// cancel() sets the flag it checks. Destroying a running job cancels it and waits for its
/// thread, so closing a window never leaves a thread behind.
class ReportJob final : public QObject
{
    Q_OBJECT

public:
    /// Runs on the job's thread. It must not touch widgets or the database: the document is
    /// built on the GUI thread beforehand and handed over by value.
    using Work = std::function<Status(const reports::RenderControl& control)>;

    explicit ReportJob(Work work, QObject* parent = nullptr);
    ~ReportJob() override;
    ReportJob(const ReportJob&) = delete;
    ReportJob& operator=(const ReportJob&) = delete;

    /// Starts the work; once only.
    void start();
    /// Asks the work to stop; finished() follows with ErrorCode::Cancelled unless it was done.
    void cancel();
    /// Cancels and blocks until the thread has ended (closing a window). finished() is still
    /// delivered by the event loop if the job lives on.
    void cancelAndWait();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool isCancelRequested() const { return m_cancel.load(); }
    /// The total of the last progress report: the page count once painting has ended; 0 when
    /// the work reported none.
    [[nodiscard]] int reportedPages() const { return m_lastTotal.load(); }

    // The works the window runs.
    /// reports::writePdf(): a temporary file renamed into place, so cancelling leaves nothing.
    [[nodiscard]] static Work writePdf(reports::ReportDocument document, QString path);
    /// Lays out, then paints onto `printer`, which the work keeps alive until it has ended.
    /// Only the layout can be cancelled: ending a printer's painter sends the pages painted so
    /// far, and Qt's PDF and CUPS engines cannot abort, so once `painting` turns true the work
    /// runs to the end.
    [[nodiscard]] static Work print(reports::ReportDocument document,
                                    std::shared_ptr<QPrinter> printer,
                                    std::shared_ptr<std::atomic_bool> painting);
    /// reports::toHtml() written as UTF-8 through QSaveFile: all or nothing.
    [[nodiscard]] static Work writeHtml(reports::ReportDocument document, QString path);
    /// Lays out into `*out` (left empty when cancelled).
    [[nodiscard]] static Work layOut(reports::ReportDocument document,
                                     std::shared_ptr<std::optional<reports::PagedReport>> out);
    /// Renders page `page` (from 0) at `dotsPerInch` into `*out`.
    [[nodiscard]] static Work renderPage(std::shared_ptr<const reports::PagedReport> report,
                                         int page,
                                         int dotsPerInch,
                                         std::shared_ptr<QImage> out);

signals:
    /// Pages laid out or painted so far, out of `total` (0 while not known yet).
    void progress(int done, int total);
    /// The work has ended and its thread is gone: success, ErrorCode::Cancelled or a failure.
    void finished(const ed::Status& status);

private:
    void threadEnded();

    Work m_work;
    QThread* m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    std::atomic_int m_lastTotal{0};
    std::optional<Status> m_status; // written by the thread, read after it has ended
    bool m_running = false;
};

} // namespace ed::gui
