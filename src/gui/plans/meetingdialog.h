#pragma once

#include "core/agency.h"
#include "core/meeting.h"
#include "core/plan.h"
#include "core/validation.h"

#include <QDate>
#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class MeetingDialog;
}

namespace ed::gui {

/// The form of one meeting: number, label, deadline, status and outcome on the first tab, then
/// its content items, the outside deadlines it serves and its ties to the legal calendar. The
/// form is checked as it is edited (core checkMeeting); each problem shows beside its field and
/// OK stays disabled while there is any. Esc asks before dropping changes.
class MeetingDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Saves the meeting when OK is pressed: true closes the dialog; false keeps it open with
    /// the input (the saver shows why, e.g. through showProblems()).
    using Save = std::function<bool(const Meeting&)>;

    /// `meeting` is the one edited (an invalid id for a new one, see newMeeting()); `plan`
    /// gives the election day and regime its dates are checked against; `today` is the
    /// clock's.
    MeetingDialog(const Plan& plan,
                  const QList<Agency>& agencies,
                  const Meeting& meeting,
                  QDate today,
                  QWidget* parent = nullptr);
    ~MeetingDialog() override;

    /// A new meeting of `plan`: the next number, planned, due no later than a week from today.
    [[nodiscard]] static Meeting
    newMeeting(PlanId plan, const QList<Meeting>& existing, QDate today);

    /// The meeting as the form states it (ids kept from the one given).
    [[nodiscard]] Meeting meeting() const;
    /// True when the form differs from the meeting it was opened with.
    [[nodiscard]] bool isModified() const;
    void setSave(Save save) { m_save = std::move(save); }
    /// Shows problems (the form's own, or those a service refused the meeting for) beside
    /// their fields, marks the tabs that hold them, and enables OK only without any.
    void showProblems(const QList<FieldProblem>& problems);

public slots:
    void accept() override;
    void reject() override;

private:
    void load(const Meeting& meeting);
    void connectFields();
    void statusChanged();
    void validate();

    std::unique_ptr<Ui::MeetingDialog> m_ui;
    Plan m_plan;
    Meeting m_original;
    Meeting m_baseline; ///< the form's meeting right after loading: what "modified" compares to
    QDate m_today;
    Save m_save;
    bool m_loading = false;
};

} // namespace ed::gui
