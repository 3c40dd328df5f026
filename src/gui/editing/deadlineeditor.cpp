#include "gui/editing/deadlineeditor.h"

#include "core/vnformat.h"
#include "gui/editing/fieldmarker.h"
#include "gui/widgets/problemlabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

/// The date a date edit shows for "no date": its minimum, displayed as the special text.
const QDate kNoDate(1900, 1, 1);

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == kNoDate ? QDate() : edit->date();
}

void setDateOf(QDateEdit* edit, QDate date)
{
    edit->setDate(date.isValid() ? date : kNoDate);
}

QDateEdit* makeDateEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(u"dd/MM/yyyy"_s);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(u"—"_s);
    edit->setDate(kNoDate);
    return edit;
}

/// A field with its problem label under it, as one row of the form.
QWidget* withProblem(QWidget* field, ProblemLabel* problem, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field, 0, Qt::AlignLeft); // keep its width when the problem shows
    layout->addWidget(problem);
    return row;
}

/// "E−105", "E", "E+10" (a true minus sign, as the law tables print it).
QString offsetText(int days)
{
    if (days == 0)
        return u"E"_s;
    return days < 0 ? u"E−%1"_s.arg(-days) : u"E+%1"_s.arg(days);
}

bool needsDate(DeadlineKind kind)
{
    return kind == DeadlineKind::OnDate || kind == DeadlineKind::NoLaterThan
           || kind == DeadlineKind::StrictlyBefore || kind == DeadlineKind::Window;
}

} // namespace

