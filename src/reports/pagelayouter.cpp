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
    QList<PageContent> pages;
    const bool done = run([&pages](PageContent&& page) {
        pages.append(std::move(page));
        return true;
    });
    if (!done)
        return std::nullopt;
    return pages;
}

bool PageLayouter::run(const PageSink& sink)
{
    m_sink = &sink;
    for (qsizetype i = 0; i < m_document.sections.size() || i == 0; ++i) {
        const Section section =
                i < m_document.sections.size() ? m_document.sections.at(i) : Section{};
        // The last page of the section before is complete: hand it over before measuring
        // whether this one turns landscape, which takes a while for a long table.
        finishPage();
        const bool landscape = section.orientation == Section::Orientation::Landscape
                               || (section.orientation == Section::Orientation::Automatic
                                   && needsLandscape(section));
        startPage(landscape);
        if (i == 0)
            letterhead();
        for (const Block& block : section.blocks) {
            if (!checkpoint())
                return false;
            if (const auto* text = std::get_if<Paragraph>(&block))
                paragraph(*text);
            else if (const auto* table = std::get_if<Table>(&block))
                this->table(*table);
            else if (const auto* chart = std::get_if<BarChart>(&block))
                this->chart(*chart);
            if (m_cancelled)
                return false;
        }
        if (i == 0)
            signature();
    }
    finishPage();
    return !m_cancelled;
}

void PageLayouter::startPage(bool landscape)
{
    finishPage();
    m_page.emplace();
    m_page->landscape = landscape;
    ++m_pageCount;
    const QSizeF paper = landscape ? kPortraitPaper.transposed() : kPortraitPaper;
    m_frame = QRectF(QPointF(0, 0), paper)
                      .marginsRemoved(landscape ? kLandscapeMargins : kPortraitMargins);
    m_y = m_frame.top();
}

void PageLayouter::finishPage()
{
    if (!m_page)
        return;
    PageContent& content = *m_page;
    if (m_pageCount > 1) {
        // Decree 30: Arabic numerals centred in the top margin, none on the first page.
        content.texts.append(
                {QRectF(m_frame.left(), m_frame.top() - mm(14), m_frame.width(), mm(10)),
                 m_style.pageNumber, int(Qt::AlignHCenter | Qt::AlignVCenter),
                 QString::number(m_pageCount)});
    }
    for (TextItem& text : content.texts) {
        if (text.vertical || text.shaped || text.text.isEmpty())
            continue;
        FontData& font = fontData(text.font);
        std::optional<std::shared_ptr<const ShapedText>> known = font.boxes.find(text.text);
        if (!known) {
            known = shapeBoxText(text.text, text.font);
            font.boxes.insert(text.text, *known);
        }
        text.shaped = std::move(*known);
    }
    const bool more = (*m_sink)(std::move(content));
    m_page.reset();
    if (!more)
        m_cancelled = true;
}

void PageLayouter::ensureRoom(double height)
{
    if (height > roomLeft() && m_y > m_frame.top())
        startPage(page().landscape);
}

bool PageLayouter::checkpoint()
{
    if (m_cancelled || m_control.cancelled()) {
        m_cancelled = true;
        return false;
    }
    ++m_workDone;
    if (m_control.progress && m_workDone % 64 == 0) {
        // The page count is known only at the end; estimate it from the share of work done.
        const auto pages = m_pageCount;
        const auto estimate = qMax(pages, (pages * m_workTotal + m_workDone - 1) / m_workDone);
        m_control.progress(int(pages), int(estimate));
    }
    return true;
}

PageLayouter::FontData& PageLayouter::fontData(const FontSpec& font)
{
    for (FontData& data : m_fonts)
        if (data.spec == font)
            return data;
    m_fonts.push_back({font, QFontMetricsF(reportFont(font))});
    return m_fonts.back();
}

const QFontMetricsF& PageLayouter::metrics(const FontSpec& font)
{
    return fontData(font).metrics;
}

double PageLayouter::textWidth(const QString& text, const FontSpec& font)
{
    FontData& data = fontData(font);
    if (const std::optional<double> known = data.widths.find(text))
        return *known;
    const double width = data.metrics.horizontalAdvance(text);
    data.widths.insert(text, width);
    return width;
}

double PageLayouter::textWidth(QStringView text, const FontSpec& font)
{
    return textWidth(text.toString(), font);
}

double PageLayouter::lineHeight(const FontSpec& font, double factor)
{
    return std::ceil(metrics(font).lineSpacing() * factor);
}

PageLayouter::Flow PageLayouter::shapedFlow(const QString& text,
                                            const FontSpec& font,
                                            double width,
                                            double indent,
                                            Qt::Alignment alignment,
                                            double line)
{
    const FlowKey key{text, font, width, indent, line, int(alignment)};
    if (std::optional<Flow> known = m_flows.find(key))
        return std::move(*known);
    QString separated = flowText(text);
    ShapedFlow shaped = shapeFlow(separated, font, width, indent, line, alignment);
    Flow flow{std::move(separated), shaped.lineCount, std::move(shaped.shaped)};
    m_flows.insert(key, flow);
    return flow;
}

int PageLayouter::lineCount(const QString& text,
                            const FontSpec& font,
                            double width,
                            double indent,
                            Qt::Alignment alignment,
                            double line)
{
    // Most cells are one short line: measure those without a QTextLayout.
    if (indent == 0 && !text.contains(QLatin1Char('\n')) && textWidth(text, font) <= width)
        return 1;
    const double spacing = line > 0 ? line : lineHeight(font);
    return shapedFlow(text, font, width, indent, alignment, spacing).lineCount;
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
    const int lines = lineCount(text, font, width, indent, alignment, line);
    const Flow shaped = shapedFlow(text, font, width, indent, alignment, line);
    if (!splittable)
        ensureRoom(lines * line);
    int first = 0;
    while (first < lines) {
        int fitting = qMin(lines - first, int(roomLeft() / line));
        if (fitting <= 0) {
            startPage(page().landscape);
            fitting = qMin(lines - first, qMax(1, int(roomLeft() / line)));
        }
        page().flows.append({QPointF(x, m_y), width, font, shaped.text, alignment, indent, line,
                             first, fitting, shaped.shaped});
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
    const int lines = lineCount(text, font, width, 0, alignment, line);
    const Flow shaped = shapedFlow(text, font, width, 0, alignment, line);
    page().flows.append(
            {origin, width, font, shaped.text, alignment, 0, line, 0, lines, shaped.shaped});
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
