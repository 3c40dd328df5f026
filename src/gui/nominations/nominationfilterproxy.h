#pragma once

#include "core/ids.h"
#include "core/nomination.h"

#include <QCollator>
#include <QSortFilterProxyModel>

#include <optional>

namespace ed::gui {

class NominationTableModel;

/// The queue's filters over a NominationTableModel: status, nominating agency, award form,
/// eligibility, overdue only, and the folded search text (the proxy's fixed string over
/// NominationTableModel::SearchRole). Texts sort in Vietnamese order, dates and numbers as such.
class NominationFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class EligibilityFilter {
        All,
        Eligible,   ///< tied to a fully reported unit and nothing fails
        Failing,    ///< flagged: a criterion fails or a judgement said no
        NotTied,    ///< not tied to an election unit
        Duplicates, ///< the same nominee is nominated more than once
    };

    explicit NominationFilterProxy(NominationTableModel* model, QObject* parent = nullptr);

    /// Only nominations in `status`; nullopt shows every status.
    void setStatus(std::optional<NominationStatus> status);
    /// Only nominations from `agency`; an invalid id shows every agency.
    void setAgency(AgencyId agency);
    /// Only nominations for `form`; an invalid id shows every award form.
    void setAwardForm(AwardFormId form);
    void setEligibility(EligibilityFilter filter);
    void setOverdueOnly(bool overdueOnly);
    /// Filters on `text` folded by searchKey(): "xa muong" finds "Xã Mường Nhé".
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    NominationTableModel* m_model;
    QCollator m_collator;
    std::optional<NominationStatus> m_status;
    AgencyId m_agency;
    AwardFormId m_awardForm;
    EligibilityFilter m_eligibility = EligibilityFilter::All;
    bool m_overdueOnly = false;
};

} // namespace ed::gui
