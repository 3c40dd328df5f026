#include "core/validation.h"

#include "core/legalcalendar.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ed {

namespace {

bool blank(const QString& text)
{
    return text.trimmed().isEmpty();
}

void checkAssignments(const QList<AgencyAssignment>& list,
                      const QString& field,
                      QList<FieldProblem>& problems)
{
    QSet<QPair<qint64, int>> seen;
    for (const AgencyAssignment& a : list) {
        if (!a.agency.isValid()) {
            problems << FieldProblem{field, Problem::Required};
            continue;
        }
        const QPair<qint64, int> key{a.agency.raw(), static_cast<int>(a.role)};
        if (seen.contains(key))
            problems << FieldProblem{field, Problem::DuplicateEntry};
        seen.insert(key);
    }
}

} // namespace

QList<FieldProblem> checkDeadline(const Deadline& deadline, const QString& prefix)
{
    QList<FieldProblem> problems;
    auto requireDate = [&](QDate date, const QString& field) {
        if (date.isNull())
            problems << FieldProblem{prefix + field, Problem::Required};
        else if (!date.isValid())
            problems << FieldProblem{prefix + field, Problem::InvalidDate};
    };
    switch (deadline.kind) {
    case DeadlineKind::OnDate:
    case DeadlineKind::NoLaterThan:
    case DeadlineKind::StrictlyBefore: requireDate(deadline.date, u"date"_s); break;
    case DeadlineKind::Window:
        requireDate(deadline.date, u"date"_s);
        requireDate(deadline.endDate, u"endDate"_s);
        if (deadline.date.isValid() && deadline.endDate.isValid()
            && deadline.endDate < deadline.date)
            problems << FieldProblem{prefix + u"endDate"_s, Problem::EndBeforeStart};
        break;
    case DeadlineKind::WeekOfMonth:
        if (deadline.year < 1900 || deadline.year > 2200)
            problems << FieldProblem{prefix + u"year"_s, Problem::OutOfRange};
        if (deadline.month < 1 || deadline.month > 12)
            problems << FieldProblem{prefix + u"month"_s, Problem::OutOfRange};
        if (deadline.week != Deadline::kLastWeek && (deadline.week < 1 || deadline.week > 5))
            problems << FieldProblem{prefix + u"week"_s, Problem::OutOfRange};
        break;
    case DeadlineKind::OnRequest:
    case DeadlineKind::ElectionOffset: break;
    }
    return problems;
}

QList<FieldProblem> checkMeeting(const Meeting& meeting, QDate today)
{
    QList<FieldProblem> problems;
    if (blank(meeting.label))
        problems << FieldProblem{u"label"_s, Problem::Required};
    if (meeting.number && *meeting.number <= 0)
        problems << FieldProblem{u"number"_s, Problem::OutOfRange};
    problems << checkDeadline(meeting.deadline, u"deadline."_s);
    if (meeting.status == MeetingStatus::Held) {
        if (!meeting.heldOn.isValid())
            problems << FieldProblem{u"heldOn"_s, Problem::HeldDateMissing};
        else if (today.isValid() && meeting.heldOn > today)
            problems << FieldProblem{u"heldOn"_s, Problem::HeldDateInFuture};
    } else if (meeting.heldOn.isValid() && meeting.status != MeetingStatus::Cancelled) {
        problems << FieldProblem{u"heldOn"_s, Problem::HeldDateNotHeld};
    }
    for (qsizetype i = 0; i < meeting.items.size(); ++i) {
        const QString field = u"items[%1]"_s.arg(i);
        if (blank(meeting.items[i].content))
            problems << FieldProblem{field + u".content"_s, Problem::Required};
        checkAssignments(meeting.items[i].agencies, field + u".agencies"_s, problems);
    }
    for (qsizetype i = 0; i < meeting.referenceDeadlines.size(); ++i) {
        const QString field = u"referenceDeadlines[%1]"_s.arg(i);
        if (blank(meeting.referenceDeadlines[i].description))
            problems << FieldProblem{field + u".description"_s, Problem::Required};
        problems << checkDeadline(meeting.referenceDeadlines[i].deadline, field + u".deadline."_s);
    }
    QSet<QString> ties;
    for (const MilestoneDependency& d : meeting.milestones) {
        if (!isKnownMilestone(d.milestone))
            problems << FieldProblem{u"milestones"_s, Problem::UnknownMilestone};
        const QString key = d.milestone + u'/' + QString::number(static_cast<int>(d.relation));
        if (ties.contains(key))
            problems << FieldProblem{u"milestones"_s, Problem::DuplicateEntry};
        ties.insert(key);
    }
    return problems;
}

QList<FieldProblem> checkTask(const StandingTask& task)
{
    QList<FieldProblem> problems;
    if (blank(task.section))
        problems << FieldProblem{u"section"_s, Problem::Required};
    if (blank(task.content))
        problems << FieldProblem{u"content"_s, Problem::Required};
    if (task.deadline)
        problems << checkDeadline(*task.deadline, u"deadline."_s);
    checkAssignments(task.agencies, u"agencies"_s, problems);
    return problems;
}

QList<FieldProblem> checkAgency(const Agency& agency)
{
    QList<FieldProblem> problems;
    if (blank(agency.name))
        problems << FieldProblem{u"name"_s, Problem::Required};
    if (agency.id.isValid() && agency.parent == agency.id)
        problems << FieldProblem{u"parent"_s, Problem::OwnParent};
    return problems;
}

QList<FieldProblem> checkNomination(const Nomination& nomination, QDate today)
{
    QList<FieldProblem> problems;
    if (blank(nomination.name))
        problems << FieldProblem{u"name"_s, Problem::Required};
    if (!nomination.nominatingAgency.isValid())
        problems << FieldProblem{u"nominatingAgency"_s, Problem::Required};
    if (!nomination.awardForm.isValid())
        problems << FieldProblem{u"awardForm"_s, Problem::Required};
    if (nomination.receivedOn.isNull())
        problems << FieldProblem{u"receivedOn"_s, Problem::Required};
    else if (!nomination.receivedOn.isValid())
        problems << FieldProblem{u"receivedOn"_s, Problem::InvalidDate};
    else if (today.isValid() && nomination.receivedOn > today)
        problems << FieldProblem{u"receivedOn"_s, Problem::DateInFuture};
    return problems;
}

} // namespace ed
