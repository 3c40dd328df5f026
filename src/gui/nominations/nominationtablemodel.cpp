#include "gui/nominations/nominationtablemodel.h"

#include "core/collationkey.h"
#include "core/vnformat.h"
#include "i18n/nominationwording.h"
#include "logging/log.h"

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

NominationTableModel::NominationTableModel(services::NominationService& service,
                                           services::NominationQueue& queue,
                                           QObject* parent)
    : QAbstractTableModel(parent), m_service(service), m_queue(queue)
{}

NominationTableModel::~NominationTableModel() = default;

QueueSortKey NominationTableModel::sortKey(int column)
{
    switch (column) {
    case IdColumn: return QueueSortKey::Id;
    case NomineeColumn: return QueueSortKey::Nominee;
    case KindColumn: return QueueSortKey::Kind;
    case UnitColumn: return QueueSortKey::Unit;
    case AgencyColumn: return QueueSortKey::Agency;
    case AwardFormColumn: return QueueSortKey::AwardForm;
    case StatusColumn: return QueueSortKey::Status;
    case EligibilityColumn: return QueueSortKey::Eligibility;
    case DuplicateColumn: return QueueSortKey::Duplicates;
    case DossierColumn: return QueueSortKey::Dossier;
    case DueColumn: return QueueSortKey::Due;
    case MoneyColumn: return QueueSortKey::Money;
    default: return QueueSortKey::Id;
    }
}

void NominationTableModel::report(const char* operation, const Error& error) const
{
    log::gui()->error("{} failed: code {} ({})", operation, static_cast<int>(error.code),
                      error.detail);
    emit const_cast<NominationTableModel*>(this)->loadFailed(QString::fromUtf8(operation), error);
}

void NominationTableModel::setFilter(const QueueFilter& filter)
{
    m_filter = filter;
    m_active = true;
    select(false);
}

void NominationTableModel::reload(const QueueFilter& filter)
{
    m_filter = filter;
    m_active = true;
    select(true);
}

void NominationTableModel::sort(int column, Qt::SortOrder order)
{
    QueueOrder next{sortKey(column), order == Qt::DescendingOrder};
    if (next.key == QueueSortKey::Kind) {
        // Stored by code (collective < individual); the words may sort the other way round.
        const bool reversed = collationKey(i18n::nomineeKindName(NomineeKind::Collective))
                              > collationKey(i18n::nomineeKindName(NomineeKind::Individual));
        next.descending = next.descending != reversed;
    }
    if (next == m_order)
        return;
    m_order = next;
    if (m_active)
        select(false);
}

void NominationTableModel::select(bool forget)
{
    // The page reads the selection in modelAboutToBeReset, before the rows change.
    beginResetModel();
    if (forget)
        m_queue.forget();
    m_entries.clear();
    m_rowOf.clear();
    m_derived.clear();
    m_recentBlocks.clear();
    const Result<int> count = m_queue.select(m_filter, m_order);
    m_count = count ? count.value() : 0;
    m_entries.resize(static_cast<size_t>(m_count));
    endResetModel();
    if (!count)
        report("select nominations", count.error());
}

void NominationTableModel::remember(int row, const QueueEntry& entry) const
{
    m_entries[static_cast<size_t>(row)] = entry;
    m_rowOf.insert(entry.id, row);
}

void NominationTableModel::fetch(int first, int last) const
{
    first = std::max(first, 0);
    last = std::min(last, m_count - 1);
    while (first <= last && m_entries[static_cast<size_t>(first)].id.isValid())
        ++first;
    while (last >= first && m_entries[static_cast<size_t>(last)].id.isValid())
        --last;
    if (first > last)
        return;
    const int limit = last - first + 1;
    // Right after fetched rows (scrolling down), continue from the last one: no OFFSET.
    const QueueEntry* previous = first > 0 && m_entries[static_cast<size_t>(first - 1)].id.isValid()
                                         ? &m_entries[static_cast<size_t>(first - 1)]
                                         : nullptr;
    const Result<QList<QueueEntry>> page =
            previous ? m_queue.rowsAfter(*previous, limit) : m_queue.rows(first, limit);
    if (!page) {
        report("read nominations", page.error());
        return;
    }
    for (qsizetype i = 0; i < page->size() && first + i <= last; ++i)
        remember(first + static_cast<int>(i), page->at(i));
}

