#pragma once

#include "core/letterhead.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace ed::reports {

/// A paragraph of the body. Its style picks font, weight and alignment from the layout.
struct Paragraph
{
    enum class Style {
        Body,     ///< justified, first line indented
        Heading,  ///< bold, left: "I. TÌNH HÌNH CHUNG"
        Centered, ///< bold capitals, centred: an appendix's name ("PHỤ LỤC I")
        Subtitle, ///< italic, centred: "(Kèm theo Báo cáo số 15/BC-SNV ngày …)"
        Note,     ///< italic, smaller, left: a footnote under a table or chart
    };
    QString text;
    Style style = Style::Body;
};

/// A column of a table: its header text, its share of the table's width and its alignment.
struct TableColumn
{
    QString title;
    int weight = 1; ///< relative width; the columns share the text width in proportion
    Qt::Alignment alignment = Qt::AlignLeft;
};

/// A table row. A group row spans every column (bold, as "I. BẰNG KHEN CỦA CHỦ TỊCH UBND
/// TỈNH"); a total row is bold.
struct TableRow
{
    enum class Kind { Data, Group, Total };
    QStringList cells; ///< one per column; a group row uses the first cell only
    Kind kind = Kind::Data;
};

/// A table that breaks only between rows and repeats its header on every page it reaches.
struct Table
{
    QList<TableColumn> columns;
    QList<TableRow> rows;
    /// Prints "(1) (2) (3) …" under the header, as official tables number their columns.
    bool numberColumns = false;
};

/// A vertical bar chart of percentages in hundredths (basis points), with a threshold line:
/// turnout by district against the 99,90 % line.
struct BarChart
{
    QString title;
    QStringList labels;
    QList<qint64> basisPoints; ///< one per label: 9990 is 99,90 %
    qint64 thresholdBasisPoints = 0;
    QString thresholdLabel; ///< "Chỉ tiêu 99,90 %"
};

using Block = std::variant<Paragraph, Table, BarChart>;

/// Pages that begin on a new sheet. The first section carries the letterhead at its top and the
/// signature and recipients after its blocks; the next ones are appendices.
struct Section
{
    enum class Orientation {
        Portrait,
        Landscape,
        Automatic, ///< landscape when one of its tables is too wide for a portrait page
    };
    Orientation orientation = Orientation::Portrait;
    QList<Block> blocks;
};

/// A whole report: the official frame and what is inside it. Plain values, so it can be built
/// on the GUI thread and laid out and painted on another.
struct ReportDocument
{
    Letterhead letterhead;
    QList<Section> sections;
};

} // namespace ed::reports
