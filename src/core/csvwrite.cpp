// The writing half of csv.h: fields quoted only where they need it.

#include "core/csv.h"

using namespace Qt::StringLiterals;

namespace ed::csv {

namespace {

constexpr QByteArrayView kBom = "\xEF\xBB\xBF";

bool needsQuotes(const QString& field, bool onlyField)
{
    // A lone empty field would be written as a blank line, which parse() skips at the end.
    if (field.isEmpty())
        return onlyField;
    // Unquoted first in the file, U+FEFF would be read as a byte order mark and dropped.
    if (field.startsWith(QChar(0xFEFF)))
        return true;
    for (const QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return field.startsWith(u' ') || field.endsWith(u' ');
}

void appendRecord(QByteArray& out, const QStringList& fields, const WriteOptions& options)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(',');
        const QString& field = fields.at(i);
        if (needsQuotes(field, fields.size() == 1)) {
            QString quoted = field;
            quoted.replace(u'"', u"\"\""_s);
            out.append('"').append(quoted.toUtf8()).append('"');
        } else {
            out.append(field.toUtf8());
        }
    }
    out.append(options.lineEnd);
}

} // namespace

QByteArray
write(const QStringList& header, const QList<QStringList>& rows, const WriteOptions& options)
{
    QByteArray out;
    if (options.bom)
        out.append(kBom);
    appendRecord(out, header, options);
    for (const QStringList& row : rows)
        appendRecord(out, row, options);
    return out;
}

} // namespace ed::csv
