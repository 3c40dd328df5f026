#include "core/icalendar.h"

using namespace Qt::StringLiterals;

namespace ed::ics {

namespace {

constexpr qsizetype kMaxOctets = 75; // per physical line, CRLF not counted (RFC 5545 3.1)

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

void appendProperty(QByteArray& out, const QString& nameAndParams, const QString& value)
{
    out.append(foldLine((nameAndParams + u':' + value).toUtf8()));
}

QString dateValue(QDate date)
{
    return date.toString(u"yyyyMMdd"_s);
}

/// Why an event cannot be written, or an empty string.
QString problemWith(const Event& event)
{
    if (event.uid.trimmed().isEmpty())
        return u"empty uid"_s;
    if (!event.date.isValid())
        return u"invalid date"_s;
    // DATE values have exactly four year digits, and DTEND is the next day.
    if (event.date.year() < 1 || event.date.addDays(1).year() > 9999)
        return u"date out of range"_s;
    return {};
}

} // namespace

QString escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\': out.append(u"\\\\"_s); break;
        case u';': out.append(u"\\;"_s); break;
        case u',': out.append(u"\\,"_s); break;
        case u'\n': out.append(u"\\n"_s); break;
        case u'\r':
            // CRLF is one line break; a lone CR is taken as one too.
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out.append(u"\\n"_s);
            break;
        case u'\t': out.append(c); break;
        default:
            // Other control characters are not allowed in TEXT and make importers reject the
            // file, so they are dropped.
            if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
                out.append(c);
            break;
        }
    }
    return out;
}

QByteArray foldLine(const QByteArray& line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype pos = 0;
    qsizetype room = kMaxOctets; // the first physical line has no leading space
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        // Back up to the start of a UTF-8 sequence; at most three continuation bytes.
        while (cut > pos && isContinuationByte(line.at(cut)))
            --cut;
        if (cut == pos) // not UTF-8 at all: cut anywhere rather than loop forever
            cut = pos + room;
        out.append(line.constData() + pos, cut - pos);
        out.append("\r\n ");
        pos = cut;
        room = kMaxOctets - 1;
    }
    out.append(line.constData() + pos, line.size() - pos);
    out.append("\r\n");
    return out;
}

Result<QByteArray>
write(const QList<Event>& events, const QDateTime& stamp, const QString& calendarName)
{
    if (!stamp.isValid())
        return Error{ErrorCode::InvalidInput, u"ics: invalid DTSTAMP"_s};
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (const QString problem = problemWith(events.at(i)); !problem.isEmpty())
            return Error{ErrorCode::InvalidInput,
                         u"ics: event at index %1: %2"_s.arg(i).arg(problem)};
    }

    const QString dtstamp = stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QByteArray out;
    appendProperty(out, u"BEGIN"_s, u"VCALENDAR"_s);
    appendProperty(out, u"VERSION"_s, u"2.0"_s);
    appendProperty(out, u"PRODID"_s, QString::fromLatin1(kProductId));
    appendProperty(out, u"CALSCALE"_s, u"GREGORIAN"_s);
    appendProperty(out, u"METHOD"_s, u"PUBLISH"_s);
    appendProperty(out, u"X-WR-CALNAME"_s, escapeText(calendarName));
    for (const Event& event : events) {
        appendProperty(out, u"BEGIN"_s, u"VEVENT"_s);
        appendProperty(out, u"UID"_s, escapeText(event.uid));
        appendProperty(out, u"DTSTAMP"_s, dtstamp);
        appendProperty(out, u"DTSTART;VALUE=DATE"_s, dateValue(event.date));
        // All-day events end on the next day, exclusively (RFC 5545 3.6.1).
        appendProperty(out, u"DTEND;VALUE=DATE"_s, dateValue(event.date.addDays(1)));
        appendProperty(out, u"SUMMARY"_s, escapeText(event.summary));
        if (!event.description.isEmpty())
            appendProperty(out, u"DESCRIPTION"_s, escapeText(event.description));
        QStringList categories;
        for (const QString& category : event.categories) {
            if (!category.isEmpty())
                categories.append(escapeText(category));
        }
        if (!categories.isEmpty())
            appendProperty(out, u"CATEGORIES"_s, categories.join(u','));
        // Deadlines are reminders, not appointments: they must not show the day as busy.
        appendProperty(out, u"TRANSP"_s, u"TRANSPARENT"_s);
        appendProperty(out, u"END"_s, u"VEVENT"_s);
    }
    appendProperty(out, u"END"_s, u"VCALENDAR"_s);
    return out;
}

} // namespace ed::ics
