// The nomination form, the workflow step dialog and the award settings dialog, on their own
// (no workspace): fields, live checks, and what they hand back.
#include "core/codes.h"
#include "gui/editing/fieldmarker.h"
#include "gui/nominations/awardsettingsdialog.h"
#include "gui/nominations/nominationdialog.h"
#include "gui/nominations/stepdialog.h"
#include "gui/widgets/problemlabel.h"
#include "i18n/nominationwording.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace ed;
using ed::gui::AwardSettingsDialog;
using ed::gui::NominationDialog;
using ed::gui::StepDialog;

namespace {

const QDate kToday(2021, 5, 25);

template <typename T>
T* child(const QWidget& parent, const QString& name)
{
    auto* widget = parent.findChild<T*>(name);
    EXPECT_NE(widget, nullptr) << name.toStdString();
    return widget;
}

QPushButton* okOf(const QWidget& dialog)
{
    return child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
}

AwardForm form(qint64 id, AwardLevel level, const QString& name)
{
    AwardForm f;
    f.id = AwardFormId(id);
    f.level = level;
    f.usualName = name;
    f.nameAsWritten = name;
    return f;
}

services::NominationChoices choices()
{
    services::NominationChoices c;
    Campaign campaign;
    campaign.id = CampaignId(1);
    campaign.theme = u"Thi đua bầu cử 2021"_s;
    campaign.awardForms = {form(21, AwardLevel::State, u"Khen thưởng cấp Nhà nước"_s),
                           form(22, AwardLevel::Province, u"Bằng khen của Chủ tịch UBND tỉnh"_s),
                           form(23, AwardLevel::DistrictOrAgency, u"Giấy khen"_s)};
    c.campaigns = {campaign};
    Agency home;
    home.id = AgencyId(11);
    home.name = u"Sở Nội vụ"_s;
    home.abbreviation = u"SNV"_s;
    Agency front;
    front.id = AgencyId(12);
    front.name = u"Ủy ban MTTQ Việt Nam tỉnh"_s;
    c.agencies = {home, front};
    ElectionUnit first;
    first.id = UnitId(31);
    first.code = u"A01"_s;
    first.name = u"Phường Bến Nghé"_s;
    ElectionUnit second;
    second.id = UnitId(32);
    second.code = u"A02"_s;
    second.name = u"Xã Đông Thạnh"_s;
    c.units = {first, second};
    return c;
}

/// Everything filled but the name.
void fillAllButName(const NominationDialog& dialog)
{
    auto* agency = child<QComboBox>(dialog, u"agencyCombo"_s);
    agency->setCurrentIndex(agency->findData(qint64(11), Qt::UserRole + 1));
    auto* awardForm = child<QComboBox>(dialog, u"awardFormCombo"_s);
    awardForm->setCurrentIndex(1);
}

} // namespace

TEST(NominationDialogTest, OkWaitsForANameAndShowsTheProblemBesideIt)
{
    NominationDialog dialog(choices(), kToday);
    EXPECT_FALSE(okOf(dialog)->isEnabled()); // nothing chosen yet
    fillAllButName(dialog);
    auto* name = child<QLineEdit>(dialog, u"nomineeNameEdit"_s);
    auto* problem = child<gui::ProblemLabel>(dialog, u"nameProblemLabel"_s);
    EXPECT_FALSE(okOf(dialog)->isEnabled());
    EXPECT_FALSE(problem->isHidden());
    EXPECT_TRUE(gui::isFieldMarked(name));

    name->setText(u"Ủy ban bầu cử phường Bến Nghé"_s);
    EXPECT_TRUE(okOf(dialog)->isEnabled());
    EXPECT_TRUE(problem->isHidden());
    EXPECT_FALSE(gui::isFieldMarked(name));
    const Nomination n = dialog.nomination();
    EXPECT_EQ(n.receivedOn, kToday); // a new one arrives today
    EXPECT_EQ(n.nominatingAgency, AgencyId(11));
    EXPECT_EQ(n.awardForm, AwardFormId(22));
    EXPECT_EQ(n.campaign, CampaignId(1));
    EXPECT_FALSE(n.unit.isValid());

    name->setText(u"   "_s);
    EXPECT_FALSE(okOf(dialog)->isEnabled());
}

