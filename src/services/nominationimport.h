#pragma once

#include "core/result.h"
#include "services/importreport.h"

#include <QByteArrayView>
#include <QStringList>

namespace ed::services {

class Workspace;

/// Reads a nominating agency's list (CSV, UTF-8 with or without BOM, LF or CRLF, columns found
/// by name in any order): nominee_kind, nominee_name, position, unit_code, nominating_agency,
/// award_form, achievement, received_on, and optionally workplace. Every row is checked against
/// the database (known unit, known agency by abbreviation or name with the closest ones named
/// when unknown, award form code of the campaign, ISO date not after today); a file with any
/// problem is refused whole. A row repeating a nomination already stored (same nominee, agency
/// and award form) is counted unchanged and not added again. The rows are stored in one
/// transaction as received nominations, each recorded in the trail.
class NominationImport
{
public:
    explicit NominationImport(Workspace& workspace) : m_workspace(workspace) {}

    /// Checks the file and counts what it would add, writing nothing (the GUI's preview).
    [[nodiscard]] Result<ImportReport> check(QByteArrayView file);
    /// Checks the file and, when it has no error, stores it.
    [[nodiscard]] Result<ImportReport> run(QByteArrayView file);

    /// The columns the file must have, in the order the issue gives them.
    [[nodiscard]] static QStringList columns();

private:
    [[nodiscard]] Result<ImportReport> process(QByteArrayView file, bool write);

    Workspace& m_workspace;
};

} // namespace ed::services
