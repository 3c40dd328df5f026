#include "core/icalendar.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using ed::ics::Event;

const QDateTime kStamp(QDate(2021, 2, 10), QTime(8, 30, 0), QTimeZone(7 * 3600)); // 01:30 UTC

Event event(const QString& uid, QDate date, const QString& summary)
{
    Event e;
    e.uid = uid;
    e.date = date;
    e.summary = summary;
    return e;
}

QByteArray written(const QList<Event>& events, const QString& name = u"Lịch bầu cử"_s)
{
    const ed::Result<QByteArray> result = ed::ics::write(events, kStamp, name);
    EXPECT_TRUE(result.ok()) << result.error().detail.toStdString();
    return result.ok() ? result.value() : QByteArray();
}

/// The physical lines, without their CRLF.
QList<QByteArray> physicalLines(const QByteArray& text)
{
    QList<QByteArray> lines = text.split('\n');
    EXPECT_TRUE(lines.takeLast().isEmpty()) << "the text ends with a line end";
    for (QByteArray& line : lines) {
        EXPECT_TRUE(line.endsWith('\r'));
        line.chop(1);
    }
    return lines;
}

/// RFC 5545 unfolding: a line that starts with a space continues the previous one.
QList<QByteArray> contentLines(const QByteArray& text)
{
    QList<QByteArray> lines;
    for (const QByteArray& line : physicalLines(text)) {
        if (line.startsWith(' ') && !lines.isEmpty())
            lines.last().append(line.mid(1));
        else
            lines.append(line);
    }
    return lines;
}

/// The value of the first content line named `name` (parameters included in the name).
QString valueOf(const QByteArray& text, const QByteArray& name)
{
    for (const QByteArray& line : contentLines(text)) {
        if (line.startsWith(name + ':'))
            return QString::fromUtf8(line.mid(name.size() + 1));
    }
    return u"<missing>"_s;
}

bool isValidUtf8(const QByteArray& bytes)
{
    // Invalid bytes decode to U+FFFD, which encodes differently.
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

} // namespace

TEST(ICalendar, EmptyListIsStillACalendar)
{
    EXPECT_EQ(written({}, u"Lịch"_s), (u"BEGIN:VCALENDAR\r\n"
                                       u"VERSION:2.0\r\n"
                                       u"PRODID:-//ElectionDesk//ElectionDesk//VI\r\n"
                                       u"CALSCALE:GREGORIAN\r\n"
                                       u"METHOD:PUBLISH\r\n"
                                       u"X-WR-CALNAME:Lịch\r\n"
                                       u"END:VCALENDAR\r\n"_s)
                                              .toUtf8());
}

TEST(ICalendar, WritesAnAllDayEvent)
{
    Event e = event(u"meeting-12@electiondesk"_s, QDate(2021, 2, 22), u"Hội nghị hiệp thương"_s);
    e.description = u"Lần thứ hai"_s;
    e.categories = {u"Hiệp thương"_s, u"Hội nghị"_s};
    EXPECT_EQ(written({e}, u"Lịch"_s), (u"BEGIN:VCALENDAR\r\n"
                                        u"VERSION:2.0\r\n"
                                        u"PRODID:-//ElectionDesk//ElectionDesk//VI\r\n"
                                        u"CALSCALE:GREGORIAN\r\n"
                                        u"METHOD:PUBLISH\r\n"
                                        u"X-WR-CALNAME:Lịch\r\n"
                                        u"BEGIN:VEVENT\r\n"
                                        u"UID:meeting-12@electiondesk\r\n"
                                        u"DTSTAMP:20210210T013000Z\r\n"
                                        u"DTSTART;VALUE=DATE:20210222\r\n"
                                        u"DTEND;VALUE=DATE:20210223\r\n"
                                        u"SUMMARY:Hội nghị hiệp thương\r\n"
                                        u"DESCRIPTION:Lần thứ hai\r\n"
                                        u"CATEGORIES:Hiệp thương,Hội nghị\r\n"
                                        u"TRANSP:TRANSPARENT\r\n"
                                        u"END:VEVENT\r\n"
                                        u"END:VCALENDAR\r\n"_s)
                                               .toUtf8());
}