DeadlineEditor::DeadlineEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"deadlineEditor"_s);
    setAccessibleName(tr("Deadline"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // no taller than its rows
    buildForm();
    Deadline initial;
    initial.kind = DeadlineKind::NoLaterThan;
    initial.date = referenceDate();
    setDeadline(initial);
}

DeadlineEditor::~DeadlineEditor() = default;

void DeadlineEditor::buildForm()
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"deadlineKindComboBox"_s);
    const std::pair<DeadlineKind, QString> kinds[] = {
            {DeadlineKind::OnDate, tr("On date")},
            {DeadlineKind::NoLaterThan, tr("No later than")},
            {DeadlineKind::StrictlyBefore, tr("Strictly before")},
            {DeadlineKind::Window, tr("Window (from … to …)")},
            {DeadlineKind::WeekOfMonth, tr("Week of a month")},
            {DeadlineKind::OnRequest, tr("On request")},
            {DeadlineKind::ElectionOffset, tr("Days from election day (E ± n)")},
    };
    for (const auto& [kind, text] : kinds)
        m_kind->addItem(text, static_cast<int>(kind));
    m_form->addRow(tr("&Kind:"), m_kind);

    m_date = makeDateEdit(u"deadlineDateEdit"_s, this);
    m_dateProblem = new ProblemLabel(this);
    m_dateProblem->setObjectName(u"deadlineDateProblemLabel"_s);
    m_dateRow = withProblem(m_date, m_dateProblem, this);
    m_dateLabel = new QLabel(tr("&Date:"), this);
    m_dateLabel->setBuddy(m_date);
    m_form->addRow(m_dateLabel, m_dateRow);

    m_endDate = makeDateEdit(u"deadlineEndDateEdit"_s, this);
    m_endDateProblem = new ProblemLabel(this);
    m_endDateProblem->setObjectName(u"deadlineEndDateProblemLabel"_s);
    m_endDateRow = withProblem(m_endDate, m_endDateProblem, this);
    m_form->addRow(tr("&To:"), m_endDateRow);

    m_week = new QComboBox(this);
    m_week->setObjectName(u"deadlineWeekComboBox"_s);
    for (int week = 1; week <= 5; ++week)
        m_week->addItem(tr("Week %1").arg(week), week);
    m_week->addItem(tr("Last week"), Deadline::kLastWeek);
    m_month = new QSpinBox(this);
    m_month->setObjectName(u"deadlineMonthSpinBox"_s);
    m_month->setRange(1, 12);
    m_month->setAccessibleName(tr("Month"));
    m_year = new QSpinBox(this);
    m_year->setObjectName(u"deadlineYearSpinBox"_s);
    m_year->setRange(1900, 2200);
    m_year->setGroupSeparatorShown(false);
    m_year->setAccessibleName(tr("Year"));
    auto* weekFields = new QWidget(this);
    auto* weekLayout = new QHBoxLayout(weekFields);
    weekLayout->setContentsMargins(0, 0, 0, 0);
    weekLayout->addWidget(m_week);
    weekLayout->addWidget(new QLabel(tr("of month"), weekFields));
    weekLayout->addWidget(m_month);
    weekLayout->addWidget(new QLabel(u"/"_s, weekFields));
    weekLayout->addWidget(m_year);
    weekLayout->addStretch(1);
    m_weekProblem = new ProblemLabel(this);
    m_weekProblem->setObjectName(u"deadlineWeekProblemLabel"_s);
    m_weekRow = withProblem(weekFields, m_weekProblem, this);
    m_form->addRow(tr("&Week:"), m_weekRow);

    m_offset = new QSpinBox(this);
    m_offset->setObjectName(u"deadlineOffsetSpinBox"_s);
    m_offset->setRange(-400, 400);
    m_offset->setPrefix(u"E "_s);
    m_offset->setSuffix(tr(" days"));
    m_offset->setToolTip(tr("Negative: before election day; positive: after it."));
    m_form->addRow(tr("&Days from E:"), m_offset);

    m_wording = new QLineEdit(this);
    m_wording->setObjectName(u"deadlineWordingLineEdit"_s);
    m_wording->setPlaceholderText(tr("As the plan words it"));
    m_wording->setToolTip(tr("Filled in from the fields until you type your own wording; clear "
                             "it to have it filled in again."));
    m_form->addRow(tr("As &worded:"), m_wording);

    m_hint = new QLabel(this);
    m_hint->setObjectName(u"deadlineLastDayLabel"_s);
    m_hint->setTextFormat(Qt::PlainText);
    m_form->addRow(QString(), m_hint);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DeadlineEditor::kindChosen);
    for (QDateEdit* edit : {m_date, m_endDate})
        connect(edit, &QDateEdit::dateChanged, this, &DeadlineEditor::fieldsEdited);
    connect(m_week, &QComboBox::currentIndexChanged, this, &DeadlineEditor::fieldsEdited);
    for (QSpinBox* spin : {m_month, m_year, m_offset})
        connect(spin, &QSpinBox::valueChanged, this, &DeadlineEditor::fieldsEdited);
    connect(m_wording, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_autoWording = text.trimmed().isEmpty();
        emit changed();
    });
}

void DeadlineEditor::setOptional(bool optional)
{
    if (optional == m_optional)
        return;
    const std::optional<Deadline> current = optionalDeadline();
    m_optional = optional;
    {
        const QSignalBlocker blocker(m_kind);
        if (optional)
            m_kind->insertItem(0, tr("No deadline"), kNoDeadline);
        else
            m_kind->removeItem(0);
    }
    setOptionalDeadline(current ? current : std::optional<Deadline>(deadline()));
}

void DeadlineEditor::setDeadline(const Deadline& deadline)
{
    m_loading = true;
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(deadline.kind)));
    }
    setDateOf(m_date, deadline.date);
    setDateOf(m_endDate, deadline.endDate);
    const bool byWeek = deadline.kind == DeadlineKind::WeekOfMonth;
    const QDate around = deadline.date.isValid() ? deadline.date : referenceDate();
    m_year->setValue(byWeek && deadline.year > 0 ? deadline.year : around.year());
    m_month->setValue(byWeek && deadline.month > 0 ? deadline.month : around.month());
    const int weekRow = m_week->findData(deadline.week);
    m_week->setCurrentIndex(byWeek && weekRow >= 0 ? weekRow : m_week->count() - 1);
    m_offset->setValue(deadline.offsetDays);
    m_yearInferred = deadline.yearInferred;
    m_autoWording =
            deadline.wording.trimmed().isEmpty() || deadline.wording == wordingFor(deadline);
    m_wording->setText(deadline.wording);
    m_loading = false;
    updateRows();
    updateWording();
    updateHint();
    emit changed();
}

