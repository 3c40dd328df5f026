#include "reports/pagecontent.h"

#include <QFontDatabase>
#include <QGlyphRun>
#include <QPainter>
#include <QTextLayout>
#include <QVarLengthArray>

#include <cmath>
#include <limits>
#include <optional>

namespace ed::reports {
namespace {

/// `value` in 1/64 dot, when it is exactly on that grid, as Qt's fixed-point text positions are.
std::optional<qint32> fixed(qreal value)
{
    const qreal scaled = value * 64;
    const qreal whole = std::round(scaled);
    if (whole != scaled || std::abs(whole) > qreal(std::numeric_limits<qint32>::max()))
        return std::nullopt;
    return qint32(whole);
}

/// Qt's glyph runs as plain values; nullopt for what they cannot hold exactly, which is then
/// drawn by Qt from the text.
std::optional<QList<GlyphRun>> plainRuns(const QList<QGlyphRun>& runs)
{
    QList<GlyphRun> plain;
    plain.reserve(runs.size());
    for (const QGlyphRun& run : runs) {
        const QRawFont face = run.rawFont();
        GlyphRun each{face.familyName(), face.styleName(), {}, {}, {}};
        const QList<quint32> glyphs = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        if (glyphs.size() != positions.size())
            return std::nullopt;
        each.glyphs.reserve(glyphs.size());
        each.x.reserve(positions.size());
        for (const quint32 glyph : glyphs) {
            if (glyph > 0xffff)
                return std::nullopt;
            each.glyphs.append(quint16(glyph));
        }
        bool oneBaseline = true;
        for (const QPointF& position : positions) {
            const std::optional<qint32> x = fixed(position.x());
            if (!x || !fixed(position.y()))
                return std::nullopt;
            each.x.append(*x);
            oneBaseline = oneBaseline && position.y() == positions.first().y();
        }
        if (oneBaseline && !positions.isEmpty())
            each.y.append(*fixed(positions.first().y()));
        else
            for (const QPointF& position : positions)
                each.y.append(*fixed(position.y()));
        plain.append(std::move(each));
    }
    return plain;
}

/// The glyphs of `line` as QTextLine::draw() paints them: a line separator that ends the line
/// is left out, as draw() leaves it out.
std::optional<QList<GlyphRun>> lineRuns(const QTextLayout& layout, const QTextLine& line)
{
    int length = line.textLength();
    const int start = line.textStart();
    if (length > 0 && layout.text().at(start + length - 1) == QChar::LineSeparator)
        --length;
    if (length <= 0)
        return QList<GlyphRun>();
    return plainRuns(line.glyphRuns(start, length));
}

bool canShapeForBox(const QString& text)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace())
        return false;
    // What qt_format_text() rewrites or treats apart: line breaks, tabs, length variants.
    for (const QChar c : text)
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == QChar(0x9c) || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            return false;
    return true;
}

/// Whether every run of `lines` (from `first`, `count` of them) has its face on this thread.
bool facesFound(const QList<QList<GlyphRun>>& lines,
                qsizetype first,
                qsizetype count,
                const FontSpec& font,
                PaintFaces& faces)
{
    for (qsizetype i = first; i < first + count && i < lines.size(); ++i)
        for (const GlyphRun& run : lines.at(i))
            if (!faces.face(font, run).isValid())
                return false;
    return true;
}

/// `value` cut to the 1/64 grid of Qt's fixed-point text positions, as QTextLine::draw() cuts
/// the position it is given (QFixed::fromReal truncates).
qreal onTextGrid(qreal value)
{
    return qreal(int(value * 64)) / 64;
}