TEST(NominationDialogTest, RefusesAReceivedDateAfterToday)
{
    NominationDialog dialog(choices(), kToday);
    fillAllButName(dialog);
    child<QLineEdit>(dialog, u"nomineeNameEdit"_s)->setText(u"Tổ bầu cử số 3"_s);
    auto* received = child<QDateEdit>(dialog, u"receivedOnEdit"_s);
    EXPECT_EQ(received->displayFormat(), u"dd/MM/yyyy"_s);
    ASSERT_TRUE(okOf(dialog)->isEnabled());

    received->setDate(kToday.addDays(1));
    EXPECT_FALSE(okOf(dialog)->isEnabled());
    EXPECT_TRUE(gui::isFieldMarked(received));
    EXPECT_FALSE(child<gui::ProblemLabel>(dialog, u"receivedOnProblemLabel"_s)->text().isEmpty());

    received->setDate(kToday.addDays(-3));
    EXPECT_TRUE(okOf(dialog)->isEnabled());
    EXPECT_EQ(dialog.nomination().receivedOn, kToday.addDays(-3));
}

TEST(NominationDialogTest, OffersTheHigherStateBoxOnlyForAStateForm)
{
    NominationDialog dialog(choices(), kToday);
    auto* awardForm = child<QComboBox>(dialog, u"awardFormCombo"_s);
    auto* higher = child<QCheckBox>(dialog, u"higherStateAwardCheck"_s);
    EXPECT_FALSE(higher->isEnabled()); // no form yet

    awardForm->setCurrentIndex(awardForm->findData(qint64(21), Qt::UserRole + 1));
    EXPECT_TRUE(higher->isEnabled());
    higher->setChecked(true);
    EXPECT_TRUE(dialog.nomination().higherStateAward);

    awardForm->setCurrentIndex(awardForm->findData(qint64(22), Qt::UserRole + 1));
    EXPECT_FALSE(higher->isEnabled());
    EXPECT_FALSE(dialog.nomination().higherStateAward);
}

TEST(NominationDialogTest, RoundTripsAnIndividualWithAUnit)
{
    Nomination stored;
    stored.id = NominationId(7);
    stored.kind = NomineeKind::Individual;
    stored.name = u"Nguyễn Thị Lan"_s;
    stored.position = u"Chuyên viên"_s;
    stored.workplace = u"Phòng Xây dựng chính quyền"_s;
    stored.unit = UnitId(32);
    stored.nominatingAgency = AgencyId(12);
    stored.awardForm = AwardFormId(21);
    stored.campaign = CampaignId(1);
    stored.higherStateAward = true;
    stored.achievement = u"Hoàn thành xuất sắc nhiệm vụ\nbầu cử"_s;
    stored.receivedOn = QDate(2021, 5, 10);
    stored.restartedOn = QDate(2021, 5, 20);
    stored.status = NominationStatus::UnderAppraisal;
    stored.dossier = {DossierItemState{u"to_trinh"_s, true, {}}};

    NominationDialog dialog(choices(), kToday);
    dialog.setNomination(stored);
    EXPECT_EQ(dialog.nomination(), stored);
    EXPECT_TRUE(okOf(dialog)->isEnabled());
    auto* position = child<QLineEdit>(dialog, u"positionEdit"_s);
    EXPECT_TRUE(position->isEnabled());
    auto* unit = child<QComboBox>(dialog, u"unitCombo"_s);
    EXPECT_EQ(unit->currentText(), u"A02 — Xã Đông Thạnh"_s);
    EXPECT_TRUE(dialog.windowTitle().contains(stored.name));

    // A collective has no post or workplace.
    auto* kind = child<QComboBox>(dialog, u"nomineeKindCombo"_s);
    kind->setCurrentIndex(kind->findData(static_cast<int>(NomineeKind::Collective)));
    EXPECT_FALSE(position->isEnabled());
    EXPECT_TRUE(dialog.nomination().position.isEmpty());
    EXPECT_TRUE(dialog.nomination().workplace.isEmpty());
}

TEST(NominationDialogTest, FindsUnitsWithoutDiacriticsAndRefusesUnknownText)
{
    NominationDialog dialog(choices(), kToday);
    fillAllButName(dialog);
    child<QLineEdit>(dialog, u"nomineeNameEdit"_s)->setText(u"Tổ bầu cử số 3"_s);
    auto* unit = child<QComboBox>(dialog, u"unitCombo"_s);
    EXPECT_EQ(unit->currentIndex(), 0); // no unit
    QCompleter* completer = unit->completer();
    ASSERT_NE(completer, nullptr);
    completer->setCompletionPrefix(u"dong thanh"_s);
    ASSERT_EQ(completer->completionCount(), 1);
    EXPECT_EQ(completer->currentCompletion(), u"A02 — Xã Đông Thạnh"_s);

    unit->setEditText(u"Z99"_s);
    EXPECT_FALSE(okOf(dialog)->isEnabled());
    EXPECT_FALSE(child<gui::ProblemLabel>(dialog, u"unitProblemLabel"_s)->isHidden());
    unit->setEditText(u"A01 — Phường Bến Nghé"_s);
    EXPECT_TRUE(okOf(dialog)->isEnabled());
    EXPECT_EQ(dialog.nomination().unit, UnitId(31));
}

