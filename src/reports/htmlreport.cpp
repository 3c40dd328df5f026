#include "reports/htmlreport.h"

#include "core/vnformat.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::reports {

namespace {

/// Escaped, with the line breaks of table cells kept.
QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

const QString kStyle = uR"(
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 13pt; color: #000;
       max-width: 60em; margin: 2em auto; line-height: 1.35; }
table.head, table.foot { width: 100%; border-collapse: collapse; }
table.head td, table.foot td { vertical-align: top; text-align: center; width: 50%; }
.issuer .parent { text-transform: uppercase; }
.issuer .body, .nation .title, .nation .motto, .party { font-weight: bold; }
.nation .motto { display: inline-block; border-bottom: 1px solid #000; padding-bottom: 2px; }
.party { display: inline-block; border-bottom: 1px solid #000; font-size: 15pt; }
.rule { display: inline-block; width: 6em; border-bottom: 1px solid #000; }
.place { font-style: italic; }
h1 { font-size: 14pt; text-align: center; margin: 1.2em 0 0 0; }
p.title { text-align: center; font-weight: bold; margin: 0.2em 0 1em 0; }
p.body { text-align: justify; text-indent: 1.27cm; margin: 0.4em 0; }
p.heading { font-weight: bold; margin: 0.8em 0 0.4em 0; }
p.centered { text-align: center; font-weight: bold; text-transform: uppercase; margin: 0.3em 0; }
p.subtitle { text-align: center; font-style: italic; margin: 0.2em 0 0.8em 0; }
p.note { font-style: italic; font-size: 11pt; margin: 0.3em 0 0.8em 0; }
table.report { width: 100%; border-collapse: collapse; margin: 0.6em 0; font-size: 11pt; }
table.report th, table.report td { border: 1px solid #000; padding: 3px 5px; vertical-align: top; }
table.report th { font-weight: bold; text-align: center; vertical-align: middle; }
table.report tr.numbers th { font-weight: normal; font-style: italic; }
table.report tr.group td { font-weight: bold; }
table.report tr.total td { font-weight: bold; }
figure.chart { margin: 0.8em 0; text-align: center; }
figure.chart figcaption { font-weight: bold; }
.recipients { text-align: left !important; font-size: 11pt; }
.recipients .label { font-weight: bold; font-style: italic; font-size: 12pt; }
.sign .lines { font-weight: bold; }
.sign .name { font-weight: bold; margin-top: 4em; }
section.appendix { break-before: page; page-break-before: always; margin-top: 3em; }
)"_s;

QString paragraphClass(Paragraph::Style style)
{
    switch (style) {
    case Paragraph::Style::Body: return u"body"_s;
    case Paragraph::Style::Heading: return u"heading"_s;
    case Paragraph::Style::Centered: return u"centered"_s;
    case Paragraph::Style::Subtitle: return u"subtitle"_s;
    case Paragraph::Style::Note: return u"note"_s;
    }
    return u"body"_s;
}

QString alignment(Qt::Alignment a)
{
    if (a.testFlag(Qt::AlignRight))
        return u"right"_s;
    if (a.testFlag(Qt::AlignHCenter))
        return u"center"_s;
    return u"left"_s;
}

QString paragraph(const Paragraph& p)
{
    return u"<p class=\"%1\">%2</p>\n"_s.arg(paragraphClass(p.style), esc(p.text));
}

QString table(const Table& t)
{
    const int columns = int(t.columns.size());
    int weights = 0;
    for (const TableColumn& c : t.columns)
        weights += std::max(1, c.weight);
    QString html = u"<table class=\"report\">\n<colgroup>"_s;
    for (const TableColumn& c : t.columns)
        html += u"<col style=\"width:%1%\">"_s.arg(100.0 * std::max(1, c.weight) / weights, 0, 'f',
                                                   1);
    html += u"</colgroup>\n<thead>\n<tr>"_s;
    for (const TableColumn& c : t.columns)
        html += u"<th>%1</th>"_s.arg(esc(c.title));
    html += u"</tr>\n"_s;
    if (t.numberColumns) {
        html += u"<tr class=\"numbers\">"_s;
        for (int i = 1; i <= columns; ++i)
            html += u"<th>(%1)</th>"_s.arg(i);
        html += u"</tr>\n"_s;
    }
    html += u"</thead>\n<tbody>\n"_s;
    for (const TableRow& r : t.rows) {
        if (r.kind == TableRow::Kind::Group) {
            html += u"<tr class=\"group\"><td colspan=\"%1\">%2</td></tr>\n"_s.arg(columns).arg(
                    esc(r.cells.value(0)));
            continue;
        }
        html += r.kind == TableRow::Kind::Total ? u"<tr class=\"total\">"_s : u"<tr>"_s;
        for (int i = 0; i < columns; ++i)
            html += u"<td style=\"text-align:%1\">%2</td>"_s.arg(alignment(t.columns[i].alignment),
                                                                 esc(r.cells.value(i)));
        html += u"</tr>\n"_s;
    }
    return html + u"</tbody>\n</table>\n"_s;
}

/// Vertical bars on a scale that starts a little below the lowest value (or the threshold), so
/// that 99,85 % and 99,95 % look different; the axis says where it starts. The threshold is a
/// dashed line.
QString chart(const BarChart& c)
{
    const int count = int(c.labels.size());
    if (count == 0)
        return {};
    qint64 lowest = c.thresholdBasisPoints > 0 ? c.thresholdBasisPoints : 10'000;
    qint64 highest = 10'000;
    for (const qint64 v : c.basisPoints) {
        lowest = std::min(lowest, v);
        highest = std::max(highest, v);
    }
    const qint64 span = std::max<qint64>(10, highest - lowest);
    const qint64 floor = std::max<qint64>(0, (lowest - span) / 10 * 10);
    const qint64 range = std::max<qint64>(1, highest - floor);
    const int barWidth = 36, gap = 18, left = 70, top = 30, plot = 220, labelRoom = 130;
    const int width = left + count * (barWidth + gap) + gap + 120;
    const int height = top + plot + labelRoom;
    const auto y = [&](qint64 bp) {
        return top + plot - double(bp - floor) * plot / double(range);
    };

    QString svg = u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                  "viewBox=\"0 0 %1 %2\" role=\"img\" aria-label=\"%3\" "
                  "font-family=\"Times New Roman, serif\" font-size=\"12\">\n"_s.arg(width)
                          .arg(height)
                          .arg(c.title.toHtmlEscaped());
    // Axis with its two ends.
    svg += u"<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#000\"/>\n"_s.arg(left)
                   .arg(top)
                   .arg(top + plot);
    svg += u"<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#000\"/>\n"_s.arg(left)
                   .arg(top + plot)
                   .arg(width - 110);
    for (const qint64 tick : {floor, highest})
        svg += u"<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>\n"_s.arg(left - 6)
                       .arg(y(tick) + 4, 0, 'f', 1)
                       .arg(formatBasisPoints(tick).toHtmlEscaped());
    for (int i = 0; i < count; ++i) {
        const qint64 value = c.basisPoints.value(i);
        const double x = left + gap + i * (barWidth + gap);
        const double barTop = y(std::max(value, floor));
        svg += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#7a7a7a\" "
               "stroke=\"#000\"><title>%5: %6</title></rect>\n"_s.arg(x)
                       .arg(barTop, 0, 'f', 1)
                       .arg(barWidth)
                       .arg(top + plot - barTop, 0, 'f', 1)
                       .arg(c.labels[i].toHtmlEscaped(), formatBasisPoints(value).toHtmlEscaped());
        svg += u"<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" font-size=\"10\">%3</text>\n"_s
                       .arg(x + barWidth / 2.0, 0, 'f', 1)
                       .arg(barTop - 4, 0, 'f', 1)
                       .arg(formatBasisPoints(value).toHtmlEscaped());
        const double lx = x + barWidth / 2.0, ly = top + plot + 12;
        svg += u"<text x=\"0\" y=\"0\" text-anchor=\"end\" "
               "transform=\"translate(%1 %2) rotate(-40)\">%3</text>\n"_s.arg(lx, 0, 'f', 1)
                       .arg(ly, 0, 'f', 1)
                       .arg(c.labels[i].toHtmlEscaped());
    }
    if (c.thresholdBasisPoints > 0) {
        const double ty = y(c.thresholdBasisPoints);
        svg += u"<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#000\" "
               "stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n"_s.arg(left)
                       .arg(ty, 0, 'f', 1)
                       .arg(width - 110);
        svg += u"<text x=\"%1\" y=\"%2\">%3</text>\n"_s.arg(width - 106)
                       .arg(ty + 4, 0, 'f', 1)
                       .arg(c.thresholdLabel.toHtmlEscaped());
    }
    svg += u"</svg>\n"_s;
    return u"<figure class=\"chart\">\n<figcaption>%1</figcaption>\n%2</figure>\n"_s.arg(
            esc(c.title), svg);
}

QString block(const Block& b)
{
    if (const auto* p = std::get_if<Paragraph>(&b))
        return paragraph(*p);
    if (const auto* t = std::get_if<Table>(&b))
        return table(*t);
    if (const auto* c = std::get_if<BarChart>(&b))
        return chart(*c);
    return {};
}

QString lines(const QStringList& list)
{
    QStringList escaped;
    for (const QString& line : list)
        escaped << esc(line);
    return escaped.join(u"<br>"_s);
}

QString letterheadHtml(const Letterhead& l)
{
    const bool party = l.layout == DocumentLayout::Party;
    QString issuer;
    if (!l.parentBody.isEmpty())
        issuer += u"<div class=\"parent\">%1</div>"_s.arg(esc(l.parentBody));
    issuer += u"<div class=\"body\">%1</div>"_s.arg(esc(l.issuingBody.toUpper()));
    issuer += party ? u"<div>*</div>"_s : u"<div><span class=\"rule\"></span></div>"_s;
    issuer += u"<div>%1</div>"_s.arg(esc(numberLine(l)));
    QString right;
    if (party)
        right = u"<div class=\"party\">%1</div>"_s.arg(esc(QString::fromUtf8(kPartyHeader)));
    else
        right = u"<div class=\"title\">%1</div><div class=\"motto\">%2</div>"_s.arg(
                esc(QString::fromUtf8(kNationalTitle)), esc(QString::fromUtf8(kMotto)));
    right += u"<div class=\"place\">%1</div>"_s.arg(esc(placeDateLine(l)));
    return u"<table class=\"head\"><tr><td class=\"issuer\">%1</td><td class=\"nation\">%2</td>"
           "</tr></table>\n<h1>%3</h1>\n<p class=\"title\">%4</p>\n"_s.arg(
                   issuer, right, esc(l.typeName), esc(l.title));
}

QString signatureHtml(const Letterhead& l)
{
    QString recipients;
    const QStringList entries = recipientLines(l);
    if (!entries.isEmpty())
        recipients = u"<div class=\"label\">%1</div>%2"_s.arg(
                esc(QString::fromUtf8(kRecipientsLabel)), lines(entries));
    QString sign = u"<div class=\"lines\">%1</div>"_s.arg(lines(signatureLines(l)));
    if (!l.signerName.isEmpty())
        sign += u"<div class=\"name\">%1</div>"_s.arg(esc(l.signerName));
    return u"<table class=\"foot\"><tr><td class=\"recipients\">%1</td><td class=\"sign\">%2</td>"
           "</tr></table>\n"_s.arg(recipients, sign);
}

} // namespace

QString toHtml(const ReportDocument& document)
{
    const Letterhead& l = document.letterhead;
    QString html = u"<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n"_s.arg(
                           esc(QStringList{l.typeName, l.title}.join(u' ').trimmed()), kStyle);
    html += letterheadHtml(l);
    for (qsizetype s = 0; s < document.sections.size(); ++s) {
        const Section& section = document.sections[s];
        if (s > 0)
            html += u"<section class=\"appendix\">\n"_s;
        for (const Block& b : section.blocks)
            html += block(b);
        if (s > 0)
            html += u"</section>\n"_s;
        else
            html += signatureHtml(l);
    }
    if (document.sections.isEmpty())
        html += signatureHtml(l);
    return html + u"</body>\n</html>\n"_s;
}

} // namespace ed::reports
