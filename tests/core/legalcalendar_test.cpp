#include "core/legalcalendar.h"

#include <gtest/gtest.h>

using namespace ed;
using namespace Qt::StringLiterals;

namespace {

const QDate kElection2021(2021, 5, 23);
const QDate kElection2026(2026, 3, 15);

QDate lastDay(ElectionRegime regime, const char* code, QDate electionDay)
{
    const auto m = findMilestone(regime, QString::fromLatin1(code));
    return m ? m->lastDay(electionDay) : QDate();
}

QDate firstDay(ElectionRegime regime, const char* code, QDate electionDay)
{
    const auto m = findMilestone(regime, QString::fromLatin1(code));
    return m ? m->firstDay(electionDay) : QDate();
}

} // namespace

// The 2021 column of law.md §3, day by day.
TEST(LegalCalendar, The2015LawGivesThe2021Dates)
{
    const auto r = ElectionRegime::Law2015;
    EXPECT_EQ(lastDay(r, "election_committees_set_up", kElection2021), QDate(2021, 2, 7));
    EXPECT_EQ(lastDay(r, "hiep_thuong_1", kElection2021), QDate(2021, 2, 17));
    EXPECT_EQ(firstDay(r, "constituency_drafts_sent", kElection2021), QDate(2021, 2, 22));
    EXPECT_EQ(lastDay(r, "constituency_drafts_sent", kElection2021), QDate(2021, 2, 27));
    EXPECT_EQ(lastDay(r, "constituencies_published", kElection2021), QDate(2021, 3, 4));
    EXPECT_EQ(lastDay(r, "election_boards_set_up", kElection2021), QDate(2021, 3, 14));
    EXPECT_EQ(lastDay(r, "hiep_thuong_2", kElection2021), QDate(2021, 3, 19));
    EXPECT_EQ(lastDay(r, "election_teams_set_up", kElection2021), QDate(2021, 4, 3));
    EXPECT_EQ(lastDay(r, "voter_lists_posted", kElection2021), QDate(2021, 4, 13));
    EXPECT_EQ(lastDay(r, "hiep_thuong_3", kElection2021), QDate(2021, 4, 18));
    EXPECT_EQ(lastDay(r, "hiep_thuong_3_minutes_sent", kElection2021), QDate(2021, 4, 23));
    EXPECT_EQ(lastDay(r, "early_voting", kElection2021), QDate(2021, 5, 21));
    EXPECT_EQ(lastDay(r, "election_day", kElection2021), kElection2021);
    EXPECT_EQ(lastDay(r, "council_results_published", kElection2021), QDate(2021, 6, 2));
    EXPECT_EQ(lastDay(r, "additional_vote_deadline", kElection2021), QDate(2021, 6, 7));
    EXPECT_EQ(lastDay(r, "na_results_published", kElection2021), QDate(2021, 6, 12));
    // "before 22/06": the last allowed day is 21/06.
    EXPECT_EQ(lastDay(r, "wrap_up", kElection2021), QDate(2021, 6, 21));
}

// The 2026 table of law.md §3 (E = Sun 15/03/2026).
TEST(LegalCalendar, The2025AmendmentGivesThe2026Dates)
{
    const auto r = ElectionRegime::Law2025;
    EXPECT_EQ(lastDay(r, "election_committees_set_up", kElection2026), QDate(2025, 11, 30));
    EXPECT_EQ(firstDay(r, "hiep_thuong_1", kElection2026), QDate(2025, 12, 1));
    EXPECT_EQ(lastDay(r, "hiep_thuong_1", kElection2026), QDate(2025, 12, 10));
    EXPECT_EQ(lastDay(r, "election_boards_set_up", kElection2026), QDate(2026, 1, 4));
    EXPECT_EQ(lastDay(r, "election_teams_set_up", kElection2026), QDate(2026, 1, 31));
    EXPECT_EQ(firstDay(r, "hiep_thuong_2", kElection2026), QDate(2026, 2, 2));
    EXPECT_EQ(lastDay(r, "hiep_thuong_2", kElection2026), QDate(2026, 2, 3));
    EXPECT_EQ(firstDay(r, "hiep_thuong_3", kElection2026), QDate(2026, 2, 9));
    EXPECT_EQ(lastDay(r, "hiep_thuong_3", kElection2026), QDate(2026, 2, 20));
}

TEST(LegalCalendar, MilestonesAreInCalendarOrderAndTheAmendmentListsOnlyWhatIsKnown)
{
    for (const ElectionRegime r : {ElectionRegime::Law2015, ElectionRegime::Law2025}) {
        const auto& list = legalMilestones(r);
        ASSERT_FALSE(list.isEmpty());
        for (qsizetype i = 1; i < list.size(); ++i)
            EXPECT_LE(list[i - 1].lastOffset, list[i].lastOffset) << list[i].code.toStdString();
        for (const Milestone& m : list)
            EXPECT_LE(m.firstOffset, m.lastOffset) << m.code.toStdString();
    }
    EXPECT_FALSE(findMilestone(ElectionRegime::Law2025, u"voter_lists_posted"_s).has_value());
    EXPECT_TRUE(isKnownMilestone(u"voter_lists_posted"_s));
    EXPECT_FALSE(isKnownMilestone(u"hiep_thuong_4"_s));
}

TEST(LegalCalendar, UnconfirmedOffsetsAreMarked)
{
    EXPECT_FALSE(findMilestone(ElectionRegime::Law2015, u"na_candidates_published"_s)->confirmed);
    EXPECT_TRUE(findMilestone(ElectionRegime::Law2015, u"hiep_thuong_2"_s)->confirmed);
}

TEST(LegalCalendar, ElectionDayMustBeASunday)
{
    EXPECT_TRUE(isValidElectionDay(kElection2021));
    EXPECT_TRUE(isValidElectionDay(kElection2026));
    EXPECT_FALSE(isValidElectionDay(QDate(2021, 5, 22)));
    EXPECT_FALSE(isValidElectionDay(QDate()));
}
