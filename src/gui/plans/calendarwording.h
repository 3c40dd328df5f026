#pragma once

#include "core/legalcalendar.h"
#include "core/meeting.h"
#include "core/meetingchecks.h"
#include "gui/wording.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace ed::gui {

/// How the Plans & meetings area words the legal calendar and a meeting's conflicts with it.
class CalendarWording
{
    Q_DECLARE_TR_FUNCTIONS(CalendarWording)

public:
    /// "E−65", "E−90…E−85", "≤ E−115", "< E+30" (true minus signs, as the law tables print).
    [[nodiscard]] static QString offset(const Milestone& milestone);
    /// "E−65" for one day count.
    [[nodiscard]] static QString offsetDays(int days);
    /// "19/03/2021", "22/02/2021 – 27/02/2021", "no later than 28/01/2021", "before 22/06/2021".
    [[nodiscard]] static QString dates(const Milestone& milestone, QDate electionDay);
    /// "Comes after" / "Comes before".
    [[nodiscard]] static QString relation(MilestoneRelation relation);
    /// One full sentence: "Must come after the 2nd consultative conference (19/03/2021) but its
    /// last allowed day is 18/03/2021".
    [[nodiscard]] static QString
    conflict(const CalendarConflict& conflict, const Meeting& meeting, ElectionRegime regime);
    /// Every conflict's sentence, one per line.
    [[nodiscard]] static QString conflicts(const QList<CalendarConflict>& conflicts,
                                           const Meeting& meeting,
                                           ElectionRegime regime);
    /// The short text of the flag column: "Too early", "Too late", "Not in the regime", or
    /// "2 conflicts"; empty without conflicts.
    [[nodiscard]] static QString flag(const QList<CalendarConflict>& conflicts);
    /// "Sunday, 23/05/2021 (in 87 days)"; "not set" for an invalid day.
    [[nodiscard]] static QString electionDay(QDate electionDay, QDate today);
};

} // namespace ed::gui
