#pragma once

#include <QBrush>
#include <QFont>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;
class QTextLayout;

namespace ed::reports {

// Layout works in dots of 1/1200 inch, whatever the device: fonts are sized in these dots
// (pixel sizes), so a page measured once paints the same on a 1200-dpi PDF, a 600-dpi printer
// and a 96-dpi preview image, the painter being scaled to each.
inline constexpr double kLayoutDpi = 1200.0;
constexpr double mm(double millimetres)
{
    return millimetres / 25.4 * kLayoutDpi;
}
constexpr double pt(double points)
{
    return points / 72.0 * kLayoutDpi;
}

struct FontSpec
{
    double points = 14;
    bool bold = false;
    bool italic = false;
    friend bool operator==(const FontSpec&, const FontSpec&) = default;
};

/// Times New Roman where installed, else the metric-compatible Liberation Serif.
[[nodiscard]] QString reportFontFamily();
/// The font of `spec`, sized in layout dots and unhinted, so that measuring and painting agree.
[[nodiscard]] QFont reportFont(const FontSpec& spec);

/// One line of text in a rectangle (QPainter::drawText flags).
struct TextItem
{
    QRectF rect;
    FontSpec font;
    int flags = 0;
    QString text;
    bool vertical = false; ///< read from bottom to top, turned about the rectangle's centre
};

/// Wrapped text: lines [firstLine, firstLine + lineCount) of the text laid out at `width`, the
/// first of them drawn at `origin`. A paragraph split over two pages is two items.
struct FlowItem
{
    QPointF origin;
    double width = 0;
    FontSpec font;
    QString text;
    Qt::Alignment alignment = Qt::AlignLeft;
    double indent = 0; ///< of the paragraph's first line
    double lineHeight = 0;
    int firstLine = 0;
    int lineCount = 0;
};

struct LineItem
{
    QLineF line;
    double width = pt(0.5);
    Qt::PenStyle style = Qt::SolidLine;
};

struct RectItem
{
    QRectF rect;
    QBrush brush;
};

/// Everything drawn on one page, in layout dots from the paper's top-left corner.
struct PageContent
{
    bool landscape = false;
    QList<RectItem> rects;
    QList<LineItem> lines;
    QList<TextItem> texts;
    QList<FlowItem> flows;
};

/// Lays `text` out in `layout` at `width`: the first line indented, lines `lineHeight` apart,
/// justified lines stretched except the last. Returns the number of lines. Measuring and
/// painting both call it, so a paragraph breaks the same way on every device.
int layOutFlow(QTextLayout& layout,
               double width,
               double indent,
               double lineHeight,
               Qt::Alignment alignment);

/// Paints one page's items; the painter is already scaled to layout dots.
void paintContent(const PageContent& page, QPainter& painter);

} // namespace ed::reports
