#include "services/calendarexport.h"

#include "core/clock.h"
#include "core/codes.h"
#include "core/legalcalendar.h"
#include "core/vnformat.h"
#include "services/workspace.h"
#include "storage/meetingrepository.h"
#include "storage/planrepository.h"
#include "storage/taskrepository.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ed::services {

namespace {

/// The right-hand side of every UID: the plan's code made safe ("01-KH/BCD" → "01-kh-bcd").
QString uidDomain(const QString& planCode)
{
    QString safe;
    for (const QChar c : planCode.toLower())
        safe += (c.isLetterOrNumber() && c.unicode() < 128) ? c : u'-';
    return safe + u".electiondesk"_s;
}

QString offsetText(int offset)
{
    if (offset == 0)
        return u"E"_s;
    return offset < 0 ? u"E\u2212%1"_s.arg(-offset) : u"E+%1"_s.arg(offset);
}

} // namespace

Result<QList<ics::Event>> CalendarExport::events(const CalendarWords& words) const
{
    auto& database = m_workspace.database();
    const auto plans = storage::PlanRepository(database).all();
    if (!plans)
        return plans.error();
    QList<ics::Event> events;
    QSet<QString> calendarsDone; // plans sharing election day and regime share milestones
    for (const Plan& plan : plans.value()) {
        const QString domain = uidDomain(plan.code);
        const auto meetings = storage::MeetingRepository(database).forPlan(plan.id);
        if (!meetings)
            return meetings.error();
        for (const Meeting& m : meetings.value()) {
            const auto last = m.deadline.lastAllowedDate(plan.electionDay);
            if (!last || m.status == MeetingStatus::Cancelled)
                continue;
            QStringList description{m.deadline.wording};
            for (const MeetingItem& item : m.items)
                description << u"- "_s + item.content;
            events << ics::Event{u"meeting-%1@%2"_s.arg(m.id.raw()).arg(domain),
                                 *last,
                                 u"[%1] %2"_s.arg(plan.symbol, m.label),
                                 description.join(u'\n'),
                                 {words.meetingCategory, plan.symbol}};
        }
        const auto tasks = storage::TaskRepository(database).forPlan(plan.id);
        if (!tasks)
            return tasks.error();
        for (const StandingTask& t : tasks.value()) {
            const auto last = t.deadline ? t.deadline->lastAllowedDate(plan.electionDay)
                                         : std::optional<QDate>();
            if (!last || t.status == TaskStatus::Cancelled)
                continue;
            events << ics::Event{u"task-%1@%2"_s.arg(t.id.raw()).arg(domain),
                                 *last,
                                 u"[%1] %2"_s.arg(plan.symbol, t.section),
                                 t.deadline->wording + u'\n' + t.content,
                                 {words.taskCategory, plan.symbol}};
        }
        if (!plan.electionDay.isValid())
            continue;
        const QString regime = toCode(plan.electionRegime);
        const QString calendarKey = plan.electionDay.toString(u"yyyyMMdd"_s) + u'-' + regime;
        if (calendarsDone.contains(calendarKey))
            continue;
        calendarsDone.insert(calendarKey);
        for (const Milestone& m : legalMilestones(plan.electionRegime)) {
            QString description = offsetText(m.lastOffset);
            if (m.firstOffset != m.lastOffset)
                description = u"%1 … %2 (%3 – %4)"_s.arg(offsetText(m.firstOffset),
                                                         offsetText(m.lastOffset),
                                                         formatDate(m.firstDay(plan.electionDay)),
                                                         formatDate(m.lastDay(plan.electionDay)));
            if (!m.basis.isEmpty())
                description += u" · "_s + m.basis;
            events << ics::Event{u"milestone-%1-%2@electiondesk"_s.arg(m.code, calendarKey),
                                 m.lastDay(plan.electionDay),
                                 words.milestoneTitle ? words.milestoneTitle(m.code) : m.code,
                                 description,
                                 {words.milestoneCategory}};
        }
    }
    return events;
}

Result<QByteArray> CalendarExport::calendar(const CalendarWords& words) const
{
    const auto list = events(words);
    if (!list)
        return list.error();
    return ics::write(list.value(), m_workspace.clock().now(), words.calendarName);
}

} // namespace ed::services
