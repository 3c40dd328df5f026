// CalendarExport on the demo database: stable UIDs, what is left out, milestones once per
// election calendar, and bytes that follow RFC 5545 (CRLF, folded at 75 octets).
#include "core/legalcalendar.h"
#include "services/calendarexport.h"
#include "services/demodata.h"
#include "services/planservice.h"
#include "services/scheduleservice.h"
#include "services/workspace.h"
#include "support/demoworkspacetest.h"
#include "support/tempdatabase.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace ed;

namespace {

class CalendarExportTest : public test::DemoWorkspaceTest
{
protected:
    CalendarExportTest() : test::DemoWorkspaceTest(QDate(2021, 2, 25)) {}

    void SetUp() override
    {
        test::DemoWorkspaceTest::SetUp();
        if (HasFatalFailure())
            return;
        for (const Plan& p : services::PlanService(*m_workspace).plans().value()) {
            if (p.symbol == u"01-KH/BCĐ"_s)
                m_steering = p;
            else
                m_campaign = p;
        }
        ASSERT_TRUE(m_steering.id.isValid());
        ASSERT_TRUE(m_campaign.id.isValid());
    }

    static services::CalendarWords words()
    {
        return {u"Lịch bầu cử"_s, u"Cuộc họp"_s, u"Nhiệm vụ"_s, u"Mốc luật định"_s,
                [](const QString& code) { return u"Mốc "_s + code; }};
    }

    QList<ics::Event> events() const
    {
        const auto list = services::CalendarExport(*m_workspace).events(words());
        EXPECT_TRUE(list.ok());
        return list.ok() ? list.value() : QList<ics::Event>();
    }

    QByteArray calendar() const
    {
        const auto bytes = services::CalendarExport(*m_workspace).calendar(words());
        EXPECT_TRUE(bytes.ok());
        return bytes.ok() ? bytes.value() : QByteArray();
    }

    Meeting steeringMeeting(std::optional<int> number) const
    {
        for (const Meeting& m :
             services::PlanService(*m_workspace).meetings(m_steering.id).value()) {
            if (m.number == number)
                return m;
        }
        ADD_FAILURE() << "no meeting " << number.value_or(0);
        return {};
    }

    static QString meetingUid(MeetingId id)
    {
        return u"meeting-%1@01-kh-bcd.electiondesk"_s.arg(id.raw());
    }

    static QStringList uids(const QList<ics::Event>& list)
    {
        QStringList result;
        for (const ics::Event& e : list)
            result << e.uid;
        return result;
    }

    static const ics::Event* find(const QList<ics::Event>& list, const QString& uid)
    {
        for (const ics::Event& e : list) {
            if (e.uid == uid)
                return &e;
        }
        return nullptr;
    }

    Plan m_steering;
    Plan m_campaign;
};

/// The content lines of a calendar: folded lines joined back (RFC 5545 3.1).
QStringList unfold(const QByteArray& bytes)
{
    QByteArray joined = bytes;
    joined.replace("\r\n ", "");
    QStringList lines;
    for (const QByteArray& line : joined.split('\n')) {
        if (!line.isEmpty())
            lines << QString::fromUtf8(line.endsWith('\r') ? line.chopped(1) : line);
    }
    return lines;
}

/// The content lines of the VEVENT with `uid`, BEGIN and END excluded.
QStringList eventLines(const QStringList& lines, const QString& uid)
{
    QStringList event;
    bool inside = false;
    for (const QString& line : lines) {
        if (line == u"BEGIN:VEVENT"_s) {
            event.clear();
            inside = true;
        } else if (line == u"END:VEVENT"_s) {
            if (event.contains(u"UID:"_s + uid))
                return event;
            inside = false;
        } else if (inside) {
            event << line;
        }
    }
    return {};
}

} // namespace

TEST_F(CalendarExportTest, DatedMeetingsAreEventsOnTheirLastAllowedDay)
{
    const QList<ics::Event> list = events();
    const Meeting fifth = steeringMeeting(5);
    const ics::Event* event = find(list, meetingUid(fifth.id));
    ASSERT_NE(event, nullptr) << uids(list).join(u' ').toStdString();
    EXPECT_EQ(event->date, QDate(2021, 6, 3));
    EXPECT_EQ(event->summary, u"[01-KH/BCĐ] Cuộc họp lần thứ năm"_s);
    EXPECT_EQ(event->categories, (QStringList{u"Cuộc họp"_s, u"01-KH/BCĐ"_s}));
    EXPECT_TRUE(event->description.startsWith(fifth.deadline.wording));
    // The meeting on request has no date and so no event.
    EXPECT_EQ(find(list, meetingUid(steeringMeeting(std::nullopt).id)), nullptr);
    int meetingEvents = 0;
    for (const ics::Event& e : list)
        meetingEvents += e.uid.startsWith(u"meeting-"_s) ? 1 : 0;
    EXPECT_EQ(meetingEvents, 5);
}

