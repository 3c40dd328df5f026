// The meeting schedule report: a summary by state in the body, every meeting in Appendix I.

#include "core/clock.h"
#include "core/vnformat.h"
#include "reports/reportbuilder.h"
#include "reports/reporttext.h"
#include "services/planservice.h"
#include "services/schedulelisting.h"
#include "services/workspace.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace ed::reports {

namespace {

constexpr int kColumns = 8;

/// "Cuộc họp lần thứ năm (01-KH/BCĐ, last allowed day 03/06/2021)".
QString mention(const services::MeetingListing& m)
{
    if (!m.lastAllowed)
        return u"%1 (%2)"_s.arg(m.meeting.label, m.planSymbol);
    return QCoreApplication::translate("Reports", "%1 (%2, last allowed day %3)")
            .arg(m.meeting.label, m.planSymbol, formatDate(*m.lastAllowed));
}

/// The sentences that name what needs attention: overdue, held late, due soon.
QList<Block> attention(const QList<services::MeetingListing>& meetings)
{
    QStringList overdue, late, soon;
    for (const services::MeetingListing& m : meetings) {
        if (m.state == ScheduleState::Overdue)
            overdue << mention(m);
        else if (m.state == ScheduleState::Late)
            late << mention(m);
        else if (m.state == ScheduleState::DueSoon)
            soon << mention(m);
    }
    QList<Block> blocks;
    if (!overdue.isEmpty())
        blocks << Paragraph{QCoreApplication::translate("Reports", "Overdue, not yet held: %1.")
                                    .arg(overdue.join(u"; "_s))};
    if (!late.isEmpty())
        blocks << Paragraph{QCoreApplication::translate("Reports", "Held after the deadline: %1.")
                                    .arg(late.join(u"; "_s))};
    if (!soon.isEmpty())
        blocks << Paragraph{
                QCoreApplication::translate("Reports", "Due within %n day(s): %1.", "", kSoonDays)
                        .arg(soon.join(u"; "_s))};
    if (overdue.isEmpty() && late.isEmpty())
        blocks << Paragraph{
                QCoreApplication::translate("Reports", "No meeting is overdue or was held late.")};
    return blocks;
}

/// The content items, one per line; "- " before each when there are several.
QString contentCell(const Meeting& meeting)
{
    QStringList lines;
    for (const MeetingItem& item : meeting.items) {
        if (!item.content.trimmed().isEmpty())
            lines << item.content.trimmed();
    }
    if (lines.size() > 1) {
        for (QString& line : lines)
            line.prepend(u"- "_s);
    }
    if (!meeting.requestedBy.trimmed().isEmpty())
        lines << QCoreApplication::translate("Reports", "Requested by: %1")
                         .arg(meeting.requestedBy.trimmed());
    return lines.join(u'\n');
}

QString agenciesCell(const Meeting& meeting, const AgencyNames& names)
{
    QList<AgencyAssignment> all;
    for (const MeetingItem& item : meeting.items)
        all << item.agencies;
    return agenciesByRole(all, names).join(u'\n');
}

QString statusCell(const services::MeetingListing& m)
{
    std::optional<qint64> daysLate;
    if (m.lastAllowed && m.meeting.heldOn.isValid())
        daysLate = m.lastAllowed->daysTo(m.meeting.heldOn);
    QStringList lines{stateWord(m.state, ScheduleSubject::Meeting)};
    const QString days = daysWord(m.state, m.daysLeft, daysLate);
    if (!days.isEmpty())
        lines << days;
    return lines.join(u'\n');
}

QString conclusionsCell(const Meeting& meeting)
{
    QStringList lines;
    if (!meeting.conclusions.trimmed().isEmpty())
        lines << meeting.conclusions.trimmed();
    if (!meeting.notes.trimmed().isEmpty())
        lines << QCoreApplication::translate("Reports", "Notes: %1").arg(meeting.notes.trimmed());
    return lines.join(u'\n');
}

Table meetingTable(const QList<services::MeetingListing>& meetings,
                   const QList<Plan>& plans,
                   const AgencyNames& names)
{
    Table table;
    table.numberColumns = true;
    table.columns = {numberColumn(),
                     textColumn(QCoreApplication::translate("Reports", "Meeting"), 4),
                     textColumn(QCoreApplication::translate("Reports", "Content"), 7),
                     textColumn(QCoreApplication::translate("Reports", "Responsible agencies"), 5),
                     textColumn(QCoreApplication::translate("Reports", "Deadline"), 4),
                     centredColumn(QCoreApplication::translate("Reports", "Held on"), 3),
                     textColumn(QCoreApplication::translate("Reports", "Status"), 3),
                     textColumn(QCoreApplication::translate("Reports", "Conclusions"), 5)};
    QHash<PlanId, QString> planNames;
    for (const Plan& plan : plans)
        planNames.insert(plan.id, u"%1 %2"_s.arg(sentenceCase(plan.documentType), plan.symbol));
    PlanId currentPlan;
    int group = 0;
    int number = 0;
    for (const services::MeetingListing& m : meetings) {
        if (group == 0 || m.meeting.plan != currentPlan) {
            currentPlan = m.meeting.plan;
            table.rows << groupRow(++group, planNames.value(currentPlan, m.planSymbol), kColumns);
        }
        const QString label = m.meeting.section.isEmpty()
                                      ? m.meeting.label
                                      : u"%1\n(%2)"_s.arg(m.meeting.label, m.meeting.section);
        table.rows << row({QString::number(++number), label, contentCell(m.meeting),
                           agenciesCell(m.meeting, names),
                           deadlineCell(m.meeting.deadline, m.lastAllowed),
                           formatDate(m.meeting.heldOn), statusCell(m), conclusionsCell(m.meeting)},
                          kColumns);
    }
    return table;
}

} // namespace

