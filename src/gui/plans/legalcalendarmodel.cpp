#include "gui/plans/legalcalendarmodel.h"

#include "core/legalcalendar.h"
#include "core/meetingchecks.h"
#include "core/vnformat.h"
#include "gui/plans/calendarwording.h"
#include "gui/wording.h"
#include "i18n/schedulewording.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

/// Where a milestone sits on the timeline: a day or a window from its first day; a "no later
/// than" or "before" bound at its last allowed day.
QDate anchor(const Milestone& m, QDate electionDay)
{
    return m.bound == MilestoneBound::OnDay || m.bound == MilestoneBound::Window
                   ? m.firstDay(electionDay)
                   : m.lastDay(electionDay);
}

CalendarEntry milestoneEntry(const Milestone& m, QDate electionDay)
{
    CalendarEntry e;
    e.kind = CalendarEntry::Kind::Milestone;
    e.date = anchor(m, electionDay);
    e.dateText = CalendarWording::dates(m, electionDay);
    e.offsetText = CalendarWording::offset(m);
    e.milestone = i18n::milestoneTitle(m.code);
    e.basis = m.basis;
    e.confirmed = m.confirmed;
    e.isElectionDay = m.code == u"election_day"_s;
    if (!m.confirmed) {
        e.flag = LegalCalendarModel::tr("Unconfirmed");
        e.flagTip = LegalCalendarModel::tr("No legal source confirmed this offset yet.");
    }
    return e;
}

CalendarEntry meetingEntry(const Meeting& meeting, const Plan& plan)
{
    CalendarEntry e;
    e.kind = CalendarEntry::Kind::Meeting;
    e.meeting = meeting.id;
    const std::optional<QDate> date = meetingCheckDate(meeting, plan.electionDay);
    const bool held = meeting.status == MeetingStatus::Held && meeting.heldOn.isValid();
    e.date = date.value_or(QDate());
    e.dateText = date ? formatDate(*date) : LegalCalendarModel::tr("no date");
    if (date && plan.electionDay.isValid())
        e.offsetText =
                CalendarWording::offsetDays(static_cast<int>(plan.electionDay.daysTo(*date)));
    const QString name =
            meeting.number
                    ? LegalCalendarModel::tr("%1. %2").arg(*meeting.number).arg(meeting.label)
                    : meeting.label;
    // The date column holds the last allowed day unless the meeting was held; say the others.
    QString when;
    if (held)
        when = LegalCalendarModel::tr("held");
    else if (meeting.status == MeetingStatus::Cancelled)
        when = LegalCalendarModel::tr("cancelled");
    else if (!date)
        when = Wording::meetingNumber(std::nullopt);
    e.meetingText = when.isEmpty() ? name : LegalCalendarModel::tr("%1 (%2)").arg(name, when);
    const QList<CalendarConflict> conflicts =
            calendarConflicts(meeting, plan.electionDay, plan.electionRegime);
    e.conflict = !conflicts.isEmpty();
    e.flag = CalendarWording::flag(conflicts);
    e.flagTip = CalendarWording::conflicts(conflicts, meeting, plan.electionRegime);
    return e;
}

} // namespace

QList<CalendarEntry>
legalCalendarEntries(const Plan& plan, const QList<Meeting>& meetings, QDate today)
{
    QList<CalendarEntry> dated;
    QList<CalendarEntry> undated;
    if (plan.electionDay.isValid()) {
        for (const Milestone& m : legalMilestones(plan.electionRegime))
            dated << milestoneEntry(m, plan.electionDay);
    }
    for (const Meeting& meeting : meetings) {
        CalendarEntry e = meetingEntry(meeting, plan);
        (e.date.isValid() ? dated : undated) << e;
    }
    // Stable: on one day the law's step comes before the meeting, as the calendar lists it.
    std::stable_sort(
            dated.begin(), dated.end(),
            [](const CalendarEntry& a, const CalendarEntry& b) { return a.date < b.date; });
    if (today.isValid()) {
        CalendarEntry line;
        line.kind = CalendarEntry::Kind::Today;
        line.date = today;
        line.dateText = formatDate(today);
        if (plan.electionDay.isValid())
            line.offsetText =
                    CalendarWording::offsetDays(static_cast<int>(plan.electionDay.daysTo(today)));
        line.milestone = LegalCalendarModel::tr("Today");
        const auto after = std::find_if(dated.begin(), dated.end(),
                                        [&](const CalendarEntry& e) { return e.date > today; });
        dated.insert(after, line);
    }
    return dated + undated;
}

int LegalCalendarModel::todayRow() const
{
    for (int row = 0; row < rows().size(); ++row) {
        if (rows()[row].kind == CalendarEntry::Kind::Today)
            return row;
    }
    return -1;
}

int LegalCalendarModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LegalCalendarModel::data(const QModelIndex& index, int role) const
{
    const CalendarEntry* e = rowFor(index);
    if (!e)
        return {};
    const bool today = e->kind == CalendarEntry::Kind::Today;
    switch (role) {
    case IdRole: return e->kind == CalendarEntry::Kind::Meeting ? e->meeting.raw() : QVariant();
    case Qt::FontRole:
        if (today || e->isElectionDay) {
            QFont font = QApplication::font();
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        // Tooltip yellow: unlike a lighter highlight, it does not look selected.
        return today ? QApplication::palette().brush(QPalette::ToolTipBase) : QVariant();
    case Qt::DecorationRole:
        if (index.column() == FlagColumn && e->conflict)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (index.column() == FlagColumn && !e->confirmed)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxQuestion);
        if (index.column() == MilestoneColumn && today)
            return QApplication::style()->standardIcon(QStyle::SP_ArrowRight);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case MilestoneColumn: return e->milestone;
        case MeetingColumn: return e->meetingText;
        case FlagColumn: return e->flagTip;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: return e->dateText;
        case OffsetColumn: return e->offsetText;
        case MilestoneColumn: return e->milestone;
        case BasisColumn: return e->basis;
        case MeetingColumn: return e->meetingText;
        case FlagColumn: return e->flag;
        }
        return {};
    }
    return {};
}

QVariant LegalCalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case OffsetColumn: return tr("From E");
    case MilestoneColumn: return tr("Legal milestone");
    case BasisColumn: return tr("Basis");
    case MeetingColumn: return tr("Plan meeting");
    case FlagColumn: return tr("Flag");
    }
    return {};
}

} // namespace ed::gui
