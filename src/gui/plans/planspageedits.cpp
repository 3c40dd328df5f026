// The edits of the Plans & meetings page: new, edit and delete a meeting, change the election
// day. Each goes through gui/editing/scheduleedits.h, so Edit ▸ Undo takes it back.
#include "core/clock.h"
#include "gui/editing/editcontext.h"
#include "gui/editing/scheduleedits.h"
#include "gui/editing/stalerefusal.h"
#include "gui/modal.h"
#include "gui/plans/electiondaydialog.h"
#include "gui/plans/meetingdialog.h"
#include "gui/plans/meetingtablemodel.h"
#include "gui/plans/planspage.h"
#include "i18n/errormessages.h"
#include "logging/log.h"
#include "services/scheduleservice.h"

#include "ui_planspage.h"

namespace ed::gui {

namespace {

/// "Cuộc họp lần thứ hai (no. 2)"; the label alone for a meeting on request.
QString meetingName(const Meeting& meeting)
{
    if (!meeting.number)
        return meeting.label;
    return PlansPage::tr("%1 (no. %2)").arg(meeting.label).arg(*meeting.number);
}

} // namespace

void PlansPage::reportRefusal(const QString& title, const Error& error)
{
    log::gui()->warn("{} refused: code {} ({})", title, static_cast<int>(error.code), error.detail);
    modal::tell(this, QMessageBox::Warning, title, i18n::errorMessage(error));
}

void PlansPage::newMeeting()
{
    const Plan* plan = shownPlan();
    if (!plan)
        return;
    const QDate today = m_context.clock().today();
    const PlanId planId = plan->id; // the plan list is read again after the edit
    MeetingDialog dialog(*plan, m_agencies,
                         MeetingDialog::newMeeting(planId, m_planMeetings, today), today, this);
    MeetingId added;
    dialog.setSave([this, &dialog, &added](const Meeting& meeting) {
        const Result<MeetingId> id = addMeeting(m_context, meeting);
        if (id) {
            added = id.value();
            return true;
        }
        if (id.error().code == ErrorCode::InvalidInput)
            dialog.showProblems(m_context.schedule().problems());
        else
            reportRefusal(tr("Add meeting"), id.error());
        return false;
    });
    if (modal::exec(dialog) == QDialog::Accepted && added.isValid())
        selectMeeting(planId, added);
}

void PlansPage::editMeeting()
{
    const Plan* plan = shownPlan();
    const MeetingRow* row = currentRow();
    if (!plan || !row)
        return;
    const Meeting before = row->meeting;
    const PlanId planId = plan->id;
    MeetingDialog dialog(*plan, m_agencies, before, m_context.clock().today(), this);
    bool reloadAsked = false;
    dialog.setSave([this, &dialog, &reloadAsked, before](const Meeting& after) {
        const Status status = gui::editMeeting(m_context, before, after);
        if (status)
            return true;
        if (status.error().code == ErrorCode::InvalidInput) {
            dialog.showProblems(m_context.schedule().problems());
        } else if (status.error().code == ErrorCode::Stale) {
            reloadAsked = offerReload(&dialog, tr("Edit meeting"),
                                      m_context.schedule().meetingStamp(before.id));
            if (reloadAsked)
                dialog.done(QDialog::Rejected);
        } else {
            reportRefusal(tr("Edit meeting"), status.error());
        }
        return false;
    });
    if (modal::exec(dialog) == QDialog::Accepted || reloadAsked) {
        if (reloadAsked)
            reload();
        selectMeeting(planId, before.id);
    }
}

void PlansPage::deleteMeeting()
{
    const MeetingRow* row = currentRow();
    if (!row)
        return;
    const Meeting meeting = row->meeting;
    const QString name = meetingName(meeting);
    const auto answer = modal::ask(
            this, tr("Delete meeting"),
            tr("Delete the meeting “%1” with its %n content item(s)?\n\nEdit ▸ Undo brings it "
               "back.",
               nullptr, static_cast<int>(meeting.items.size()))
                    .arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const Status status = gui::deleteMeeting(m_context, meeting); !status)
        reportRefusal(tr("Delete meeting"), status.error());
}

void PlansPage::changeElectionDay()
{
    const Plan* plan = shownPlan();
    if (!plan)
        return;
    const ElectionCalendar before{plan->electionDay, plan->electionRegime};
    const PlanId planId = plan->id;
    ElectionDayDialog dialog(before, this);
    dialog.setSave([this, &dialog, before, planId](const ElectionCalendar& after) {
        if (after.electionDay == before.electionDay && after.regime == before.regime)
            return true; // unchanged: nothing to undo
        const Status status = setElectionCalendar(m_context, planId, before, after);
        if (status)
            return true;
        if (status.error().code == ErrorCode::InvalidInput)
            dialog.showProblems(m_context.schedule().problems());
        else
            reportRefusal(tr("Change election day"), status.error());
        return false;
    });
    modal::exec(dialog);
}

} // namespace ed::gui
