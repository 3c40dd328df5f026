#include "gui/plans/meetingdialog.h"

#include "core/meetingchecks.h"
#include "gui/editing/fieldmarker.h"
#include "gui/modal.h"
#include "gui/plans/calendarwording.h"
#include "gui/wording.h"

#include "ui_meetingdialog.h"

#include <QPushButton>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

/// The date the held-on field shows for "not held": its minimum, displayed as "—".
const QDate kNotHeld(1900, 1, 1);

bool anyField(const QList<FieldProblem>& problems, const QString& prefix)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [&](const FieldProblem& p) { return p.field.startsWith(prefix); });
}

} // namespace

MeetingDialog::MeetingDialog(const Plan& plan,
                             const QList<Agency>& agencies,
                             const Meeting& meeting,
                             QDate today,
                             QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MeetingDialog>()), m_plan(plan),
      m_original(meeting), m_today(today)
{
    m_ui->setupUi(this);
    setWindowTitle(meeting.id.isValid() ? tr("Edit meeting — %1").arg(plan.symbol)
                                        : tr("New meeting — %1").arg(plan.symbol));
    for (const MeetingStatus status :
         {MeetingStatus::Planned, MeetingStatus::MaterialsSubmitted, MeetingStatus::Held,
          MeetingStatus::Postponed, MeetingStatus::Cancelled})
        m_ui->statusComboBox->addItem(Wording::meetingStatus(status), static_cast<int>(status));
    m_ui->heldOnDateEdit->setMinimumDate(kNotHeld);
    m_ui->heldOnDateEdit->setSpecialValueText(tr("— (not held)"));

    m_ui->deadlineEditor->setElectionDay(plan.electionDay);
    m_ui->deadlineEditor->setReferenceDate(today);
    m_ui->itemsEditor->setAgencies(agencies);
    m_ui->referencesEditor->setAgencies(agencies);
    m_ui->referencesEditor->setElectionDay(plan.electionDay);
    m_ui->referencesEditor->setReferenceDate(today);
    m_ui->milestonesEditor->setCalendar(plan.electionDay, plan.electionRegime);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);

    load(meeting);
    connectFields();
    validate();
    m_baseline = this->meeting();
    m_ui->meetingTabWidget->setCurrentWidget(m_ui->generalTab);
    m_ui->labelLineEdit->setFocus();
}

MeetingDialog::~MeetingDialog() = default;

Meeting MeetingDialog::newMeeting(PlanId plan, const QList<Meeting>& existing, QDate today)
{
    Meeting meeting;
    meeting.plan = plan;
    int last = 0;
    for (const Meeting& m : existing)
        last = std::max(last, m.number.value_or(0));
    meeting.number = last + 1;
    meeting.status = MeetingStatus::Planned;
    meeting.deadline.kind = DeadlineKind::NoLaterThan;
    meeting.deadline.date = today.addDays(7);
    return meeting;
}

void MeetingDialog::load(const Meeting& meeting)
{
    m_loading = true;
    m_ui->onRequestCheckBox->setChecked(!meeting.number.has_value());
    m_ui->numberSpinBox->setValue(meeting.number.value_or(1));
    m_ui->numberSpinBox->setEnabled(meeting.number.has_value());
    m_ui->labelLineEdit->setText(meeting.label);
    m_ui->sectionLineEdit->setText(meeting.section);
    m_ui->deadlineEditor->setDeadline(meeting.deadline);
    m_ui->requestedByLineEdit->setText(meeting.requestedBy);
    m_ui->statusComboBox->setCurrentIndex(
            m_ui->statusComboBox->findData(static_cast<int>(meeting.status)));
    m_ui->heldOnDateEdit->setDate(meeting.heldOn.isValid() ? meeting.heldOn : kNotHeld);
    m_ui->heldOnDateEdit->setEnabled(meeting.status == MeetingStatus::Held);
    m_ui->conclusionsPlainTextEdit->setPlainText(meeting.conclusions);
    m_ui->notesPlainTextEdit->setPlainText(meeting.notes);
    m_ui->itemsEditor->setItems(meeting.items);
    m_ui->referencesEditor->setReferences(meeting.referenceDeadlines);
    m_ui->milestonesEditor->setTies(meeting.milestones);
    m_loading = false;
}

void MeetingDialog::connectFields()
{
    const auto edited = [this] {
        if (!m_loading)
            validate();
    };
    connect(m_ui->onRequestCheckBox, &QCheckBox::toggled, this, [this, edited](bool onRequest) {
        m_ui->numberSpinBox->setEnabled(!onRequest);
        edited();
    });
    connect(m_ui->numberSpinBox, &QSpinBox::valueChanged, this, edited);
    connect(m_ui->labelLineEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->sectionLineEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->deadlineEditor, &DeadlineEditor::changed, this, edited);
    connect(m_ui->requestedByLineEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this,
            &MeetingDialog::statusChanged);
    connect(m_ui->heldOnDateEdit, &QDateEdit::dateChanged, this, edited);
    connect(m_ui->conclusionsPlainTextEdit, &QPlainTextEdit::textChanged, this, edited);
    connect(m_ui->notesPlainTextEdit, &QPlainTextEdit::textChanged, this, edited);
    connect(m_ui->itemsEditor, &MeetingItemsEditor::changed, this, edited);
    connect(m_ui->referencesEditor, &ReferenceDeadlinesEditor::changed, this, edited);
    connect(m_ui->milestonesEditor, &MilestoneTiesEditor::changed, this, edited);
}

