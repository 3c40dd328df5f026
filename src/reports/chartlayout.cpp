#include "core/vnformat.h"
#include "reports/pagelayouter.h"

#include <QCoreApplication>

#include <cmath>

// A bar chart of percentages against a threshold line, drawn in black and grey so that a
// photocopy keeps it: bars under the threshold are hatched, not just coloured.
namespace ed::reports {
namespace {

const FontSpec kTitleFont{12, true};
const FontSpec kAxisFont{9};
const FontSpec kLabelFont{9};
const FontSpec kValueFont{8};
const QColor kMetFill(110, 110, 110);

/// A grid step of 0,10 %, 0,20 %, 0,25 %, 0,50 %, 1 %, 2 %, 5 %, 10 % … giving 4–8 lines.
qint64 gridStep(qint64 range)
{
    for (const qint64 step : {10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500})
        if (range / step <= 8)
            return step;
    return 5000;
}

} // namespace

void PageLayouter::chart(const BarChart& chart)
{
    const qsizetype count = qMin(chart.labels.size(), chart.basisPoints.size());
    if (count == 0)
        return;
    const bool vertical = count > 14; // too many bars for labels across
    const double left = m_frame.left();
    const double width = m_frame.width();
    const double height = mm(65);

    // Across: the axis labels, the plot, and the threshold's label right of the plot, where no
    // bar or value can cover it.
    const qint64 axisTop = 10000;
    const double axisWidth = textWidth(formatBasisPoints(axisTop), kAxisFont) + mm(2);
    const FontSpec thresholdFont{9, true};
    const double thresholdWidth = chart.thresholdBasisPoints > 0
                                          ? textWidth(chart.thresholdLabel, thresholdFont) + mm(2)
                                          : mm(2);
    const double plotWidth = width - axisWidth - thresholdWidth;
    const double slot = plotWidth / double(count);
    int labelLines = 1;
    for (qsizetype i = 0; !vertical && i < count; ++i)
        labelLines = qMax(labelLines,
                          lineCount(chart.labels.at(i), kLabelFont, slot, 0, Qt::AlignHCenter));
    const double labelsHeight =
            vertical ? mm(28) : lineHeight(kLabelFont) * qMin(labelLines, 4) + mm(1);
    const double titleHeight = lineHeight(kTitleFont, 1.2);
    const double legendHeight = lineHeight(kLabelFont) + mm(3);
    ensureRoom(titleHeight + height + labelsHeight + legendHeight);
    flow(chart.title, kTitleFont, left, width, Qt::AlignHCenter, 0, 1.2);

    // The axis runs up to 100 % from a round value under the lowest bar and the threshold, so
    // that differences of hundredths stay visible; its labels say where it starts.
    qint64 lowest = chart.thresholdBasisPoints > 0 ? chart.thresholdBasisPoints : 10000;
    for (qsizetype i = 0; i < count; ++i)
        lowest = qMin(lowest, chart.basisPoints.at(i));
    const qint64 step = gridStep(qMax<qint64>(10000 - lowest, 10) * 5 / 4);
    const qint64 axisFloor = qMax<qint64>(0, (lowest - step / 2) / step * step);
    const QRectF plot(left + axisWidth, m_y + mm(4), plotWidth, height - mm(6));
    const auto yOf = [&](qint64 value) {
        const qint64 clamped = qBound(axisFloor, value, axisTop);
        return plot.bottom()
               - plot.height() * double(clamped - axisFloor) / double(axisTop - axisFloor);
    };
    for (qint64 value = axisFloor; value <= axisTop; value += step) {
        const double y = yOf(value);
        page().lines.append({QLineF(plot.left(), y, plot.right(), y), pt(0.3), Qt::DotLine});
        page().texts.append({QRectF(left, y - lineHeight(kAxisFont) / 2, axisWidth - mm(1),
                                    lineHeight(kAxisFont)),
                             kAxisFont, int(Qt::AlignRight | Qt::AlignVCenter),
                             formatBasisPoints(value)});
    }
    page().lines.append({QLineF(plot.bottomLeft(), plot.bottomRight()), pt(0.8)});
    page().lines.append({QLineF(plot.bottomLeft(), plot.topLeft()), pt(0.8)});

    const double barWidth = slot * 0.6;
    for (qsizetype i = 0; i < count; ++i) {
        const qint64 value = chart.basisPoints.at(i);
        const double x = plot.left() + slot * double(i) + (slot - barWidth) / 2;
        const QRectF bar(x, yOf(value), barWidth, plot.bottom() - yOf(value));
        const bool met = chart.thresholdBasisPoints <= 0 || value >= chart.thresholdBasisPoints;
        page().rects.append({bar, met ? QBrush(kMetFill) : QBrush(Qt::black, Qt::BDiagPattern)});
        if (!met) {
            page().lines.append({QLineF(bar.topLeft(), bar.topRight()), pt(0.5)});
            page().lines.append({QLineF(bar.topLeft(), bar.bottomLeft()), pt(0.5)});
            page().lines.append({QLineF(bar.topRight(), bar.bottomRight()), pt(0.5)});
        }
        if (!vertical)
            page().texts.append({QRectF(x - slot * 0.2, bar.top() - lineHeight(kValueFont),
                                        barWidth + slot * 0.4, lineHeight(kValueFont)),
                                 kValueFont, int(Qt::AlignHCenter | Qt::AlignBottom),
                                 formatBasisPoints(value)});
        const QRectF labelRect(plot.left() + slot * double(i), plot.bottom() + mm(1), slot,
                               labelsHeight - mm(1));
        if (vertical)
            page().texts.append({labelRect, kLabelFont, int(Qt::AlignRight | Qt::AlignVCenter),
                                 chart.labels.at(i), true});
        else
            flowAt(labelRect.topLeft(), chart.labels.at(i), kLabelFont, slot, Qt::AlignHCenter);
    }

    if (chart.thresholdBasisPoints > 0) {
        const double y = yOf(chart.thresholdBasisPoints);
        page().lines.append({QLineF(plot.left(), y, plot.right(), y), pt(1.2), Qt::DashLine});
        page().texts.append({QRectF(plot.right() + mm(1), y - lineHeight(thresholdFont) / 2,
                                    thresholdWidth - mm(1), lineHeight(thresholdFont)),
                             thresholdFont, int(Qt::AlignLeft | Qt::AlignVCenter),
                             chart.thresholdLabel});
    }
    m_y = plot.bottom() + labelsHeight;

    // Legend in words: hatched and grey bars, and the dashed line.
    const double box = mm(3);
    double x = left + axisWidth;
    const double textY = m_y + mm(1);
    const auto legend = [&](const QBrush& brush, const QString& text) {
        page().rects.append(
                {QRectF(x, textY + (lineHeight(kLabelFont) - box) / 2, box, box), brush});
        x += box + mm(1.5);
        page().texts.append(
                {QRectF(x, textY, textWidth(text, kLabelFont) + mm(1), lineHeight(kLabelFont)),
                 kLabelFont, int(Qt::AlignLeft | Qt::AlignVCenter), text});
        x += textWidth(text, kLabelFont) + mm(6);
    };
    legend(QBrush(kMetFill), QCoreApplication::translate("Reports", "meets the target"));
    legend(QBrush(Qt::black, Qt::BDiagPattern),
           QCoreApplication::translate("Reports", "below the target (hatched)"));
    m_y += legendHeight + pt(10);
}

} // namespace ed::reports
