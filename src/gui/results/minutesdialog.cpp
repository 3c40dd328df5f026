#include "gui/results/minutesdialog.h"

#include "core/codes.h"
#include "gui/editing/fieldmarker.h"
#include "gui/modal.h"
#include "i18n/resultswording.h"

#include "ui_minutesdialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

constexpr std::array kBallots{Ballot::NationalAssembly, Ballot::Province, Ballot::District,
                              Ballot::Commune};

void setUpCount(QSpinBox* box)
{
    box->setRange(0, static_cast<int>(kMaxCount));
    box->setGroupSeparatorShown(true);
    box->setAlignment(Qt::AlignRight);
    box->setMinimumWidth(box->fontMetrics().horizontalAdvance(u"999.999.999"_s) + 40);
}

qint64 count(const QSpinBox* box)
{
    return box->value();
}

int toSpin(qint64 value)
{
    return static_cast<int>(std::clamp<qint64>(value, 0, kMaxCount));
}

} // namespace

MinutesDialog::MinutesDialog(const ElectionUnit& unit,
                             const UnitMinutes& minutes,
                             const QDateTime& now,
                             QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MinutesDialog>()), m_unit(unit.id)
{
    m_ui->setupUi(this);
    setObjectName(u"minutesDialog"_s);
    setWindowTitle(tr("Counting minutes of %1").arg(unit.code));
    m_ui->unitLabel->setText(tr("%1 – %2 (%3). Type the figures as the counting minutes give "
                                "them; the checks run as you type.")
                                     .arg(unit.code, unit.name, i18n::unitLevelName(unit.level)));
    for (QSpinBox* box : {m_ui->registeredSpinBox, m_ui->votedSpinBox, m_ui->lawStudySpinBox})
        setUpCount(box);
    m_ui->errorsProblemLabel->setIcon(QStyle::SP_MessageBoxCritical);
    buildBallotGrid();
    fill(minutes, now);

    for (QSpinBox* box : findChildren<QSpinBox*>())
        connect(box, &QSpinBox::valueChanged, this, &MinutesDialog::validate);
    for (QCheckBox* box : findChildren<QCheckBox*>())
        connect(box, &QCheckBox::toggled, this, &MinutesDialog::validate);
    connect(m_ui->reportedAtCheckBox, &QCheckBox::toggled, m_ui->reportedAtDateTimeEdit,
            &QWidget::setEnabled);
    m_ui->reportedAtDateTimeEdit->setEnabled(m_ui->reportedAtCheckBox->isChecked());
    updateHeldRows();
    validate();
    resize(sizeHint().width(), minimumSizeHint().height() + 40);
}

MinutesDialog::~MinutesDialog() = default;

