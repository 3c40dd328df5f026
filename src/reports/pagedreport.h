#pragma once

#include "core/result.h"
#include "reports/reportdocument.h"

#include <QImage>
#include <QPageLayout>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QPagedPaintDevice;
class QPainter;

namespace ed::reports {

/// How a long layout or painting job reports progress and learns that it should stop. Both are
/// called on the worker's thread.
struct RenderControl
{
    std::function<void(int done, int total)> progress; ///< pages laid out or painted so far
    const std::atomic_bool* cancel = nullptr;
    [[nodiscard]] bool cancelled() const { return cancel && cancel->load(); }
};

struct PageContent;

/// A report laid out on A4 pages: the letterhead, the body, tables that break between rows and
/// repeat their header, the signature and recipients, page numbers from page 2. Layout measures
/// text with the report fonts (Times New Roman, or the metric-compatible Liberation Serif), so a
/// QGuiApplication must exist; it needs no widget and runs on any thread.
class PagedReport
{
public:
    /// Lays the document out; nullopt when `control` cancelled it.
    [[nodiscard]] static std::optional<PagedReport> layOut(const ReportDocument& document,
                                                           const RenderControl& control = {});
    PagedReport(PagedReport&&) noexcept;
    PagedReport& operator=(PagedReport&&) noexcept;
    ~PagedReport();

    [[nodiscard]] int pageCount() const;
    /// A4, portrait or landscape, with no device margins: the layout draws its own.
    [[nodiscard]] QPageLayout pageLayout(int page) const;
    /// Paints page `page` with the painter's origin at the paper's top-left corner, on a device
    /// of `dotsPerInch` (what QPaintDevice::logicalDpiX() reports).
    void paintPage(int page, QPainter& painter, int dotsPerInch) const;
    /// The page on white at `dotsPerInch`: the preview and the reference-image tests use it.
    [[nodiscard]] QImage pageImage(int page, int dotsPerInch) const;

    /// Paints every page onto `device` (a QPdfWriter or a QPrinter, set to full page), turning
    /// each page to its orientation. Cancelled → ErrorCode::Cancelled.
    [[nodiscard]] Status paint(QPagedPaintDevice& device, const RenderControl& control = {}) const;

private:
    PagedReport();
    std::unique_ptr<QList<PageContent>> m_pages;
};

/// Lays out and writes `document` to a PDF at `filePath` with its fonts embedded. The layout
/// runs on a thread of its own while the calling thread paints the pages laid out so far, so
/// progress (called on the calling thread) counts pages painted, of a total that is an estimate
/// until the layout ends. Writes to a temporary file first, so a cancelled or failed job leaves
/// no half-written PDF behind.
[[nodiscard]] Status writePdf(const ReportDocument& document,
                              const QString& filePath,
                              const RenderControl& control = {});

} // namespace ed::reports
