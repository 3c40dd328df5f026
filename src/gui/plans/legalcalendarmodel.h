#pragma once

#include "core/meeting.h"
#include "core/plan.h"
#include "gui/models/rowtablemodel.h"

#include <QDate>
#include <QList>

namespace ed::gui {

/// One line of the legal calendar tab: a milestone of the law, a meeting of the plan, or the
/// "today" line between them.
struct CalendarEntry
{
    enum class Kind { Milestone, Meeting, Today };
    Kind kind = Kind::Milestone;
    QDate date;         ///< where the line sorts; invalid for meetings without a date
    QString dateText;   ///< "19/03/2021", "22/02/2021 – 27/02/2021", "no later than …"
    QString offsetText; ///< "E−65"
    QString milestone;  ///< the milestone's title (Milestone lines)
    QString basis;      ///< "Art. 39" (Milestone lines)
    bool confirmed = true;
    bool isElectionDay = false;
    MeetingId meeting;   ///< Meeting lines
    QString meetingText; ///< "3. Cuộc họp lần thứ ba (last allowed day)"
    QString flag;        ///< short conflict text, or "unconfirmed" for a milestone
    QString flagTip;     ///< the conflicts' sentences
    bool conflict = false;
};

/// The plan's legal calendar, counted from its election day in its regime, interleaved in date
/// order with its meetings (held day, or else last allowed day) and a line for today. Meetings
/// without a date come last. Without an election day only the meetings are listed.
[[nodiscard]] QList<CalendarEntry>
legalCalendarEntries(const Plan& plan, const QList<Meeting>& meetings, QDate today);

/// The entries as a table: date, offset from E, milestone, basis, plan meeting, flag.
class LegalCalendarModel final : public RowTableModel<CalendarEntry>
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        OffsetColumn,
        MilestoneColumn,
        BasisColumn,
        MeetingColumn,
        FlagColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 }; ///< the meeting id of Meeting lines (qint64)

    using RowTableModel::RowTableModel;

    /// The row of today's line, or -1.
    [[nodiscard]] int todayRow() const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace ed::gui