TEST(NominationDialogTest, NamesTheCampaignOfEachFormWhenThereAreSeveral)
{
    services::NominationChoices two = choices();
    Campaign older = two.campaigns.front();
    older.id = CampaignId(2);
    older.theme = u"Thi đua bầu cử 2016"_s;
    older.awardForms = {form(41, AwardLevel::Province, u"Bằng khen của Chủ tịch UBND tỉnh"_s)};
    two.campaigns << older;
    NominationDialog dialog(two, kToday);
    auto* awardForm = child<QComboBox>(dialog, u"awardFormCombo"_s);
    ASSERT_EQ(awardForm->count(), 4);
    EXPECT_TRUE(awardForm->itemText(3).contains(u"2016"_s));
    EXPECT_TRUE(awardForm->itemText(1).contains(u"2021"_s));
}

TEST(StepDialogTest, ReturningNeedsANote)
{
    StepDialog dialog(NominationAction::Return, 3, false, kToday);
    EXPECT_EQ(dialog.windowTitle(), i18n::nominationActionName(NominationAction::Return));
    EXPECT_TRUE(child<QLabel>(dialog, u"promptLabel"_s)->text().contains(u"3"_s));
    EXPECT_FALSE(okOf(dialog)->isEnabled());
    auto* note = child<QPlainTextEdit>(dialog, u"noteEdit"_s);
    EXPECT_TRUE(gui::isFieldMarked(note));
    note->setPlainText(u"  Thiếu biên bản kiểm phiếu  "_s);
    EXPECT_TRUE(okOf(dialog)->isEnabled());
    EXPECT_EQ(dialog.note(), u"Thiếu biên bản kiểm phiếu"_s);
    EXPECT_FALSE(dialog.decision().has_value());
    EXPECT_FALSE(dialog.date().isValid());
}

TEST(StepDialogTest, ProposingNeedsANoteOnlyForNomineesThatFailACriterion)
{
    StepDialog plain(NominationAction::Propose, 2, false, kToday);
    EXPECT_TRUE(okOf(plain)->isEnabled());

    StepDialog anyway(NominationAction::Propose, 2, true, kToday);
    EXPECT_FALSE(okOf(anyway)->isEnabled());
    EXPECT_TRUE(child<QLabel>(anyway, u"noteLabel"_s)->text().contains(u"fail a criterion"_s));
    child<QPlainTextEdit>(anyway, u"noteEdit"_s)->setPlainText(u"Hội đồng đã xem xét"_s);
    EXPECT_TRUE(okOf(anyway)->isEnabled());
}

TEST(StepDialogTest, RecordingADecisionNeedsItsNumberDateAndSigner)
{
    StepDialog dialog(NominationAction::RecordDecision, 5, false, kToday);
    auto* number = child<QLineEdit>(dialog, u"decisionNumberEdit"_s);
    auto* date = child<QDateEdit>(dialog, u"decisionDateEdit"_s);
    auto* signer = child<QLineEdit>(dialog, u"signerEdit"_s);
    EXPECT_FALSE(okOf(dialog)->isEnabled());
    EXPECT_FALSE(dialog.decision()->date.isValid()); // no date until one is typed

    number->setText(u"1234/QĐ-UBND"_s);
    EXPECT_FALSE(okOf(dialog)->isEnabled());
    date->setDate(QDate(2021, 5, 20));
    EXPECT_FALSE(okOf(dialog)->isEnabled());
    signer->setText(u"Nguyễn Văn A"_s);
    EXPECT_TRUE(okOf(dialog)->isEnabled());
    EXPECT_EQ(dialog.decision(),
              (AwardDecision{u"1234/QĐ-UBND"_s, QDate(2021, 5, 20), u"Nguyễn Văn A"_s}));

    date->setDate(kToday.addDays(1));
    EXPECT_FALSE(okOf(dialog)->isEnabled());
    EXPECT_TRUE(gui::isFieldMarked(date));
}

