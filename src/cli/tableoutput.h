#pragma once

#include "services/schedulelisting.h"

#include <QList>
#include <QString>
#include <QTextStream>

#include <optional>

namespace ed::cli {

enum class OutputFormat { Csv, Json, Table };

/// How a column's text turns into JSON: kept as text, a whole number, a 0/1 flag as a boolean, a
/// text that is null when empty (dates), or a decimal number written with a '.' ("99.89"; null
/// when empty).
enum class ColumnType { Text, Integer, Flag, OptionalText, Decimal };

/// "csv", "json" or "table"; nothing for another word.
[[nodiscard]] std::optional<OutputFormat> outputFormat(const QString& word);

/// Prints `table`: CSV (RFC 4180 quoting, LF line ends, no BOM, for pipes), a JSON array of
/// objects keyed by the header, or columns aligned for reading.
void printTable(const services::TextTable& table,
                const QList<ColumnType>& types,
                OutputFormat format,
                QTextStream& out);

} // namespace ed::cli
