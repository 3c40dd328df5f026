#pragma once

#include "core/deadline.h"
#include "core/ids.h"
#include "core/rowstamp.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ed {

/// What an agency does for a content item: chủ trì, tham mưu, phối hợp, báo cáo.
enum class AgencyRole { Lead, Staff, Coordinating, Reporting };

enum class MeetingStatus { Planned, MaterialsSubmitted, Held, Postponed, Cancelled };

struct AgencyAssignment
{
    AgencyId agency;
    AgencyRole role = AgencyRole::Lead;

    friend bool operator==(const AgencyAssignment&, const AgencyAssignment&) = default;
};

/// Agency names by id, for whatever shows who does what.
using AgencyNames = QHash<AgencyId, QString>;

/// The names of the agencies assigned `role`, in the plan's order, each once; unknown ids are
/// skipped.
[[nodiscard]] inline QStringList agencyNamesInRole(AgencyRole role,
                                                   const QList<AgencyAssignment>& assignments,
                                                   const AgencyNames& names)
{
    QStringList result;
    for (const AgencyAssignment& a : assignments) {
        const QString name = names.value(a.agency);
        if (a.role == role && !name.isEmpty() && !result.contains(name))
            result << name;
    }
    return result;
}

struct MeetingItem
{
    MeetingItemId id;
    QString content;
    QList<AgencyAssignment> agencies;

    friend bool operator==(const MeetingItem&, const MeetingItem&) = default;
};

/// A deadline set by another body that a meeting serves (the HĐBCQG's, in 01-KH/BCĐ).
struct ReferenceDeadline
{
    AgencyId issuer;
    QString description;
    Deadline deadline;
    QString legalNote;

    friend bool operator==(const ReferenceDeadline&, const ReferenceDeadline&) = default;
};

/// Whether a meeting must fall after a legal milestone (it reviews the milestone's outcome) or
/// before it (it prepares the milestone).
enum class MilestoneRelation { After, Before };

/// A meeting's tie to a step of the legal calendar, by the milestone's code.
struct MilestoneDependency
{
    QString milestone;
    MilestoneRelation relation = MilestoneRelation::After;
    friend bool operator==(const MilestoneDependency&, const MilestoneDependency&) = default;
};

/// A meeting of the steering committee: numbered, or held on request (no number).
struct Meeting
{
    MeetingId id;
    PlanId plan;
    std::optional<int> number; ///< none for meetings on request
    QString label;   ///< as printed: "Cuộc họp thứ nhất", "Cuộc họp lần thứ hai"
    QString section; ///< "II.2.1"
    Deadline deadline;
    QString requestedBy;
    MeetingStatus status = MeetingStatus::Planned;
    QDate heldOn;
    QString conclusions;
    QString notes;
    QList<MeetingItem> items;
    QList<ReferenceDeadline> referenceDeadlines;
    QList<MilestoneDependency> milestones; ///< steps of the legal calendar it reviews or prepares
    RowStamp stamp;                        ///< its version and last change, as read

    friend bool operator==(const Meeting&, const Meeting&) = default;
};

} // namespace ed
