#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace ed::gui {

/// A sort and filter proxy for our table models: texts sort in Vietnamese order (QCollator,
/// numbers inside texts as numbers), other values as Qt compares them; the filter keeps the
/// rows whose folded search key (filterRole, on column 0) contains the folded search text.
class CollatingProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CollatingProxyModel(QObject* parent = nullptr);

    /// Filters on `text` folded by core searchKey(): "hiep thuong" finds "hiệp thương".
    void setSearchText(const QString& text);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QCollator m_collator;
};

} // namespace ed::gui
