// The standing tasks report: counts by lead agency in the body, every task grouped by the
// agency that leads it in Appendix I.

#include "core/clock.h"
#include "core/vnformat.h"
#include "reports/reportbuilder.h"
#include "reports/reporttext.h"
#include "services/planservice.h"
#include "services/schedulelisting.h"
#include "services/workspace.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::reports {

namespace {

constexpr int kColumns = 7;

/// The tasks that one agency, or several jointly, lead.
struct LeadGroup
{
    QString title; ///< "Ban Tổ chức Tỉnh ủy Bình Phước", or the joint leads joined by "; "
    QList<services::TaskListing> tasks;
};

/// Groups in the order their first task comes in the plans; tasks that name no lead last.
QList<LeadGroup> groupByLead(const QList<services::TaskListing>& tasks, const AgencyNames& names)
{
    QList<LeadGroup> groups;
    LeadGroup withoutLead{QCoreApplication::translate("Reports", "No lead agency named"), {}};
    for (const services::TaskListing& t : tasks) {
        // "; " between joint leads: agency names may hold commas themselves.
        const QString title =
                agencyNamesInRole(AgencyRole::Lead, t.task.agencies, names).join(u"; "_s);
        if (title.isEmpty()) {
            withoutLead.tasks << t;
            continue;
        }
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&title](const LeadGroup& g) { return g.title == title; });
        if (it == groups.end())
            groups << LeadGroup{title, {t}};
        else
            it->tasks << t;
    }
    if (!withoutLead.tasks.isEmpty())
        groups << withoutLead;
    return groups;
}

/// The co-ordinating agencies by name, then any staff or reporting agency with its role.
QString partnersCell(const StandingTask& task, const AgencyNames& names)
{
    QStringList lines;
    const QStringList coordinating =
            agencyNamesInRole(AgencyRole::Coordinating, task.agencies, names);
    if (!coordinating.isEmpty())
        lines << coordinating.join(u"; "_s);
    for (const AgencyRole role : {AgencyRole::Staff, AgencyRole::Reporting}) {
        const QStringList list = agencyNamesInRole(role, task.agencies, names);
        if (!list.isEmpty())
            lines << QCoreApplication::translate("Reports", "%1: %2")
                             .arg(roleWord(role), list.join(u"; "_s));
    }
    return lines.join(u'\n');
}

QString statusCell(const services::TaskListing& t)
{
    QStringList lines{stateWord(t.state, ScheduleSubject::Task)};
    if (t.task.status == TaskStatus::InProgress)
        lines << QCoreApplication::translate("Reports", "in progress");
    if (!t.task.progressNote.trimmed().isEmpty())
        lines << t.task.progressNote.trimmed();
    return lines.join(u'\n');
}

Table taskTable(const QList<LeadGroup>& groups, const AgencyNames& names)
{
    Table table;
    table.numberColumns = true;
    table.columns = {
            numberColumn(),
            textColumn(QCoreApplication::translate("Reports", "Section"), 2),
            textColumn(QCoreApplication::translate("Reports", "Task"), 9),
            textColumn(QCoreApplication::translate("Reports", "Co-ordinating agencies"), 4),
            textColumn(QCoreApplication::translate("Reports", "Deadline"), 4),
            textColumn(QCoreApplication::translate("Reports", "Status"), 3),
            figureColumn(QCoreApplication::translate("Reports", "Days left or overdue"), 2)};
    int number = 0;
    for (int g = 0; g < groups.size(); ++g) {
        table.rows << groupRow(g + 1, groups[g].title, kColumns);
        for (const services::TaskListing& t : groups[g].tasks) {
            const QString deadline =
                    t.task.deadline ? deadlineCell(*t.task.deadline, t.lastAllowed)
                                    : QCoreApplication::translate("Reports", "No deadline set");
            table.rows << row({QString::number(++number),
                               u"%1\n(%2)"_s.arg(t.task.section, t.planSymbol), t.task.content,
                               partnersCell(t.task, names), deadline, statusCell(t),
                               daysWord(t.state, t.daysLeft)},
                              kColumns);
        }
    }
    return table;
}

