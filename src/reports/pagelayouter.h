#pragma once

#include "reports/pagecontent.h"
#include "reports/pagedreport.h"
#include "reports/reportdocument.h"

#include <QFontMetricsF>

#include <optional>

namespace ed::reports {

/// Font sizes of one layout (law.md §12): Decree 30 for state bodies, 36-HD/VPTW for the Party.
struct LayoutStyle
{
    FontSpec header; ///< the national title, or "ĐẢNG CỘNG SẢN VIỆT NAM"
    FontSpec motto;  ///< state only
    FontSpec parentBody;
    FontSpec issuingBody;
    FontSpec number;
    FontSpec placeDate;
    FontSpec typeName;
    FontSpec title;
    FontSpec body;
    FontSpec heading;
    FontSpec subtitle;
    FontSpec note;
    FontSpec pageNumber;
    FontSpec recipientsLabel;
    FontSpec recipients;
    FontSpec signature;
};

[[nodiscard]] LayoutStyle styleFor(DocumentLayout layout);

/// Flows a ReportDocument onto pages: the letterhead, paragraphs that split between lines,
/// tables that split between rows with their header repeated, charts kept whole, the signature
/// and recipients kept together, and page numbers from page 2.
class PageLayouter
{
public:
    PageLayouter(const ReportDocument& document, const RenderControl& control);

    /// The pages, or nullopt when the control cancelled the job.
    [[nodiscard]] std::optional<QList<PageContent>> run();

private:
    // Page flow
    void startPage(bool landscape);
    void ensureRoom(double height);
    [[nodiscard]] double roomLeft() const { return m_frame.bottom() - m_y; }
    [[nodiscard]] PageContent& page() { return m_pages.last(); }
    /// Counts an item of work; false once the job is cancelled.
    [[nodiscard]] bool checkpoint();
    void addPageNumbers();

    // Text
    [[nodiscard]] const QFontMetricsF& metrics(const FontSpec& font);
    [[nodiscard]] double textWidth(QStringView text, const FontSpec& font);
    [[nodiscard]] double lineHeight(const FontSpec& font, double factor = 1.0);
    /// Lines `text` takes at `width` (first line indented by `indent`).
    [[nodiscard]] int lineCount(const QString& text,
                                const FontSpec& font,
                                double width,
                                double indent,
                                Qt::Alignment alignment);
    /// Draws `text` wrapped in the column [x, x + width) from the current y, which it advances.
    /// A splittable text continues on the next page; another moves there whole if it must.
    void flow(const QString& text,
              const FontSpec& font,
              double x,
              double width,
              Qt::Alignment alignment,
              double indent = 0,
              double lineFactor = 1.0,
              bool splittable = false);
    /// Draws wrapped text at a fixed place without moving y; returns its height.
    double flowAt(QPointF origin,
                  const QString& text,
                  const FontSpec& font,
                  double width,
                  Qt::Alignment alignment,
                  double lineFactor = 1.0);
    void rule(double x, double y, double length, double width = pt(0.6));

    // Blocks (letterhead.cpp, tablelayout.cpp, chartlayout.cpp)
    void letterhead();
    void signature();
    void paragraph(const Paragraph& paragraph);
    void table(const Table& table);
    void chart(const BarChart& chart);
    /// What a column needs: its longest word, its longest cell on one line, its weight.
    struct ColumnNeed
    {
        double minimum = 0;
        double natural = 0;
        int weight = 1;
    };
    [[nodiscard]] bool needsLandscape(const Section& section);
    [[nodiscard]] static FontSpec tableFont(const Table& table);
    [[nodiscard]] QList<ColumnNeed> columnNeeds(const Table& table);
    [[nodiscard]] static QList<double> columnWidths(const QList<ColumnNeed>& needs, double width);
    [[nodiscard]] double meanRowLines(const Table& table, const QList<double>& widths);
    void tableHeader(const Table& table, const QList<double>& widths, const FontSpec& font);
    [[nodiscard]] double
    rowHeight(const TableRow& row, const QList<double>& widths, const FontSpec& font);
    void tableRow(const Table& table,
                  const TableRow& row,
                  const QList<double>& widths,
                  const FontSpec& font,
                  double height);

    const ReportDocument& m_document;
    const RenderControl& m_control;
    LayoutStyle m_style;
    QList<PageContent> m_pages;
    QRectF m_frame; ///< the text area of the current page
    double m_y = 0;
    qsizetype m_workDone = 0;
    qsizetype m_workTotal = 1;
    bool m_cancelled = false;
    QList<std::pair<FontSpec, QFontMetricsF>> m_metrics;
    std::pair<const Table*, QList<ColumnNeed>> m_needsOf; ///< the last table measured
};

} // namespace ed::reports
