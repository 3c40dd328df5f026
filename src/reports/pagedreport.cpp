#include "reports/pagedreport.h"

#include "reports/pagecontent.h"
#include "reports/pagelayouter.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace ed::reports {

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
    const bool landscape = page >= 0 && page < pageCount() && m_pages->at(page).landscape;
    return QPageLayout(QPageSize(QPageSize::A4),
                       landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF());
}

void PagedReport::paintPage(int page, QPainter& painter, int dotsPerInch) const
{
    if (page < 0 || page >= pageCount())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(dotsPerInch / kLayoutDpi, dotsPerInch / kLayoutDpi);
    paintContent(m_pages->at(page), painter);
    painter.restore();
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
    device.setPageLayout(pageLayout(0));
    QPainter painter;
    if (!painter.begin(&device))
        return Error{ErrorCode::CannotWrite, QStringLiteral("cannot start painting the report")};
    const int dotsPerInch = device.logicalDpiX();
    for (int page = 0; page < pageCount(); ++page) {
        if (control.cancelled()) {
            painter.end();
            return Error{ErrorCode::Cancelled, QStringLiteral("report painting cancelled")};
        }
        if (page > 0) {
            // Each page takes its own orientation: a landscape appendix after a portrait body.
            device.setPageLayout(pageLayout(page));
            device.newPage();
        }
        paintPage(page, painter, dotsPerInch);
        if (control.progress)
            control.progress(page + 1, pageCount());
    }
    if (!painter.end())
        return Error{ErrorCode::CannotWrite, QStringLiteral("cannot finish the report")};
    return success();
}

Status
writePdf(const ReportDocument& document, const QString& filePath, const RenderControl& control)
{
    const std::optional<PagedReport> report = PagedReport::layOut(document, control);
    if (!report)
        return Error{ErrorCode::Cancelled, QStringLiteral("report layout cancelled")};
    // QSaveFile writes beside the target and renames on commit: a cancelled or failed job
    // leaves the old file, or none, never half a PDF.
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::CannotWrite, file.errorString()};
    Status painted = success();
    {
        QPdfWriter writer(&file);
        writer.setResolution(int(kLayoutDpi));
        writer.setCreator(QStringLiteral("ElectionDesk"));
        writer.setTitle(document.letterhead.typeName + QLatin1Char(' ')
                        + document.letterhead.title);
        painted = report->paint(writer, control);
    }
    if (!painted) {
        file.cancelWriting();
        return painted;
    }
    if (!file.commit())
        return Error{ErrorCode::CannotWrite, file.errorString()};
    return success();
}

} // namespace ed::reports
