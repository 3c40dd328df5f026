#include "gui/nominations/stepdialog.h"

#include "core/nominationworkflow.h"
#include "core/validation.h"
#include "gui/editing/fieldmarker.h"
#include "gui/widgets/problemlabel.h"
#include "i18n/nominationwording.h"
#include "i18n/schedulewording.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

/// The decision date's "not given yet": its minimum, shown as a dash.
const QDate kNotSet(2000, 1, 1);

/// A click on an empty date starts it from today, so that the calendar opens on this month
/// rather than on kNotSet's.
class StartFromToday final : public QObject
{
public:
    StartFromToday(QDateEdit* edit, QDate today) : QObject(edit), m_edit(edit), m_today(today)
    {
        edit->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_edit && event->type() == QEvent::MouseButtonPress
            && m_edit->date() == kNotSet)
            m_edit->setDate(m_today);
        return false;
    }

private:
    QDateEdit* m_edit;
    QDate m_today;
};

QDateEdit* dateEdit(QWidget* parent, const QString& name, const QString& accessible)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setDisplayFormat(u"dd/MM/yyyy"_s);
    edit->setCalendarPopup(true);
    return edit;
}

QLineEdit* lineEdit(QWidget* parent, const QString& name, const QString& accessible)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    return edit;
}

} // namespace

struct StepDialog::Private
{
    NominationAction action = NominationAction::StartAppraisal;
    bool noteRequired = false;
    QDate today;
    QPlainTextEdit* note = nullptr;
    ProblemLabel* noteProblem = nullptr;
    QLineEdit* number = nullptr;
    ProblemLabel* numberProblem = nullptr;
    QDateEdit* decisionDate = nullptr;
    ProblemLabel* decisionDateProblem = nullptr;
    QLineEdit* signer = nullptr;
    ProblemLabel* signerProblem = nullptr;
    QDateEdit* date = nullptr;
    ProblemLabel* dateProblem = nullptr;
    QDialogButtonBox* buttons = nullptr;

    [[nodiscard]] static QStringList required(bool missing)
    {
        return missing ? QStringList{i18n::problemMessage(Problem::Required)} : QStringList{};
    }
    [[nodiscard]] QStringList dateProblems(QDate value, bool optionalUnset) const
    {
        if (optionalUnset)
            return required(true);
        if (value > today)
            return {i18n::problemMessage(Problem::DateInFuture)};
        return {};
    }
    /// Marks what is missing or wrong; OK once nothing is.
    void validate();
};

void StepDialog::Private::validate()
{
    bool valid = true;
    const auto show = [&valid](QWidget* field, ProblemLabel* label, const QStringList& messages) {
        if (!field)
            return;
        label->setMessages(messages);
        markField(field, !messages.isEmpty(), messages.join(u' '));
        valid = valid && messages.isEmpty();
    };
    show(note, noteProblem, required(noteRequired && note->toPlainText().trimmed().isEmpty()));
    if (number) {
        show(number, numberProblem, required(number->text().trimmed().isEmpty()));
        show(decisionDate, decisionDateProblem,
             dateProblems(decisionDate->date(), decisionDate->date() == kNotSet));
        show(signer, signerProblem, required(signer->text().trimmed().isEmpty()));
    }
    if (date)
        show(date, dateProblem, dateProblems(date->date(), false));
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(valid);
    ok->setToolTip(valid ? QString() : StepDialog::tr("Fill in the marked fields first."));
}