TEST(StepDialogTest, ResubmittingTakesADayNotAfterToday)
{
    StepDialog dialog(NominationAction::Resubmit, 1, false, kToday);
    auto* date = child<QDateEdit>(dialog, u"dateEdit"_s);
    EXPECT_EQ(dialog.date(), kToday);
    EXPECT_TRUE(okOf(dialog)->isEnabled()); // the note is optional
    date->setDate(kToday.addDays(2));
    EXPECT_FALSE(okOf(dialog)->isEnabled());
    date->setDate(kToday.addDays(-2));
    EXPECT_TRUE(okOf(dialog)->isEnabled());
    EXPECT_EQ(dialog.date(), kToday.addDays(-2));
}

namespace {

QList<PublicHoliday> someHolidays()
{
    return {{QDate(2021, 1, 1), u"Tết Dương lịch"_s},
            {QDate(2021, 2, 10), u"Tết Nguyên đán"_s},
            {QDate(2021, 4, 30), u"Ngày Giải phóng miền Nam"_s}};
}

QList<AppraisalLimit> someLimits()
{
    return {{AppraisalTrack::ProvinceDecides, 12},
            {AppraisalTrack::ForwardPrimeMinister, 16},
            {AppraisalTrack::ForwardHigher, 31},
            {AppraisalTrack::LocalDecides, 9}};
}

AwardMoneyTables someMoney()
{
    AwardMoneyTables money;
    money.baseSalaries = {{QDate(2019, 7, 1), 1490000}, {QDate(2023, 7, 1), 1800000}};
    money.coefficients = {
            {AwardLevel::Province, NomineeKind::Collective, QDate(2018, 1, 1), 1000},
            {AwardLevel::Province, NomineeKind::Individual, QDate(2018, 1, 1), 1000},
            {AwardLevel::DistrictOrAgency, NomineeKind::Individual, QDate(2018, 1, 1), 300}};
    return money;
}

/// The row of `table` whose `column` shows `text`; -1 when none does.
int rowWith(const QTableWidget* table, int column, const QString& text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, column)->text() == text)
            return row;
    }
    return -1;
}

} // namespace

TEST(AwardSettingsDialogTest, RoundTripsTheThreeTabs)
{
    AwardSettingsDialog dialog(someHolidays(), someLimits(), someMoney());
    EXPECT_TRUE(okOf(dialog)->isEnabled());
    EXPECT_EQ(dialog.holidays(), someHolidays());
    EXPECT_EQ(dialog.limits(), someLimits());
    EXPECT_EQ(dialog.moneyTables(), someMoney());
    auto* salaries = child<QTableWidget>(dialog, u"baseSalaryTable"_s);
    ASSERT_EQ(salaries->rowCount(), 2);
    EXPECT_EQ(salaries->item(0, 1)->text(), QLocale().toString(1490000));
}

TEST(AwardSettingsDialogTest, LimitSpinsComeBack)
{
    AwardSettingsDialog dialog({}, {}, {});
    for (const auto& [track, days] : {std::pair{AppraisalTrack::ProvinceDecides, 10},
                                      std::pair{AppraisalTrack::ForwardPrimeMinister, 15},
                                      std::pair{AppraisalTrack::ForwardHigher, 30},
                                      std::pair{AppraisalTrack::LocalDecides, 10}}) {
        auto* spin = child<QSpinBox>(dialog, u"limitSpin_"_s + toCode(track));
        ASSERT_NE(spin, nullptr);
        EXPECT_EQ(spin->value(), days); // the statutory limit when none is stored
        EXPECT_EQ(spin->minimum(), 1);
        EXPECT_EQ(spin->maximum(), 365);
    }
    child<QSpinBox>(dialog, u"limitSpin_higher_state"_s)->setValue(45);
    const QList<AppraisalLimit> limits = dialog.limits();
    ASSERT_EQ(limits.size(), 4);
    EXPECT_EQ(limits[2], (AppraisalLimit{AppraisalTrack::ForwardHigher, 45}));
}