void MinutesDialog::buildBallotGrid()
{
    QGridLayout* grid = m_ui->ballotsGridLayout;
    const QStringList headings{tr("Ballot held"), tr("Issued"),     tr("Received"),   tr("Valid"),
                               tr("Invalid"),     tr("Bầu cử lại"), tr("Bầu cử thêm")};
    for (int column = 0; column < headings.size(); ++column) {
        auto* heading = new QLabel(u"<b>%1</b>"_s.arg(headings[column].toHtmlEscaped()), this);
        grid->addWidget(heading, 0, column, column == 0 ? Qt::AlignLeft : Qt::AlignCenter);
    }
    QWidget* previous = m_ui->reportedAtDateTimeEdit;
    for (size_t i = 0; i < kBallots.size(); ++i) {
        const Ballot ballot = kBallots[i];
        const QString code = toCode(ballot);
        const QString name = i18n::ballotName(ballot);
        BallotRow& row = m_rows[i];
        row.ballot = ballot;
        row.held = new QCheckBox(name, this);
        row.held->setObjectName(code + u"HeldCheckBox"_s);
        row.held->setToolTip(tr("Untick for a ballot this area did not hold"));
        const auto spin = [&](const QString& kind, const QString& what) {
            auto* box = new QSpinBox(this);
            box->setObjectName(code + kind + u"SpinBox"_s);
            box->setAccessibleName(u"%1: %2"_s.arg(name, what));
            setUpCount(box);
            return box;
        };
        row.issued = spin(u"Issued"_s, tr("ballots issued"));
        row.received = spin(u"Received"_s, tr("ballots received"));
        row.valid = spin(u"Valid"_s, tr("valid ballots"));
        row.invalid = spin(u"Invalid"_s, tr("invalid ballots"));
        row.revote = new QCheckBox(this);
        row.revote->setObjectName(code + u"RevoteCheckBox"_s);
        row.revote->setAccessibleName(tr("%1: bầu cử lại needed").arg(name));
        row.additional = new QCheckBox(this);
        row.additional->setObjectName(code + u"AdditionalCheckBox"_s);
        row.additional->setAccessibleName(tr("%1: bầu cử thêm needed").arg(name));
        const int r = static_cast<int>(i) + 1;
        grid->addWidget(row.held, r, 0);
        grid->addWidget(row.issued, r, 1);
        grid->addWidget(row.received, r, 2);
        grid->addWidget(row.valid, r, 3);
        grid->addWidget(row.invalid, r, 4);
        grid->addWidget(row.revote, r, 5, Qt::AlignCenter);
        grid->addWidget(row.additional, r, 6, Qt::AlignCenter);
        for (QWidget* w :
             std::initializer_list<QWidget*>{row.held, row.issued, row.received, row.valid,
                                             row.invalid, row.revote, row.additional}) {
            setTabOrder(previous, w);
            previous = w;
        }
        connect(row.held, &QCheckBox::toggled, this, &MinutesDialog::updateHeldRows);
    }
    setTabOrder(previous, m_ui->buttonBox);
}

void MinutesDialog::fill(const UnitMinutes& minutes, const QDateTime& now)
{
    const VoterFigures figures = minutes.figures.value_or(VoterFigures{});
    m_ui->registeredSpinBox->setValue(toSpin(figures.registered));
    m_ui->votedSpinBox->setValue(toSpin(figures.voted));
    m_ui->lawStudySpinBox->setValue(toSpin(figures.lawStudy));
    m_ui->reportedAtCheckBox->setChecked(minutes.reportedAt.isValid());
    m_ui->reportedAtDateTimeEdit->setDateTime(minutes.reportedAt.isValid() ? minutes.reportedAt
                                                                           : now);
    // A unit that has not reported starts with every ballot held.
    const bool fresh = !minutes.figures && minutes.ballots.isEmpty();
    for (BallotRow& row : m_rows) {
        const auto stored =
                std::find_if(minutes.ballots.cbegin(), minutes.ballots.cend(),
                             [&row](const BallotCount& b) { return b.ballot == row.ballot; });
        const bool held = stored != minutes.ballots.cend();
        row.held->setChecked(fresh || held);
        if (!held)
            continue;
        row.issued->setValue(toSpin(stored->issued));
        row.received->setValue(toSpin(stored->received));
        row.valid->setValue(toSpin(stored->valid));
        row.invalid->setValue(toSpin(stored->invalid));
        row.revote->setChecked(stored->revote);
        row.additional->setChecked(stored->additionalVote);
    }
}

void MinutesDialog::updateHeldRows()
{
    for (const BallotRow& row : m_rows) {
        for (QWidget* w : std::initializer_list<QWidget*>{row.issued, row.received, row.valid,
                                                          row.invalid, row.revote, row.additional})
            w->setEnabled(row.held->isChecked());
    }
}