StepDialog::StepDialog(
        NominationAction action, int count, bool overrideReason, QDate today, QWidget* parent)
    : QDialog(parent), d(std::make_unique<Private>())
{
    setObjectName(u"stepDialog"_s);
    d->action = action;
    d->today = today.isValid() ? today : QDate::currentDate();
    const bool proposeAnyway = action == NominationAction::Propose && overrideReason;
    d->noteRequired = needsReason(action) || proposeAnyway;
    setWindowTitle(i18n::nominationActionName(action));

    QString prompt;
    switch (action) {
    case NominationAction::StartAppraisal:
        prompt = tr("Start appraising %n nomination(s).", nullptr, count);
        break;
    case NominationAction::Return:
        prompt = tr("Return %n nomination(s) for supplement.", nullptr, count);
        break;
    case NominationAction::Resubmit:
        prompt = tr("Record the supplement of %n nomination(s): their appraisal clock restarts "
                    "on the day it arrived.",
                    nullptr, count);
        break;
    case NominationAction::Propose:
        prompt =
                tr("Propose %n nomination(s) to the Emulation and Reward Council.", nullptr, count);
        break;
    case NominationAction::Approve: prompt = tr("Approve %n nomination(s).", nullptr, count); break;
    case NominationAction::Reject: prompt = tr("Reject %n nomination(s).", nullptr, count); break;
    case NominationAction::RecordDecision:
        prompt = tr("Record the award decision of %n nomination(s).", nullptr, count);
        break;
    case NominationAction::IssueCertificate:
        prompt = tr("Record that the certificates of %n nomination(s) were handed over.", nullptr,
                    count);
        break;
    case NominationAction::Receive:
    case NominationAction::Revert:
        prompt =
                tr("%1: %n nomination(s).", nullptr, count).arg(i18n::nominationActionName(action));
        break;
    }
    auto* promptLabel = new QLabel(prompt, this);
    promptLabel->setObjectName(u"promptLabel"_s);
    promptLabel->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto addField = [&](const QString& label, QWidget* field, ProblemLabel*& problem) {
        form->addRow(label, field);
        problem = new ProblemLabel(this);
        form->addRow(QString(), problem);
    };

    if (action == NominationAction::RecordDecision) {
        d->number = lineEdit(this, u"decisionNumberEdit"_s, tr("Decision number"));
        d->number->setPlaceholderText(tr("e.g. 1234/QĐ-UBND"));
        addField(tr("Decision &number:"), d->number, d->numberProblem);
        d->decisionDate = dateEdit(this, u"decisionDateEdit"_s, tr("Decision date"));
        // No default: the decision is dated on paper, seldom on the day it is recorded.
        d->decisionDate->setMinimumDate(kNotSet);
        d->decisionDate->setSpecialValueText(tr("— (type the date)"));
        d->decisionDate->setDate(kNotSet);
        new StartFromToday(d->decisionDate, d->today);
        addField(tr("Decision &date:"), d->decisionDate, d->decisionDateProblem);
        d->signer = lineEdit(this, u"signerEdit"_s, tr("Signed by"));
        d->signer->setPlaceholderText(tr("e.g. Chủ tịch UBND tỉnh Nguyễn Văn A"));
        addField(tr("&Signed by:"), d->signer, d->signerProblem);
    }
    if (action == NominationAction::Resubmit || action == NominationAction::IssueCertificate) {
        const bool resubmit = action == NominationAction::Resubmit;
        d->date = dateEdit(this, u"dateEdit"_s,
                           resubmit ? tr("Supplement received on") : tr("Handed over on"));
        d->date->setDate(d->today);
        addField(resubmit ? tr("Supplement &received on:") : tr("&Handed over on:"), d->date,
                 d->dateProblem);
    }

    d->note = new QPlainTextEdit(this);
    d->note->setObjectName(u"noteEdit"_s);
    d->note->setTabChangesFocus(true);
    d->note->setMinimumHeight(80);
    QString noteLabel;
    if (proposeAnyway) {
        noteLabel = tr("These nominees fail a criterion; give the &reason to propose them "
                       "anyway (required):");
        d->note->setAccessibleName(tr("Reason to propose anyway"));
    } else if (d->noteRequired) {
        noteLabel = tr("&Reason (required):");
        d->note->setAccessibleName(tr("Reason"));
    } else {
        noteLabel = tr("&Note (optional):");
        d->note->setAccessibleName(tr("Note"));
    }
    auto* noteTitle = new QLabel(noteLabel, this);
    noteTitle->setObjectName(u"noteLabel"_s);
    noteTitle->setWordWrap(true);
    noteTitle->setBuddy(d->note);
    d->noteProblem = new ProblemLabel(this);

    d->buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    d->buttons->setObjectName(u"buttonBox"_s);
    d->buttons->button(QDialogButtonBox::Ok)->setText(i18n::nominationActionName(action));
    connect(d->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(d->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(promptLabel);
    if (form->rowCount() > 0)
        layout->addLayout(form);
    else
        delete form;
    layout->addWidget(noteTitle);
    layout->addWidget(d->note, 1);
    layout->addWidget(d->noteProblem);
    layout->addWidget(d->buttons);

    const auto validate = [this] { d->validate(); };
    connect(d->note, &QPlainTextEdit::textChanged, this, validate);
    for (QLineEdit* edit : {d->number, d->signer}) {
        if (edit)
            connect(edit, &QLineEdit::textChanged, this, validate);
    }
    for (QDateEdit* edit : {d->decisionDate, d->date}) {
        if (edit)
            connect(edit, &QDateEdit::dateChanged, this, validate);
    }
    d->validate();
    resize(520, sizeHint().height());
    if (d->number)
        d->number->setFocus();
    else
        d->note->setFocus();
}

StepDialog::~StepDialog() = default;

QString StepDialog::note() const
{
    return d->note->toPlainText().trimmed();
}

std::optional<AwardDecision> StepDialog::decision() const
{
    if (!d->number)
        return std::nullopt;
    const QDate date = d->decisionDate->date();
    return AwardDecision{d->number->text().trimmed(), date == kNotSet ? QDate() : date,
                         d->signer->text().trimmed()};
}

QDate StepDialog::date() const
{
    return d->date ? d->date->date() : QDate();
}

} // namespace ed::gui