TEST(ICalendar, OmitsEmptyDescriptionAndCategories)
{
    Event e = event(u"1"_s, QDate(2021, 3, 1), u"Họp"_s);
    e.categories = {QString()};
    const QByteArray out = written({e});
    EXPECT_FALSE(out.contains("DESCRIPTION")) << out.toStdString();
    EXPECT_FALSE(out.contains("CATEGORIES")) << out.toStdString();
    EXPECT_TRUE(out.contains("SUMMARY:"));
}

TEST(ICalendar, EscapesEachSpecialCharacter)
{
    EXPECT_EQ(ed::ics::escapeText(u"a\\b"_s), u"a\\\\b"_s);
    EXPECT_EQ(ed::ics::escapeText(u"a;b"_s), u"a\\;b"_s);
    EXPECT_EQ(ed::ics::escapeText(u"a,b"_s), u"a\\,b"_s);
    EXPECT_EQ(ed::ics::escapeText(u"a\nb"_s), u"a\\nb"_s);
    EXPECT_EQ(ed::ics::escapeText(u"a\r\nb"_s), u"a\\nb"_s);
    EXPECT_EQ(ed::ics::escapeText(u"a\rb"_s), u"a\\nb"_s);
    EXPECT_EQ(ed::ics::escapeText(u"a:b\"c\td"_s), u"a:b\"c\td"_s) << "left as they are";
    EXPECT_EQ(ed::ics::escapeText(u"a\u0001b\u007F"_s), u"ab"_s) << "controls are dropped";
}

TEST(ICalendar, EscapesEveryTextProperty)
{
    Event e = event(u"id;1,2"_s, QDate(2021, 3, 1), u"Số 01; KH, BCĐ"_s);
    e.description = u"Dòng 1\r\nDòng 2\\"_s;
    e.categories = {u"Bầu cử, HĐND"_s, u"Tỉnh"_s};
    const QByteArray out = written({e}, u"Lịch; 2021"_s);
    EXPECT_EQ(valueOf(out, "X-WR-CALNAME"), u"Lịch\\; 2021"_s);
    EXPECT_EQ(valueOf(out, "UID"), u"id\\;1\\,2"_s);
    EXPECT_EQ(valueOf(out, "SUMMARY"), u"Số 01\\; KH\\, BCĐ"_s);
    EXPECT_EQ(valueOf(out, "DESCRIPTION"), u"Dòng 1\\nDòng 2\\\\"_s);
    EXPECT_EQ(valueOf(out, "CATEGORIES"), u"Bầu cử\\, HĐND,Tỉnh"_s);
}

TEST(ICalendar, FoldsLongVietnameseLinesAt75OctetsWithoutBreakingCharacters)
{
    QString summary;
    while (summary.size() < 400)
        summary += u"Ủy ban bầu cử tỉnh Điện Biên tổ chức hội nghị hiệp thương lần thứ ba; "_s;
    Event e = event(u"fold"_s, QDate(2021, 4, 17), summary);
    e.description = summary + u"\n"_s + summary;
    const QByteArray out = written({e});

    int continuations = 0;
    for (const QByteArray& line : physicalLines(out)) {
        EXPECT_LE(line.size(), 75) << line.toStdString();
        const bool continued = line.startsWith(' ');
        continuations += continued ? 1 : 0;
        EXPECT_TRUE(isValidUtf8(continued ? line.mid(1) : line)) << line.toStdString();
    }
    EXPECT_GT(continuations, 10);
    EXPECT_EQ(valueOf(out, "SUMMARY"), ed::ics::escapeText(summary));
    EXPECT_EQ(valueOf(out, "DESCRIPTION"), ed::ics::escapeText(e.description));
}

TEST(ICalendar, FoldBoundaries)
{
    const QByteArray exact(75, 'x');
    EXPECT_EQ(ed::ics::foldLine(exact), exact + "\r\n");
    EXPECT_EQ(ed::ics::foldLine(exact + "y"), exact + "\r\n y\r\n");
    const QByteArray two = exact + QByteArray(74, 'y');
    EXPECT_EQ(ed::ics::foldLine(two), exact + "\r\n " + QByteArray(74, 'y') + "\r\n");
    EXPECT_EQ(ed::ics::foldLine(two + "z"), exact + "\r\n " + QByteArray(74, 'y') + "\r\n z\r\n");
}

