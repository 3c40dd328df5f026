#pragma once

#include "core/result.h"
#include "reports/pagedreport.h"
#include "reports/reportdocument.h"

#include <QDialog>
#include <QList>
#include <QSizeF>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QVBoxLayout;

namespace ed::gui {

class ReportJob;
class ReportOutput;

/// The pages of a report as they will print, portrait and landscape mixed. The report is laid
/// out on a worker thread when the dialog opens; each page is then rendered to an image on a
/// worker thread when it comes into view (and the next one ahead), and pages far out of view
/// drop their images, so a report of hundreds of pages neither freezes the window nor fills
/// the memory. Zoom in and out (Ctrl++, Ctrl+-), fit the width (Ctrl+0), move by page
/// (PgUp, PgDn, the page box), and print or export the PDF as the reports page does.
class ReportPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `title` names the report in the window title; `fileName` is the PDF name the export
    /// suggests (without extension).
    ReportPreviewDialog(reports::ReportDocument document,
                        const QString& title,
                        QString fileName,
                        QWidget* parent = nullptr);
    ~ReportPreviewDialog() override;

    /// 0 until the report is laid out.
    [[nodiscard]] int pageCount() const { return static_cast<int>(m_pagePoints.size()); }
    /// The page at the top of the view, from 1; 0 before the layout.
    [[nodiscard]] int currentPage() const;
    /// True when page `page` (from 1) shows its image at the current zoom.
    [[nodiscard]] bool isPageRendered(int page) const;
    /// 1.0 shows a page at 96 dots per inch.
    [[nodiscard]] double zoom() const { return m_zoom; }

public slots:
    /// Scrolls page `page` (from 1) to the top of the view.
    void goToPage(int page);
    void zoomIn();
    void zoomOut();
    /// Fits the widest page to the view's width, and keeps it fitted as the window resizes.
    void fitWidth();
    /// Cancels the layout, rendering and any print or export job and waits for them.
    void done(int result) override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    static constexpr int kMargin = 16;  ///< around the pages, in pixels
    static constexpr int kSpacing = 16; ///< between the pages

    // reportpreviewdialog.cpp
    void setUpToolBar(QVBoxLayout* layout);
    void setUpActions();
    void setBusy(bool busy);
    // reportpreviewpages.cpp
    void laidOut(const Status& status);
    void setZoom(double zoom, bool fitToWidth);
    void resizePages();
    /// Starts rendering the next page in or near view that lacks an image at the current zoom.
    void renderNext();
    void pageRendered(int page, int dotsPerInch, const QImage& image, const Status& status);
    void scrolled();
    [[nodiscard]] QSize pageSize(int page) const;
    [[nodiscard]] int pageTop(int page) const;
    [[nodiscard]] std::pair<int, int> visiblePages() const;
    [[nodiscard]] int renderDotsPerInch() const;

    reports::ReportDocument m_document;
    QString m_fileName;
    std::unique_ptr<ReportJob> m_layoutJob;
    std::shared_ptr<std::optional<reports::PagedReport>> m_laidOut;
    std::shared_ptr<const reports::PagedReport> m_report;
    QList<QSizeF> m_pagePoints; ///< each page's paper size in points
    QList<int> m_renderedDpi;   ///< the resolution each page's image has; 0 for none
    QList<QLabel*> m_pageLabels;
    std::unique_ptr<ReportJob> m_renderJob;
    double m_zoom = 1.0;
    bool m_fitToWidth = true;
    bool m_syncingPage = false;

    QScrollArea* m_scrollArea;
    QWidget* m_pagesWidget;
    QVBoxLayout* m_pagesLayout;
    QSpinBox* m_pageSpinBox;
    QLabel* m_pageCountLabel;
    QLabel* m_zoomLabel;
    QProgressBar* m_layoutProgressBar;
    QLabel* m_statusLabel;
    QPushButton* m_printButton;
    QPushButton* m_exportPdfButton;
    QAction* m_printAction;
    std::unique_ptr<ReportOutput> m_output;
};

} // namespace ed::gui
