#include "gui/nominations/nominationdialog.h"

#include "core/searchkey.h"
#include "core/validation.h"
#include "gui/editing/fieldmarker.h"
#include "gui/widgets/foldedcompleter.h"
#include "gui/widgets/problemlabel.h"
#include "i18n/nominationwording.h"

#include "ui_nominationdialog.h"

#include <QPushButton>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kKeyRole = Qt::UserRole + 2;
constexpr int kLevelRole = Qt::UserRole + 3;
constexpr int kCampaignRole = Qt::UserRole + 4;

QString agencyText(const Agency& agency)
{
    return agency.abbreviation.isEmpty() || agency.abbreviation == agency.name
                   ? agency.name
                   : u"%1 (%2)"_s.arg(agency.name, agency.abbreviation);
}

/// A campaign's theme is a sentence; the combo shows its start so that it stays readable.
QString shortTheme(const QString& theme)
{
    constexpr qsizetype kMax = 48;
    const QString simple = theme.simplified();
    return simple.size() <= kMax ? simple : simple.left(kMax - 1).trimmed() + u'…';
}

/// The row of an editable combo whose text was typed or chosen; -1 when no entry has it.
int chosenRow(const QComboBox* combo)
{
    const QString text = combo->currentText().trimmed();
    const int current = combo->currentIndex();
    if (current >= 0 && combo->itemText(current) == text)
        return current;
    return combo->findText(text, Qt::MatchFixedString);
}

/// The id an editable combo points at: 0 for an empty field, -1 for text no entry has.
qint64 chosenId(const QComboBox* combo)
{
    if (combo->currentText().trimmed().isEmpty())
        return 0;
    const int row = chosenRow(combo);
    return row < 0 ? -1 : combo->itemData(row, kIdRole).toLongLong();
}

void showProblems(QWidget* field, ProblemLabel* label, const QStringList& messages)
{
    label->setMessages(messages);
    markField(field, !messages.isEmpty(), messages.join(u' '));
}

} // namespace

struct NominationDialog::Private
{
    Ui::NominationDialog ui;
    Nomination original;
    QDate today;
    QStandardItemModel* units = nullptr;
    QStandardItemModel* agencies = nullptr;
    bool loading = false;

    [[nodiscard]] bool stateForm() const
    {
        const int row = ui.awardFormCombo->currentIndex();
        return row >= 0
               && ui.awardFormCombo->itemData(row, kLevelRole).toInt()
                          == static_cast<int>(AwardLevel::State);
    }
    /// Shows each problem beside its field; OK only without any.
    void validate(const Nomination& nomination);
    void enableForKind(NomineeKind kind);
};

void NominationDialog::Private::enableForKind(NomineeKind kind)
{
    const bool individual = kind == NomineeKind::Individual;
    for (QWidget* w : std::initializer_list<QWidget*>{ui.positionEdit, ui.positionLabel,
                                                      ui.workplaceEdit, ui.workplaceLabel})
        w->setEnabled(individual);
}

void NominationDialog::Private::validate(const Nomination& nomination)
{
    const QList<FieldProblem> problems = checkNomination(nomination, today);
    QStringList unit;
    if (chosenId(ui.unitCombo) < 0)
        unit << NominationDialog::tr(
                "No election unit is called that: choose one from the list, or leave the "
                "field empty.");
    // Text that names no agency is a different mistake from an empty field: say which.
    QStringList agency = problemMessages(problems, u"nominatingAgency"_s);
    if (chosenId(ui.agencyCombo) < 0)
        agency = QStringList{
                NominationDialog::tr("No agency is called that: choose one from the list.")};
    const QStringList name = problemMessages(problems, u"name"_s);
    const QStringList form = problemMessages(problems, u"awardForm"_s);
    const QStringList received = problemMessages(problems, u"receivedOn"_s);
    showProblems(ui.nomineeNameEdit, ui.nameProblemLabel, name);
    showProblems(ui.unitCombo, ui.unitProblemLabel, unit);
    showProblems(ui.agencyCombo, ui.agencyProblemLabel, agency);
    showProblems(ui.awardFormCombo, ui.awardFormProblemLabel, form);
    showProblems(ui.receivedOnEdit, ui.receivedOnProblemLabel, received);

    const bool valid = name.isEmpty() && unit.isEmpty() && agency.isEmpty() && form.isEmpty()
                       && received.isEmpty();
    QPushButton* ok = ui.buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(valid);
    ok->setToolTip(valid ? QString() : NominationDialog::tr("Correct the marked fields first."));
}