std::optional<QueueEntry> NominationTableModel::entryAt(int row) const
{
    if (row < 0 || row >= m_count)
        return std::nullopt;
    if (!m_entries[static_cast<size_t>(row)].id.isValid()) {
        const int block = row / kFetchBlock * kFetchBlock;
        fetch(block, block + kFetchBlock - 1);
    }
    const QueueEntry& entry = m_entries[static_cast<size_t>(row)];
    return entry.id.isValid() ? std::optional(entry) : std::nullopt;
}

QList<QueueEntry> NominationTableModel::entries(int first, int last) const
{
    first = std::max(first, 0);
    last = std::min(last, m_count - 1);
    fetch(first, last);
    QList<QueueEntry> list;
    for (int row = first; row <= last; ++row) {
        if (m_entries[static_cast<size_t>(row)].id.isValid())
            list << m_entries[static_cast<size_t>(row)];
    }
    return list;
}

const services::NominationRow* NominationTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int block = row / kDeriveBlock;
    auto it = m_derived.find(block);
    if (it == m_derived.end()) {
        const int first = block * kDeriveBlock;
        const int last = std::min(first + kDeriveBlock, m_count) - 1;
        QList<NominationId> ids;
        for (const QueueEntry& e : entries(first, last))
            ids << e.id;
        Result<QList<services::NominationRow>> derived = m_service.rows(ids);
        if (!derived) {
            report("derive nominations", derived.error());
            return nullptr;
        }
        QHash<NominationId, services::NominationRow> byId;
        for (services::NominationRow& r : derived.value())
            byId.insert(r.nomination.id, std::move(r));
        QList<services::NominationRow> rows;
        for (int r = first; r <= last; ++r) {
            const NominationId id = m_entries[static_cast<size_t>(r)].id;
            services::NominationRow found = byId.value(id);
            found.nomination.id = id; // a nomination gone since stays listed, empty
            rows << std::move(found);
        }
        if (m_recentBlocks.size() >= kDerivedBlocksKept)
            m_derived.remove(m_recentBlocks.takeFirst());
        it = m_derived.insert(block, std::move(rows));
    } else {
        m_recentBlocks.removeOne(block);
    }
    m_recentBlocks << block;
    const qsizetype offset = row - block * kDeriveBlock;
    return offset < it->size() ? &(*it)[offset] : nullptr;
}

int NominationTableModel::rowOf(NominationId id) const
{
    return rowsOf({id}).value(0, -1);
}

QList<int> NominationTableModel::rowsOf(const QList<NominationId>& ids) const
{
    QList<int> rows;
    QList<qsizetype> missing;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        rows << m_rowOf.value(ids[i], -1);
        if (rows.last() < 0)
            missing << i;
    }
    if (missing.isEmpty() || !m_active)
        return rows;
    if (missing.size() <= 20) {
        for (const qsizetype i : missing) {
            const Result<int> position = m_queue.position(ids[i]);
            if (!position) {
                report("find a nomination in the queue", position.error());
                continue;
            }
            rows[i] = position.value();
        }
        return rows;
    }
    // Many: one pass over every row of the selection.
    (void)entries(0, m_count - 1);
    for (const qsizetype i : missing)
        rows[i] = m_rowOf.value(ids[i], -1);
    return rows;
}

int NominationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int NominationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NominationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole) {
        const std::optional<QueueEntry> entry = entryAt(index.row());
        return entry ? QVariant(entry->id.raw()) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::DecorationRole
        && role != Qt::TextAlignmentRole)
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == IdColumn || index.column() == MoneyColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const services::NominationRow* row = rowAt(index.row());
    if (!row)
        return {};
    const Nomination& n = row->nomination;
    const int column = index.column();
    switch (role) {
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