UnitMinutes MinutesDialog::minutes() const
{
    UnitMinutes minutes;
    minutes.unit = m_unit;
    minutes.figures = VoterFigures{count(m_ui->registeredSpinBox), count(m_ui->votedSpinBox),
                                   count(m_ui->lawStudySpinBox)};
    if (m_ui->reportedAtCheckBox->isChecked())
        minutes.reportedAt = m_ui->reportedAtDateTimeEdit->dateTime();
    for (const BallotRow& row : m_rows) {
        if (!row.held->isChecked())
            continue;
        BallotCount ballot;
        ballot.ballot = row.ballot;
        ballot.issued = count(row.issued);
        ballot.received = count(row.received);
        ballot.valid = count(row.valid);
        ballot.invalid = count(row.invalid);
        ballot.revote = row.revote->isChecked();
        ballot.additionalVote = row.additional->isChecked();
        ballot.source = FigureSource::Manual;
        minutes.ballots << ballot;
    }
    return minutes;
}

QWidget* MinutesDialog::fieldFor(const Finding& finding) const
{
    if (!finding.ballot) {
        if (finding.field == u"registered_voters")
            return m_ui->registeredSpinBox;
        if (finding.field == u"voters_voted")
            return m_ui->votedSpinBox;
        if (finding.field == u"law_study_participants")
            return m_ui->lawStudySpinBox;
        return nullptr;
    }
    for (const BallotRow& row : m_rows) {
        if (row.ballot != *finding.ballot)
            continue;
        if (finding.field == u"ballots_issued")
            return row.issued;
        if (finding.field == u"ballots_received")
            return row.received;
        if (finding.field == u"valid_ballots")
            return row.valid;
        if (finding.field == u"invalid_ballots")
            return row.invalid;
        if (finding.field == u"revote")
            return row.revote;
        return row.held;
    }
    return nullptr;
}

void MinutesDialog::validate()
{
    m_findings = checkMinutes(minutes());
    QStringList errors;
    QStringList warnings;
    QHash<QWidget*, QStringList> marked;
    for (const Finding& finding : m_findings) {
        const QString message = i18n::findingMessage(finding);
        if (severity(finding.rule) == Severity::Error) {
            errors << message;
            if (QWidget* field = fieldFor(finding))
                marked[field] << message;
        } else {
            warnings << message;
        }
    }
    QList<QWidget*> fields{m_ui->registeredSpinBox, m_ui->votedSpinBox, m_ui->lawStudySpinBox};
    for (const BallotRow& row : m_rows)
        fields << row.issued << row.received << row.valid << row.invalid;
    for (QWidget* field : fields)
        markField(field, marked.contains(field), marked.value(field).join(u' '));
    m_ui->errorsProblemLabel->setMessages(errors);
    m_ui->warningsProblemLabel->setMessages(warnings);
    const bool anyBallot = std::any_of(m_rows.cbegin(), m_rows.cend(),
                                       [](const BallotRow& r) { return r.held->isChecked(); });
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(errors.isEmpty() && anyBallot);
    ok->setToolTip(!errors.isEmpty() ? tr("Correct the errors listed first.")
                   : !anyBallot      ? tr("Tick at least one ballot the area held.")
                                     : QString());
}

void MinutesDialog::accept()
{
    validate();
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QStringList warnings;
    for (const Finding& finding : m_findings) {
        if (severity(finding.rule) == Severity::Warning)
            warnings << u"• "_s + i18n::findingMessage(finding);
    }
    if (!warnings.isEmpty()) {
        const QString question =
                tr("The minutes are possible but have %n warning(s):", nullptr,
                   static_cast<int>(warnings.size()))
                + u"\n\n"_s + warnings.join(u'\n') + u"\n\n"_s
                + tr("Save them anyway? Say yes only after checking the paper minutes.");
        if (modal::ask(this, windowTitle(), question, QMessageBox::Yes | QMessageBox::No,
                       QMessageBox::No)
            != QMessageBox::Yes)
            return;
    }
    if (m_save && !m_save(minutes()))
        return;
    QDialog::accept();
}

} // namespace ed::gui
