#include "core/meetingchecks.h"

namespace ed {

std::optional<QDate> meetingCheckDate(const Meeting& meeting, QDate electionDay)
{
    if (meeting.status == MeetingStatus::Held && meeting.heldOn.isValid())
        return meeting.heldOn;
    return meeting.deadline.lastAllowedDate(electionDay);
}

QList<CalendarConflict>
calendarConflicts(const Meeting& meeting, QDate electionDay, ElectionRegime regime)
{
    QList<CalendarConflict> conflicts;
    if (meeting.status == MeetingStatus::Cancelled)
        return conflicts;
    const std::optional<QDate> date = meetingCheckDate(meeting, electionDay);
    if (!date)
        return conflicts;
    if (electionDay.isValid()) {
        for (const MilestoneDependency& dependency : meeting.milestones) {
            const std::optional<Milestone> milestone = findMilestone(regime, dependency.milestone);
            if (!milestone) {
                conflicts << CalendarConflict{CalendarConflictKind::MilestoneNotInRegime,
                                              dependency.milestone, -1, *date, QDate()};
                continue;
            }
            // A review needs the whole step behind it, so it is compared with the step's last
            // day (a window's end); a preparation must be done before the step's first day.
            if (dependency.relation == MilestoneRelation::After) {
                const QDate end = milestone->lastDay(electionDay);
                if (*date < end)
                    conflicts << CalendarConflict{CalendarConflictKind::BeforeMilestoneItReviews,
                                                  dependency.milestone, -1, *date, end};
            } else {
                const QDate start = milestone->firstDay(electionDay);
                if (*date >= start)
                    conflicts << CalendarConflict{
                            CalendarConflictKind::NotBeforeMilestoneItPrepares,
                            dependency.milestone, -1, *date, start};
            }
        }
    }
    for (qsizetype i = 0; i < meeting.referenceDeadlines.size(); ++i) {
        const std::optional<QDate> limit =
                meeting.referenceDeadlines[i].deadline.lastAllowedDate(electionDay);
        if (limit && *date > *limit)
            conflicts << CalendarConflict{CalendarConflictKind::AfterReferenceDeadline,
                                          {},
                                          static_cast<int>(i),
                                          *date,
                                          *limit};
    }
    return conflicts;
}

} // namespace ed
