#pragma once

#include "gui/page.h"

#include <QStringList>

#include <memory>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace Ui {
class AgenciesPage;
}
namespace ed::services {
class PlanService;
}

namespace ed::gui {

/// The agency directory as a tree by parent, siblings in Vietnamese order, searchable without
/// accents ("dien bien" finds "Điện Biên"); a match keeps its parents visible.
class AgenciesPage final : public Page
{
    Q_OBJECT

public:
    enum Column { NameColumn, AbbreviationColumn, LevelColumn, KindColumn, ColumnCount };
    enum Role { SearchRole = Qt::UserRole + 1, IdRole };

    explicit AgenciesPage(const services::PlanService& plans, QWidget* parent = nullptr);
    ~AgenciesPage() override;

public slots:
    void reload() override;

private:
    void applySearch(const QString& text);

    std::unique_ptr<Ui::AgenciesPage> m_ui;
    const services::PlanService& m_plans;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QStringList m_searchKeys; ///< one per agency, for the count of matches
};

} // namespace ed::gui