void drawRuns(const QList<GlyphRun>& runs,
              QPointF origin,
              const FontSpec& font,
              QPainter& painter,
              PaintFaces& faces)
{
    // Glyph positions are on the grid already; putting the origin on it too makes every sum
    // exact, so a scaled painter rounds each glyph to the device pixel QTextLine::draw() does.
    origin = QPointF(onTextGrid(origin.x()), onTextGrid(origin.y()));
    QVarLengthArray<quint32, 256> indexes;
    QVarLengthArray<QPointF, 256> positions;
    for (const GlyphRun& run : runs) {
        const qsizetype count = qMin(run.glyphs.size(), run.x.size());
        if (count == 0 || run.y.isEmpty())
            continue;
        indexes.resize(count);
        positions.resize(count);
        for (qsizetype i = 0; i < count; ++i) {
            indexes[i] = run.glyphs.at(i);
            positions[i] = QPointF(run.x.at(i) / 64.0, run.y.at(run.y.size() == 1 ? 0 : i) / 64.0);
        }
        QGlyphRun glyphs;
        glyphs.setRawFont(faces.face(font, run));
        glyphs.setRawData(indexes.constData(), positions.constData(), int(count));
        painter.drawGlyphRun(origin, glyphs);
    }
}

void drawTextWithQt(const TextItem& text, QPainter& painter)
{
    painter.setFont(reportFont(text.font));
    if (!text.vertical) {
        painter.drawText(text.rect, text.flags, text.text);
        return;
    }
    painter.save();
    painter.translate(text.rect.center());
    painter.rotate(-90);
    const QSizeF turned = text.rect.size().transposed();
    painter.drawText(QRectF(QPointF(-turned.width() / 2, -turned.height() / 2), turned), text.flags,
                     text.text);
    painter.restore();
}

/// Places a shaped one-line text in its rectangle as qt_format_text() (behind
/// QPainter::drawText) places it, clipping it to the rectangle when it overflows, as it does.
void drawShapedText(const TextItem& text, QPainter& painter, PaintFaces& faces)
{
    const ShapedText& shaped = *text.shaped;
    const QRectF& r = text.rect;
    const int flags = text.flags;
    qreal yOffset = 0;
    qreal xOffset = 0;
    if (flags & Qt::AlignBottom)
        yOffset = r.height() - shaped.height;
    else if (flags & Qt::AlignVCenter)
        yOffset = (r.height() - shaped.height) / 2;
    if (flags & Qt::AlignRight)
        xOffset = r.width() - shaped.naturalWidth;
    else if (flags & Qt::AlignHCenter)
        xOffset = (r.width() - shaped.naturalWidth) / 2;
    const QRectF bounds(r.x() + xOffset, r.y() + yOffset, shaped.naturalWidth, shaped.height);
    const bool clip = !r.contains(bounds);
    if (clip) {
        painter.save();
        painter.setClipRect(r, Qt::IntersectClip);
    }
    xOffset = 0;
    if (flags & Qt::AlignRight)
        xOffset = r.width() - shaped.advance;
    else if (flags & Qt::AlignHCenter)
        xOffset = (r.width() - shaped.advance) / 2;
    if (!shaped.lines.isEmpty())
        drawRuns(shaped.lines.first(), QPointF(r.x() + xOffset, r.y() + yOffset), text.font,
                 painter, faces);
    if (clip)
        painter.restore();
}

} // namespace

QString reportFontFamily()
{
    static const QString family = [] {
        const QStringList installed = QFontDatabase::families();
        for (const char* wanted : {"Times New Roman", "Liberation Serif"})
            if (installed.contains(QLatin1String(wanted)))
                return QString::fromLatin1(wanted);
        return QStringLiteral("Serif");
    }();
    return family;
}

QFont reportFont(const FontSpec& spec)
{
    QFont font(reportFontFamily());
    font.setPixelSize(qRound(pt(spec.points)));
    font.setBold(spec.bold);
    font.setItalic(spec.italic);
    // Unhinted outlines scale linearly, so the 96-dpi preview breaks lines like the PDF.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

int layOutFlow(QTextLayout& layout,
               double width,
               double indent,
               double lineHeight,
               Qt::Alignment alignment)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    double y = 0;
    int count = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        const double x = count == 0 ? indent : 0;
        line.setLineWidth(width - x);
        line.setPosition(QPointF(x, y));
        y += lineHeight;
        ++count;
    }
    layout.endLayout();
    return count;
}

ShapedFlow shapeFlow(const QString& text,
                     const FontSpec& font,
                     double width,
                     double indent,
                     double lineHeight,
                     Qt::Alignment alignment)
{
    QTextLayout layout(text, reportFont(font));
    const int count = layOutFlow(layout, width, indent, lineHeight, alignment);
    auto shaped = std::make_shared<ShapedText>();
    shaped->lines.reserve(count);
    for (int i = 0; i < count; ++i) {
        std::optional<QList<GlyphRun>> runs = lineRuns(layout, layout.lineAt(i));
        if (!runs)
            return {count, nullptr};
        shaped->lines.append(std::move(*runs));
    }
    return {count, std::move(shaped)};
}

