#pragma once

#include "core/campaign.h"
#include "core/plan.h"
#include "core/task.h"
#include "gui/plans/meetingtablemodel.h"
#include "gui/wording.h"

#include <QCoreApplication>
#include <QString>

namespace ed::gui {

/// The read-only texts of the Plans & meetings page, as escaped HTML or plain lines.
class PlanDetails
{
    Q_DECLARE_TR_FUNCTIONS(PlanDetails)

public:
    /// A meeting: deadline, state, conflicts with the legal calendar, conclusions and notes,
    /// content items with agencies by role, reference deadlines, milestone ties.
    [[nodiscard]] static QString
    meetingHtml(const MeetingRow& row, const Plan& plan, const AgencyNames& names);
    /// The inspection programme: framework, team lead, inspected and self-inspecting localities.
    [[nodiscard]] static QString inspectionHtml(const Inspection& inspection,
                                                const AgencyNames& names);
    /// The campaign: theme, period, end event, participant kinds.
    [[nodiscard]] static QString campaignHtml(const Campaign& campaign);
    /// "06/02/2021, Điện Biên"; "no date" for a plan that carries none.
    [[nodiscard]] static QString dateLine(const Plan& plan);
    /// "Nguyễn Văn Lợi (BÍ THƯ TỈNH ỦY / Kiểm / TRƯỞNG BAN CHỈ ĐẠO)"
    [[nodiscard]] static QString signerLine(const Plan& plan);
    /// A paragraph saying that a tab has nothing to show for this plan.
    [[nodiscard]] static QString emptyHtml(const QString& sentence);
};

} // namespace ed::gui
