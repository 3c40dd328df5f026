#include "cli/tableoutput.h"

#include "core/csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::cli {

namespace {

QJsonValue jsonValue(const QString& text, ColumnType type)
{
    switch (type) {
    case ColumnType::Text: return text;
    case ColumnType::Integer: return text.isEmpty() ? QJsonValue() : QJsonValue(text.toLongLong());
    case ColumnType::Flag: return text == u"1"_s;
    case ColumnType::OptionalText: return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    case ColumnType::Decimal: return text.isEmpty() ? QJsonValue() : QJsonValue(text.toDouble());
    }
    return text;
}

void printAligned(const services::TextTable& table, QTextStream& out)
{
    // Long texts are cut so that a row stays on one terminal line.
    constexpr qsizetype kMaxWidth = 48;
    auto cell = [](const QString& text) {
        QString flat = text.simplified();
        return flat.size() > kMaxWidth ? flat.left(kMaxWidth - 1) + u'…' : flat;
    };
    QList<qsizetype> widths;
    for (const QString& h : table.header)
        widths << h.size();
    for (const QStringList& row : table.rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], cell(row[i]).size());
    }
    auto printRow = [&](const QStringList& fields) {
        QString line;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                line += u"  "_s;
            line += cell(fields[i]).leftJustified(widths[i]);
        }
        out << line.trimmed() << u'\n';
    };
    printRow(table.header);
    QStringList rule;
    for (qsizetype w : widths)
        rule << QString(w, u'-');
    printRow(rule);
    for (const QStringList& row : table.rows)
        printRow(row);
}

} // namespace

std::optional<OutputFormat> outputFormat(const QString& word)
{
    if (word == u"csv"_s)
        return OutputFormat::Csv;
    if (word == u"json"_s)
        return OutputFormat::Json;
    if (word == u"table"_s)
        return OutputFormat::Table;
    return std::nullopt;
}

void printTable(const services::TextTable& table,
                const QList<ColumnType>& types,
                OutputFormat format,
                QTextStream& out)
{
    switch (format) {
    case OutputFormat::Csv:
        out << QString::fromUtf8(csv::write(table.header, table.rows, {false, "\n"}));
        return;
    case OutputFormat::Json: {
        QJsonArray array;
        for (const QStringList& row : table.rows) {
            QJsonObject object;
            for (qsizetype i = 0; i < table.header.size() && i < row.size(); ++i)
                object.insert(table.header[i], jsonValue(row[i], types.value(i, ColumnType::Text)));
            array.append(object);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return;
    }
    case OutputFormat::Table: printAligned(table, out); return;
    }
}

} // namespace ed::cli
