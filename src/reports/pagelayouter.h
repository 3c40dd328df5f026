#pragma once

#include "reports/pagecontent.h"
#include "reports/pagedreport.h"
#include "reports/reportdocument.h"

#include <QFontMetricsF>
#include <QHash>

#include <functional>
#include <list>
#include <memory>
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

/// A map that keeps what was used lately, so that a report's repeated texts are measured once
/// without every one-off text staying in memory: when the newer half is full it becomes the
/// older half and the former older half is dropped; a hit in the older half moves back.
template <typename Key, typename Value>
class RecentCache
{
public:
    explicit RecentCache(qsizetype half) : m_half(half) {}

    [[nodiscard]] std::optional<Value> find(const Key& key)
    {
        if (const auto newer = m_newer.constFind(key); newer != m_newer.constEnd())
            return *newer;
        const auto older = m_older.constFind(key);
        if (older == m_older.constEnd())
            return std::nullopt;
        Value value = *older;
        insert(key, value);
        return value;
    }
    void insert(const Key& key, const Value& value)
    {
        if (m_newer.size() >= m_half) {
            m_older = std::move(m_newer);
            m_newer = QHash<Key, Value>();
        }
        m_newer.insert(key, value);
    }

private:
    qsizetype m_half;
    QHash<Key, Value> m_newer;
    QHash<Key, Value> m_older;
};

/// Flows a ReportDocument onto pages: the letterhead, paragraphs that split between lines,
/// tables that split between rows with their header repeated, charts kept whole, the signature
/// and recipients kept together, and page numbers from page 2.
class PageLayouter
{
public:
    PageLayouter(const ReportDocument& document, const RenderControl& control);

    /// The pages, or nullopt when the control cancelled the job.
    [[nodiscard]] std::optional<QList<PageContent>> run();

    /// Receives each page as soon as it is complete, in order; returns false to stop the job.
    using PageSink = std::function<bool(PageContent&& page)>;
    /// Lays the document out page by page into `sink`, so that pages can be painted while the
    /// next ones are laid out. False when the control cancelled the job or the sink stopped it.
    [[nodiscard]] bool run(const PageSink& sink);

private:
    // Page flow
    void startPage(bool landscape);
    /// Numbers the page, shapes its texts, and hands it on: nothing changes it afterwards.
    void finishPage();
    void ensureRoom(double height);
    [[nodiscard]] double roomLeft() const { return m_frame.bottom() - m_y; }
    [[nodiscard]] PageContent& page() { return *m_page; }
    /// Counts an item of work; false once the job is cancelled.
    [[nodiscard]] bool checkpoint();

    // Text. A long table repeats its texts (kinds, agencies, states, verdicts) on thousands of
    // rows and its header on every page: each is measured and shaped once per layout.
    struct FontData
    {
        FontSpec spec;
        QFontMetricsF metrics;
        RecentCache<QString, double> widths{8192};
        RecentCache<QString, std::shared_ptr<const ShapedText>> boxes{4096};
    };
    struct FlowKey
    {
        QString text;
        FontSpec font;
        double width = 0;
        double indent = 0;
        double lineHeight = 0;
        int alignment = 0;
        friend bool operator==(const FlowKey&, const FlowKey&) = default;
        friend size_t qHash(const FlowKey& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.font.points, key.font.bold, key.font.italic,
                              key.width, key.indent, key.lineHeight, key.alignment);
        }
    };
    struct Flow
    {
        QString text; ///< with line separators for QTextLayout
        int lineCount = 0;
        std::shared_ptr<const ShapedText> shaped;
    };
    [[nodiscard]] FontData& fontData(const FontSpec& font);
    [[nodiscard]] const QFontMetricsF& metrics(const FontSpec& font);
    [[nodiscard]] double textWidth(const QString& text, const FontSpec& font);
    [[nodiscard]] double textWidth(QStringView text, const FontSpec& font);
    [[nodiscard]] double lineHeight(const FontSpec& font, double factor = 1.0);
    /// `text` laid out at `width` (first line indented by `indent`), lines `line` apart.
    [[nodiscard]] Flow shapedFlow(const QString& text,
                                  const FontSpec& font,
                                  double width,
                                  double indent,
                                  Qt::Alignment alignment,
                                  double line);
    /// Lines `text` takes at `width` (first line indented by `indent`); `line` only picks
    /// which shaping to reuse, the count does not depend on it.
    [[nodiscard]] int lineCount(const QString& text,
                                const FontSpec& font,
                                double width,
                                double indent,
                                Qt::Alignment alignment,
                                double line = 0);
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
    const PageSink* m_sink = nullptr;
    std::optional<PageContent> m_page; ///< the page being filled
    qsizetype m_pageCount = 0;         ///< pages started, the current one included
    QRectF m_frame;                    ///< the text area of the current page
    double m_y = 0;
    qsizetype m_workDone = 0;
    qsizetype m_workTotal = 1;
    bool m_cancelled = false;
    std::list<FontData> m_fonts; ///< a list, so that references stay valid as it grows
    RecentCache<FlowKey, Flow> m_flows{4096};
    std::pair<const Table*, QList<ColumnNeed>> m_needsOf; ///< the last table measured
};

} // namespace ed::reports
