// The iCalendar writer on events made from any bytes: CRLF line ends only, no physical line
// over 75 octets, no UTF-8 sequence split by folding, and every TEXT value read back (unfolded
// and unescaped) as the writer was given it, less the control characters it drops.

#include "core/icalendar.h"

#include <QStringDecoder>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>
#include <string>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::fflush(stderr);
    std::abort();
}

QString text(FuzzedDataProvider& input, std::size_t maxBytes)
{
    const std::string bytes = input.ConsumeRandomLengthString(maxBytes);
    // Half of the time as UTF-16 code units, so that lone surrogates and any BMP character
    // come up, not only what valid UTF-8 decodes to.
    if (input.ConsumeBool()) {
        QString s;
        for (std::size_t i = 0; i + 1 < bytes.size(); i += 2)
            s.append(QChar(char16_t(std::uint8_t(bytes[i]) | std::uint8_t(bytes[i + 1]) << 8)));
        return s;
    }
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

/// What escapeText() keeps of a value, before escaping: line breaks become LF, and control
/// characters other than tab are dropped; then what UTF-8 makes of lone surrogates.
/// UTF-8 decoded with a leading U+FEFF kept as a character: QString::fromUtf8() drops it as a
/// byte order mark, which would hide a category or value that starts with one.
QString decodeKeepingBom(const QByteArray& bytes)
{
    QStringDecoder decode(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decode(bytes);
}

QString expectedText(const QString& value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\r') {
            if (i + 1 < value.size() && value.at(i + 1) == u'\n')
                ++i;
            out.append(u'\n');
        } else if (c == u'\n' || c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7F)) {
            out.append(c);
        }
    }
    return decodeKeepingBom(out.toUtf8());
}

/// A TEXT value read back: the escapes undone. Fails on an escape the writer never makes or on
/// a structural character left bare.
QString unescape(const QString& value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u';' || c == u',')
            fail("a bare ; or , in a TEXT value");
        if (c != u'\\') {
            out.append(c);
            continue;
        }
        if (++i == value.size())
            fail("a TEXT value ends in a backslash");
        switch (value.at(i).unicode()) {
        case u'\\': out.append(u'\\'); break;
        case u';': out.append(u';'); break;
        case u',': out.append(u','); break;
        case u'n': out.append(u'\n'); break;
        default: fail("an unknown escape in a TEXT value");
        }
    }
    return out;
}

bool validUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(bytes);
    return !decoder.hasError();
}

/// The physical lines checked, then joined back into logical lines.
QList<QByteArray> unfold(const QByteArray& out)
{
    if (!out.endsWith("\r\n"))
        fail("the calendar does not end with CRLF");
    QList<QByteArray> logical;
    qsizetype pos = 0;
    while (pos < out.size()) {
        const qsizetype end = out.indexOf("\r\n", pos);
        const QByteArray physical = out.sliced(pos, end - pos);
        if (physical.contains('\r') || physical.contains('\n'))
            fail("a bare CR or LF");
        if (physical.size() > 75)
            fail("a line of more than 75 octets");
        if (!validUtf8(physical))
            fail("folding split a UTF-8 sequence");
        if (physical.startsWith(' ')) {
            if (logical.isEmpty())
                fail("a continuation line first");
            logical.last().append(physical.sliced(1));
        } else {
            logical.append(physical);
        }
        pos = end + 2;
    }
    return logical;
}

/// The value of the next logical line from `at` named `name`, moving `at` past it.
QString valueOf(const QList<QByteArray>& lines, qsizetype& at, const QByteArray& name)
{
    for (; at < lines.size(); ++at) {
        if (lines.at(at) == "END:VEVENT")
            break;
        if (lines.at(at).startsWith(name + ':'))
            return decodeKeepingBom(lines.at(at++).sliced(name.size() + 1));
    }
    fail("a property is missing");
}