TEST(ICalendar, FoldMovesASplitCharacterToTheNextLine)
{
    // 74 ASCII octets, then "ể" (3 octets) would straddle octet 75.
    const QByteArray line = QByteArray(74, 'a') + u"ể"_s.toUtf8();
    EXPECT_EQ(ed::ics::foldLine(line), QByteArray(74, 'a') + "\r\n " + u"ể"_s.toUtf8() + "\r\n");
}

TEST(ICalendar, EveryLineEndIsCrlf)
{
    Event e = event(u"x"_s, QDate(2021, 5, 23), u"Ngày bầu cử"_s);
    e.description = u"một\nhai\r\nba\rbốn"_s + QString(200, u'ư');
    const QByteArray out = written({e, e});
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i) == '\n') {
            EXPECT_TRUE(i > 0 && out.at(i - 1) == '\r') << "bare LF at " << i;
        }
        if (out.at(i) == '\r') {
            EXPECT_TRUE(i + 1 < out.size() && out.at(i + 1) == '\n') << "bare CR at " << i;
        }
    }
    EXPECT_TRUE(out.endsWith("END:VCALENDAR\r\n"));
}

TEST(ICalendar, AllDayEventsEndOnTheNextDay)
{
    const QByteArray out = written({event(u"a"_s, QDate(2021, 12, 31), u"Cuối năm"_s)});
    EXPECT_EQ(valueOf(out, "DTSTART;VALUE=DATE"), u"20211231"_s);
    EXPECT_EQ(valueOf(out, "DTEND;VALUE=DATE"), u"20220101"_s);

    const QByteArray monthEnds = written({event(u"b"_s, QDate(2024, 2, 28), u"Nhuận"_s),
                                          event(u"c"_s, QDate(2021, 2, 28), u"Thường"_s),
                                          event(u"d"_s, QDate(2021, 1, 31), u"Tháng 1"_s)});
    const QList<QByteArray> lines = contentLines(monthEnds);
    EXPECT_TRUE(lines.contains("DTEND;VALUE=DATE:20240229"));
    EXPECT_TRUE(lines.contains("DTEND;VALUE=DATE:20210301"));
    EXPECT_TRUE(lines.contains("DTEND;VALUE=DATE:20210201"));
}

TEST(ICalendar, StampIsWrittenInUtc)
{
    // 06:15 on 01/01 in Vietnam is still 31/12 in UTC.
    const QDateTime local(QDate(2022, 1, 1), QTime(6, 15, 9), QTimeZone(7 * 3600));
    const auto result = ed::ics::write({event(u"a"_s, QDate(2022, 1, 1), u"x"_s)}, local, u"L"_s);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(valueOf(result.value(), "DTSTAMP"), u"20211231T231509Z"_s);
}

TEST(ICalendar, SameInputGivesTheSameBytes)
{
    const QList<Event> events{event(u"1"_s, QDate(2021, 2, 6), u"Hội nghị"_s),
                              event(u"2"_s, QDate(2021, 2, 22), u"Chậm nhất"_s)};
    EXPECT_EQ(written(events), written(events));
}

TEST(ICalendar, RefusesAnEventWithoutUidOrDate)
{
    const Event good = event(u"ok"_s, QDate(2021, 2, 6), u"x"_s);
    const auto noUid =
            ed::ics::write({good, event(QString(), QDate(2021, 2, 6), u"x"_s)}, kStamp, u"L"_s);
    ASSERT_FALSE(noUid.ok());
    EXPECT_EQ(noUid.error().code, ed::ErrorCode::InvalidInput);
    EXPECT_TRUE(noUid.error().detail.contains(u"index 1"_s)) << noUid.error().detail.toStdString();

    const auto noDate = ed::ics::write({event(u"x"_s, QDate(), u"x"_s), good}, kStamp, u"L"_s);
    ASSERT_FALSE(noDate.ok());
    EXPECT_EQ(noDate.error().code, ed::ErrorCode::InvalidInput);
    EXPECT_TRUE(noDate.error().detail.contains(u"index 0"_s));

    EXPECT_FALSE(ed::ics::write({good}, QDateTime(), u"L"_s).ok()) << "invalid stamp";
}
