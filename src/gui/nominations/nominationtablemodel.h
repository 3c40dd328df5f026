#pragma once

#include "gui/models/rowtablemodel.h"
#include "services/nominationservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QIcon>
#include <QStringList>

namespace ed::gui {

/// The review queue: one row per nomination with its eligibility, duplicates, dossier, appraisal
/// deadline and award money, as NominationService::list() gives them.
class NominationTableModel final : public RowTableModel<services::NominationRow>
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
        SortRole = Qt::UserRole + 1, ///< numbers and dates as such, texts as texts
        SearchRole,                  ///< the folded name, unit, agency, position and workplace
        IdRole,                      ///< the nomination id (qint64)
    };

    using RowTableModel::RowTableModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The source row of a nomination; -1 when it is not listed.
    [[nodiscard]] int rowOf(NominationId id) const;
    /// The listed nomination with `id`; nullptr when it is not listed.
    [[nodiscard]] const services::NominationRow* find(NominationId id) const;

private:
    void rowsReplaced() override;

    QStringList m_searchKeys; ///< one per row, computed once in rowsReplaced()
    QHash<NominationId, int> m_rowOf;
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