void DeadlineEditor::setOptionalDeadline(const std::optional<Deadline>& deadline)
{
    if (deadline || !m_optional) {
        setDeadline(deadline.value_or(Deadline{}));
        return;
    }
    m_loading = true;
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(kNoDeadline));
    }
    m_wording->clear();
    m_autoWording = true;
    m_loading = false;
    updateRows();
    updateHint();
    emit changed();
}

int DeadlineEditor::chosenKind() const
{
    return m_kind->currentData().toInt();
}

QDate DeadlineEditor::referenceDate() const
{
    return m_referenceDate.isValid() ? m_referenceDate : QDate::currentDate();
}

void DeadlineEditor::setReferenceDate(QDate date)
{
    m_referenceDate = date;
}

void DeadlineEditor::setElectionDay(QDate electionDay)
{
    m_electionDay = electionDay;
    updateHint();
}

Deadline DeadlineEditor::fieldsDeadline() const
{
    Deadline d;
    if (chosenKind() == kNoDeadline)
        return d;
    d.kind = static_cast<DeadlineKind>(chosenKind());
    switch (d.kind) {
    case DeadlineKind::OnDate:
    case DeadlineKind::NoLaterThan:
    case DeadlineKind::StrictlyBefore: d.date = dateOf(m_date); break;
    case DeadlineKind::Window:
        d.date = dateOf(m_date);
        d.endDate = dateOf(m_endDate);
        break;
    case DeadlineKind::WeekOfMonth:
        d.year = m_year->value();
        d.month = m_month->value();
        d.week = m_week->currentData().toInt();
        break;
    case DeadlineKind::OnRequest: break;
    case DeadlineKind::ElectionOffset: d.offsetDays = m_offset->value(); break;
    }
    d.yearInferred = m_yearInferred;
    return d;
}

Deadline DeadlineEditor::deadline() const
{
    Deadline d = fieldsDeadline();
    if (chosenKind() != kNoDeadline)
        d.wording = m_wording->text().trimmed();
    return d;
}

std::optional<Deadline> DeadlineEditor::optionalDeadline() const
{
    if (chosenKind() == kNoDeadline)
        return std::nullopt;
    return deadline();
}

void DeadlineEditor::kindChosen()
{
    if (m_loading)
        return;
    // Offer sensible values for the fields the new kind shows.
    const int kind = chosenKind();
    if (kind != kNoDeadline && needsDate(static_cast<DeadlineKind>(kind))) {
        const QSignalBlocker dateBlocker(m_date);
        const QSignalBlocker endBlocker(m_endDate);
        if (!dateOf(m_date).isValid())
            setDateOf(m_date, dateOf(m_endDate).isValid() ? dateOf(m_endDate) : referenceDate());
        if (static_cast<DeadlineKind>(kind) == DeadlineKind::Window
            && (!dateOf(m_endDate).isValid() || dateOf(m_endDate) < dateOf(m_date)))
            setDateOf(m_endDate, dateOf(m_date));
    }
    updateRows();
    fieldsEdited();
}

void DeadlineEditor::fieldsEdited()
{
    if (m_loading)
        return;
    m_yearInferred = false; // the user stated the fields
    updateWording();
    updateHint();
    emit changed();
}

