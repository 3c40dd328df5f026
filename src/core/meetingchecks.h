#pragma once

#include "core/legalcalendar.h"
#include "core/meeting.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ed {

/// Why a meeting does not fit the calendar around it.
enum class CalendarConflictKind {
    BeforeMilestoneItReviews,     ///< must follow a milestone, but its date falls before it ends
    NotBeforeMilestoneItPrepares, ///< must precede a milestone, but its date reaches it
    AfterReferenceDeadline,       ///< later than an outside deadline it serves
    MilestoneNotInRegime,         ///< depends on a step the plan's regime does not list
};

struct CalendarConflict
{
    CalendarConflictKind kind = CalendarConflictKind::BeforeMilestoneItReviews;
    QString milestone;       ///< milestone code, for the milestone kinds
    int referenceIndex = -1; ///< index into Meeting::referenceDeadlines, for the reference kind
    QDate meetingDate;       ///< the date checked: held on, or else the last allowed day
    QDate limit;             ///< the milestone's or the outside deadline's bounding day
    friend bool operator==(const CalendarConflict&, const CalendarConflict&) = default;
};

/// The date a meeting is checked at: the day it was held, or else its last allowed day.
[[nodiscard]] std::optional<QDate> meetingCheckDate(const Meeting& meeting, QDate electionDay);

/// The meeting's conflicts with the legal calendar of `regime` counted from `electionDay`, and
/// with its reference deadlines. Empty for meetings without a date and for cancelled ones.
[[nodiscard]] QList<CalendarConflict>
calendarConflicts(const Meeting& meeting, QDate electionDay, ElectionRegime regime);

} // namespace ed
