#pragma once

#include <QDateTime>
#include <QString>

namespace ed {

/// A stored record's version and who changed it last, when. An update names the version it
/// read; the storage refuses it (ErrorCode::Stale) when another window, process or
/// workstation has changed the record since, so nothing is silently overwritten.
struct RowStamp
{
    qint64 version = 0; ///< 0: not read from the database, and an update checks nothing
    QString changedBy;  ///< empty until the first change after it was created
    QDateTime changedAt;

    friend bool operator==(const RowStamp&, const RowStamp&) = default;
};

} // namespace ed