void checkFold(const std::string& raw)
{
    // Raw bytes, UTF-8 or not, without line breaks: folding and unfolding gives them back.
    QByteArray line(raw.data(), qsizetype(raw.size()));
    line.replace('\r', ' ').replace('\n', ' ');
    const QByteArray folded = ed::ics::foldLine(line);
    QByteArray unfolded;
    qsizetype pos = 0;
    bool first = true;
    while (pos < folded.size()) {
        const qsizetype end = folded.indexOf("\r\n", pos);
        if (end < 0)
            fail("a folded line without CRLF");
        QByteArray physical = folded.sliced(pos, end - pos);
        if (physical.size() > 75)
            fail("a folded line of more than 75 octets");
        if (!first) {
            if (!physical.startsWith(' '))
                fail("a continuation without its space");
            physical.remove(0, 1);
        }
        unfolded.append(physical);
        first = false;
        pos = end + 2;
    }
    if (unfolded != line)
        fail("folding lost or added octets");
    if (validUtf8(line) && !validUtf8(folded))
        fail("folding split a UTF-8 sequence of valid text");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace ed;
    FuzzedDataProvider input(data, size);
    const QString calendarName = text(input, 200);
    QList<ics::Event> events(input.ConsumeIntegralInRange(0, 4));
    for (ics::Event& e : events) {
        e.uid = text(input, 80);
        e.date = QDate::fromJulianDay(input.ConsumeIntegralInRange<qint64>(1'721'000, 5'400'000));
        e.summary = text(input, 300);
        e.description = text(input, 300);
        for (int n = input.ConsumeIntegralInRange(0, 3); n > 0; --n)
            e.categories << text(input, 40);
    }
    const QDateTime stamp(QDate(2021, 2, 10), QTime(9, 0), Qt::UTC);
    checkFold(input.ConsumeRemainingBytesAsString());

    const auto written = ics::write(events, stamp, calendarName);
    if (!written.ok())
        return 0; // an empty uid or a date out of range: refused, which is what must happen
    const QList<QByteArray> lines = unfold(written.value());
    if (lines.value(0) != "BEGIN:VCALENDAR" || lines.value(lines.size() - 1) != "END:VCALENDAR")
        fail("the calendar is not one VCALENDAR");
    qsizetype at = 0;
    if (unescape(valueOf(lines, at, "X-WR-CALNAME")) != expectedText(calendarName))
        fail("the calendar name does not read back");
    for (const ics::Event& e : events) {
        if (valueOf(lines, at, "BEGIN") != u"VEVENT"_s)
            fail("an event is missing");
        if (unescape(valueOf(lines, at, "UID")) != expectedText(e.uid))
            fail("a UID does not read back");
        if (unescape(valueOf(lines, at, "SUMMARY")) != expectedText(e.summary))
            fail("a SUMMARY does not read back");
        if (!e.description.isEmpty()
            && unescape(valueOf(lines, at, "DESCRIPTION")) != expectedText(e.description))
            fail("a DESCRIPTION does not read back");
        QStringList categories;
        for (const QString& c : e.categories) {
            if (!c.isEmpty())
                categories << expectedText(c);
        }
        if (!categories.isEmpty()) {
            // Split on the commas the writer left bare, then unescape each part.
            const QString value = valueOf(lines, at, "CATEGORIES");
            QStringList parts;
            QString part;
            for (qsizetype i = 0; i < value.size(); ++i) {
                if (value.at(i) == u'\\' && i + 1 < value.size()) {
                    part.append(value.at(i)).append(value.at(i + 1));
                    ++i;
                } else if (value.at(i) == u',') {
                    parts << unescape(part);
                    part.clear();
                } else {
                    part.append(value.at(i));
                }
            }
            parts << unescape(part);
            if (parts != categories)
                fail("the CATEGORIES do not read back");
        }
        while (at < lines.size() && lines.at(at) != "END:VEVENT")
            ++at;
        if (at++ == lines.size())
            fail("an event is not closed");
    }
    return 0;
}