NominationDialog::NominationDialog(const services::NominationChoices& choices,
                                   QDate today,
                                   QWidget* parent)
    : QDialog(parent), d(std::make_unique<Private>())
{
    Ui::NominationDialog& ui = d->ui;
    ui.setupUi(this);
    d->today = today.isValid() ? today : QDate::currentDate();
    ui.buttonBox->setObjectName(u"buttonBox"_s);
    for (const NomineeKind kind : {NomineeKind::Collective, NomineeKind::Individual})
        ui.nomineeKindCombo->addItem(i18n::nomineeKindName(kind), static_cast<int>(kind));

    // Units and agencies are long lists: typed parts of a name or code, without diacritics,
    // find them (FoldedCompleter).
    d->units = new QStandardItemModel(this);
    auto* none = new QStandardItem(tr("(no unit)"));
    none->setData(qint64(0), kIdRole);
    d->units->appendRow(none);
    for (const ElectionUnit& unit : choices.units) {
        auto* item = new QStandardItem(u"%1 — %2"_s.arg(unit.code, unit.name));
        item->setData(unit.id.raw(), kIdRole);
        item->setData(searchKey(unit.code + u' ' + unit.name), kKeyRole);
        d->units->appendRow(item);
    }
    ui.unitCombo->setModel(d->units);
    ui.unitCombo->setCompleter(new FoldedCompleter(d->units, kKeyRole, ui.unitCombo));
    ui.unitCombo->lineEdit()->setPlaceholderText(tr("Type part of a code or name; empty for none"));
    ui.unitCombo->setToolTip(tr("The election unit the nominee stands for: its results decide "
                                "the measurable criteria."));

    d->agencies = new QStandardItemModel(this);
    for (const Agency& agency : choices.agencies) {
        auto* item = new QStandardItem(agencyText(agency));
        item->setData(agency.id.raw(), kIdRole);
        item->setData(searchKey(agency.name + u' ' + agency.abbreviation), kKeyRole);
        d->agencies->appendRow(item);
    }
    ui.agencyCombo->setModel(d->agencies);
    ui.agencyCombo->setCompleter(new FoldedCompleter(d->agencies, kKeyRole, ui.agencyCombo));
    ui.agencyCombo->lineEdit()->setPlaceholderText(tr("Type part of the agency's name"));

    // With several campaigns the same form exists once per campaign: say which one.
    const bool several = choices.campaigns.size() > 1;
    for (const Campaign& campaign : choices.campaigns) {
        for (const AwardForm& form : campaign.awardForms) {
            const QString name = form.usualName.isEmpty() ? form.nameAsWritten : form.usualName;
            ui.awardFormCombo->addItem(several ? u"%1 — %2"_s.arg(name, shortTheme(campaign.theme))
                                               : name);
            const int row = ui.awardFormCombo->count() - 1;
            ui.awardFormCombo->setItemData(row, form.id.raw(), kIdRole);
            ui.awardFormCombo->setItemData(row, static_cast<int>(form.level), kLevelRole);
            ui.awardFormCombo->setItemData(row, campaign.id.raw(), kCampaignRole);
            ui.awardFormCombo->setItemData(
                    row,
                    several ? u"%1\n%2"_s.arg(form.nameAsWritten, campaign.theme)
                            : form.nameAsWritten,
                    Qt::ToolTipRole);
        }
    }
    ui.awardFormCombo->setPlaceholderText(tr("Choose the award form"));
    ui.higherStateAwardCheck->setToolTip(
            tr("Only for a state award: these are forwarded with 30 working days to appraise "
               "instead of 15."));
    ui.receivedOnEdit->setToolTip(tr("The day the dossier arrived; never after today."));
    ui.achievementEdit->setMinimumHeight(90);

    const auto edited = [this] {
        if (!d->loading)
            d->validate(nomination());
    };
    connect(ui.nomineeKindCombo, &QComboBox::currentIndexChanged, this, [this, edited] {
        d->enableForKind(static_cast<NomineeKind>(d->ui.nomineeKindCombo->currentData().toInt()));
        edited();
    });
    connect(ui.awardFormCombo, &QComboBox::currentIndexChanged, this, [this, edited] {
        const bool state = d->stateForm();
        d->ui.higherStateAwardCheck->setEnabled(state);
        if (!state)
            d->ui.higherStateAwardCheck->setChecked(false);
        edited();
    });
    connect(ui.nomineeNameEdit, &QLineEdit::textChanged, this, edited);
    connect(ui.unitCombo, &QComboBox::editTextChanged, this, edited);
    connect(ui.unitCombo, &QComboBox::currentIndexChanged, this, edited);
    connect(ui.agencyCombo, &QComboBox::editTextChanged, this, edited);
    connect(ui.agencyCombo, &QComboBox::currentIndexChanged, this, edited);
    connect(ui.receivedOnEdit, &QDateEdit::dateChanged, this, edited);

    Nomination fresh;
    fresh.receivedOn = d->today;
    setNomination(fresh);
}

