#include "gui/reports/reportjob.h"

#include "logging/log.h"
#include "reports/htmlreport.h"

#include <QElapsedTimer>
#include <QPrinter>
#include <QSaveFile>
#include <QThread>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

Error cancelled(const char* operation)
{
    return Error{ErrorCode::Cancelled, QString::fromLatin1(operation)};
}

} // namespace

ReportJob::ReportJob(Work work, QObject* parent) : QObject(parent), m_work(std::move(work))
{}

ReportJob::~ReportJob()
{
    cancelAndWait();
}

void ReportJob::start()
{
    Q_ASSERT(!m_thread);
    if (m_thread)
        return;
    m_running = true;
    m_thread = QThread::create([this] {
        QElapsedTimer timer;
        timer.start();
        reports::RenderControl control;
        control.cancel = &m_cancel;
        // Emitted on this thread: receivers in the GUI thread get it queued.
        control.progress = [this](int done, int total) {
            m_lastTotal.store(total);
            emit progress(done, total);
        };
        Status status = m_work ? m_work(control) : success();
        log::gui()->info("report job ended after {} ms: {}", timer.elapsed(),
                         status.ok() ? u"done"_s : status.error().detail);
        m_status = std::move(status);
    });
    m_thread->setObjectName(u"reportJob"_s);
    m_thread->setParent(this);
    // Emitted by the ending thread, delivered here on the GUI thread.
    connect(m_thread, &QThread::finished, this, &ReportJob::threadEnded, Qt::QueuedConnection);
    m_thread->start();
}

void ReportJob::cancel()
{
    m_cancel.store(true);
}

void ReportJob::cancelAndWait()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void ReportJob::threadEnded()
{
    if (!m_running)
        return;
    m_thread->wait(); // finished() is emitted just before the thread really ends
    m_running = false;
    const Status status =
            m_status.value_or(Status(Error{ErrorCode::StorageFailed, u"report job"_s}));
    emit finished(status);
}

ReportJob::Work ReportJob::writePdf(reports::ReportDocument document, QString path)
{
    return [document = std::move(document),
            path = std::move(path)](const reports::RenderControl& control) {
        return reports::writePdf(document, path, control);
    };
}

ReportJob::Work ReportJob::print(reports::ReportDocument document,
                                 std::shared_ptr<QPrinter> printer,
                                 std::shared_ptr<std::atomic_bool> painting)
{
    return [document = std::move(document), printer = std::move(printer),
            painting = std::move(painting)](const reports::RenderControl& control) -> Status {
        const auto report = reports::PagedReport::layOut(document, control);
        if (!report || control.cancelled())
            return cancelled("print: layout cancelled");
        painting->store(true);
        reports::RenderControl uncancellable;
        uncancellable.progress = control.progress;
        return report->paint(*printer, uncancellable);
    };
}

ReportJob::Work ReportJob::writeHtml(reports::ReportDocument document, QString path)
{
    return [document = std::move(document),
            path = std::move(path)](const reports::RenderControl& control) -> Status {
        const QByteArray bytes = reports::toHtml(document).toUtf8();
        if (control.cancelled())
            return cancelled("write html: cancelled");
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return Error{ErrorCode::CannotWrite, u"write html"_s};
        if (control.cancelled()) {
            file.cancelWriting();
            return cancelled("write html: cancelled");
        }
        if (!file.commit())
            return Error{ErrorCode::CannotWrite, u"commit html"_s};
        return success();
    };
}

ReportJob::Work ReportJob::layOut(reports::ReportDocument document,
                                  std::shared_ptr<std::optional<reports::PagedReport>> out)
{
    return [document = std::move(document),
            out = std::move(out)](const reports::RenderControl& control) -> Status {
        auto report = reports::PagedReport::layOut(document, control);
        if (!report)
            return cancelled("preview: layout cancelled");
        *out = std::move(report);
        return success();
    };
}

ReportJob::Work ReportJob::renderPage(std::shared_ptr<const reports::PagedReport> report,
                                      int page,
                                      int dotsPerInch,
                                      std::shared_ptr<QImage> out)
{
    return [report = std::move(report), page, dotsPerInch,
            out = std::move(out)](const reports::RenderControl& control) -> Status {
        if (control.cancelled())
            return cancelled("preview: page cancelled");
        *out = report->pageImage(page, dotsPerInch);
        return success();
    };
}

} // namespace ed::gui