Result<ReportDocument> buildMeetingsReport(services::Workspace& workspace,
                                           const Letterhead& letterhead)
{
    const auto meetings = services::ScheduleListing(workspace, kSoonDays).meetings();
    if (!meetings)
        return meetings.error();
    const services::PlanService planService(workspace);
    const auto plans = planService.plans();
    if (!plans)
        return plans.error();
    const auto agencies = planService.agencies();
    if (!agencies)
        return agencies.error();
    const QDate today = workspace.clock().today();

    Section body;
    if (meetings->isEmpty()) {
        body.blocks << Paragraph{
                QCoreApplication::translate("Reports", "%1, the plans hold no meetings, so there "
                                                       "is no schedule to report on.")
                        .arg(asOf(today))};
        return ReportDocument{letterhead, {body}};
    }

    QList<ScheduleState> states;
    for (const services::MeetingListing& m : *meetings)
        states << m.state;
    body.blocks << situationHeading();
    body.blocks << Paragraph{
            QCoreApplication::translate("Reports",
                                        "%1, the plans hold %n meeting(s). The table "
                                        "below counts them by status; Appendix I "
                                        "lists each meeting with its deadline as the "
                                        "plan words it, its last allowed day, the "
                                        "responsible agencies and its conclusions.",
                                        "", int(meetings->size()))
                    .arg(asOf(today))};
    body.blocks << stateCountTable(states, ScheduleSubject::Meeting,
                                   QCoreApplication::translate("Reports", "Meetings"));
    body.blocks << Paragraph{QCoreApplication::translate("Reports", "II. MEETINGS NEEDING "
                                                                    "ATTENTION"),
                             Paragraph::Style::Heading};
    body.blocks << attention(*meetings);

    Section appendix;
    appendix.orientation = Section::Orientation::Automatic;
    appendix.blocks << appendixHeader(
            letterhead, *agencies, 1,
            QCoreApplication::translate("Reports", "Status of the meeting schedule"));
    appendix.blocks << meetingTable(*meetings, *plans, agencyNames(*agencies));
    appendix.blocks << statusNote(today);
    return ReportDocument{letterhead, {body, appendix}};
}

} // namespace ed::reports
