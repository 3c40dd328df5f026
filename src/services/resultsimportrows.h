#pragma once

#include "core/csv.h"
#include "core/resultrules.h"
#include "services/resultsimport.h"

#include <QHash>
#include <QString>

#include <optional>

namespace ed::storage {
class Database;
}

// The parts of ResultsImport that read one file kind each (unitsimport.cpp, ballotsimport.cpp).
// Internal to the services.
namespace ed::services::detail {

/// One file being read: its table, where each column stands, and the report that collects
/// every problem with its line, column and value.
class ImportRows
{
public:
    ImportRows(const csv::CompactTable& table, ResultsImportReport& report)
        : table(table), report(report)
    {}

    const csv::CompactTable& table;
    ResultsImportReport& report;
    /// (name, 0-based field index) of each column: a list, as a handful of names is looked up
    /// for every row and comparing them beats hashing them.
    QList<std::pair<QString, int>> columns;

    [[nodiscard]] qsizetype rowCount() const { return table.rowCount(); }
    [[nodiscard]] int line(qsizetype row) const { return table.line(row); }
    /// The 0-based field index of `name`, or -1.
    [[nodiscard]] int column(const QString& name) const;
    /// The field, trimmed and NFC.
    [[nodiscard]] QString field(qsizetype row, const QString& name) const;
    /// The same without a copy when the field is ASCII, which NFC cannot change (codes and
    /// numbers, most of a large file); otherwise a view of the NFC copy kept in `scratch`.
    [[nodiscard]] QStringView text(qsizetype row, const QString& name, QString& scratch) const;

    /// Adds an error or a warning (by the rule's severity) on `name`'s column of `line`.
    void add(Rule rule,
             int line,
             const QString& name,
             const QString& value,
             const QStringList& expected = {},
             const QString& detail = {});
    /// A count of this row: nullopt and a problem when it is not a whole number (E06) or too
    /// large (E07); nullopt without a problem when empty and `required` is false.
    [[nodiscard]] std::optional<qint64> count(qsizetype row, const QString& name, bool required);
    /// Adds the findings of checkFigures/checkBallot on `line`, each on its field's column.
    void addFindings(const QList<Finding>& findings, int line);

    [[nodiscard]] int errorCount() const { return int(report.problems.size()); }
};

/// Checks a units file against the database and, when `write` and it has no error, stores it.
[[nodiscard]] Status importUnits(storage::Database& database, ImportRows& rows, bool write);
/// Checks a results file against the database and, when `write` and it has no error, stores
/// it.
[[nodiscard]] Status importBallots(storage::Database& database, ImportRows& rows, bool write);

} // namespace ed::services::detail
