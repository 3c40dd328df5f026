#include "core/searchkey.h"

namespace ed {

QString searchKey(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        if (ch == u'đ' || ch == u'Đ')
            folded += u'd';
        else
            folded += ch.toCaseFolded();
    }
    return folded.simplified();
}

QString normalizedText(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C).trimmed();
}

} // namespace ed