NominationDialog::~NominationDialog() = default;

void NominationDialog::setNomination(const Nomination& nomination)
{
    Ui::NominationDialog& ui = d->ui;
    d->original = nomination;
    d->loading = true;
    setWindowTitle(nomination.id.isValid() ? tr("Edit nomination — %1").arg(nomination.name)
                                           : tr("New nomination"));
    ui.nomineeKindCombo->setCurrentIndex(
            std::max(ui.nomineeKindCombo->findData(static_cast<int>(nomination.kind)), 0));
    ui.nomineeNameEdit->setText(nomination.name);
    ui.positionEdit->setText(nomination.position);
    ui.workplaceEdit->setText(nomination.workplace);
    const int unitRow =
            nomination.unit.isValid() ? ui.unitCombo->findData(nomination.unit.raw(), kIdRole) : 0;
    ui.unitCombo->setCurrentIndex(std::max(unitRow, 0));
    ui.agencyCombo->setCurrentIndex(
            nomination.nominatingAgency.isValid()
                    ? ui.agencyCombo->findData(nomination.nominatingAgency.raw(), kIdRole)
                    : -1);
    if (ui.agencyCombo->currentIndex() < 0)
        ui.agencyCombo->setEditText(QString());
    ui.awardFormCombo->setCurrentIndex(nomination.awardForm.isValid() ? ui.awardFormCombo->findData(
                                               nomination.awardForm.raw(), kIdRole)
                                                                      : -1);
    ui.higherStateAwardCheck->setChecked(nomination.higherStateAward);
    ui.achievementEdit->setPlainText(nomination.achievement);
    ui.receivedOnEdit->setDate(nomination.receivedOn.isValid() ? nomination.receivedOn : d->today);
    d->loading = false;
    // The dependent fields follow the kind and the form as if they had just been chosen.
    d->enableForKind(nomination.kind);
    ui.higherStateAwardCheck->setEnabled(d->stateForm());
    ui.higherStateAwardCheck->setChecked(nomination.higherStateAward && d->stateForm());
    d->validate(this->nomination());
    ui.nomineeNameEdit->setFocus();
}

Nomination NominationDialog::nomination() const
{
    const Ui::NominationDialog& ui = d->ui;
    Nomination n = d->original;
    n.kind = static_cast<NomineeKind>(ui.nomineeKindCombo->currentData().toInt());
    n.name = ui.nomineeNameEdit->text().trimmed();
    // A collective has neither post nor workplace; the fields keep their text for a change back.
    const bool individual = n.kind == NomineeKind::Individual;
    n.position = individual ? ui.positionEdit->text().trimmed() : QString();
    n.workplace = individual ? ui.workplaceEdit->text().trimmed() : QString();
    n.unit = UnitId(std::max<qint64>(chosenId(ui.unitCombo), 0));
    n.nominatingAgency = AgencyId(std::max<qint64>(chosenId(ui.agencyCombo), 0));
    const int form = ui.awardFormCombo->currentIndex();
    n.awardForm = form >= 0 ? AwardFormId(ui.awardFormCombo->itemData(form, kIdRole).toLongLong())
                            : AwardFormId();
    if (form >= 0)
        n.campaign = CampaignId(ui.awardFormCombo->itemData(form, kCampaignRole).toLongLong());
    n.higherStateAward = d->stateForm() && ui.higherStateAwardCheck->isChecked();
    n.achievement = ui.achievementEdit->toPlainText().trimmed();
    n.receivedOn = ui.receivedOnEdit->date();
    return n;
}

} // namespace ed::gui
