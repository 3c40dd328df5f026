#pragma once

#include "core/result.h"
#include "services/importreport.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>

namespace ed::services {

class Workspace;

/// What a units or results import did, or would do, or why it does nothing.
using ResultsImportReport = ImportReport;

/// Which file an import reads.
enum class ResultsFile {
    Units,   ///< code, name, parent_code, level, registered_voters, voters_voted, …
    Ballots, ///< unit_code, ballot, ballots_issued, ballots_received, …
};

/// Reads a units or a results CSV file (UTF-8 with or without BOM, LF or CRLF, RFC 4180,
/// columns found by name in any order), checks it against the rule catalogue together with what
/// the database already holds, and stores it in one transaction — or nothing at all. Units are
/// updated by code; results replace the (unit, ballot) rows the file gives. Refused with
/// ErrorCode::Locked while the results are official.
class ResultsImport
{
public:
    ResultsImport(Workspace& workspace, ResultsFile kind) : m_workspace(workspace), m_kind(kind) {}

    /// Checks the file and counts what it would change, writing nothing (the GUI's preview).
    [[nodiscard]] Result<ResultsImportReport> check(QByteArrayView file);
    /// Checks the file and, when it has no error, stores it.
    [[nodiscard]] Result<ResultsImportReport> run(QByteArrayView file);

    /// The columns the file must have, in the order an export writes them.
    [[nodiscard]] static QStringList columns(ResultsFile kind);

private:
    [[nodiscard]] Result<ResultsImportReport> process(QByteArrayView file, bool write);

    Workspace& m_workspace;
    ResultsFile m_kind;
};

} // namespace ed::services
