#include "reports/pagedreport.h"

#include "logging/log.h"
#include "reports/pagecontent.h"
#include "reports/pagelayouter.h"

#include <QElapsedTimer>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QThread>

#include <condition_variable>
#include <ctime>
#include <deque>
#include <mutex>

namespace ed::reports {
namespace {

QPageLayout a4(bool landscape)
{
    return QPageLayout(QPageSize(QPageSize::A4),
                       landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF());
}

void paintScaled(const PageContent& content, QPainter& painter, int dotsPerInch, PaintFaces& faces)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(dotsPerInch / kLayoutDpi, dotsPerInch / kLayoutDpi);
    paintContent(content, painter, faces);
    painter.restore();
}

/// Paints pages one after the other onto a QPdfWriter or a QPrinter, each turned to its own
/// orientation.
class DevicePainter
{
public:
    explicit DevicePainter(QPagedPaintDevice& device) : m_device(device) {}
    ~DevicePainter()
    {
        if (m_painter.isActive())
            m_painter.end();
    }

    [[nodiscard]] Status paint(const PageContent& content)
    {
        if (!m_painter.isActive()) {
            m_device.setPageLayout(a4(content.landscape));
            if (!m_painter.begin(&m_device))
                return Error{ErrorCode::CannotWrite,
                             QStringLiteral("cannot start painting the report")};
            m_dotsPerInch = m_device.logicalDpiX();
        } else {
            // Each page takes its own orientation: a landscape appendix after a portrait body.
            m_device.setPageLayout(a4(content.landscape));
            m_device.newPage();
        }
        paintScaled(content, m_painter, m_dotsPerInch, m_faces);
        return success();
    }

    [[nodiscard]] Status finish()
    {
        if (m_painter.isActive() && !m_painter.end())
            return Error{ErrorCode::CannotWrite, QStringLiteral("cannot finish the report")};
        return success();
    }

private:
    QPagedPaintDevice& m_device;
    QPainter m_painter;
    int m_dotsPerInch = 0;
    PaintFaces m_faces;
};

/// Pages laid out on one thread and painted on another, in order. Bounded, so that a layout
/// faster than the painting does not hold the whole report in memory.
class PageQueue
{
public:
    /// Layout side: waits for room; false once the painting side stopped.
    bool push(PageContent&& page)
    {
        std::unique_lock lock(m_mutex);
        if (!m_stopped && m_pages.size() >= kCapacity) {
            QElapsedTimer waiting;
            waiting.start();
            m_changed.wait(lock, [this] { return m_stopped || m_pages.size() < kCapacity; });
            m_layoutWaitedMs += waiting.elapsed();
        }
        if (m_stopped)
            return false;
        m_pages.push_back(std::move(page));
        ++m_laidOut;
        m_changed.notify_all();
        return true;
    }
    void setEstimate(int pages)
    {
        std::lock_guard lock(m_mutex);
        m_estimate = pages;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

    /// Painting side: the next page, or nullopt once the layout ended and every page was taken.
    std::optional<PageContent> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || !m_pages.empty(); });
        if (m_pages.empty())
            return std::nullopt;
        PageContent page = std::move(m_pages.front());
        m_pages.pop_front();
        m_changed.notify_all();
        return page;
    }
    /// The page count as far as it is known: exact once the layout has ended.
    int expectedPages()
    {
        std::lock_guard lock(m_mutex);
        return m_closed ? m_laidOut : qMax(m_laidOut, m_estimate);
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }
    /// How long the layout waited for the painting to take pages.
    qint64 layoutWaitedMs()
    {
        std::lock_guard lock(m_mutex);
        return m_layoutWaitedMs;
    }

private:
    static constexpr size_t kCapacity = 32;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<PageContent> m_pages;
    int m_laidOut = 0;
    int m_estimate = 0;
    qint64 m_layoutWaitedMs = 0;
    bool m_closed = false;
    bool m_stopped = false;
};

/// CPU time this thread has used, in milliseconds; -1 where the system does not tell.
qint64 threadCpuMs()
{
#if defined(CLOCK_THREAD_CPUTIME_ID)
    timespec used{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &used) == 0)
        return qint64(used.tv_sec) * 1000 + used.tv_nsec / 1000000;
#endif
    return -1;
}

// The reports layer has no logger of its own; its timings go to the log of the services it
// reads through.
std::shared_ptr<spdlog::logger> reportLog()
{
    return log::services();
}

} // namespace

PagedReport::PagedReport() : m_pages(std::make_unique<QList<PageContent>>())
{}
PagedReport::PagedReport(PagedReport&&) noexcept = default;
PagedReport& PagedReport::operator=(PagedReport&&) noexcept = default;
PagedReport::~PagedReport() = default;

std::optional<PagedReport> PagedReport::layOut(const ReportDocument& document,
                                               const RenderControl& control)
{
    PageLayouter layouter(document, control);
    std::optional<QList<PageContent>> pages = layouter.run();
    if (!pages)
        return std::nullopt;
    PagedReport report;
    *report.m_pages = std::move(*pages);
    return report;
}

