#pragma once

#include "core/nominationqueue.h"
#include "services/nominationqueue.h"
#include "services/nominationservice.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHash>
#include <QIcon>
#include <QStringList>

#include <optional>
#include <vector>

namespace ed::gui {

/// The review queue over NominationQueue: the rows a filter keeps, in the order a header click
/// chose, filtered, sorted and counted in SQL. Rows are fetched from SQL a block at a time as
/// the view asks for them (the count is exact, so the scroll bar is too), and only the blocks
/// shown are derived in full (eligibility, duplicates, deadline, money) through
/// NominationService::rows(); a bounded number of derived blocks is kept.
class NominationTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        NomineeColumn,
        KindColumn,
        UnitColumn,
        AgencyColumn,
        AwardFormColumn,
        StatusColumn,
        EligibilityColumn,
        DuplicateColumn,
        DossierColumn,
        DueColumn,
        MoneyColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the nomination id (qint64)
    };

    NominationTableModel(services::NominationService& service,
                         services::NominationQueue& queue,
                         QObject* parent = nullptr);
    ~NominationTableModel() override;

    /// Shows the rows `filter` keeps (a reset). The first call also starts reading.
    void setFilter(const QueueFilter& filter);
    /// Reads the rows of `filter` again, in the same order (a reset): the data changed.
    void reload(const QueueFilter& filter);
    [[nodiscard]] const QueueFilter& filter() const { return m_filter; }
    /// False until the first setFilter() or reload(): nothing was read yet.
    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] const QueueOrder& order() const { return m_order; }
    /// The queue's order for a column (every column sorts in SQL on a stored key).
    [[nodiscard]] static QueueSortKey sortKey(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Sorts in SQL (a reset); the page keeps the selection.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The entry at `row`, read from SQL when not fetched yet; nullopt out of range.
    [[nodiscard]] std::optional<QueueEntry> entryAt(int row) const;
    /// The entries of rows [first, last], the missing ones read in one query.
    [[nodiscard]] QList<QueueEntry> entries(int first, int last) const;
    /// The derived row at `row`; nullptr out of range. Valid until the next call to the model.
    [[nodiscard]] const services::NominationRow* rowAt(int row) const;
    /// The row of `id`; −1 when the filter leaves it out.
    [[nodiscard]] int rowOf(NominationId id) const;
    /// The rows of `ids` (−1 for those left out); many are found in one pass over the rows.
    [[nodiscard]] QList<int> rowsOf(const QList<NominationId>& ids) const;

    /// Rows read from SQL per query, and rows derived in full at a time.
    static constexpr int kFetchBlock = 100;
    static constexpr int kDeriveBlock = 50;
    /// Derived blocks kept (the rest are derived again when shown again).
    static constexpr int kDerivedBlocksKept = 40;

signals:
    /// Reading failed; the page reports it as its own load failure.
    void loadFailed(const QString& operation, const ed::Error& error);

private:
    void select(bool forget);
    /// Makes sure rows [first, last] are fetched.
    void fetch(int first, int last) const;
    void remember(int row, const QueueEntry& entry) const;
    void report(const char* operation, const Error& error) const;

    services::NominationService& m_service;
    services::NominationQueue& m_queue;
    QueueFilter m_filter;
    QueueOrder m_order;
    bool m_active = false; // false until the page first reads: no SQL before that
    int m_count = 0;
    mutable std::vector<QueueEntry> m_entries; // one per row; an invalid id: not fetched yet
    mutable QHash<NominationId, int> m_rowOf;  // of the fetched rows
    mutable QHash<int, QList<services::NominationRow>> m_derived; // by derive block
    mutable QList<int> m_recentBlocks;                            // most recent last
};

/// How the nominations area words a row's cells, shared by the queue and the detail pane.
class NominationText
{
    Q_DECLARE_TR_FUNCTIONS(NominationText)

public:
    /// "#12"
    [[nodiscard]] static QString number(NominationId id);
    /// "#12, #40"
    [[nodiscard]] static QString numbers(const QList<NominationId>& ids);
    /// "C01 – Xã An Bình"; "Not tied to a unit" without one.
    [[nodiscard]] static QString unit(const services::NominationRow& row);
    /// "Complete" or "2 missing".
    [[nodiscard]] static QString dossier(const services::NominationRow& row);
    /// "3 working days left", "due today", "overdue by 2 working days"; empty once decided.
    [[nodiscard]] static QString daysLeft(const services::NominationRow& row);
    /// "1.490.000 đ", "1.490.000 đ (estimate)" or "–" without a rate.
    [[nodiscard]] static QString money(const services::NominationRow& row);
    /// What the money cell's tooltip says about where the amount comes from.
    [[nodiscard]] static QString moneyNote(const services::NominationRow& row);
    /// A warning sign for a flagged row, a tick for an eligible one, a question mark otherwise.
    [[nodiscard]] static QIcon eligibilityIcon(const Eligibility& eligibility);
    /// Tied to a unit that has fully reported, and nothing fails: what the "Eligible" filter
    /// keeps.
    [[nodiscard]] static bool eligible(const Eligibility& eligibility);
    /// "dd/MM/yyyy HH:mm"
    [[nodiscard]] static QString dateTime(const QDateTime& at);
};

} // namespace ed::gui
