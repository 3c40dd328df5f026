// ReportPreviewDialog: the pages, their sizes at the zoom, and rendering them as they come into
// view.
#include "gui/modal.h"
#include "gui/reports/reportjob.h"
#include "gui/reports/reportpreviewdialog.h"
#include "i18n/errormessages.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

constexpr double kScreenDpi = 96.0; // a page at 100 % has its paper size on a 96 dpi screen
constexpr std::array kZoomSteps{0.25, 0.33, 0.5,  0.67, 0.75, 0.9, 1.0, 1.1,
                                1.25, 1.5,  1.75, 2.0,  2.5,  3.0, 4.0};
constexpr int kKeptAround = 3; // pages beyond the view that keep their images

} // namespace

int ReportPreviewDialog::currentPage() const
{
    if (m_pagePoints.isEmpty())
        return 0;
    const int y =
            m_scrollArea->verticalScrollBar()->value() + m_scrollArea->viewport()->height() / 3;
    int page = 0;
    while (page + 1 < pageCount() && pageTop(page + 1) <= y)
        ++page;
    return page + 1;
}

bool ReportPreviewDialog::isPageRendered(int page) const
{
    return page >= 1 && page <= pageCount() && m_renderedDpi.at(page - 1) == renderDotsPerInch();
}

void ReportPreviewDialog::goToPage(int page)
{
    if (m_pagePoints.isEmpty())
        return;
    page = std::clamp(page, 1, pageCount());
    m_scrollArea->verticalScrollBar()->setValue(pageTop(page - 1) - kSpacing / 2);
    m_syncingPage = true;
    m_pageSpinBox->setValue(page);
    m_syncingPage = false;
    renderNext();
}

void ReportPreviewDialog::zoomIn()
{
    const auto it =
            std::ranges::find_if(kZoomSteps, [this](double z) { return z > m_zoom + 0.01; });
    setZoom(it != kZoomSteps.end() ? *it : kZoomSteps.back(), false);
}

void ReportPreviewDialog::zoomOut()
{
    const auto it = std::find_if(kZoomSteps.rbegin(), kZoomSteps.rend(),
                                 [this](double z) { return z < m_zoom - 0.01; });
    setZoom(it != kZoomSteps.rend() ? *it : kZoomSteps.front(), false);
}

void ReportPreviewDialog::fitWidth()
{
    double widest = 0; // in pixels at 100 %
    for (const QSizeF& points : std::as_const(m_pagePoints))
        widest = std::max(widest, points.width() / 72.0 * kScreenDpi);
    if (widest <= 0) {
        m_fitToWidth = true;
        return;
    }
    // The same room whether or not the scroll bar shows yet: it will once the pages are tall.
    const QScrollBar* scrollBar = m_scrollArea->verticalScrollBar();
    const int extent = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, scrollBar);
    const double room =
            m_scrollArea->viewport()->width() - 2 * kMargin - (scrollBar->isVisible() ? 0 : extent);
    setZoom(std::clamp(room / widest, kZoomSteps.front(), kZoomSteps.back()), true);
}

void ReportPreviewDialog::laidOut(const Status& status)
{
    m_layoutJob.release()->deleteLater(); // we are inside its signal
    m_layoutProgressBar->setVisible(false);
    if (!status.ok()) {
        if (status.error().code != ErrorCode::Cancelled)
            modal::tell(this, QMessageBox::Warning, windowTitle(),
                        i18n::errorMessage(status.error()));
        return;
    }
    m_report = std::make_shared<const reports::PagedReport>(std::move(m_laidOut->value()));
    m_laidOut.reset();
    const int count = m_report->pageCount();
    for (int page = 0; page < count; ++page) {
        m_pagePoints << m_report->pageLayout(page).fullRectPoints().size();
        m_renderedDpi << 0;
        auto* label = new QLabel(tr("Page %1").arg(page + 1), m_pagesWidget);
        label->setObjectName(u"page%1Label"_s.arg(page + 1));
        label->setAccessibleName(tr("Page %1").arg(page + 1));
        label->setAlignment(Qt::AlignCenter);
        label->setScaledContents(true); // an image of the old zoom stretches until re-rendered
        label->setAutoFillBackground(true);
        QPalette paper = label->palette();
        paper.setColor(QPalette::Window, Qt::white);
        paper.setColor(QPalette::WindowText, Qt::gray);
        label->setPalette(paper);
        m_pagesLayout->addWidget(label, 0, Qt::AlignHCenter);
        m_pageLabels << label;
    }
    m_pageSpinBox->setRange(count > 0 ? 1 : 0, count);
    m_pageSpinBox->setEnabled(count > 0);
    m_pageCountLabel->setText(tr("of %1").arg(count));
    m_printButton->setEnabled(count > 0);
    m_exportPdfButton->setEnabled(count > 0);
    m_printAction->setEnabled(count > 0);
    if (m_fitToWidth)
        fitWidth();
    else
        resizePages();
    m_scrollArea->setFocus();
    renderNext();
}

