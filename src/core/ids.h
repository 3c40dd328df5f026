#pragma once

#include <QHashFunctions>
#include <QtGlobal>

#include <compare>

namespace ed {

/// A row key that remembers its table: an AgencyId where a MeetingId is expected won't compile.
template <typename Tag>
class Id
{
public:
    constexpr Id() = default; // 0 = not stored yet
    constexpr explicit Id(qint64 raw) : m_raw(raw) {}
    [[nodiscard]] constexpr qint64 raw() const { return m_raw; }
    [[nodiscard]] constexpr bool isValid() const { return m_raw > 0; }
    friend constexpr auto operator<=>(Id, Id) = default;

private:
    qint64 m_raw = 0;
};

template <typename Tag>
size_t qHash(Id<Tag> id, size_t seed = 0) noexcept
{
    return ::qHash(id.raw(), seed);
}

using AgencyId = Id<struct AgencyTag>;
using PlanId = Id<struct PlanTag>;
using MeetingId = Id<struct MeetingTag>;
using MeetingItemId = Id<struct MeetingItemTag>;
using DeadlineId = Id<struct DeadlineTag>;
using TaskId = Id<struct TaskTag>;
using InspectionId = Id<struct InspectionTag>;
using CampaignId = Id<struct CampaignTag>;
using CriterionId = Id<struct CriterionTag>;
using AwardFormId = Id<struct AwardFormTag>;
using NominationId = Id<struct NominationTag>;
using NominationEventId = Id<struct NominationEventTag>;

} // namespace ed
