#include "gui/nominations/nominationfilterproxy.h"

#include "core/searchkey.h"
#include "gui/nominations/nominationtablemodel.h"

namespace ed::gui {

NominationFilterProxy::NominationFilterProxy(NominationTableModel* model, QObject* parent)
    : QSortFilterProxyModel(parent), m_model(model),
      m_collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam))
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSourceModel(model);
    setSortRole(NominationTableModel::SortRole);
    setFilterRole(NominationTableModel::SearchRole);
    setFilterKeyColumn(NominationTableModel::IdColumn);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void NominationFilterProxy::setStatus(std::optional<NominationStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void NominationFilterProxy::setAgency(AgencyId agency)
{
    if (agency == m_agency)
        return;
    m_agency = agency;
    invalidateRowsFilter();
}

void NominationFilterProxy::setAwardForm(AwardFormId form)
{
    if (form == m_awardForm)
        return;
    m_awardForm = form;
    invalidateRowsFilter();
}

void NominationFilterProxy::setEligibility(EligibilityFilter filter)
{
    if (filter == m_eligibility)
        return;
    m_eligibility = filter;
    invalidateRowsFilter();
}

void NominationFilterProxy::setOverdueOnly(bool overdueOnly)
{
    if (overdueOnly == m_overdueOnly)
        return;
    m_overdueOnly = overdueOnly;
    invalidateRowsFilter();
}

void NominationFilterProxy::setSearchText(const QString& text)
{
    setFilterFixedString(searchKey(text));
}

bool NominationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const services::NominationRow* row = m_model->rowAt(sourceRow);
    if (!row || !QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return false;
    const Nomination& n = row->nomination;
    if ((m_status && n.status != *m_status)
        || (m_agency.isValid() && n.nominatingAgency != m_agency)
        || (m_awardForm.isValid() && n.awardForm != m_awardForm)
        || (m_overdueOnly && !row->overdue))
        return false;
    const Eligibility& e = row->eligibility;
    switch (m_eligibility) {
    case EligibilityFilter::All: return true;
    case EligibilityFilter::Eligible: return NominationText::eligible(e);
    case EligibilityFilter::Failing: return e.flagged();
    case EligibilityFilter::NotTied: return !e.tiedToUnit;
    case EligibilityFilter::Duplicates: return !row->duplicates.isEmpty();
    }
    return true;
}

bool NominationFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace ed::gui
