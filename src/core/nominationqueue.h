#pragma once

#include "core/campaign.h"
#include "core/ids.h"
#include "core/nomination.h"

#include <QDate>
#include <QString>
#include <QVariant>

#include <array>
#include <optional>

namespace ed {

/// Where a nomination stands against the award conditions, as the queue filters and sorts it.
/// The numbers are the sort order: flagged rows first when sorted ascending.
enum class QueueEligibility {
    Flagged = 0, ///< a criterion fails, the unit has not fully reported, or a judgement said no
    Pending = 1, ///< tied to a unit, nothing fails, but not eligible yet (nothing measurable)
    NotTied = 2, ///< not tied to an election unit (and nothing judged "no")
    Eligible = 3 ///< tied to a fully reported unit and nothing fails
};

/// The queue's eligibility filter.
enum class QueueEligibilityFilter {
    All,
    Eligible,   ///< QueueEligibility::Eligible
    Failing,    ///< QueueEligibility::Flagged
    NotTied,    ///< not tied to an election unit
    Duplicates, ///< the same nominee is nominated more than once in the campaign
};

/// What the queue shows: every condition set here must hold.
struct QueueFilter
{
    std::optional<NominationStatus> status;
    AgencyId agency;       ///< invalid: every nominating agency
    AwardFormId awardForm; ///< invalid: every award form
    QueueEligibilityFilter eligibility = QueueEligibilityFilter::All;
    bool overdueOnly = false; ///< undecided and past the appraisal due date
    /// Folded by searchKey(); a substring of the name, unit code and name, agency name and
    /// abbreviation, position or workplace. Empty: no search.
    QString search;

    friend bool operator==(const QueueFilter&, const QueueFilter&) = default;
};

/// The columns the queue sorts on, each stored in an indexed column.
enum class QueueSortKey {
    Id,
    Nominee,     ///< Vietnamese order of the name (collationKey())
    Kind,        ///< by the stored code: collective before individual
    Unit,        ///< Vietnamese order of "code name"; not tied first
    Agency,      ///< Vietnamese order of the abbreviation, or the name without one
    AwardForm,   ///< Vietnamese order of the usual name
    Status,      ///< workflow order
    Eligibility, ///< QueueEligibility order
    Duplicates,  ///< number of other nominations of the same nominee
    Dossier,     ///< missing documents
    Due,         ///< appraisal due date
    Money,       ///< award money; no rate first
};

struct QueueOrder
{
    QueueSortKey key = QueueSortKey::Id;
    bool descending = false;

    friend bool operator==(const QueueOrder&, const QueueOrder&) = default;
};

/// One row of the queue as SQL lists it: enough to select it and to decide which workflow
/// steps it allows, without deriving its eligibility again.
struct QueueEntry
{
    NominationId id;
    NominationStatus status = NominationStatus::Received;
    bool decided = false;   ///< a decision is recorded
    bool certified = false; ///< the certificate was handed over
    bool flagged = false;   ///< QueueEligibility::Flagged when the queue was last refreshed
    QVariant sortValue;     ///< the value of the sort column, to fetch the next page after it

    /// The nomination as far as the workflow looks at it (nextStatus(), availableActions()).
    [[nodiscard]] Nomination workflowView() const
    {
        Nomination n;
        n.id = id;
        n.status = status;
        if (decided)
            n.decision = AwardDecision{};
        if (certified)
            n.certificateIssuedOn = QDate(2000, 1, 1);
        return n;
    }
};

/// What the queue stores per nomination to filter, sort and count in SQL: copies of the
/// nomination's own fields the filters use, and facts derived from the results, the settings
/// and the other nominations (services/nominationqueue.h keeps them up to date).
struct QueueFacts
{
    NominationId id;
    NominationStatus status = NominationStatus::Received;
    NomineeKind kind = NomineeKind::Collective;
    AgencyId agency;
    AwardFormId awardForm;
    bool tied = false;
    bool decided = false;
    bool certified = false;
    QString nameSort;   ///< collationKey() of the name
    QString unitSort;   ///< collationKey() of "code name"; empty when not tied
    QString agencySort; ///< collationKey() of the abbreviation, or of the name without one
    QString formSort;   ///< collationKey() of the award form's usual name
    QueueEligibility eligibility = QueueEligibility::NotTied;
    int duplicates = 0;
    int dossierMissing = 0;
    QDate appraisalDue;
    qint64 awardMoney = -1; ///< −1 when the tables have no rate
    QString search;         ///< searchKey() of the searchable texts, space separated

    friend bool operator==(const QueueFacts&, const QueueFacts&) = default;
};

/// The counters above the queue, over every nomination.
struct QueueCounters
{
    std::array<int, 6> byStatus{}; ///< indexed by NominationStatus
    int overdue = 0;
    int flagged = 0;
    int total = 0;

    friend bool operator==(const QueueCounters&, const QueueCounters&) = default;
};

} // namespace ed
