#include "reports/pagecontent.h"

#include <QFontDatabase>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace ed::reports {

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

void paintContent(const PageContent& page, QPainter& painter)
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
    for (const TextItem& text : page.texts) {
        painter.setFont(reportFont(text.font));
        if (!text.vertical) {
            painter.drawText(text.rect, text.flags, text.text);
            continue;
        }
        painter.save();
        painter.translate(text.rect.center());
        painter.rotate(-90);
        const QSizeF turned = text.rect.size().transposed();
        painter.drawText(QRectF(QPointF(-turned.width() / 2, -turned.height() / 2), turned),
                         text.flags, text.text);
        painter.restore();
    }
    for (const FlowItem& flow : page.flows) {
        QTextLayout layout(flow.text, reportFont(flow.font));
        layOutFlow(layout, flow.width, flow.indent, flow.lineHeight, flow.alignment);
        const double top = flow.firstLine * flow.lineHeight;
        for (int i = flow.firstLine; i < flow.firstLine + flow.lineCount && i < layout.lineCount();
             ++i)
            layout.lineAt(i).draw(&painter, flow.origin - QPointF(0, top));
    }
}

} // namespace ed::reports
