#include "gui/plans/electiondaydialog.h"

#include "gui/editing/fieldmarker.h"
#include "gui/widgets/problemlabel.h"
#include "i18n/schedulewording.h"

#include "ui_electiondaydialog.h"

#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ed::gui {

ElectionDayDialog::ElectionDayDialog(const ElectionCalendar& calendar, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ElectionDayDialog>())
{
    m_ui->setupUi(this);
    for (const ElectionRegime regime : {ElectionRegime::Law2015, ElectionRegime::Law2025})
        m_ui->regimeComboBox->addItem(i18n::regimeName(regime), static_cast<int>(regime));
    m_ui->regimeComboBox->setCurrentIndex(
            m_ui->regimeComboBox->findData(static_cast<int>(calendar.regime)));
    m_ui->notSetCheckBox->setChecked(!calendar.electionDay.isValid());
    m_ui->electionDayDateEdit->setDate(calendar.electionDay.isValid() ? calendar.electionDay
                                                                      : QDate::currentDate());
    m_ui->electionDayDateEdit->setEnabled(calendar.electionDay.isValid());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);

    connect(m_ui->electionDayDateEdit, &QDateEdit::dateChanged, this, &ElectionDayDialog::validate);
    connect(m_ui->notSetCheckBox, &QCheckBox::toggled, this, [this](bool notSet) {
        m_ui->electionDayDateEdit->setEnabled(!notSet);
        validate();
    });
    validate();
}

ElectionDayDialog::~ElectionDayDialog() = default;

ElectionCalendar ElectionDayDialog::calendar() const
{
    ElectionCalendar calendar;
    calendar.electionDay =
            m_ui->notSetCheckBox->isChecked() ? QDate() : m_ui->electionDayDateEdit->date();
    calendar.regime = static_cast<ElectionRegime>(m_ui->regimeComboBox->currentData().toInt());
    return calendar;
}

void ElectionDayDialog::validate()
{
    const QDate day = calendar().electionDay;
    m_ui->weekdayLabel->setText(day.isValid() ? QLocale().dayName(day.dayOfWeek()) : QString());
    QList<FieldProblem> problems;
    if (day.isValid() && !isValidElectionDay(day))
        problems << FieldProblem{u"electionDay"_s, Problem::NotSunday};
    showProblems(problems);
}

void ElectionDayDialog::showProblems(const QList<FieldProblem>& problems)
{
    const QStringList messages = problemMessages(problems, u"electionDay"_s);
    m_ui->electionDayProblemLabel->setMessages(messages);
    markField(m_ui->electionDayDateEdit, !messages.isEmpty(), messages.join(u' '));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(messages.isEmpty());
}

void ElectionDayDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (m_save && !m_save(calendar()))
        return;
    QDialog::accept();
}

} // namespace ed::gui
