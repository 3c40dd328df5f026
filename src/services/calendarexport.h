#pragma once

#include "core/icalendar.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace ed::services {

class Workspace;

/// The words a calendar carries, in the user's language; the front end supplies them.
struct CalendarWords
{
    QString calendarName;
    QString meetingCategory;
    QString taskCategory;
    QString milestoneCategory;
    std::function<QString(const QString& code)> milestoneTitle;
};

/// The schedule as an iCalendar file: each dated meeting and task deadline as an all-day event
/// on its last allowed day, and the legal milestones of every plan's election day and regime.
/// UIDs come from the stored ids and milestone codes, so exporting again updates the events
/// already imported instead of duplicating them.
class CalendarExport
{
public:
    explicit CalendarExport(Workspace& workspace) : m_workspace(workspace) {}

    [[nodiscard]] Result<QList<ics::Event>> events(const CalendarWords& words) const;
    [[nodiscard]] Result<QByteArray> calendar(const CalendarWords& words) const;

private:
    Workspace& m_workspace;
};

} // namespace ed::services
