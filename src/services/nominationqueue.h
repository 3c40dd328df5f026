#pragma once

#include "core/agency.h"
#include "core/campaign.h"
#include "core/eligibility.h"
#include "core/nominationqueue.h"
#include "core/result.h"

#include <QList>

#include <atomic>
#include <memory>

namespace ed::storage {
class NominationQueueQuery;
}

namespace ed::services {

class Workspace;

/// The agencies and award forms some nomination names: the queue's filter choices.
struct QueueChoices
{
    QList<Agency> agencies;
    QList<AwardForm> awardForms;
};

/// Where `eligibility` puts a nomination in the queue.
[[nodiscard]] QueueEligibility queueEligibility(const Eligibility& eligibility);

/// The review queue at national scale: filtered, sorted and counted in SQL over a stored row
/// per nomination (table nomination_queue), read a page at a time.
///
/// What the rows hold, and how they stay true:
/// - NominationService writes the row of every nomination it adds or changes (and of its
///   namesakes, whose duplicates may change) in the same transaction;
/// - the facts that depend on data other areas change (results, units, criteria, agencies,
///   award forms, holidays, limits, money tables, today's date for the money estimate) are
///   recomputed by refresh(), a full pass that the queue runs whenever it is opened or read
///   again, on a worker thread with its own Workspace when the database is large.
/// The view itself is for one thread, on its workspace's connection.
class NominationQueue
{
public:
    explicit NominationQueue(Workspace& workspace);
    ~NominationQueue();
    NominationQueue(const NominationQueue&) = delete;
    NominationQueue& operator=(const NominationQueue&) = delete;

    /// Selects the nominations `filter` keeps (its search as typed: it is folded here) in
    /// `order`; returns how many. The overdue filter looks at the workspace's today.
    [[nodiscard]] Result<int> select(const QueueFilter& filter, const QueueOrder& order);
    /// The data may have changed: the next select() reads everything again.
    void forget();
    /// How many the last select() kept.
    [[nodiscard]] int count() const;
    /// Rows [first, first + limit) of the selection.
    [[nodiscard]] Result<QList<QueueEntry>> rows(int first, int limit) const;
    /// The `limit` rows after `last`, a row of the selection (cheaper than rows() deep down).
    [[nodiscard]] Result<QList<QueueEntry>> rowsAfter(const QueueEntry& last, int limit) const;
    /// The row number of `id` in the selection; −1 when the filter leaves it out.
    [[nodiscard]] Result<int> position(NominationId id) const;

    /// The counters over every nomination, on the workspace's today.
    [[nodiscard]] Result<QueueCounters> counters() const;
    [[nodiscard]] Result<QueueChoices> choices() const;
    /// The number of nominations in the queue.
    [[nodiscard]] Result<int> size() const;
    /// The number of election units: with size(), tells how long refresh() takes.
    [[nodiscard]] Result<int> unitCount() const;

    /// Recomputes every stored row from the data as it is now and writes those that changed;
    /// returns how many. Rows another connection wrote meanwhile are left alone. Slow on a
    /// national database (seconds): run it on a worker thread with a Workspace of its own.
    /// Setting `cancel` stops it early with Cancelled (the rows it wrote are right). On a
    /// read-only workspace it writes nothing and returns 0: the stored rows are shown.
    [[nodiscard]] static Result<int> refresh(Workspace& workspace,
                                             const std::atomic<bool>* cancel = nullptr);

private:
    Workspace& m_workspace;
    std::unique_ptr<storage::NominationQueueQuery> m_query;
};

} // namespace ed::services