/// Per lead: tasks, done, overdue, due soon; with a total.
Table leadCountTable(const QList<LeadGroup>& groups)
{
    Table table;
    table.columns = {numberColumn(),
                     textColumn(QCoreApplication::translate("Reports", "Lead agency"), 7),
                     figureColumn(QCoreApplication::translate("Reports", "Tasks"), 2),
                     figureColumn(QCoreApplication::translate("Reports", "Done"), 2),
                     figureColumn(QCoreApplication::translate("Reports", "Overdue"), 2),
                     figureColumn(QCoreApplication::translate("Reports", "Due soon"), 2)};
    qint64 all = 0, done = 0, overdue = 0, soon = 0;
    for (int g = 0; g < groups.size(); ++g) {
        qint64 d = 0, o = 0, s = 0;
        for (const services::TaskListing& t : groups[g].tasks) {
            d += t.state == ScheduleState::OnTime ? 1 : 0;
            o += t.state == ScheduleState::Overdue ? 1 : 0;
            s += t.state == ScheduleState::DueSoon ? 1 : 0;
        }
        const qint64 n = groups[g].tasks.size();
        table.rows << row({QString::number(g + 1), groups[g].title, formatCount(n), formatCount(d),
                           formatCount(o), formatCount(s)},
                          6);
        all += n;
        done += d;
        overdue += o;
        soon += s;
    }
    table.rows << row({QString(), QCoreApplication::translate("Reports", "Total"), formatCount(all),
                       formatCount(done), formatCount(overdue), formatCount(soon)},
                      6, TableRow::Kind::Total);
    return table;
}

} // namespace

Result<ReportDocument> buildTasksReport(services::Workspace& workspace,
                                        const Letterhead& letterhead)
{
    const auto tasks = services::ScheduleListing(workspace, kSoonDays).tasks();
    if (!tasks)
        return tasks.error();
    const auto agencies = services::PlanService(workspace).agencies();
    if (!agencies)
        return agencies.error();
    const QDate today = workspace.clock().today();

    Section body;
    if (tasks->isEmpty()) {
        body.blocks << Paragraph{
                QCoreApplication::translate("Reports", "%1, the plans give no standing tasks to "
                                                       "any agency, so there is nothing to report.")
                        .arg(asOf(today))};
        return ReportDocument{letterhead, {body}};
    }

    const AgencyNames names = agencyNames(*agencies);
    const QList<LeadGroup> groups = groupByLead(*tasks, names);
    QList<ScheduleState> states;
    for (const services::TaskListing& t : *tasks)
        states << t.state;

    body.blocks << situationHeading();
    body.blocks << Paragraph{
            QCoreApplication::translate("Reports",
                                        "%1, the plans give %n standing task(s) to "
                                        "their lead agencies. The tables below count "
                                        "them by status and by lead agency; Appendix "
                                        "I lists each task with its co-ordinating "
                                        "agencies, deadline and status.",
                                        "", int(tasks->size()))
                    .arg(asOf(today))};
    body.blocks << stateCountTable(states, ScheduleSubject::Task,
                                   QCoreApplication::translate("Reports", "Tasks"));
    body.blocks << Paragraph{QCoreApplication::translate("Reports", "II. TASKS BY LEAD AGENCY"),
                             Paragraph::Style::Heading};
    body.blocks << leadCountTable(groups);
    if (states.contains(ScheduleState::NoDate))
        body.blocks << Paragraph{QCoreApplication::translate("Reports",
                                                             "Tasks without a date are standing "
                                                             "duties that the plans give no "
                                                             "deadline."),
                                 Paragraph::Style::Note};

    Section appendix;
    appendix.orientation = Section::Orientation::Automatic;
    appendix.blocks << appendixHeader(
            letterhead, *agencies, 1,
            QCoreApplication::translate("Reports", "Standing tasks by lead agency"));
    appendix.blocks << taskTable(groups, names);
    appendix.blocks << statusNote(today);
    return ReportDocument{letterhead, {body, appendix}};
}

} // namespace ed::reports
