#pragma once

#include "core/agency.h"
#include "core/letterhead.h"
#include "core/result.h"
#include "core/validation.h"

#include <QList>

namespace ed::services {

class Workspace;

/// The letterhead of each report: the one last printed with, or one proposed from the data, and
/// always dated the workspace clock's today unless the date was left blank.
class LetterheadService
{
public:
    explicit LetterheadService(Workspace& workspace) : m_workspace(workspace) {}

    /// The remembered letterhead, or proposed() when the report has none yet; dated today
    /// unless it was remembered with a blank date.
    [[nodiscard]] Result<Letterhead> letterhead(ReportKind kind) const;
    /// Proposed from the data: the meetings and tasks reports are issued by the body that issued
    /// the first plan (the steering committee: Party layout), the nominations and results
    /// reports by the home affairs department or the provincial people's committee (state
    /// layout); type, title and place to match.
    [[nodiscard]] Result<Letterhead> proposed(ReportKind kind) const;
    /// Checks with checkLetterhead() (InvalidInput, the problems in problems()) and stores it.
    [[nodiscard]] Status remember(ReportKind kind, const Letterhead& letterhead);
    /// The agencies a letterhead may name as its issuer, in collation order.
    [[nodiscard]] Result<QList<Agency>> issuers() const;
    [[nodiscard]] const QList<FieldProblem>& problems() const { return m_problems; }

private:
    Workspace& m_workspace;
    QList<FieldProblem> m_problems;
};

} // namespace ed::services
