#pragma once

#include "core/agency.h"
#include "core/deadline.h"
#include "core/meeting.h"
#include "core/nomination.h"
#include "core/task.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ed {

/// What is wrong with a field of a form. The forms show it beside the field; the services
/// refuse a write that has any.
enum class Problem {
    Required,         ///< empty where a value is needed
    InvalidDate,      ///< not a calendar date
    EndBeforeStart,   ///< a window that ends before it starts
    OutOfRange,       ///< a number outside its range (month 1–12, week 1–5 or last)
    HeldDateMissing,  ///< a held meeting without the day it was held
    HeldDateInFuture, ///< a held meeting dated after today
    HeldDateNotHeld,  ///< a day held on a meeting that is not marked held
    UnknownMilestone, ///< a milestone code no regime knows
    DuplicateEntry,   ///< the same agency twice in one role, or one milestone tie twice
    OwnParent,        ///< an agency placed under itself, directly or through its parents
    NotSunday,        ///< an election day that is not a Sunday
    DateInFuture,     ///< a received date after today
};

/// A problem and the field it belongs to: "label", "deadline.date", "items[2].content"…
struct FieldProblem
{
    QString field;
    Problem problem = Problem::Required;
    friend bool operator==(const FieldProblem&, const FieldProblem&) = default;
};

/// The deadline's problems, with fields prefixed by `prefix` ("deadline.").
[[nodiscard]] QList<FieldProblem> checkDeadline(const Deadline& deadline, const QString& prefix);
/// A meeting's problems on `today` (a held meeting cannot be dated after it).
[[nodiscard]] QList<FieldProblem> checkMeeting(const Meeting& meeting, QDate today);
[[nodiscard]] QList<FieldProblem> checkTask(const StandingTask& task);
[[nodiscard]] QList<FieldProblem> checkAgency(const Agency& agency);
/// A nomination's problems on `today`: name, nominating agency, award form and received date
/// are required, and the dossier cannot arrive after today.
[[nodiscard]] QList<FieldProblem> checkNomination(const Nomination& nomination, QDate today);

} // namespace ed
