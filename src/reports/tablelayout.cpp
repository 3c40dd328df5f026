#include "reports/pagelayouter.h"

// Tables: proportional column widths that never squeeze a word, rows that never split, the
// header (and the column-number row) repeated at the top of every page the table reaches.
namespace ed::reports {
namespace {

const double kPadX = mm(1.2);
const double kPadY = mm(0.8);
const double kGrid = pt(0.5);

// The longest word by characters stands in for the widest: measuring every word of 100,000
// cells would cost more than the layout itself.
QStringView longestWord(const QString& text)
{
    QStringView longest;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !text.at(i).isSpace())
            continue;
        if (i - start > longest.size())
            longest = QStringView(text).mid(start, i - start);
        start = i + 1;
    }
    return longest;
}

QString columnNumber(qsizetype column)
{
    return QStringLiteral("(%1)").arg(column + 1);
}

// Natural widths and row heights are judged on the first rows only.
constexpr qsizetype kSampledRows = 200;

} // namespace

FontSpec PageLayouter::tableFont(const Table& table)
{
    return FontSpec{table.columns.size() > 6 ? 11.0 : 12.0};
}

QList<PageLayouter::ColumnNeed> PageLayouter::columnNeeds(const Table& table)
{
    if (m_needsOf.first == &table)
        return m_needsOf.second;
    // A sample of rows is enough for the natural widths; every row counts for the minimum, so
    // that no word is ever cut.
    const FontSpec bold{tableFont(table).points, true};
    QList<ColumnNeed> needs;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        const double header = textWidth(longestWord(table.columns.at(c).title), bold);
        ColumnNeed need{header, header, qMax(1, table.columns.at(c).weight)};
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const TableRow& row = table.rows.at(r);
            if (row.kind == TableRow::Kind::Group || c >= row.cells.size())
                continue;
            need.minimum = qMax(need.minimum, textWidth(longestWord(row.cells.at(c)), bold));
            if (r < kSampledRows)
                need.natural = qMax(need.natural, textWidth(row.cells.at(c), bold));
        }
        need.minimum += 2 * kPadX + kGrid;
        need.natural = qMax(need.natural + 2 * kPadX + kGrid, need.minimum);
        needs.append(need);
    }
    m_needsOf = {&table, needs};
    return needs;
}

QList<double> PageLayouter::columnWidths(const QList<ColumnNeed>& needs, double width)
{
    // As browsers lay out automatic tables: columns that fit in their natural width keep it,
    // the others share what is left by weight but never below their longest word.
    double natural = 0;
    int weights = 0;
    for (const ColumnNeed& need : needs) {
        natural += need.natural;
        weights += need.weight;
    }
    QList<double> widths;
    if (natural <= width) {
        for (const ColumnNeed& need : needs)
            widths.append(need.natural + (width - natural) * need.weight / weights);
        return widths;
    }
    // A column is fixed at its natural width when that fits in its share, or at its longest
    // word when even that does not; the others split what remains by weight.
    QList<double> fixed(needs.size(), -1);
    double share = 0;
    for (bool changed = true; changed;) {
        changed = false;
        double room = width;
        int flexibleWeight = 0;
        for (qsizetype c = 0; c < needs.size(); ++c) {
            if (fixed.at(c) >= 0)
                room -= fixed.at(c);
            else
                flexibleWeight += needs.at(c).weight;
        }
        share = flexibleWeight > 0 ? qMax(0.0, room) / flexibleWeight : 0;
        for (qsizetype c = 0; c < needs.size(); ++c) {
            if (fixed.at(c) >= 0)
                continue;
            const ColumnNeed& need = needs.at(c);
            if (need.natural <= share * need.weight || need.minimum >= share * need.weight) {
                fixed[c] = need.natural <= share * need.weight ? need.natural : need.minimum;
                changed = true;
            }
        }
    }
    double total = 0;
    for (qsizetype c = 0; c < needs.size(); ++c) {
        widths.append(fixed.at(c) >= 0 ? fixed.at(c) : share * needs.at(c).weight);
        total += widths.last();
    }
    for (double& each : widths) // words too long for the page: shrink every column alike
        each *= width / total;
    return widths;
}

double PageLayouter::meanRowLines(const Table& table, const QList<double>& widths)
{
    const FontSpec font = tableFont(table);
    double lines = 0;
    int rows = 0;
    for (const TableRow& row : table.rows) {
        if (row.kind != TableRow::Kind::Data)
            continue;
        lines += (rowHeight(row, widths, font) - 2 * kPadY) / lineHeight(font);
        if (++rows == kSampledRows)
            break;
    }
    return rows > 0 ? lines / rows : 1;
}

bool PageLayouter::needsLandscape(const Section& section)
{
    // Landscape when the portrait page would cut words, or when it would make rows much
    // taller than a landscape page does.
    const double portrait = mm(210 - 30 - 15);
    const double landscape = mm(297 - 20 - 20);
    for (const Block& block : section.blocks) {
        const auto* table = std::get_if<Table>(&block);
        if (!table || table->columns.isEmpty())
            continue;
        const QList<ColumnNeed> needs = columnNeeds(*table);
        double minimum = 0;
        for (const ColumnNeed& need : needs)
            minimum += need.minimum;
        if (minimum > portrait)
            return true;
        const double tall = meanRowLines(*table, columnWidths(needs, portrait));
        if (tall >= 3 && tall >= 1.5 * meanRowLines(*table, columnWidths(needs, landscape)))
            return true;
    }
    return false;
}

