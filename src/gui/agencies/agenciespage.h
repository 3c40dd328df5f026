#pragma once

#include "core/agency.h"
#include "gui/page.h"

#include <QList>
#include <QStringList>

#include <memory>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace Ui {
class AgenciesPage;
}
namespace ed::services {
class PlanService;
class Workspace;
} // namespace ed::services

namespace ed::gui {

class EditContext;

/// The agency directory as a tree by parent, siblings in Vietnamese order, searchable without
/// accents ("dien bien" finds "Điện Biên"); a match keeps its parents visible. Agencies are
/// added, changed and deleted through AgencyDialog as undoable edits, and imported from CSV.
class AgenciesPage final : public Page
{
    Q_OBJECT

public:
    enum Column { NameColumn, AbbreviationColumn, LevelColumn, KindColumn, ColumnCount };
    enum Role { SearchRole = Qt::UserRole + 1, IdRole };

    AgenciesPage(const services::PlanService& plans,
                 EditContext& context,
                 services::Workspace& workspace,
                 QWidget* parent = nullptr);
    ~AgenciesPage() override;

    /// Selects the agency, clearing a search that hides it; false when it is not listed.
    bool selectAgency(AgencyId id);
    /// The selected agency's id; invalid without a selection.
    [[nodiscard]] AgencyId currentAgencyId() const;

public slots:
    void reload() override;
    /// Opens an empty AgencyDialog; OK adds the agency (undoable).
    void newAgency();
    /// Opens the selected agency in AgencyDialog; OK saves the change (undoable).
    void editAgency();
    /// Deletes the selected agency after confirmation (undoable). An agency that something
    /// refers to is not offered for deletion: the message says what refers to it.
    void deleteAgency();
    /// Asks for a CSV file, then runs importFile() on it.
    void importAgencies();
    /// Imports the agencies CSV at `path` after a confirmation (an import is not undoable);
    /// shows what was added and updated, or every problem of the file (then nothing is written).
    void importFile(const QString& path);

private:
    void setUpActions();
    void updateActions();
    void applySearch(const QString& text);
    [[nodiscard]] const Agency* currentAgency() const;
    /// Runs the dialog for `agency`; OK adds or saves it through the undoable edits.
    void runDialog(const Agency& agency);
    void showError(const QString& title, const Error& error);
    [[nodiscard]] QList<qint64> expandedIds() const;
    void restoreExpanded(const QList<qint64>& ids);

    std::unique_ptr<Ui::AgenciesPage> m_ui;
    const services::PlanService& m_plans;
    EditContext& m_context;
    services::Workspace& m_workspace;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QList<Agency> m_agencies;
    QStringList m_searchKeys; ///< one per agency, for the count of matches
    bool m_loaded = false;
};

} // namespace ed::gui
