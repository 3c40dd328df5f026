#include "reports/reportbuilder.h"

namespace ed::reports {

Result<ReportDocument>
buildReport(ReportKind kind, services::Workspace& workspace, const Letterhead& letterhead)
{
    switch (kind) {
    case ReportKind::Meetings: return buildMeetingsReport(workspace, letterhead);
    case ReportKind::Tasks: return buildTasksReport(workspace, letterhead);
    case ReportKind::Nominations: return buildNominationsReport(workspace, letterhead);
    case ReportKind::Results: return buildResultsReport(workspace, letterhead);
    }
    return ReportDocument{letterhead, {}};
}

} // namespace ed::reports
