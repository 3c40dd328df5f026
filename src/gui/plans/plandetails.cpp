#include "gui/plans/plandetails.h"

#include "core/vnformat.h"
#include "gui/plans/calendarwording.h"
#include "i18n/schedulewording.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

/// "<p><b>Label:</b> value</p>", both escaped; nothing for an empty value.
QString field(const QString& label, const QString& value)
{
    return value.isEmpty() ? QString()
                           : u"<p><b>%1</b> %2</p>"_s.arg(escaped(label), escaped(value));
}

QString list(const QStringList& items)
{
    QString html;
    for (const QString& item : items)
        html += u"<li>%1</li>"_s.arg(escaped(item));
    return html.isEmpty() ? QString() : u"<ul>%1</ul>"_s.arg(html);
}

} // namespace

QString PlanDetails::meetingHtml(const MeetingRow& row, const Plan& plan, const AgencyNames& names)
{
    const QDate electionDay = plan.electionDay;
    const Meeting& meeting = row.meeting;
    QString html = u"<h3>%1</h3>"_s.arg(
            escaped(meeting.section.isEmpty() ? meeting.label
                                              : tr("%1 (%2)").arg(meeting.label, meeting.section)));
    html += field(tr("Deadline:"), meeting.deadline.wording);
    if (row.lastAllowed.isValid())
        html += field(tr("Last allowed date:"), formatDate(row.lastAllowed));
    html += field(tr("State:"), tr("%1 (%2)").arg(Wording::scheduleState(row.state),
                                                  Wording::meetingStatus(meeting.status)));
    html += field(tr("Requested by:"), meeting.requestedBy);
    html += field(tr("Held on:"), formatDate(meeting.heldOn));
    if (!row.conflicts.isEmpty()) {
        html += u"<p><b>%1</b></p>"_s.arg(
                escaped(tr("Conflicts with the legal calendar (%n):", nullptr,
                           static_cast<int>(row.conflicts.size()))));
        html += list(row.conflictText.split(u'\n'));
    }
    html += field(tr("Conclusions:"), meeting.conclusions);
    html += field(tr("Notes:"), meeting.notes);

    if (!meeting.items.isEmpty()) {
        html += u"<h4>%1</h4><ol>"_s.arg(escaped(tr("Content")));
        for (const MeetingItem& item : meeting.items) {
            const QString roles = Wording::agenciesByRoleHtml(item.agencies, names);
            html += u"<li>%1%2</li>"_s.arg(escaped(item.content),
                                           roles.isEmpty() ? QString()
                                                           : u"<ul>%1</ul>"_s.arg(roles));
        }
        html += u"</ol>"_s;
    }
    if (!meeting.referenceDeadlines.isEmpty()) {
        html += u"<h4>%1</h4><ul>"_s.arg(escaped(tr("Reference deadlines of other bodies")));
        for (const ReferenceDeadline& ref : meeting.referenceDeadlines) {
            QStringList facts{tr("as worded: “%1”").arg(ref.deadline.wording)};
            if (const auto last = ref.deadline.lastAllowedDate(electionDay))
                facts << tr("last allowed date %1").arg(formatDate(*last));
            if (ref.deadline.yearInferred)
                facts << tr("year inferred from the plan");
            const QString issuer = names.value(ref.issuer);
            html += u"<li><b>%1</b>%2 (%3)"_s.arg(
                    escaped(issuer),
                    escaped(issuer.isEmpty() ? ref.description : u": "_s + ref.description),
                    escaped(facts.join(u"; "_s)));
            if (!ref.legalNote.isEmpty())
                html += u"<br><i>%1</i>"_s.arg(escaped(ref.legalNote));
            html += u"</li>"_s;
        }
        html += u"</ul>"_s;
    }
    if (!meeting.milestones.isEmpty()) {
        QStringList ties;
        for (const MilestoneDependency& tie : meeting.milestones) {
            const auto milestone = findMilestone(plan.electionRegime, tie.milestone);
            const QString dates = milestone ? CalendarWording::dates(*milestone, electionDay)
                                            : tr("not in this plan's regime");
            const QString title = i18n::milestoneTitle(tie.milestone);
            ties << (dates.isEmpty()
                             ? tr("%1: %2").arg(CalendarWording::relation(tie.relation), title)
                             : tr("%1: %2 (%3)")
                                       .arg(CalendarWording::relation(tie.relation), title, dates));
        }
        html += u"<h4>%1</h4>"_s.arg(escaped(tr("Place in the legal calendar"))) + list(ties);
    }
    return html;
}

QString PlanDetails::inspectionHtml(const Inspection& inspection, const AgencyNames& names)
{
    QStringList inspected;
    QStringList selfInspecting;
    for (const InspectionTarget& target : inspection.targets)
        (target.mode == InspectionMode::Inspected ? inspected : selfInspecting)
                << names.value(target.agency);
    QString html = field(tr("Framework:"), inspection.framework);
    const QString lead = QStringList{inspection.teamLead, inspection.teamLeadTitle}.join(u", "_s);
    html += field(tr("Team lead:"), lead);
    if (!inspected.isEmpty())
        html += u"<p><b>%1</b></p>"_s.arg(escaped(tr("Inspected by the team:"))) + list(inspected);
    if (!selfInspecting.isEmpty())
        html += u"<p><b>%1</b></p>"_s.arg(escaped(tr("Inspect themselves and report to the team:")))
                + list(selfInspecting);
    html += field(tr("Note:"), inspection.selfInspectionNote);
    return html;
}

QString PlanDetails::campaignHtml(const Campaign& campaign)
{
    QString html = field(tr("Theme:"), campaign.theme);
    html += field(tr("Starts on:"), formatDate(campaign.startsOn));
    html += field(tr("Ends on:"), campaign.endsOn.isValid() ? formatDate(campaign.endsOn)
                                                            : tr("when this event happens"));
    html += field(tr("End event:"), campaign.endEvent);
    for (const NomineeKind kind : {NomineeKind::Collective, NomineeKind::Individual}) {
        QStringList labels;
        for (const ParticipantKind& participant : campaign.participantKinds) {
            if (participant.nomineeKind == kind)
                labels << participant.label;
        }
        if (!labels.isEmpty())
            html += u"<p><b>%1</b></p>"_s.arg(
                            escaped(tr("Participants (%1):").arg(Wording::nomineeKind(kind))))
                    + list(labels);
    }
    return html;
}

QString PlanDetails::dateLine(const Plan& plan)
{
    const QString date = plan.issuedOn.isValid() ? formatDate(plan.issuedOn) : tr("no date");
    return plan.place.isEmpty() ? date : tr("%1, %2").arg(date, plan.place);
}

QString PlanDetails::signerLine(const Plan& plan)
{
    if (plan.signerTitleLines.isEmpty())
        return plan.signerName;
    return tr("%1 (%2)").arg(plan.signerName, plan.signerTitleLines.join(u" / "_s));
}

QString PlanDetails::emptyHtml(const QString& sentence)
{
    return u"<p><i>%1</i></p>"_s.arg(escaped(sentence));
}

} // namespace ed::gui