int PagedReport::pageCount() const
{
    return int(m_pages->size());
}

QPageLayout PagedReport::pageLayout(int page) const
{
    return a4(page >= 0 && page < pageCount() && m_pages->at(page).landscape);
}

void PagedReport::paintPage(int page, QPainter& painter, int dotsPerInch) const
{
    if (page < 0 || page >= pageCount())
        return;
    PaintFaces faces;
    paintScaled(m_pages->at(page), painter, dotsPerInch, faces);
}

QImage PagedReport::pageImage(int page, int dotsPerInch) const
{
    const QSizeF size = pageLayout(page).fullRect(QPageLayout::Inch).size() * dotsPerInch;
    QImage image(size.toSize(), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dotsPerInch / 0.0254));
    image.setDotsPerMeterY(qRound(dotsPerInch / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    paintPage(page, painter, dotsPerInch);
    return image;
}

Status PagedReport::paint(QPagedPaintDevice& device, const RenderControl& control) const
{
    DevicePainter painter(device);
    for (int page = 0; page < pageCount(); ++page) {
        if (control.cancelled())
            return Error{ErrorCode::Cancelled, QStringLiteral("report painting cancelled")};
        if (Status painted = painter.paint(m_pages->at(page)); !painted)
            return painted;
        if (control.progress)
            control.progress(page + 1, pageCount());
    }
    if (pageCount() == 0) {
        // Nothing to paint still makes a (blank) document, as before.
        if (Status painted = painter.paint(PageContent{}); !painted)
            return painted;
    }
    return painter.finish();
}

Status
writePdf(const ReportDocument& document, const QString& filePath, const RenderControl& control)
{
    QElapsedTimer total;
    total.start();
    // QSaveFile writes beside the target and renames on commit: a cancelled or failed job
    // leaves the old file, or none, never half a PDF.
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::CannotWrite, file.errorString()};

    // The layout runs on a thread of its own and hands over each page when it is complete;
    // this thread paints the pages in order as they come. Both are deterministic, so the PDF
    // is the same as when one thread does both. Progress and cancel stay on this thread.
    PageQueue queue;
    qint64 layoutMs = 0;
    qint64 layoutCpuMs = 0;
    bool laidOut = false;
    RenderControl layoutControl;
    layoutControl.cancel = control.cancel;
    layoutControl.progress = [&queue](int, int estimate) { queue.setEstimate(estimate); };
    const std::unique_ptr<QThread> layoutThread(QThread::create([&] {
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuStart = threadCpuMs();
        PageLayouter layouter(document, layoutControl);
        laidOut =
                layouter.run([&queue](PageContent&& page) { return queue.push(std::move(page)); });
        layoutMs = timer.elapsed();
        layoutCpuMs = threadCpuMs() - cpuStart;
        queue.close();
    }));
    layoutThread->setObjectName(QStringLiteral("reportLayout"));
    layoutThread->start();

    const qint64 paintCpuStart = threadCpuMs();
    Status painted = success();
    int pages = 0;
    int lastTotal = 0;
    qint64 waitedMs = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(int(kLayoutDpi));
        writer.setCreator(QStringLiteral("ElectionDesk"));
        writer.setTitle(document.letterhead.typeName + QLatin1Char(' ')
                        + document.letterhead.title);
        DevicePainter painter(writer);
        QElapsedTimer waiting;
        for (;;) {
            waiting.start();
            std::optional<PageContent> page = queue.pop();
            waitedMs += waiting.elapsed();
            if (!page)
                break;
            if (control.cancelled()) {
                painted = Error{ErrorCode::Cancelled, QStringLiteral("report painting cancelled")};
                break;
            }
            painted = painter.paint(*page);
            if (!painted)
                break;
            ++pages;
            if (control.progress) {
                lastTotal = queue.expectedPages();
                control.progress(pages, lastTotal);
            }
        }
        queue.stop(); // lets a layout still waiting for room end
        layoutThread->wait();
        if (painted && !laidOut)
            painted = Error{ErrorCode::Cancelled, QStringLiteral("report layout cancelled")};
        if (painted)
            painted = painter.finish(); // writes the fonts and the cross-reference table
    }
    const qint64 paintCpuMs = threadCpuMs() - paintCpuStart;
    if (!painted) {
        file.cancelWriting();
        return painted;
    }
    if (control.progress && lastTotal != pages)
        control.progress(pages, pages); // the last total reported is the page count
    if (!file.commit())
        return Error{ErrorCode::CannotWrite, file.errorString()};
    reportLog()->info("report pdf: {} pages in {} ms; layout {} ms on its own thread ({} ms of "
                      "CPU, {} ms waiting for the painting); painting and writing {} ms of CPU, "
                      "{} ms waiting for the layout",
                      pages, total.elapsed(), layoutMs, layoutCpuMs, queue.layoutWaitedMs(),
                      paintCpuMs, waitedMs);
    return success();
}

} // namespace ed::reports
