#pragma once

#include "core/agency.h"
#include "core/campaign.h"
#include "core/meeting.h"
#include "core/plan.h"
#include "core/schedule.h"
#include "core/task.h"

#include <QCoreApplication>
#include <QHash>
#include <QIcon>
#include <QString>

#include <optional>

namespace ed::gui {

/// How the GUI words core's enums and values. Core returns codes, never sentences (engineering
/// §2.3), so every page words them here, in one translation context.
class Wording
{
    Q_DECLARE_TR_FUNCTIONS(Wording)

public:
    [[nodiscard]] static QString scheduleState(ScheduleState state);
    /// An icon next to the state's words: colour is never the only signal.
    [[nodiscard]] static QIcon scheduleStateIcon(ScheduleState state);
    [[nodiscard]] static QString meetingStatus(MeetingStatus status);
    [[nodiscard]] static QString taskStatus(TaskStatus status);
    [[nodiscard]] static QString role(AgencyRole role);
    [[nodiscard]] static QString agencyLevel(AgencyLevel level);
    [[nodiscard]] static QString agencyKind(AgencyKind kind);
    [[nodiscard]] static QString documentKind(DocumentKind kind);
    [[nodiscard]] static QString awardLevel(AwardLevel level);
    [[nodiscard]] static QString applicability(Applicability applicability);
    [[nodiscard]] static QString nomineeKind(NomineeKind kind);
    [[nodiscard]] static QString yesNo(bool value);
    /// "≥ 99,90 %" from the exact ratio (floored basis points), "none allowed", or
    /// "reviewer's judgement".
    [[nodiscard]] static QString threshold(const Criterion& criterion);
    /// "in 102 days", "today", "12 days ago"; empty without an election day.
    [[nodiscard]] static QString daysFromToday(std::optional<qint64> days);
    /// A meeting's number, or "on request" for the meetings without one.
    [[nodiscard]] static QString meetingNumber(const std::optional<int>& number);
    /// "Lead: A; Co-ordinating: B, C", roles in a fixed order, each agency once per role.
    [[nodiscard]] static QString agenciesByRole(const QList<AgencyAssignment>& assignments,
                                                const AgencyNames& names);
    /// The same grouping as HTML list items ("<li><b>Lead:</b> A</li>"), escaped.
    [[nodiscard]] static QString agenciesByRoleHtml(const QList<AgencyAssignment>& assignments,
                                                    const AgencyNames& names);
};

/// The names of an agency list, keyed by id.
[[nodiscard]] AgencyNames agencyNames(const QList<Agency>& agencies);

} // namespace ed::gui