TEST_F(CalendarExportTest, EveryUidIsUniqueAndMilestonesAppearOnce)
{
    // Both demo plans share election day 23/05/2021 and the 2015 law: one set of milestones.
    const QList<ics::Event> list = events();
    const QStringList all = uids(list);
    EXPECT_EQ(QSet<QString>(all.begin(), all.end()).size(), all.size());
    int milestones = 0;
    for (const ics::Event& e : list) {
        if (e.uid.startsWith(u"milestone-"_s)) {
            ++milestones;
            EXPECT_TRUE(e.uid.endsWith(u"-20210523-law_2015@electiondesk"_s))
                    << e.uid.toStdString();
            EXPECT_EQ(e.categories, QStringList{u"Mốc luật định"_s});
        }
    }
    EXPECT_EQ(milestones, legalMilestones(ElectionRegime::Law2015).size());
    const ics::Event* second =
            find(list, u"milestone-hiep_thuong_2-20210523-law_2015@electiondesk"_s);
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(second->date, QDate(2021, 3, 19)); // E−65
    EXPECT_EQ(second->summary, u"Mốc hiep_thuong_2"_s);
}

TEST_F(CalendarExportTest, PlansWithDifferentElectionDaysEachGetTheirMilestones)
{
    ASSERT_TRUE(
            services::ScheduleService(*m_workspace)
                    .setElectionCalendar(m_campaign.id, QDate(2021, 6, 20), ElectionRegime::Law2015)
                    .ok());
    const QList<ics::Event> list = events();
    int may = 0;
    int june = 0;
    for (const ics::Event& e : list) {
        may += e.uid.contains(u"-20210523-law_2015@"_s) ? 1 : 0;
        june += e.uid.contains(u"-20210620-law_2015@"_s) ? 1 : 0;
    }
    EXPECT_EQ(may, legalMilestones(ElectionRegime::Law2015).size());
    EXPECT_EQ(june, legalMilestones(ElectionRegime::Law2015).size());
    const QStringList all = uids(list);
    EXPECT_EQ(QSet<QString>(all.begin(), all.end()).size(), all.size());
}

TEST_F(CalendarExportTest, UidsAreStableBetweenExportsAndAfterAnUnrelatedEdit)
{
    const QStringList before = uids(events());
    EXPECT_EQ(uids(events()), before);

    services::ScheduleService service(*m_workspace);
    ASSERT_TRUE(service.addAgency({{},
                                   {},
                                   u"Cơ quan mới"_s,
                                   {},
                                   AgencyLevel::Commune,
                                   AgencyKind::Other,
                                   {}})
                        .ok());
    Meeting third = steeringMeeting(3);
    third.notes = u"Ghi chú mới"_s;
    ASSERT_TRUE(service.updateMeeting(third).ok());
    EXPECT_EQ(uids(events()), before);
}

TEST_F(CalendarExportTest, AMeetingKeepsItsUidWhenItsDeadlineChanges)
{
    Meeting fifth = steeringMeeting(5);
    const QString uid = meetingUid(fifth.id);
    ASSERT_NE(find(events(), uid), nullptr);
    fifth.deadline.kind = DeadlineKind::NoLaterThan;
    fifth.deadline.wording = u"chậm nhất ngày 10/6/2021"_s;
    fifth.deadline.date = QDate(2021, 6, 10);
    ASSERT_TRUE(services::ScheduleService(*m_workspace).updateMeeting(fifth).ok());
    const QList<ics::Event> list = events();
    const ics::Event* moved = find(list, uid);
    ASSERT_NE(moved, nullptr);
    EXPECT_EQ(moved->date, QDate(2021, 6, 10));
}

TEST_F(CalendarExportTest, CancelledMeetingsAreLeftOut)
{
    Meeting second = steeringMeeting(2);
    second.status = MeetingStatus::Cancelled;
    ASSERT_TRUE(services::ScheduleService(*m_workspace).updateMeeting(second).ok());
    const QList<ics::Event> list = events();
    EXPECT_EQ(find(list, meetingUid(second.id)), nullptr);
    EXPECT_NE(find(list, meetingUid(steeringMeeting(1).id)), nullptr);
}