TEST(AwardSettingsDialogTest, AHolidayDateOnlyOnceAndWithAName)
{
    AwardSettingsDialog dialog(someHolidays(), {}, {});
    auto* table = child<QTableWidget>(dialog, u"holidaysTable"_s);
    child<QPushButton>(dialog, u"addHolidayButton"_s)->click();
    ASSERT_EQ(table->rowCount(), 4);
    EXPECT_FALSE(okOf(dialog)->isEnabled()); // the new row has no name
    const int added = rowWith(table, 1, QString());
    ASSERT_GE(added, 0);
    EXPECT_EQ(table->item(added, 0)->data(Qt::DisplayRole).toDate(), QDate(2021, 5, 1));
    table->item(added, 1)->setText(u"Ngày Quốc tế Lao động"_s);
    EXPECT_TRUE(okOf(dialog)->isEnabled());

    const int labour = rowWith(table, 1, u"Ngày Quốc tế Lao động"_s);
    table->item(labour, 0)->setData(Qt::DisplayRole, QDate(2021, 2, 10));
    EXPECT_FALSE(okOf(dialog)->isEnabled());
    EXPECT_TRUE(gui::isFieldMarked(table));
    EXPECT_FALSE(child<gui::ProblemLabel>(dialog, u"holidaysTableProblemLabel"_s)->isHidden());
    // Sorted by date: both 10/02 rows sit together, after 01/01.
    EXPECT_EQ(table->item(0, 0)->data(Qt::DisplayRole).toDate(), QDate(2021, 1, 1));

    // Through the selection model: selectRow() follows the keyboard modifiers that other tests
    // may leave behind.
    table->selectionModel()->select(
            table->model()->index(rowWith(table, 1, u"Ngày Quốc tế Lao động"_s), 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    child<QPushButton>(dialog, u"removeHolidayButton"_s)->click();
    EXPECT_TRUE(okOf(dialog)->isEnabled());
    EXPECT_EQ(dialog.holidays(), someHolidays());
}

TEST(AwardSettingsDialogTest, ReadsCoefficientsAsThousandthsAndRefusesOthers)
{
    AwardSettingsDialog dialog({}, {}, someMoney());
    auto* table = child<QTableWidget>(dialog, u"coefficientTable"_s);
    child<QPushButton>(dialog, u"addCoefficientButton"_s)->click();
    ASSERT_EQ(table->rowCount(), 4);
    const int added = rowWith(table, 3, QString());
    ASSERT_GE(added, 0);
    EXPECT_FALSE(okOf(dialog)->isEnabled());
    table->item(added, 0)->setData(Qt::UserRole + 1, static_cast<int>(AwardLevel::State));
    table->item(added, 2)->setData(Qt::DisplayRole, QDate(2024, 7, 1));

    QTableWidgetItem* factor = table->item(added, 3);
    factor->setText(u"0,3"_s);
    EXPECT_TRUE(okOf(dialog)->isEnabled());
    const AwardMoneyTables money = dialog.moneyTables();
    const auto state =
            std::find_if(money.coefficients.cbegin(), money.coefficients.cend(),
                         [](const AwardCoefficient& c) { return c.level == AwardLevel::State; });
    ASSERT_NE(state, money.coefficients.cend());
    EXPECT_EQ(state->thousandths, 300);
    EXPECT_EQ(state->effectiveFrom, QDate(2024, 7, 1));

    for (const QString& bad : {u"abc"_s, u"1,2345"_s, u"0"_s, u"-1"_s}) {
        factor->setText(bad);
        EXPECT_FALSE(okOf(dialog)->isEnabled()) << bad.toStdString();
        EXPECT_FALSE(factor->toolTip().isEmpty());
    }
    factor->setText(u"1.5"_s);
    EXPECT_TRUE(okOf(dialog)->isEnabled());
    EXPECT_EQ(factor->text(), u"1"_s + QLocale().decimalPoint() + u"5"_s);
}

TEST(AwardSettingsDialogTest, ReadsBaseSalariesInDongAndRefusesNothing)
{
    AwardSettingsDialog dialog({}, {}, someMoney());
    auto* table = child<QTableWidget>(dialog, u"baseSalaryTable"_s);
    child<QPushButton>(dialog, u"addBaseSalaryButton"_s)->click();
    const int added = rowWith(table, 1, QString());
    ASSERT_GE(added, 0);
    EXPECT_FALSE(okOf(dialog)->isEnabled());
    table->item(added, 0)->setData(Qt::DisplayRole, QDate(2024, 7, 1));
    QTableWidgetItem* amount = table->item(rowWith(table, 1, QString()), 1);
    amount->setText(u"0"_s);
    EXPECT_FALSE(okOf(dialog)->isEnabled());
    amount->setText(u"2340000"_s);
    EXPECT_TRUE(okOf(dialog)->isEnabled());
    EXPECT_EQ(amount->text(), QLocale().toString(2340000));
    EXPECT_EQ(dialog.moneyTables().baseSalaries.last(), (BaseSalary{QDate(2024, 7, 1), 2340000}));
}
