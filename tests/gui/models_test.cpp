// The smaller table models of the GUI: each passes QAbstractItemModelTester and words its values.
#include "gui/models/awardformmodel.h"
#include "gui/models/criterionmodel.h"
#include "gui/overview/plansummarymodel.h"
#include "gui/overview/scheduleentrymodel.h"
#include "gui/plans/meetingtablemodel.h"
#include "gui/wording.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace ed;
using namespace ed::gui;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

Criterion criterion(const QString& code, Comparison comparison, Ratio threshold = {})
{
    Criterion c;
    c.code = code;
    c.label = code;
    c.measurable = comparison != Comparison::Judgement;
    c.comparison = comparison;
    c.threshold = threshold;
    return c;
}

Campaign campaign(PlanId plan)
{
    Campaign c;
    c.plan = plan;
    c.criteria = {criterion(u"turnout"_s, Comparison::AtLeast, {999, 1000}),
                  criterion(u"invalid_ballots"_s, Comparison::Below, {1, 500}),
                  criterion(u"no_revote"_s, Comparison::NoneAllowed),
                  criterion(u"q1"_s, Comparison::Judgement)};
    AwardForm form;
    form.printedNumber = u"3.2"_s;
    form.nameAsWritten = u"Bằng khen của UBND tỉnh"_s;
    form.usualName = u"Bằng khen của Chủ tịch UBND tỉnh"_s;
    c.awardForms = {form};
    return c;
}

Plan plan(qint64 id, const QString& symbol)
{
    Plan p;
    p.id = PlanId(id);
    p.symbol = symbol;
    return p;
}

} // namespace

TEST(Wording, ThresholdsAreExactFlooredPercentagesWithTheirComparison)
{
    EXPECT_EQ(Wording::threshold(criterion({}, Comparison::AtLeast, {999, 1000})), u"≥ 99,90 %"_s);
    EXPECT_EQ(Wording::threshold(criterion({}, Comparison::Above, {19, 20})), u"> 95,00 %"_s);
    EXPECT_EQ(Wording::threshold(criterion({}, Comparison::AtMost, {2, 3})), u"≤ 66,66 %"_s);
    EXPECT_EQ(Wording::threshold(criterion({}, Comparison::Below, {1, 500})), u"< 0,20 %"_s);
    EXPECT_FALSE(Wording::threshold(criterion({}, Comparison::NoneAllowed)).contains(u'%'));
    EXPECT_FALSE(Wording::threshold(criterion({}, Comparison::Judgement)).contains(u'%'));
    EXPECT_FALSE(Wording::threshold(criterion({}, Comparison::AtLeast, {1, 0})).isEmpty());
}

TEST(Wording, AgenciesAreGroupedByRoleInAFixedOrderEachOnce)
{
    const AgencyNames names{{AgencyId(1), u"Ban Tổ chức Tỉnh ủy"_s},
                            {AgencyId(2), u"Thường trực HĐND tỉnh"_s}};
    const QList<AgencyAssignment> assignments{{AgencyId(2), AgencyRole::Coordinating},
                                              {AgencyId(1), AgencyRole::Staff},
                                              {AgencyId(1), AgencyRole::Lead},
                                              {AgencyId(1), AgencyRole::Lead}};
    const QString text = Wording::agenciesByRole(assignments, names);
    EXPECT_EQ(text.count(u"Ban Tổ chức Tỉnh ủy"_s), 2); // lead and staff, not the duplicate
    EXPECT_LT(text.indexOf(Wording::role(AgencyRole::Lead)),
              text.indexOf(Wording::role(AgencyRole::Coordinating)));
    EXPECT_TRUE(Wording::agenciesByRoleHtml(assignments, names).contains(u"<li>"_s));
    EXPECT_TRUE(Wording::agenciesByRole({}, names).isEmpty());
}

TEST(CriterionModel, ListsCriteriaWithTheirPlanAndCanKeepOnlyMeasurableOnes)
{
    CriterionModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    const QList<Plan> plans{plan(7, u"508/KH-UBND"_s)};
    model.setRows(criterionRows({campaign(PlanId(7))}, plans, false));
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.index(0, CriterionModel::PlanColumn).data().toString(), u"508/KH-UBND"_s);
    EXPECT_EQ(model.index(0, CriterionModel::ThresholdColumn).data().toString(), u"≥ 99,90 %"_s);
    model.setRows(criterionRows({campaign(PlanId(7))}, plans, true));
    EXPECT_EQ(model.rowCount(), 3);
}

TEST(AwardFormModel, ShowsTheNameAsWrittenBesideTheUsualName)
{
    AwardFormModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    model.setRows(awardFormRows({campaign(PlanId(7))}, {plan(7, u"508/KH-UBND"_s)}));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, AwardFormModel::NameAsWrittenColumn).data().toString(),
              u"Bằng khen của UBND tỉnh"_s);
    EXPECT_EQ(model.index(0, AwardFormModel::UsualNameColumn).data().toString(),
              u"Bằng khen của Chủ tịch UBND tỉnh"_s);
}

TEST(MeetingTableModel, FindsMeetingsByIdAndWordsMeetingsOnRequest)
{
    MeetingTableModel model;
    QAbstractItemModelTester tester(&model, kFatal);
    Meeting first;
    first.id = MeetingId(11);
    first.number = 1;
    first.label = u"Cuộc họp thứ nhất"_s;
    Meeting other;
    other.id = MeetingId(16);
    other.label = u"Các cuộc họp khác"_s;
    model.setRows({{first, QDate(2021, 2, 6), ScheduleState::Overdue},
                   {other, QDate(), ScheduleState::NoDate}});
    EXPECT_EQ(model.rowOf(MeetingId(16)), 1);
    EXPECT_EQ(model.rowOf(MeetingId(99)), -1);
    EXPECT_EQ(model.index(0, MeetingTableModel::NumberColumn).data().toString(), u"1"_s);
    EXPECT_EQ(model.index(1, MeetingTableModel::NumberColumn).data().toString(),
              Wording::meetingNumber(std::nullopt));
    EXPECT_EQ(model.index(0, MeetingTableModel::LastAllowedColumn).data().toString(),
              u"06/02/2021"_s);
    EXPECT_TRUE(model.index(0, MeetingTableModel::StateColumn).data(Qt::DecorationRole).isValid());
}

TEST(OverviewModels, PassTheModelTester)
{
    PlanSummaryModel summaries;
    QAbstractItemModelTester summaryTester(&summaries, kFatal);
    summaries.setRows(
            {{PlanId(1), u"01-KH/BCĐ"_s, u"Lãnh đạo"_s, QDate(2021, 5, 23), 102, 6, 0, 11, 0}});
    EXPECT_EQ(summaries.index(0, PlanSummaryModel::ElectionDayColumn).data().toString(),
              u"23/05/2021"_s);

    ScheduleEntryModel entries;
    QAbstractItemModelTester entryTester(&entries, kFatal);
    entries.setRows({{services::ScheduleEntry::Kind::Meeting, 11, PlanId(1), u"01-KH/BCĐ"_s,
                      u"Cuộc họp thứ nhất"_s, QDate(2021, 2, 6), ScheduleState::Overdue}});
    EXPECT_EQ(entries.index(0, ScheduleEntryModel::LastAllowedColumn).data().toString(),
              u"06/02/2021"_s);
    entries.setRows({});
    EXPECT_EQ(entries.rowCount(), 0);
}
