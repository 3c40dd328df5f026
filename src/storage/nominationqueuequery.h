#pragma once

#include "core/nominationqueue.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ed::storage {

class Database;
class Statement;

/// One filtered, ordered view of the stored queue (nomination_queue), read a page at a time.
///
/// A filter that keeps few rows (fewer than a tenth of the queue, at least kSparseLimit) has its
/// matches written to a TEMP table of this view (one table per view, dropped with it), which
/// gives the count at once and lets a page sort just those rows. A filter that keeps many walks
/// the sort column's index and stops after a page, and counts in a separate query. Typing more
/// letters of the same search narrows the matches already found instead of scanning again.
/// Pages continue after the last row fetched (no OFFSET to step over) when they can.
class NominationQueueQuery
{
public:
    /// `sparseLimit`: below this many matches a selection always sorts its own matches (tests
    /// lower it to reach both ways with few rows).
    explicit NominationQueueQuery(Database& database, int sparseLimit = kSparseLimit);
    ~NominationQueueQuery();
    NominationQueueQuery(const NominationQueueQuery&) = delete;
    NominationQueueQuery& operator=(const NominationQueueQuery&) = delete;

    /// Selects the rows of `filter` (its search already folded) in `order`, with `today` for
    /// the overdue filter; returns how many there are.
    [[nodiscard]] Result<int>
    select(const QueueFilter& filter, const QueueOrder& order, QDate today);
    /// Forgets the matches found so far: the next select() reads the queue again. Call it when
    /// the data may have changed.
    void forget() { m_mode = Mode::All; }
    /// The number of rows the last select() found.
    [[nodiscard]] int count() const { return m_count; }
    /// Rows [first, first + limit) of the selection.
    [[nodiscard]] Result<QList<QueueEntry>> rows(int first, int limit) const;
    /// `limit` rows following `last` (a row of this selection) in its order.
    [[nodiscard]] Result<QList<QueueEntry>> rowsAfter(const QueueEntry& last, int limit) const;
    /// The row number of `id` in the selection; −1 when the filter leaves it out.
    [[nodiscard]] Result<int> position(NominationId id) const;

    static constexpr int kSparseLimit = 2000;

private:
    enum class Mode { All, Sparse, Dense };

    [[nodiscard]] Status ensureTable();
    [[nodiscard]] QString conditions(bool indexed) const;
    void bindConditions(Statement& statement) const;
    [[nodiscard]] QString pageSql(bool reversed, const QString& extraCondition) const;
    [[nodiscard]] Result<QList<QueueEntry>> runPage(const QString& sql,
                                                    const QueueEntry* after,
                                                    int offset,
                                                    int limit,
                                                    const char* operation) const;

    Database& m_database;
    QString m_connection; // for the destructor: the Database may already be gone
    QString m_table;      // TEMP table of this view's matches
    int m_sparseLimit = kSparseLimit;
    bool m_tableReady = false;
    QueueFilter m_filter;
    QueueOrder m_order;
    QDate m_today;
    Mode m_mode = Mode::All;
    int m_count = 0;
    int m_total = 0; // rows in the queue at the last select()
};

} // namespace ed::storage
