#include "core/vnformat.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace ed {

QString formatDate(QDate date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}

QString formatCount(qint64 value)
{
    const bool negative = value < 0;
    QString digits = QString::number(negative ? -value : value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u'.');
    return negative ? u'-' + digits : digits;
}

QString formatBasisPoints(qint64 basisPoints)
{
    const bool negative = basisPoints < 0;
    const qint64 magnitude = negative ? -basisPoints : basisPoints;
    const QString text = formatCount(magnitude / 100) + u','
                         + QString::number(magnitude % 100).rightJustified(2, u'0') + u" %"_s;
    return negative ? u'-' + text : text;
}

QDate parseDate(const QString& text)
{
    const QStringList parts = text.trimmed().split(u'/');
    if (parts.size() != 3)
        return {};
    bool okDay = false, okMonth = false, okYear = false;
    const int day = parts[0].toInt(&okDay);
    const int month = parts[1].toInt(&okMonth);
    const int year = parts[2].toInt(&okYear);
    if (!okDay || !okMonth || !okYear || parts[2].size() != 4)
        return {};
    return QDate(year, month, day);
}

} // namespace ed
