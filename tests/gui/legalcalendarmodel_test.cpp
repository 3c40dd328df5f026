// The legal calendar tab's entries: milestones dated from election day, meetings placed
// between them, and today's line.
#include "gui/plans/legalcalendarmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using ed::gui::CalendarEntry;
using ed::gui::LegalCalendarModel;

namespace {

ed::Plan plan2021()
{
    ed::Plan plan;
    plan.id = ed::PlanId(1);
    plan.electionDay = QDate(2021, 5, 23);
    plan.electionRegime = ed::ElectionRegime::Law2015;
    return plan;
}

ed::Meeting meeting(qint64 id, const QString& label, QDate noLaterThan)
{
    ed::Meeting m;
    m.id = ed::MeetingId(id);
    m.plan = ed::PlanId(1);
    m.number = static_cast<int>(id);
    m.label = label;
    m.deadline.kind =
            noLaterThan.isValid() ? ed::DeadlineKind::NoLaterThan : ed::DeadlineKind::OnRequest;
    m.deadline.date = noLaterThan;
    return m;
}

} // namespace

TEST(LegalCalendar, PutsMeetingsAndTodayBetweenTheMilestonesInDateOrder)
{
    ed::Meeting third = meeting(3, u"Cuộc họp lần thứ ba"_s, QDate(2021, 3, 23));
    third.milestones = {{u"hiep_thuong_2"_s, ed::MilestoneRelation::After}};
    const ed::Meeting other = meeting(6, u"Các cuộc họp khác"_s, QDate());
    const QList<CalendarEntry> entries =
            ed::gui::legalCalendarEntries(plan2021(), {other, third}, QDate(2021, 2, 25));

    for (qsizetype i = 1; i + 1 < entries.size(); ++i)
        EXPECT_LE(entries[i - 1].date, entries[i].date) << i;
    EXPECT_EQ(entries.last().meeting, ed::MeetingId(6)); // no date: at the end
    EXPECT_EQ(entries.last().dateText, u"no date"_s);

    const auto find = [&](auto predicate) {
        return std::find_if(entries.cbegin(), entries.cend(), predicate) - entries.cbegin();
    };
    const auto today =
            find([](const CalendarEntry& e) { return e.kind == CalendarEntry::Kind::Today; });
    const auto second = find(
            [](const CalendarEntry& e) { return e.milestone == u"2nd consultative conference"_s; });
    const auto meeting3 =
            find([](const CalendarEntry& e) { return e.meeting == ed::MeetingId(3); });
    ASSERT_LT(second, entries.size());
    EXPECT_EQ(entries[second].dateText, u"19/03/2021"_s);
    EXPECT_EQ(entries[second].offsetText, u"E−65"_s);
    EXPECT_EQ(entries[today].offsetText, u"E−87"_s);
    EXPECT_LT(today, second);
    EXPECT_LT(second, meeting3);
    EXPECT_FALSE(entries[meeting3].conflict); // 23/03 is after 19/03
    EXPECT_EQ(entries[meeting3].offsetText, u"E−61"_s);

    const auto window = find([](const CalendarEntry& e) { return e.offsetText == u"E−90…E−85"_s; });
    ASSERT_LT(window, entries.size());
    EXPECT_EQ(entries[window].dateText, u"22/02/2021 – 27/02/2021"_s);
    const auto unconfirmed = find([](const CalendarEntry& e) { return !e.confirmed; });
    ASSERT_LT(unconfirmed, entries.size());
    EXPECT_EQ(entries[unconfirmed].flag, u"Unconfirmed"_s);
}

TEST(LegalCalendar, FlagsAMeetingDueBeforeTheMilestoneItReviews)
{
    ed::Meeting early = meeting(7, u"Cuộc họp sớm"_s, QDate(2021, 3, 18));
    early.milestones = {{u"hiep_thuong_2"_s, ed::MilestoneRelation::After}};
    const QList<CalendarEntry> entries =
            ed::gui::legalCalendarEntries(plan2021(), {early}, QDate(2021, 2, 25));
    const auto found = std::find_if(entries.cbegin(), entries.cend(), [](const CalendarEntry& e) {
        return e.meeting == ed::MeetingId(7);
    });
    ASSERT_NE(found, entries.cend());
    EXPECT_TRUE(found->conflict);
    EXPECT_EQ(found->flag, u"Too early"_s);
    EXPECT_EQ(found->flagTip, u"Must come after the 2nd consultative conference (19/03/2021) but "
                              "its last allowed day is 18/03/2021"_s);
}

TEST(LegalCalendar, WithoutElectionDayListsOnlyTheMeetings)
{
    ed::Plan plan = plan2021();
    plan.electionDay = QDate();
    const QList<CalendarEntry> entries = ed::gui::legalCalendarEntries(
            plan, {meeting(1, u"Cuộc họp thứ nhất"_s, QDate(2021, 2, 6))}, QDate(2021, 2, 25));
    ASSERT_EQ(entries.size(), 2); // the meeting and today
    EXPECT_EQ(entries[0].kind, CalendarEntry::Kind::Meeting);
    EXPECT_EQ(entries[0].offsetText, QString());
    EXPECT_EQ(entries[1].kind, CalendarEntry::Kind::Today);
}

TEST(LegalCalendar, ModelPassesTheTesterAndMarksToday)
{
    LegalCalendarModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(ed::gui::legalCalendarEntries(plan2021(), {}, QDate(2021, 2, 25)));
    const int today = model.todayRow();
    ASSERT_GE(today, 0);
    EXPECT_EQ(model.index(today, LegalCalendarModel::MilestoneColumn).data().toString(),
              u"Today"_s);
    EXPECT_TRUE(model.index(today, 0).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_TRUE(model.index(today, LegalCalendarModel::MilestoneColumn)
                        .data(Qt::DecorationRole)
                        .isValid());
    model.setRows({});
    EXPECT_EQ(model.todayRow(), -1);
}
