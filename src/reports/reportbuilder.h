#pragma once

#include "core/letterhead.h"
#include "core/result.h"
#include "reports/reportdocument.h"

namespace ed::services {
class Workspace;
}

namespace ed::reports {

/// Builds a report from the open database, as of the workspace clock's today. Reads through the
/// services only, so it runs on the thread that owns the database connection; the document it
/// returns is plain values that may be laid out and painted on another thread.
[[nodiscard]] Result<ReportDocument>
buildReport(ReportKind kind, services::Workspace& workspace, const Letterhead& letterhead);

/// The meeting schedule: every meeting with its deadline as worded, status, late or overdue,
/// responsible agencies by role and conclusions.
[[nodiscard]] Result<ReportDocument> buildMeetingsReport(services::Workspace& workspace,
                                                         const Letterhead& letterhead);
/// The standing tasks, grouped by the agency that leads them.
[[nodiscard]] Result<ReportDocument> buildTasksReport(services::Workspace& workspace,
                                                      const Letterhead& letterhead);
/// The nomination list to attach to a tờ trình: grouped by award form, with eligibility and
/// failing criteria, totals and award money.
[[nodiscard]] Result<ReportDocument> buildNominationsReport(services::Workspace& workspace,
                                                            const Letterhead& letterhead);
/// Campaign results by district: turnout, invalid share, law study and eligibility, for each
/// district and the province, with a bar chart of turnout against the threshold.
[[nodiscard]] Result<ReportDocument> buildResultsReport(services::Workspace& workspace,
                                                        const Letterhead& letterhead);

} // namespace ed::reports