TEST_F(CalendarExportTest, TasksWithADeadlineAreEventsUnlessCancelled)
{
    const QList<StandingTask> tasks =
            services::PlanService(*m_workspace).tasks(m_steering.id).value();
    StandingTask dated;
    for (const StandingTask& t : tasks) {
        if (t.section == u"II.1.a"_s)
            dated = t;
    }
    ASSERT_TRUE(dated.id.isValid());
    const QString uid = u"task-%1@01-kh-bcd.electiondesk"_s.arg(dated.id.raw());
    const QList<ics::Event> list = events(); // the pointer below points into it
    const ics::Event* event = find(list, uid);
    ASSERT_NE(event, nullptr);
    EXPECT_EQ(event->date, QDate(2021, 2, 28));
    EXPECT_EQ(event->summary, u"[01-KH/BCĐ] II.1.a"_s);
    for (const StandingTask& t : tasks) {
        if (!t.deadline) {
            EXPECT_EQ(find(events(), u"task-%1@01-kh-bcd.electiondesk"_s.arg(t.id.raw())), nullptr);
        }
    }
    dated.status = TaskStatus::Cancelled;
    ASSERT_TRUE(services::ScheduleService(*m_workspace).updateTask(dated).ok());
    EXPECT_EQ(find(events(), uid), nullptr);
}

TEST_F(CalendarExportTest, TheBytesUseCrlfAndFoldedLinesAndParseBack)
{
    const QByteArray bytes = calendar();
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_TRUE(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
    EXPECT_TRUE(bytes.endsWith("END:VCALENDAR\r\n"));
    // CRLF only: every LF follows a CR and every CR precedes an LF.
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ASSERT_TRUE(i > 0 && bytes.at(i - 1) == '\r') << "bare LF at " << i;
        }
        if (bytes.at(i) == '\r') {
            ASSERT_TRUE(i + 1 < bytes.size() && bytes.at(i + 1) == '\n') << "bare CR at " << i;
        }
    }
    // No physical line over 75 octets, CRLF not counted.
    for (const QByteArray& line : bytes.split('\n'))
        EXPECT_LE(line.endsWith('\r') ? line.size() - 1 : line.size(), 75) << line.constData();
    // Valid UTF-8 throughout: folding never splits a character.
    for (const QByteArray& line : bytes.split('\n')) {
        const QString text = QString::fromUtf8(line);
        EXPECT_FALSE(text.contains(QChar::ReplacementCharacter)) << line.constData();
    }

    const QStringList lines = unfold(bytes);
    EXPECT_EQ(lines.count(u"BEGIN:VEVENT"_s), lines.count(u"END:VEVENT"_s));
    EXPECT_EQ(lines.count(u"BEGIN:VEVENT"_s), events().size());
    EXPECT_TRUE(lines.contains(u"X-WR-CALNAME:Lịch bầu cử"_s));
    // The stamp is the clock's, so that the same day gives the same bytes.
    EXPECT_TRUE(lines.contains(u"DTSTAMP:"_s
                               + m_clock.now().toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s)));
    const QStringList fifth = eventLines(lines, meetingUid(steeringMeeting(5).id));
    ASSERT_FALSE(fifth.isEmpty());
    EXPECT_TRUE(fifth.contains(u"DTSTART;VALUE=DATE:20210603"_s))
            << fifth.join(u'\n').toStdString();
    EXPECT_TRUE(fifth.contains(u"DTEND;VALUE=DATE:20210604"_s));
    EXPECT_TRUE(fifth.contains(u"SUMMARY:[01-KH/BCĐ] Cuộc họp lần thứ năm"_s));
    EXPECT_TRUE(fifth.contains(u"CATEGORIES:Cuộc họp,01-KH/BCĐ"_s));
}

TEST_F(CalendarExportTest, TwoExportsOnOneDayGiveTheSameBytes)
{
    EXPECT_EQ(calendar(), calendar());
}

TEST_F(CalendarExportTest, WithoutMilestoneTitlesTheCodeIsTheSummary)
{
    services::CalendarWords plain = words();
    plain.milestoneTitle = nullptr;
    const auto list = services::CalendarExport(*m_workspace).events(plain);
    ASSERT_TRUE(list.ok());
    const ics::Event* day =
            find(list.value(), u"milestone-election_day-20210523-law_2015@electiondesk"_s);
    ASSERT_NE(day, nullptr);
    EXPECT_EQ(day->summary, u"election_day"_s);
    EXPECT_EQ(day->date, QDate(2021, 5, 23));
}
