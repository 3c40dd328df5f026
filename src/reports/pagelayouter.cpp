#include "reports/pagelayouter.h"

#include <QTextLayout>

#include <cmath>

namespace ed::reports {
namespace {

// Margins of Decree 30 (law.md §12.1): top and bottom 20–25 mm, left 30–35, right 15–20. A
// landscape page turns them with the sheet, so the binding margin is at its top.
const QMarginsF kPortraitMargins(mm(30), mm(20), mm(15), mm(20));
const QMarginsF kLandscapeMargins(mm(20), mm(30), mm(20), mm(15));
const QSizeF kPortraitPaper(mm(210), mm(297));

QString flowText(QString text)
{
    // QTextLayout breaks lines only at a line separator, not at '\n'.
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return text;
}

} // namespace

LayoutStyle styleFor(DocumentLayout layout)
{
    LayoutStyle style;
    const bool party = layout == DocumentLayout::Party;
    style.header = party ? FontSpec{15, true} : FontSpec{13, true};
    style.motto = FontSpec{14, true};
    style.parentBody = FontSpec{party ? 14.0 : 13.0};
    style.issuingBody = FontSpec{party ? 14.0 : 13.0, true};
    style.number = FontSpec{party ? 14.0 : 13.0};
    style.placeDate = FontSpec{14, false, true};
    style.typeName = FontSpec{party ? 16.0 : 14.0, true};
    style.title = FontSpec{14, true};
    style.body = FontSpec{14};
    style.heading = FontSpec{14, true};
    style.subtitle = FontSpec{14, false, true};
    style.note = FontSpec{11, false, true};
    style.pageNumber = FontSpec{13};
    style.recipientsLabel = FontSpec{12, true, true};
    style.recipients = FontSpec{11};
    style.signature = FontSpec{14, true};
    return style;
}

PageLayouter::PageLayouter(const ReportDocument& document, const RenderControl& control)
    : m_document(document), m_control(control), m_style(styleFor(document.letterhead.layout))
{
    for (const Section& section : document.sections)
        for (const Block& block : section.blocks) {
            const auto* table = std::get_if<Table>(&block);
            m_workTotal += table ? table->rows.size() + 1 : 1;
        }
}

std::optional<QList<PageContent>> PageLayouter::run()
{
    for (qsizetype i = 0; i < m_document.sections.size() || i == 0; ++i) {
        const Section section =
                i < m_document.sections.size() ? m_document.sections.at(i) : Section{};
        const bool landscape = section.orientation == Section::Orientation::Landscape
                               || (section.orientation == Section::Orientation::Automatic
                                   && needsLandscape(section));
        startPage(landscape);
        if (i == 0)
            letterhead();
        for (const Block& block : section.blocks) {
            if (!checkpoint())
                return std::nullopt;
            if (const auto* text = std::get_if<Paragraph>(&block))
                paragraph(*text);
            else if (const auto* table = std::get_if<Table>(&block))
                this->table(*table);
            else if (const auto* chart = std::get_if<BarChart>(&block))
                this->chart(*chart);
            if (m_cancelled)
                return std::nullopt;
        }
        if (i == 0)
            signature();
    }
    addPageNumbers();
    return m_pages;
}

void PageLayouter::startPage(bool landscape)
{
    PageContent content;
    content.landscape = landscape;
    m_pages.append(content);
    const QSizeF paper = landscape ? kPortraitPaper.transposed() : kPortraitPaper;
    m_frame = QRectF(QPointF(0, 0), paper)
                      .marginsRemoved(landscape ? kLandscapeMargins : kPortraitMargins);
    m_y = m_frame.top();
}

void PageLayouter::ensureRoom(double height)
{
    if (height > roomLeft() && m_y > m_frame.top())
        startPage(page().landscape);
}

bool PageLayouter::checkpoint()
{
    if (m_control.cancelled()) {
        m_cancelled = true;
        return false;
    }
    ++m_workDone;
    if (m_control.progress && m_workDone % 64 == 0) {
        // The page count is known only at the end; estimate it from the share of work done.
        const auto pages = m_pages.size();
        const auto estimate = qMax(pages, (pages * m_workTotal + m_workDone - 1) / m_workDone);
        m_control.progress(int(pages), int(estimate));
    }
    return true;
}

void PageLayouter::addPageNumbers()
{
    // Decree 30: Arabic numerals centred in the top margin, none on the first page.
    for (qsizetype i = 1; i < m_pages.size(); ++i) {
        PageContent& content = m_pages[i];
        const QRectF frame =
                QRectF(QPointF(0, 0),
                       content.landscape ? kPortraitPaper.transposed() : kPortraitPaper)
                        .marginsRemoved(content.landscape ? kLandscapeMargins : kPortraitMargins);
        content.texts.append({QRectF(frame.left(), frame.top() - mm(14), frame.width(), mm(10)),
                              m_style.pageNumber, int(Qt::AlignHCenter | Qt::AlignVCenter),
                              QString::number(i + 1)});
    }
}

const QFontMetricsF& PageLayouter::metrics(const FontSpec& font)
{
    for (const auto& [spec, fontMetrics] : m_metrics)
        if (spec == font)
            return fontMetrics;
    m_metrics.append({font, QFontMetricsF(reportFont(font))});
    return m_metrics.last().second;
}

double PageLayouter::textWidth(QStringView text, const FontSpec& font)
{
    return metrics(font).horizontalAdvance(text.toString());
}

double PageLayouter::lineHeight(const FontSpec& font, double factor)
{
    return std::ceil(metrics(font).lineSpacing() * factor);
}

int PageLayouter::lineCount(const QString& text,
                            const FontSpec& font,
                            double width,
                            double indent,
                            Qt::Alignment alignment)
{
    // Most cells are one short line: measure those without a QTextLayout.
    if (indent == 0 && !text.contains(QLatin1Char('\n')) && textWidth(text, font) <= width)
        return 1;
    QTextLayout layout(flowText(text), reportFont(font));
    return layOutFlow(layout, width, indent, lineHeight(font), alignment);
}

void PageLayouter::flow(const QString& text,
                        const FontSpec& font,
                        double x,
                        double width,
                        Qt::Alignment alignment,
                        double indent,
                        double lineFactor,
                        bool splittable)
{
    const double line = lineHeight(font, lineFactor);
    const int lines = lineCount(text, font, width, indent, alignment);
    if (!splittable)
        ensureRoom(lines * line);
    int first = 0;
    while (first < lines) {
        int fitting = qMin(lines - first, int(roomLeft() / line));
        if (fitting <= 0) {
            startPage(page().landscape);
            fitting = qMin(lines - first, qMax(1, int(roomLeft() / line)));
        }
        page().flows.append({QPointF(x, m_y), width, font, flowText(text), alignment, indent, line,
                             first, fitting});
        m_y += fitting * line;
        first += fitting;
    }
}

double PageLayouter::flowAt(QPointF origin,
                            const QString& text,
                            const FontSpec& font,
                            double width,
                            Qt::Alignment alignment,
                            double lineFactor)
{
    const double line = lineHeight(font, lineFactor);
    const int lines = lineCount(text, font, width, 0, alignment);
    page().flows.append({origin, width, font, flowText(text), alignment, 0, line, 0, lines});
    return lines * line;
}

void PageLayouter::rule(double x, double y, double length, double width)
{
    page().lines.append({QLineF(x, y, x + length, y), width});
}

void PageLayouter::paragraph(const Paragraph& paragraph)
{
    const double x = m_frame.left();
    const double width = m_frame.width();
    switch (paragraph.style) {
    case Paragraph::Style::Body:
        // Justified, first line indented, 1.2 lines apart and 6 pt after (Decree 30 body).
        flow(paragraph.text, m_style.body, x, width, Qt::AlignJustify, mm(10), 1.2, true);
        m_y += pt(6);
        break;
    case Paragraph::Style::Heading:
        ensureRoom(lineHeight(m_style.heading, 1.2) * 3); // never alone at the foot of a page
        flow(paragraph.text, m_style.heading, x, width, Qt::AlignLeft, mm(10), 1.2);
        m_y += pt(6);
        break;
    case Paragraph::Style::Centered:
        flow(paragraph.text, m_style.heading, x, width, Qt::AlignHCenter, 0, 1.1);
        m_y += pt(2);
        break;
    case Paragraph::Style::Subtitle:
        flow(paragraph.text, m_style.subtitle, x, width, Qt::AlignHCenter, 0, 1.1);
        m_y += pt(12);
        break;
    case Paragraph::Style::Note:
        flow(paragraph.text, m_style.note, x, width, Qt::AlignLeft, 0, 1.0, true);
        m_y += pt(6);
        break;
    }
}

} // namespace ed::reports
