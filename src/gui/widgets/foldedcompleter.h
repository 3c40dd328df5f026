#pragma once

#include <QCompleter>

namespace ed::gui {

/// Completes from a model's folded search keys (core searchKey()): "ban to chuc" and "Ban Tổ"
/// both find "Ban Tổ chức Tỉnh ủy", anywhere in the name. The model keeps the key under
/// `keyRole`; what is put into the field is the display text.
class FoldedCompleter final : public QCompleter
{
    Q_OBJECT

public:
    FoldedCompleter(QAbstractItemModel* model, int keyRole, QObject* parent = nullptr);

    QStringList splitPath(const QString& path) const override;
    QString pathFromIndex(const QModelIndex& index) const override;
};

} // namespace ed::gui