void MeetingDialog::statusChanged()
{
    if (m_loading)
        return;
    // Only a held meeting has a day held; it is most often recorded on the day or just after.
    const bool held =
            m_ui->statusComboBox->currentData().toInt() == static_cast<int>(MeetingStatus::Held);
    m_ui->heldOnDateEdit->setEnabled(held);
    if (held && m_ui->heldOnDateEdit->date() == kNotHeld)
        m_ui->heldOnDateEdit->setDate(m_today.isValid() ? m_today : QDate::currentDate());
    validate();
}

Meeting MeetingDialog::meeting() const
{
    Meeting m = m_original;
    m.number = m_ui->onRequestCheckBox->isChecked() ? std::nullopt
                                                    : std::optional(m_ui->numberSpinBox->value());
    m.label = m_ui->labelLineEdit->text().trimmed();
    m.section = m_ui->sectionLineEdit->text().trimmed();
    m.deadline = m_ui->deadlineEditor->deadline();
    m.requestedBy = m_ui->requestedByLineEdit->text().trimmed();
    m.status = static_cast<MeetingStatus>(m_ui->statusComboBox->currentData().toInt());
    const QDate held = m_ui->heldOnDateEdit->date();
    m.heldOn = m.status == MeetingStatus::Held && held != kNotHeld ? held : QDate();
    m.conclusions = m_ui->conclusionsPlainTextEdit->toPlainText().trimmed();
    m.notes = m_ui->notesPlainTextEdit->toPlainText().trimmed();
    m.items = m_ui->itemsEditor->items();
    m.referenceDeadlines = m_ui->referencesEditor->references();
    m.milestones = m_ui->milestonesEditor->ties();
    return m;
}

bool MeetingDialog::isModified() const
{
    return meeting() != m_baseline;
}

void MeetingDialog::validate()
{
    const Meeting m = meeting();
    showProblems(checkMeeting(m, m_today));
    const QList<CalendarConflict> conflicts =
            calendarConflicts(m, m_plan.electionDay, m_plan.electionRegime);
    QStringList sentences;
    for (const CalendarConflict& c : conflicts)
        sentences << CalendarWording::conflict(c, m, m_plan.electionRegime);
    m_ui->milestonesEditor->showConflicts(sentences);
    m_ui->generalConflictsLabel->setMessages(sentences);
}

void MeetingDialog::showProblems(const QList<FieldProblem>& problems)
{
    const QStringList label = problemMessages(problems, u"label"_s);
    m_ui->labelProblemLabel->setMessages(label);
    markField(m_ui->labelLineEdit, !label.isEmpty(), label.join(u' '));
    const QStringList held = problemMessages(problems, u"heldOn"_s);
    m_ui->heldOnProblemLabel->setMessages(held);
    markField(m_ui->heldOnDateEdit, !held.isEmpty(), held.join(u' '));
    const QStringList number = problemMessages(problems, u"number"_s);
    markField(m_ui->numberSpinBox, !number.isEmpty(), number.join(u' '));
    m_ui->deadlineEditor->showProblems(problems, u"deadline."_s);
    m_ui->itemsEditor->showProblems(problems);
    m_ui->referencesEditor->showProblems(problems);
    m_ui->milestonesEditor->showProblems(problems);

    // Problems of fields this form has no place for (a service may name others) go below.
    QStringList others;
    for (const FieldProblem& p : problems) {
        static const QStringList kPlaced{
                u"label"_s,     u"heldOn"_s, u"deadline."_s, u"items["_s, u"referenceDeadlines["_s,
                u"milestones"_s};
        if (std::none_of(kPlaced.cbegin(), kPlaced.cend(),
                         [&](const QString& f) { return p.field.startsWith(f); }))
            others << problemMessages({p}, p.field);
    }
    if (!problems.isEmpty())
        others.prepend(tr("%n problem(s) to fix before saving; the fields and tabs concerned "
                          "are marked.",
                          nullptr, static_cast<int>(problems.size())));
    m_ui->formProblemLabel->setMessages(others);

    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const auto markTab = [&](QWidget* tab, bool flagged) {
        const int index = m_ui->meetingTabWidget->indexOf(tab);
        m_ui->meetingTabWidget->setTabIcon(index, flagged ? warning : QIcon());
        m_ui->meetingTabWidget->setTabToolTip(
                index, flagged ? tr("Something on this tab needs fixing.") : QString());
    };
    markTab(m_ui->generalTab, anyField(problems, u"label"_s) || anyField(problems, u"heldOn"_s)
                                      || anyField(problems, u"number"_s)
                                      || anyField(problems, u"deadline."_s));
    markTab(m_ui->contentTab, anyField(problems, u"items["_s));
    markTab(m_ui->referencesTab, anyField(problems, u"referenceDeadlines["_s));
    markTab(m_ui->milestonesTab, anyField(problems, u"milestones"_s));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

void MeetingDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (m_original.id.isValid() && !isModified()) {
        QDialog::accept(); // nothing to save, nothing to undo
        return;
    }
    if (m_save && !m_save(meeting()))
        return;
    QDialog::accept();
}

void MeetingDialog::reject()
{
    if (isModified()
        && modal::ask(this, tr("Discard changes?"),
                      tr("The changes to this meeting have not been saved. Discard them?"),
                      QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
                   != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace ed::gui
