#pragma once

#include "core/nominationqueue.h"
#include "core/result.h"

#include <QHash>
#include <QList>

#include <memory>

namespace ed::storage {

class Database;
class Statement;

/// The queue's stored rows (table nomination_queue): written by the services, one row per
/// nomination, and the queue's counters and filter choices, counted in SQL.
class NominationQueueRepository
{
public:
    explicit NominationQueueRepository(Database& database);
    ~NominationQueueRepository();
    NominationQueueRepository(const NominationQueueRepository&) = delete;
    NominationQueueRepository& operator=(const NominationQueueRepository&) = delete;

    /// Inserts or replaces the rows of these nominations. Call inside a WriteTransaction.
    [[nodiscard]] Status put(const QList<QueueFacts>& facts);
    /// Every stored row, by nomination.
    [[nodiscard]] Result<QHash<NominationId, QueueFacts>> all() const;
    /// The stored rows of these nominations, by nomination.
    [[nodiscard]] Result<QHash<NominationId, QueueFacts>>
    find(const QList<NominationId>& ids) const;
    /// The number of stored rows.
    [[nodiscard]] Result<int> size() const;

    /// The number of election units (how long a full refresh of the queue takes depends on it).
    [[nodiscard]] Result<int> unitCount() const;
    /// Counts per status, the overdue (undecided and due before `today`) and the flagged.
    [[nodiscard]] Result<QueueCounters> counters(QDate today) const;
    /// The nominating agencies and award forms some nomination names.
    [[nodiscard]] Result<QList<AgencyId>> agencies() const;
    [[nodiscard]] Result<QList<AwardFormId>> awardForms() const;

private:
    Database& m_database;
    std::unique_ptr<Statement> m_put;
};

} // namespace ed::storage
