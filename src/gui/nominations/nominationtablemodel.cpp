#include "gui/nominations/nominationtablemodel.h"

#include "core/searchkey.h"
#include "core/vnformat.h"
#include "i18n/nominationwording.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

QIcon standardIcon(QStyle::StandardPixmap pixmap)
{
    return QApplication::style()->standardIcon(pixmap);
}

int missingItems(const services::NominationRow& row)
{
    return static_cast<int>(
            std::ranges::count(row.nomination.dossier, false, &DossierItemState::present));
}

/// Flagged rows first when sorted ascending, then the undecided, then the eligible.
int eligibilityRank(const Eligibility& eligibility)
{
    if (eligibility.flagged())
        return 0;
    if (!eligibility.tiedToUnit)
        return 2;
    return NominationText::eligible(eligibility) ? 3 : 1;
}

QString nomineeToolTip(const Nomination& n)
{
    QStringList lines{n.name};
    if (n.kind == NomineeKind::Individual) {
        if (!n.position.isEmpty())
            lines << NominationTableModel::tr("Position: %1").arg(n.position);
        if (!n.workplace.isEmpty())
            lines << NominationTableModel::tr("Workplace: %1").arg(n.workplace);
    }
    return lines.join(u'\n');
}

QString eligibilityToolTip(const Eligibility& eligibility)
{
    const QStringList problems = i18n::eligibilityProblems(eligibility);
    if (problems.isEmpty())
        return i18n::eligibilitySummary(eligibility);
    return u"• "_s + problems.join(u"\n• "_s);
}

} // namespace

QString NominationText::number(NominationId id)
{
    return u"#%1"_s.arg(id.raw());
}

QString NominationText::numbers(const QList<NominationId>& ids)
{
    QStringList list;
    for (const NominationId id : ids)
        list << number(id);
    return list.join(u", "_s);
}

QString NominationText::unit(const services::NominationRow& row)
{
    if (row.unitCode.isEmpty())
        return tr("Not tied to a unit");
    return row.unitName.isEmpty() ? row.unitCode : u"%1 – %2"_s.arg(row.unitCode, row.unitName);
}

QString NominationText::dossier(const services::NominationRow& row)
{
    const int missing = missingItems(row);
    return row.dossierComplete || missing == 0 ? tr("Complete")
                                               : tr("%n missing", nullptr, missing);
}

QString NominationText::daysLeft(const services::NominationRow& row)
{
    const NominationStatus status = row.nomination.status;
    if (status == NominationStatus::Returned)
        return tr("clock stopped until the supplement arrives");
    if (!isUndecided(status))
        return {};
    const int left = row.workingDaysLeft;
    if (row.overdue)
        return left < 0 ? tr("overdue by %n working day(s)", nullptr, -left) : tr("overdue");
    if (left == 0)
        return tr("due today");
    return tr("%n working day(s) left", nullptr, left);
}

QString NominationText::money(const services::NominationRow& row)
{
    if (!row.awardMoney)
        return u"–"_s;
    const QString amount = i18n::moneyText(*row.awardMoney);
    return row.moneyEstimated ? tr("%1 (estimate)").arg(amount) : amount;
}

QString NominationText::moneyNote(const services::NominationRow& row)
{
    if (!row.awardMoney)
        return tr("The award money tables have no rate for this award form and nominee kind "
                  "(Award settings…).");
    if (row.moneyEstimated)
        return tr("Estimate at today's rates: the amount is fixed by the decision date.");
    return tr("At the rates in force on the decision date.");
}

QIcon NominationText::eligibilityIcon(const Eligibility& eligibility)
{
    if (eligibility.flagged())
        return standardIcon(QStyle::SP_MessageBoxWarning);
    if (eligible(eligibility))
        return standardIcon(QStyle::SP_DialogApplyButton);
    return standardIcon(QStyle::SP_MessageBoxQuestion);
}

bool NominationText::eligible(const Eligibility& eligibility)
{
    return eligibility.tiedToUnit && !eligibility.unitIncomplete() && !eligibility.flagged();
}

QString NominationText::dateTime(const QDateTime& at)
{
    return at.isValid() ? at.toString(u"dd/MM/yyyy HH:mm"_s) : QString();
}

void NominationTableModel::rowsReplaced()
{
    m_searchKeys.clear();
    m_rowOf.clear();
    for (int i = 0; i < rows().size(); ++i) {
        const services::NominationRow& row = rows()[i];
        const Nomination& n = row.nomination;
        m_searchKeys << searchKey(QStringList{n.name, row.unitCode, row.unitName, row.agencyName,
                                              row.agencyAbbreviation, n.position, n.workplace}
                                          .join(u' '));
        m_rowOf.insert(n.id, i);
    }
}

