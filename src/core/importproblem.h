#pragma once

#include "core/csv.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ed {

/// One problem of an imported file, placed so that the user can find and fix it: the physical
/// line, the column (the field's number, 1-based, and its header name) and the value found.
/// `code` is stable snake_case: the csv:: parse codes, and missing_column, required,
/// unknown_value, unknown_parent, ambiguous_parent, ambiguous_name, duplicate, parent_cycle.
/// `expected` lists what may be written instead, where the choice is closed.
struct ImportProblem
{
    int line = 0;
    int column = 0;
    QString columnName;
    QString value;
    QString code;
    QStringList expected;
    QString detail; ///< numbers and names for the parse codes (csv::ParseError::detail)
    /// The catalogue id ("E17", "W01") for the results imports; empty for the others. Their
    /// `code` is then the rule's key and `detail` the figure the value was compared with.
    QString rule;

    friend bool operator==(const ImportProblem&, const ImportProblem&) = default;
};

/// The parse errors of a CSV file as import problems.
[[nodiscard]] inline QList<ImportProblem> importProblems(const QList<csv::ParseError>& errors)
{
    QList<ImportProblem> problems;
    for (const csv::ParseError& e : errors)
        problems << ImportProblem{e.line, e.column, QString(), QString(), e.code, {}, e.detail, {}};
    return problems;
}

} // namespace ed
