#include "services/nominationqueue.h"

#include "core/clock.h"
#include "core/searchkey.h"
#include "services/nominationderivation.h"
#include "services/workspace.h"
#include "storage/agencyrepository.h"
#include "storage/campaignrepository.h"
#include "storage/nominationqueuequery.h"
#include "storage/nominationqueuerepository.h"

#include <QSet>

namespace ed::services {

QueueEligibility queueEligibility(const Eligibility& eligibility)
{
    if (eligibility.flagged())
        return QueueEligibility::Flagged;
    if (!eligibility.tiedToUnit)
        return QueueEligibility::NotTied;
    return eligibility.unitIncomplete() ? QueueEligibility::Pending : QueueEligibility::Eligible;
}

NominationQueue::NominationQueue(Workspace& workspace)
    : m_workspace(workspace),
      m_query(std::make_unique<storage::NominationQueueQuery>(workspace.database()))
{}

NominationQueue::~NominationQueue() = default;

Result<int> NominationQueue::select(const QueueFilter& filter, const QueueOrder& order)
{
    QueueFilter folded = filter;
    folded.search = searchKey(filter.search);
    return m_query->select(folded, order, m_workspace.clock().today());
}

void NominationQueue::forget()
{
    m_query->forget();
}

int NominationQueue::count() const
{
    return m_query->count();
}

Result<QList<QueueEntry>> NominationQueue::rows(int first, int limit) const
{
    return m_query->rows(first, limit);
}

Result<QList<QueueEntry>> NominationQueue::rowsAfter(const QueueEntry& last, int limit) const
{
    return m_query->rowsAfter(last, limit);
}

Result<int> NominationQueue::position(NominationId id) const
{
    return m_query->position(id);
}

Result<QueueCounters> NominationQueue::counters() const
{
    return storage::NominationQueueRepository(m_workspace.database())
            .counters(m_workspace.clock().today());
}

Result<QueueChoices> NominationQueue::choices() const
{
    storage::Database& database = m_workspace.database();
    storage::NominationQueueRepository queue(database);
    const auto agencyIds = queue.agencies();
    if (!agencyIds)
        return agencyIds.error();
    const auto formIds = queue.awardForms();
    if (!formIds)
        return formIds.error();
    const QSet<AgencyId> namedAgencies(agencyIds->cbegin(), agencyIds->cend());
    const QSet<AwardFormId> namedForms(formIds->cbegin(), formIds->cend());
    QueueChoices choices;
    const auto agencies = storage::AgencyRepository(database).all();
    if (!agencies)
        return agencies.error();
    for (const Agency& a : agencies.value()) {
        if (namedAgencies.contains(a.id))
            choices.agencies << a;
    }
    const auto campaigns = storage::CampaignRepository(database).all();
    if (!campaigns)
        return campaigns.error();
    for (const Campaign& c : campaigns.value()) {
        for (const AwardForm& f : c.awardForms) {
            if (namedForms.contains(f.id))
                choices.awardForms << f;
        }
    }
    return choices;
}

Result<int> NominationQueue::size() const
{
    return storage::NominationQueueRepository(m_workspace.database()).size();
}

Result<int> NominationQueue::unitCount() const
{
    return storage::NominationQueueRepository(m_workspace.database()).unitCount();
}

Result<int> NominationQueue::refresh(Workspace& workspace, const std::atomic<bool>* cancel)
{
    // A read-only file shows the queue as it was last stored: recomputing it would write.
    if (workspace.isReadOnly())
        return 0;
    return detail::refreshWholeQueue(workspace.database(), workspace.clock().today(), cancel);
}

} // namespace ed::services
