#include "core/documentsymbol.h"

#include "core/searchkey.h"

namespace ed {

QString normalizedSymbol(const QString& printed)
{
    QString text = normalizedText(printed);
    if (text.startsWith(u"Số", Qt::CaseInsensitive)) {
        text = text.mid(2).trimmed();
        if (text.startsWith(u':'))
            text = text.mid(1);
    }
    text.remove(u' ');
    return text;
}

} // namespace ed
