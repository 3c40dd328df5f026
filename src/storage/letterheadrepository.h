#pragma once

#include "core/letterhead.h"
#include "core/result.h"

#include <optional>

namespace ed::storage {

class Database;

/// The letterhead each report was last printed with (table report_letterhead). The date is not
/// kept, only whether it was left blank: a report is dated the day it is printed.
class LetterheadRepository
{
public:
    explicit LetterheadRepository(Database& database) : m_database(database) {}

    /// None when the report has never been printed.
    [[nodiscard]] Result<std::optional<Letterhead>> find(ReportKind kind) const;
    /// Inserts or replaces the report's letterhead.
    [[nodiscard]] Status save(ReportKind kind, const Letterhead& letterhead);

private:
    Database& m_database;
};

} // namespace ed::storage
