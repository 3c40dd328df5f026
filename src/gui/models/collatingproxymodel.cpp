#include "gui/models/collatingproxymodel.h"

#include "core/searchkey.h"

namespace ed::gui {

CollatingProxyModel::CollatingProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent), m_collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam))
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void CollatingProxyModel::setSearchText(const QString& text)
{
    setFilterFixedString(searchKey(text));
}

bool CollatingProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace ed::gui
