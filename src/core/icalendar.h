#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/// RFC 5545 calendars of all-day events, for Thunderbird and Outlook to import.
namespace ed::ics {

/// One all-day event.
struct Event
{
    QString uid; ///< stable across exports, so that a re-import updates instead of duplicating
    QDate date;  ///< the day of the event
    QString summary;
    QString description;    ///< omitted when empty
    QStringList categories; ///< empty entries are left out; omitted when none remain

    friend bool operator==(const Event&, const Event&) = default;
};

/// The product identifier every calendar we write carries.
inline constexpr char kProductId[] = "-//ElectionDesk//ElectionDesk//VI";

/// A VCALENDAR with METHOD:PUBLISH, in UTF-8 with CRLF line ends and lines folded at 75 octets.
/// The same input always gives the same bytes: `stamp` (written in UTC as every DTSTAMP) is the
/// only time read. InvalidInput, naming the event's index, when an event has an empty uid or an
/// invalid date, or when `stamp` is invalid.
[[nodiscard]] Result<QByteArray>
write(const QList<Event>& events, const QDateTime& stamp, const QString& calendarName);

/// Property-value escaping for TEXT (RFC 5545 3.3.11): backslash, semicolon, comma, line breaks.
[[nodiscard]] QString escapeText(const QString& text);

/// Ends `line` with CRLF, folding it so that no physical line exceeds 75 octets and no UTF-8
/// sequence is split (RFC 5545 3.1).
[[nodiscard]] QByteArray foldLine(const QByteArray& line);

} // namespace ed::ics
