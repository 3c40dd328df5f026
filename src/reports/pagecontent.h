#pragma once

#include <QBrush>
#include <QFont>
#include <QLineF>
#include <QList>
#include <QRawFont>
#include <QRectF>
#include <QString>

#include <memory>

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

/// Glyphs of one face, placed relative to the origin of the text they were shaped from. Plain
/// values: a font engine belongs to the thread that loaded it, so painting (on whatever thread)
/// finds the face again by its family and style. Compact, since a preview keeps every page:
/// positions are Qt's own fixed point (1/64 dot), which they are exact in.
struct GlyphRun
{
    QString family; ///< the report font's, or a fallback's for a letter it lacks
    QString style;
    QList<quint16> glyphs; ///< a TrueType or OpenType face has fewer than 65,536 glyphs
    QList<qint32> x;       ///< of each glyph's baseline origin, in 1/64 dot
    QList<qint32> y;       ///< the same down the page, or one value for a shared baseline
};

/// A text shaped and broken into lines once, at layout. Painting draws these glyphs instead of
/// shaping the text again, and cells with the same text share one.
struct ShapedText
{
    /// The glyphs of each line: for a flow, as QTextLayout placed them (indent, alignment and
    /// line spacing included); for a text in a rectangle, its one line at (0, 0).
    QList<QList<GlyphRun>> lines;
    // A text in a rectangle, measured as QPainter::drawText measures it, to be placed as it
    // places it (qt_format_text: aligned in the rectangle, clipped to it when it overflows).
    double naturalWidth = 0;
    double advance = 0;
    double height = 0;
};

/// One line of text in a rectangle (QPainter::drawText flags).
struct TextItem
{
    QRectF rect;
    FontSpec font;
    int flags = 0;
    QString text;
    bool vertical = false; ///< read from bottom to top, turned about the rectangle's centre
    /// Set by the layout when the text could be shaped ahead; else painting shapes it.
    std::shared_ptr<const ShapedText> shaped = {};
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
    /// The text's lines laid out at layout; painting reuses them instead of laying out again.
    std::shared_ptr<const ShapedText> shaped = {};
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

/// A flow's text laid out: its line count, and its glyphs unless they could not be kept
/// exactly (then painting lays the text out again).
struct ShapedFlow
{
    int lineCount = 0;
    std::shared_ptr<const ShapedText> shaped;
};
/// Shapes a flow's text (already with line separators) as layOutFlow() breaks it.
[[nodiscard]] ShapedFlow shapeFlow(const QString& text,
                                   const FontSpec& font,
                                   double width,
                                   double indent,
                                   double lineHeight,
                                   Qt::Alignment alignment);
/// Shapes a text for a rectangle as QPainter::drawText() would; null for a text it cannot
/// reproduce exactly (line breaks, tabs, surrounding spaces), which painting then draws itself.
[[nodiscard]] std::shared_ptr<const ShapedText> shapeBoxText(const QString& text,
                                                             const FontSpec& font);

/// The faces a painting thread has looked up for the glyph runs it draws. Use one per thread
/// (a QRawFont belongs to the thread that made it), ideally for all pages of a job.
class PaintFaces
{
public:
    /// The face of `run` at the size and style of `font`; invalid when this thread finds another
    /// face under that name, and the text must then be drawn from its characters.
    [[nodiscard]] QRawFont face(const FontSpec& font, const GlyphRun& run);

private:
    struct Entry
    {
        FontSpec font;
        QString family;
        QString style;
        QRawFont face;
    };
    QList<Entry> m_entries;
};

/// How painting draws text: from the glyphs shaped at layout, or by shaping it again through
/// QPainter::drawText and QTextLayout (what the glyphs are checked against in the tests).
enum class TextPainting { Shaped, Qt };

/// Paints one page's items; the painter is already scaled to layout dots.
void paintContent(const PageContent& page,
                  QPainter& painter,
                  PaintFaces& faces,
                  TextPainting mode = TextPainting::Shaped);

} // namespace ed::reports
