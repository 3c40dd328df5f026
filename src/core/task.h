#pragma once

#include "core/deadline.h"
#include "core/ids.h"
#include "core/meeting.h"

#include <QList>
#include <QString>

#include <optional>

namespace ed {

enum class TaskStatus { Open, InProgress, Done, Cancelled };

/// A standing task that a plan gives to one or more agencies.
struct StandingTask
{
    TaskId id;
    PlanId plan;
    QString section;       ///< distinct id, "III.4-bis" for a duplicated printed number
    QString printedNumber; ///< as printed: "4"
    QString content;
    QList<AgencyAssignment> agencies;
    std::optional<Deadline> deadline;
    TaskStatus status = TaskStatus::Open;
    QString progressNote;

    friend bool operator==(const StandingTask&, const StandingTask&) = default;
};

enum class InspectionMode { Inspected, SelfInspects };

struct InspectionTarget
{
    AgencyId agency;
    InspectionMode mode = InspectionMode::Inspected;

    friend bool operator==(const InspectionTarget&, const InspectionTarget&) = default;
};

/// The inspection programme: a team that visits some localities while the others inspect
/// themselves and report to it.
struct Inspection
{
    InspectionId id;
    PlanId plan;
    QString framework;
    QString teamLead; ///< a person's name: shown, never logged
    QString teamLeadTitle;
    QString selfInspectionNote;
    QList<InspectionTarget> targets;

    friend bool operator==(const Inspection&, const Inspection&) = default;
};

} // namespace ed