int NominationTableModel::rowOf(NominationId id) const
{
    return m_rowOf.value(id, -1);
}

const services::NominationRow* NominationTableModel::find(NominationId id) const
{
    return rowAt(rowOf(id));
}

int NominationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NominationTableModel::data(const QModelIndex& index, int role) const
{
    const services::NominationRow* row = rowFor(index);
    if (!row)
        return {};
    const Nomination& n = row->nomination;
    const int column = index.column();
    switch (role) {
    case SearchRole: return m_searchKeys.value(index.row());
    case IdRole: return n.id.raw();
    case SortRole:
        switch (column) {
        case IdColumn: return n.id.raw();
        case StatusColumn: return static_cast<int>(n.status);
        case EligibilityColumn: return eligibilityRank(row->eligibility);
        case DuplicateColumn: return static_cast<int>(row->duplicates.size());
        case DossierColumn: return missingItems(*row);
        case DueColumn: return row->appraisalDue;
        case MoneyColumn: return row->awardMoney.value_or(-1);
        default: return data(index, Qt::DisplayRole); // texts: compared in Vietnamese order
        }
    case Qt::DisplayRole:
        switch (column) {
        case IdColumn: return n.id.raw();
        case NomineeColumn: return n.name;
        case KindColumn: return i18n::nomineeKindName(n.kind);
        case UnitColumn: return row->unitCode.isEmpty() ? u"–"_s : NominationText::unit(*row);
        case AgencyColumn:
            return row->agencyAbbreviation.isEmpty() ? row->agencyName : row->agencyAbbreviation;
        case AwardFormColumn: return row->awardForm.usualName;
        case StatusColumn: return i18n::nominationStatusName(n.status);
        case EligibilityColumn: return i18n::eligibilitySummary(row->eligibility);
        case DuplicateColumn:
            return row->duplicates.isEmpty()
                           ? QString()
                           : tr("Duplicate: %1").arg(NominationText::numbers(row->duplicates));
        case DossierColumn: return NominationText::dossier(*row);
        case DueColumn: {
            const QString left = NominationText::daysLeft(*row);
            const QString date = formatDate(row->appraisalDue);
            return left.isEmpty() ? date : u"%1 · %2"_s.arg(date, left);
        }
        case MoneyColumn: return NominationText::money(*row);
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case NomineeColumn: return nomineeToolTip(n);
        case UnitColumn: return NominationText::unit(*row);
        case AgencyColumn: return row->agencyName;
        case AwardFormColumn: return row->awardForm.nameAsWritten;
        case EligibilityColumn: return eligibilityToolTip(row->eligibility);
        case DuplicateColumn:
            return row->duplicates.isEmpty()
                           ? QString()
                           : tr("Same nominee as %1").arg(NominationText::numbers(row->duplicates));
        case DossierColumn: {
            QStringList missing;
            for (const DossierItemState& item : n.dossier) {
                if (!item.present)
                    missing << i18n::dossierItemTitle(item.item);
            }
            return missing.isEmpty() ? tr("Every document of the dossier is present")
                                     : tr("Missing: %1").arg(missing.join(u"; "_s));
        }
        case DueColumn:
            return tr("%1 (%n working day(s) from %2)", nullptr, row->limitDays)
                    .arg(i18n::appraisalTrackName(row->track), formatDate(n.clockStart()));
        case MoneyColumn: return NominationText::moneyNote(*row);
        default: break;
        }
        break;
    case Qt::DecorationRole:
        switch (column) {
        case EligibilityColumn: return NominationText::eligibilityIcon(row->eligibility);
        case DuplicateColumn:
            return row->duplicates.isEmpty() ? QVariant()
                                             : standardIcon(QStyle::SP_MessageBoxInformation);
        case DueColumn:
            return row->overdue ? standardIcon(QStyle::SP_MessageBoxCritical) : QVariant();
        default: break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == IdColumn || column == MoneyColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default: break;
    }
    return {};
}

QVariant NominationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == DueColumn)
        return tr("The last day of the appraisal in working days (weekends and public holidays "
                  "do not count)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("No.");
    case NomineeColumn: return tr("Nominee");
    case KindColumn: return tr("Kind");
    case UnitColumn: return tr("Unit");
    case AgencyColumn: return tr("Nominated by");
    case AwardFormColumn: return tr("Award form");
    case StatusColumn: return tr("Status");
    case EligibilityColumn: return tr("Eligibility");
    case DuplicateColumn: return tr("Duplicate");
    case DossierColumn: return tr("Dossier");
    case DueColumn: return tr("Appraisal due");
    case MoneyColumn: return tr("Award money");
    }
    return {};
}

} // namespace ed::gui