void DeadlineEditor::updateRows()
{
    const int kind = chosenKind();
    const auto is = [kind](DeadlineKind k) { return kind == static_cast<int>(k); };
    const bool none = kind == kNoDeadline;
    m_form->setRowVisible(m_dateRow, !none && needsDate(static_cast<DeadlineKind>(kind)));
    m_dateLabel->setText(is(DeadlineKind::Window) ? tr("&From:") : tr("&Date:"));
    m_form->setRowVisible(m_endDateRow, is(DeadlineKind::Window));
    m_form->setRowVisible(m_weekRow, is(DeadlineKind::WeekOfMonth));
    m_form->setRowVisible(m_offset, is(DeadlineKind::ElectionOffset));
    m_form->setRowVisible(m_wording, !none);
    m_form->setRowVisible(m_hint, !none && !is(DeadlineKind::OnRequest));
}

QString DeadlineEditor::wordingFor(const Deadline& d)
{
    if (!d.isComplete())
        return {}; // nothing sensible to say until the fields are
    switch (d.kind) {
    case DeadlineKind::OnDate: return tr("On %1").arg(formatDate(d.date));
    case DeadlineKind::NoLaterThan: return tr("No later than %1").arg(formatDate(d.date));
    case DeadlineKind::StrictlyBefore: return tr("Before %1").arg(formatDate(d.date));
    case DeadlineKind::Window:
        return tr("From %1 to %2").arg(formatDate(d.date), formatDate(d.endDate));
    case DeadlineKind::WeekOfMonth:
        if (d.week == Deadline::kLastWeek)
            return tr("Last week of %1/%2").arg(d.month).arg(d.year);
        return tr("Week %1 of %2/%3").arg(d.week).arg(d.month).arg(d.year);
    case DeadlineKind::OnRequest: return tr("On request");
    case DeadlineKind::ElectionOffset: return offsetText(d.offsetDays);
    }
    return {};
}

void DeadlineEditor::updateWording()
{
    if (!m_autoWording || chosenKind() == kNoDeadline)
        return;
    m_wording->setText(wordingFor(fieldsDeadline()));
}

void DeadlineEditor::updateHint()
{
    if (chosenKind() == kNoDeadline) {
        m_hint->clear();
        return;
    }
    const Deadline d = fieldsDeadline();
    const auto dayText = [](QDate day) {
        return tr("%1, %2").arg(QLocale().dayName(day.dayOfWeek()), formatDate(day));
    };
    QString hint;
    if (d.kind == DeadlineKind::ElectionOffset && !m_electionDay.isValid()) {
        hint = tr("Counted from election day, which the plan does not set yet.");
    } else if (const auto last = d.lastAllowedDate(m_electionDay)) {
        const auto first = d.firstAllowedDate(m_electionDay);
        hint = first && *first != *last
                       ? tr("From %1 to %2 (last allowed day)").arg(dayText(*first), dayText(*last))
                       : tr("Last allowed day: %1").arg(dayText(*last));
    }
    m_hint->setText(hint);
}

void DeadlineEditor::showProblems(const QList<FieldProblem>& problems, const QString& prefix)
{
    QList<FieldProblem> mine;
    for (const FieldProblem& p : problems) {
        if (p.field.startsWith(prefix))
            mine << FieldProblem{p.field.mid(prefix.size()), p.problem};
    }
    const auto show = [&mine](QWidget* field, ProblemLabel* label, const QStringList& fields) {
        QStringList messages;
        for (const QString& name : fields) {
            for (const QString& message : problemMessages(mine, name)) {
                if (!messages.contains(message))
                    messages << message;
            }
        }
        label->setMessages(messages);
        markField(field, !messages.isEmpty(), messages.join(u' '));
    };
    show(m_date, m_dateProblem, {u"date"_s});
    show(m_endDate, m_endDateProblem, {u"endDate"_s});
    show(m_week, m_weekProblem, {u"year"_s, u"month"_s, u"week"_s});
    markField(m_year, !problemMessages(mine, u"year"_s).isEmpty(), QString());
    markField(m_month, !problemMessages(mine, u"month"_s).isEmpty(), QString());
    markField(m_week, !problemMessages(mine, u"week"_s).isEmpty(), QString());
}

} // namespace ed::gui