void PageLayouter::table(const Table& table)
{
    if (table.columns.isEmpty())
        return;
    const FontSpec font = tableFont(table);
    const QList<double> widths = columnWidths(columnNeeds(table), m_frame.width());
    const FontSpec headerFont{font.points, true};
    double headerHeight = 0;
    for (qsizetype c = 0; c < table.columns.size(); ++c)
        headerHeight = qMax(headerHeight, lineCount(table.columns.at(c).title, headerFont,
                                                    widths.at(c) - 2 * kPadX, 0, Qt::AlignHCenter)
                                                          * lineHeight(headerFont)
                                                  + 2 * kPadY);
    if (table.numberColumns)
        headerHeight += lineHeight(font) + 2 * kPadY;

    bool headerDrawn = false;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        if (!checkpoint())
            return;
        const TableRow& row = table.rows.at(r);
        const double height = rowHeight(row, widths, font);
        // A group row stays with the first row of its group.
        double needed = height;
        if (row.kind == TableRow::Kind::Group && r + 1 < table.rows.size())
            needed += rowHeight(table.rows.at(r + 1), widths, font);
        if (!headerDrawn || needed > roomLeft()) {
            if (headerHeight + needed > roomLeft() && m_y > m_frame.top())
                startPage(page().landscape);
            tableHeader(table, widths, font);
            headerDrawn = true;
        }
        tableRow(table, row, widths, font, height);
    }
    if (!headerDrawn) {
        ensureRoom(headerHeight);
        tableHeader(table, widths, font);
    }
    m_y += pt(10);
}

void PageLayouter::tableHeader(const Table& table,
                               const QList<double>& widths,
                               const FontSpec& font)
{
    const FontSpec bold{font.points, true};
    double height = 0;
    for (qsizetype c = 0; c < table.columns.size(); ++c)
        height = qMax(height, lineCount(table.columns.at(c).title, bold, widths.at(c) - 2 * kPadX,
                                        0, Qt::AlignHCenter)
                                              * lineHeight(bold)
                                      + 2 * kPadY);
    const double left = m_frame.left();
    const double right = left + m_frame.width();
    rule(left, m_y, right - left, kGrid);
    double x = left;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        const QString& title = table.columns.at(c).title;
        const double textHeight =
                lineCount(title, bold, widths.at(c) - 2 * kPadX, 0, Qt::AlignHCenter)
                * lineHeight(bold);
        flowAt({x + kPadX, m_y + (height - textHeight) / 2}, title, bold, widths.at(c) - 2 * kPadX,
               Qt::AlignHCenter);
        page().lines.append({QLineF(x, m_y, x, m_y + height), kGrid});
        x += widths.at(c);
    }
    page().lines.append({QLineF(right, m_y, right, m_y + height), kGrid});
    m_y += height;
    rule(left, m_y, right - left, kGrid);
    if (table.numberColumns) {
        const double numberHeight = lineHeight(font) + 2 * kPadY;
        x = left;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            page().texts.append({QRectF(x, m_y + kPadY, widths.at(c), lineHeight(font)),
                                 FontSpec{font.points, false, true}, int(Qt::AlignHCenter),
                                 columnNumber(c)});
            page().lines.append({QLineF(x, m_y, x, m_y + numberHeight), kGrid});
            x += widths.at(c);
        }
        page().lines.append({QLineF(right, m_y, right, m_y + numberHeight), kGrid});
        m_y += numberHeight;
        rule(left, m_y, right - left, kGrid);
    }
}

double
PageLayouter::rowHeight(const TableRow& row, const QList<double>& widths, const FontSpec& font)
{
    const FontSpec rowFont{font.points, row.kind != TableRow::Kind::Data};
    if (row.kind == TableRow::Kind::Group) {
        double total = 0;
        for (const double width : widths)
            total += width;
        return lineCount(row.cells.value(0), rowFont, total - 2 * kPadX, 0, Qt::AlignLeft)
                       * lineHeight(rowFont)
               + 2 * kPadY;
    }
    int lines = 1;
    for (qsizetype c = 0; c < widths.size() && c < row.cells.size(); ++c)
        lines = qMax(lines, lineCount(row.cells.at(c), rowFont, widths.at(c) - 2 * kPadX, 0,
                                      Qt::AlignLeft));
    return lines * lineHeight(rowFont) + 2 * kPadY;
}

void PageLayouter::tableRow(const Table& table,
                            const TableRow& row,
                            const QList<double>& widths,
                            const FontSpec& font,
                            double height)
{
    const FontSpec rowFont{font.points, row.kind != TableRow::Kind::Data};
    const double left = m_frame.left();
    const double right = left + m_frame.width();
    const double line = lineHeight(rowFont);
    if (row.kind == TableRow::Kind::Group) {
        flowAt({left + kPadX, m_y + kPadY}, row.cells.value(0), rowFont, right - left - 2 * kPadX,
               Qt::AlignLeft);
        page().lines.append({QLineF(left, m_y, left, m_y + height), kGrid});
    } else {
        double x = left;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString text = row.cells.value(c);
            const double cellWidth = widths.at(c) - 2 * kPadX;
            const Qt::Alignment alignment = table.columns.at(c).alignment;
            if (!text.isEmpty()) {
                if (!text.contains(QLatin1Char('\n')) && textWidth(text, rowFont) <= cellWidth)
                    page().texts.append({QRectF(x + kPadX, m_y + kPadY, cellWidth, line), rowFont,
                                         int(alignment | Qt::AlignTop), text});
                else
                    flowAt({x + kPadX, m_y + kPadY}, text, rowFont, cellWidth, alignment);
            }
            page().lines.append({QLineF(x, m_y, x, m_y + height), kGrid});
            x += widths.at(c);
        }
    }
    page().lines.append({QLineF(right, m_y, right, m_y + height), kGrid});
    m_y += height;
    rule(left, m_y, right - left, kGrid);
}

} // namespace ed::reports