std::shared_ptr<const ShapedText> shapeBoxText(const QString& text, const FontSpec& font)
{
    if (!canShapeForBox(text))
        return nullptr;
    // As qt_format_text() lays out a text without word wrap: left to right, one line as wide
    // as it needs, at (0, 0).
    QTextLayout layout(text, reportFont(font));
    QTextOption option(Qt::AlignLeft);
    option.setTextDirection(Qt::LeftToRight);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (!line.isValid()) {
        layout.endLayout();
        return nullptr;
    }
    line.setLineWidth(0x01000000);
    line.setPosition(QPointF(0, 0));
    const bool oneLine = !layout.createLine().isValid();
    layout.endLayout();
    if (!oneLine)
        return nullptr;
    auto shaped = std::make_shared<ShapedText>();
    shaped->naturalWidth = line.naturalTextWidth();
    shaped->advance = line.horizontalAdvance();
    // The line's own height, not QTextLine::height(), which rounds it up.
    shaped->height = line.ascent() + line.descent();
    std::optional<QList<GlyphRun>> runs = lineRuns(layout, line);
    if (!runs)
        return nullptr;
    shaped->lines.append(std::move(*runs));
    return shaped;
}

QRawFont PaintFaces::face(const FontSpec& font, const GlyphRun& run)
{
    for (const Entry& entry : std::as_const(m_entries))
        if (entry.font == font && entry.family == run.family && entry.style == run.style)
            return entry.face;
    QFont wanted = reportFont(font);
    if (wanted.family() != run.family)
        wanted.setFamily(run.family); // a fallback face, for letters the report font lacks
    QRawFont face = QRawFont::fromFont(wanted);
    if (!face.isValid() || face.familyName() != run.family || face.styleName() != run.style
        || face.pixelSize() != wanted.pixelSize())
        face = QRawFont();
    m_entries.append({font, run.family, run.style, face});
    return m_entries.last().face;
}

void paintContent(const PageContent& page, QPainter& painter, PaintFaces& faces, TextPainting mode)
{
    painter.setPen(Qt::NoPen);
    for (const RectItem& rect : page.rects) {
        painter.setBrush(rect.brush);
        painter.drawRect(rect.rect);
    }
    painter.setBrush(Qt::NoBrush);
    for (const LineItem& line : page.lines) {
        QPen pen(Qt::black, line.width, line.style);
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        painter.drawLine(line.line);
    }
    painter.setPen(Qt::black);
    const bool shapedText = mode == TextPainting::Shaped;
    for (const TextItem& text : page.texts) {
        if (text.text.isEmpty())
            continue; // QPainter::drawText() draws nothing either
        if (shapedText && text.shaped && !text.vertical
            && facesFound(text.shaped->lines, 0, 1, text.font, faces))
            drawShapedText(text, painter, faces);
        else
            drawTextWithQt(text, painter);
    }
    for (const FlowItem& flow : page.flows) {
        const double top = flow.firstLine * flow.lineHeight;
        const QPointF origin = flow.origin - QPointF(0, top);
        if (shapedText && flow.shaped
            && facesFound(flow.shaped->lines, flow.firstLine, flow.lineCount, flow.font, faces)) {
            const QList<QList<GlyphRun>>& lines = flow.shaped->lines;
            for (qsizetype i = flow.firstLine;
                 i < flow.firstLine + flow.lineCount && i < lines.size(); ++i)
                drawRuns(lines.at(i), origin, flow.font, painter, faces);
            continue;
        }
        QTextLayout layout(flow.text, reportFont(flow.font));
        layOutFlow(layout, flow.width, flow.indent, flow.lineHeight, flow.alignment);
        for (int i = flow.firstLine; i < flow.firstLine + flow.lineCount && i < layout.lineCount();
             ++i)
            layout.lineAt(i).draw(&painter, origin);
    }
}

} // namespace ed::reports
