#pragma once

#include "core/agency.h"
#include "core/importproblem.h"
#include "core/result.h"
#include "services/texttable.h"

#include <QByteArrayView>
#include <QList>

namespace ed::services {

class Workspace;

/// What an agencies import did, or why it did nothing.
struct AgencyImportReport
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QList<ImportProblem> problems; ///< non-empty: the file was refused whole
};

/// Reads the agencies CSV (`name,abbreviation,level,kind,parent`, columns in any order) and
/// adds or updates agencies by name in one transaction. Every problem of the file is reported
/// and then nothing is written. An Error is a storage failure, also with nothing written.
class AgencyImport
{
public:
    explicit AgencyImport(Workspace& workspace) : m_workspace(workspace) {}
    [[nodiscard]] Result<AgencyImportReport> run(QByteArrayView file);

    /// The columns the file must have.
    [[nodiscard]] static QStringList columns();
    /// The directory in the file's own columns, so that a list can be edited and imported back.
    [[nodiscard]] static TextTable table(const QList<Agency>& agencies);

private:
    Workspace& m_workspace;
};

} // namespace ed::services