void ReportPreviewDialog::setZoom(double zoom, bool fitToWidth)
{
    m_fitToWidth = fitToWidth;
    if (qFuzzyCompare(zoom, m_zoom) && !m_pageLabels.isEmpty()
        && m_pageLabels.first()->size() == pageSize(0))
        return;
    const int page = currentPage();
    m_zoom = zoom;
    m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100)));
    resizePages();
    if (page > 0 && !fitToWidth)
        goToPage(page);
    renderNext();
}

void ReportPreviewDialog::resizePages()
{
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_zoom * 100)));
    for (int page = 0; page < m_pageLabels.size(); ++page)
        m_pageLabels.at(page)->setFixedSize(pageSize(page));
    m_pagesLayout->activate();
}

QSize ReportPreviewDialog::pageSize(int page) const
{
    const QSizeF points = m_pagePoints.value(page);
    const double scale = kScreenDpi * m_zoom / 72.0;
    return QSize(qRound(points.width() * scale), qRound(points.height() * scale));
}

int ReportPreviewDialog::pageTop(int page) const
{
    int top = kMargin;
    for (int each = 0; each < page; ++each)
        top += pageSize(each).height() + kSpacing;
    return top;
}

std::pair<int, int> ReportPreviewDialog::visiblePages() const
{
    const int top = m_scrollArea->verticalScrollBar()->value();
    const int bottom = top + std::max(1, m_scrollArea->viewport()->height());
    int first = -1;
    int last = -1;
    int y = kMargin;
    for (int page = 0; page < pageCount() && y < bottom; ++page) {
        const int height = pageSize(page).height();
        if (y + height > top) {
            if (first < 0)
                first = page;
            last = page;
        }
        y += height + kSpacing;
    }
    if (first < 0) {
        const int current = std::max(0, currentPage() - 1);
        return {current, current};
    }
    return {first, last};
}

int ReportPreviewDialog::renderDotsPerInch() const
{
    return std::max(1, qRound(kScreenDpi * m_zoom * devicePixelRatioF()));
}

void ReportPreviewDialog::renderNext()
{
    if (!m_report || m_renderJob || m_pageLabels.isEmpty())
        return;
    const auto [first, last] = visiblePages();
    // Drop the images of pages far out of view: a long report would otherwise fill the memory.
    for (int page = 0; page < pageCount(); ++page) {
        if (m_renderedDpi.at(page) != 0
            && (page < first - kKeptAround || page > last + kKeptAround)) {
            m_pageLabels.at(page)->setPixmap(QPixmap());
            m_pageLabels.at(page)->setText(tr("Page %1").arg(page + 1));
            m_renderedDpi[page] = 0;
        }
    }
    QList<int> wanted;
    for (int page = first; page <= last; ++page)
        wanted << page;
    if (last + 1 < pageCount())
        wanted << last + 1;
    if (first > 0)
        wanted << first - 1;
    const int dpi = renderDotsPerInch();
    const auto next =
            std::ranges::find_if(wanted, [&](int page) { return m_renderedDpi.at(page) != dpi; });
    if (next == wanted.end())
        return;
    const int page = *next;
    auto image = std::make_shared<QImage>();
    m_renderJob = std::make_unique<ReportJob>(ReportJob::renderPage(m_report, page, dpi, image));
    connect(m_renderJob.get(), &ReportJob::finished, this,
            [this, page, dpi, image](const Status& status) {
                pageRendered(page, dpi, *image, status);
            });
    m_renderJob->start();
}

void ReportPreviewDialog::pageRendered(int page,
                                       int dotsPerInch,
                                       const QImage& image,
                                       const Status& status)
{
    m_renderJob.release()->deleteLater(); // we are inside its signal
    if (!status.ok() || image.isNull())
        return;
    QImage shown = image;
    shown.setDevicePixelRatio(devicePixelRatioF());
    m_pageLabels.at(page)->setPixmap(QPixmap::fromImage(shown));
    m_renderedDpi[page] = dotsPerInch;
    renderNext();
}

void ReportPreviewDialog::scrolled()
{
    if (!m_pagePoints.isEmpty()) {
        m_syncingPage = true;
        m_pageSpinBox->setValue(currentPage());
        m_syncingPage = false;
    }
    renderNext();
}

} // namespace ed::gui
