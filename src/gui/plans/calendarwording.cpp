#include "gui/plans/calendarwording.h"

#include "core/vnformat.h"
#include "i18n/schedulewording.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ed::gui {

QString CalendarWording::offsetDays(int days)
{
    if (days == 0)
        return u"E"_s;
    return days < 0 ? u"E−%1"_s.arg(-days) : u"E+%1"_s.arg(days);
}

QString CalendarWording::offset(const Milestone& m)
{
    switch (m.bound) {
    case MilestoneBound::OnDay: return offsetDays(m.lastOffset);
    case MilestoneBound::Window:
        return u"%1…%2"_s.arg(offsetDays(m.firstOffset), offsetDays(m.lastOffset));
    case MilestoneBound::NoLaterThan: return u"≤ %1"_s.arg(offsetDays(m.lastOffset));
    case MilestoneBound::StrictlyBefore: return u"< %1"_s.arg(offsetDays(m.lastOffset + 1));
    }
    return {};
}

QString CalendarWording::dates(const Milestone& m, QDate electionDay)
{
    if (!electionDay.isValid())
        return {};
    switch (m.bound) {
    case MilestoneBound::OnDay: return formatDate(m.lastDay(electionDay));
    case MilestoneBound::Window:
        return tr("%1 – %2").arg(formatDate(m.firstDay(electionDay)),
                                 formatDate(m.lastDay(electionDay)));
    case MilestoneBound::NoLaterThan:
        return tr("no later than %1").arg(formatDate(m.lastDay(electionDay)));
    case MilestoneBound::StrictlyBefore:
        return tr("before %1").arg(formatDate(m.lastDay(electionDay).addDays(1)));
    }
    return {};
}

QString CalendarWording::relation(MilestoneRelation relation)
{
    return relation == MilestoneRelation::After ? tr("Comes after") : tr("Comes before");
}

QString
CalendarWording::conflict(const CalendarConflict& c, const Meeting& meeting, ElectionRegime regime)
{
    const bool held = meeting.status == MeetingStatus::Held && meeting.heldOn.isValid()
                      && meeting.heldOn == c.meetingDate;
    const QString date = formatDate(c.meetingDate);
    const QString title = i18n::milestoneTitle(c.milestone);
    const QString limit = formatDate(c.limit);
    switch (c.kind) {
    case CalendarConflictKind::BeforeMilestoneItReviews:
        return held ? tr("Must come after the %1 (%2) but it was held on %3")
                               .arg(title, limit, date)
                    : tr("Must come after the %1 (%2) but its last allowed day is %3")
                               .arg(title, limit, date);
    case CalendarConflictKind::NotBeforeMilestoneItPrepares:
        return held ? tr("Must come before the %1 (%2) but it was held on %3")
                               .arg(title, limit, date)
                    : tr("Must come before the %1 (%2) but its last allowed day is %3")
                               .arg(title, limit, date);
    case CalendarConflictKind::AfterReferenceDeadline: {
        const QString what =
                c.referenceIndex >= 0 && c.referenceIndex < meeting.referenceDeadlines.size()
                        ? meeting.referenceDeadlines.at(c.referenceIndex).description
                        : QString();
        return held ? tr("Must come by the outside deadline “%1” (%2) but it was held on %3")
                               .arg(what, limit, date)
                    : tr("Must come by the outside deadline “%1” (%2) but its last allowed day "
                         "is %3")
                               .arg(what, limit, date);
    }
    case CalendarConflictKind::MilestoneNotInRegime:
        return tr("Tied to the %1, a step that %2 does not list")
                .arg(title, i18n::regimeName(regime));
    }
    return {};
}

QString CalendarWording::conflicts(const QList<CalendarConflict>& list,
                                   const Meeting& meeting,
                                   ElectionRegime regime)
{
    QStringList sentences;
    for (const CalendarConflict& c : list)
        sentences << conflict(c, meeting, regime);
    return sentences.join(u'\n');
}

QString CalendarWording::flag(const QList<CalendarConflict>& list)
{
    if (list.isEmpty())
        return {};
    if (list.size() > 1)
        return tr("%n conflict(s)", nullptr, static_cast<int>(list.size()));
    switch (list.first().kind) {
    case CalendarConflictKind::BeforeMilestoneItReviews: return tr("Too early");
    case CalendarConflictKind::NotBeforeMilestoneItPrepares:
    case CalendarConflictKind::AfterReferenceDeadline: return tr("Too late");
    case CalendarConflictKind::MilestoneNotInRegime: return tr("Not in the regime");
    }
    return {};
}

QString CalendarWording::electionDay(QDate electionDay, QDate today)
{
    if (!electionDay.isValid())
        return tr("not set");
    const QString day =
            tr("%1, %2").arg(QLocale().dayName(electionDay.dayOfWeek()), formatDate(electionDay));
    const QString distance = Wording::daysFromToday(today.daysTo(electionDay));
    return distance.isEmpty() ? day : tr("%1 (%2)").arg(day, distance);
}

} // namespace ed::gui
