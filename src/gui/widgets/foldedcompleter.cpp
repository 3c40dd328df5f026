#include "gui/widgets/foldedcompleter.h"

#include "core/searchkey.h"

namespace ed::gui {

FoldedCompleter::FoldedCompleter(QAbstractItemModel* model, int keyRole, QObject* parent)
    : QCompleter(model, parent)
{
    setCompletionRole(keyRole);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
    setModelSorting(QCompleter::UnsortedModel);
}

QStringList FoldedCompleter::splitPath(const QString& path) const
{
    return {searchKey(path)};
}

QString FoldedCompleter::pathFromIndex(const QModelIndex& index) const
{
    return index.data(Qt::DisplayRole).toString();
}

} // namespace ed::gui
