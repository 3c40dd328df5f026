#pragma once

#include "core/electionunit.h"
#include "gui/page.h"

#include <QElapsedTimer>

#include <memory>

class QAction;
class QProgressBar;
class QSortFilterProxyModel;

namespace Ui {
class ResultsPage;
}
namespace ed::services {
class PlanService;
class ResultsService;
class ResultsTree;
class Workspace;
enum class ResultsFile;
} // namespace ed::services

namespace ed::gui {

class CriterionModel;
class EditContext;
class EvaluationJob;
class ResultsTreeModel;

/// Election results: the unit tree (province → districts → communes → polling areas) with
/// figures, percentages and a pass/fail mark per criterion; for the selected unit why it passes
/// or fails, in words. Units and counting results are imported from CSV after a preview of
/// every problem; a polling area's minutes are typed in with live checks (undoable); marking
/// the results official locks them until an unlock with a reason. The criteria and the lock's
/// history have their own tabs.
///
/// Every unit is evaluated on a worker thread over a connection of its own (EvaluationJob):
/// reload() reads the criteria and the lock at once, then the tree arrives later, while a busy
/// bar shows and the previous tree stays in place. The tree creates rows only for the units
/// that are opened (ResultsTreeModel).
class ResultsPage final : public Page
{
    Q_OBJECT

public:
    ResultsPage(const services::PlanService& plans,
                services::ResultsService& results,
                EditContext& context,
                services::Workspace& workspace,
                QWidget* parent = nullptr);
    ~ResultsPage() override;

    /// Selects the unit, clearing a search that hides it; false when it is not in the tree.
    bool selectUnit(UnitId id);
    /// The selected unit's id; invalid without a selection.
    [[nodiscard]] UnitId currentUnitId() const;
    /// True while the units are being evaluated; evaluated() follows.
    [[nodiscard]] bool isEvaluating() const { return m_job != nullptr; }

signals:
    /// The evaluation that reload() started has ended and the tree shows it (or, when it
    /// failed, loadFailed() was emitted).
    void evaluated();

public slots:
    void reload() override;
    /// Asks for a units CSV file, then runs importFile() on it.
    void importUnits();
    /// Asks for a counting results CSV file, then runs importFile() on it.
    void importResults();
    /// Checks the file at `path`, shows every problem and warning and what would change, and
    /// imports it only when it has no error and the user presses Import. An import clears the
    /// undo history.
    void importFile(services::ResultsFile kind, const QString& path);
    /// Opens the minutes of the selected polling area; OK saves them (undoable).
    void enterMinutes();
    /// Marks the results official after a confirmation.
    void markOfficial();
    /// Asks for the reason, then reopens official results.
    void unlockResults();

private:
    void setUpTree();
    void setUpActions();
    void updateActions();
    void applySearch(const QString& text);
    void showCurrent();
    void showLockState();
    void activate(const QModelIndex& index);
    void showError(const QString& title, const Error& error);
    // resultspagetree.cpp: the evaluation off the GUI thread, the search and the open units.
    void startEvaluation();
    void evaluationFinished();
    void setEvaluating(bool evaluating);
    void showTree(std::shared_ptr<const services::ResultsTree> tree);
    void openTopLevels();
    void expandUnit(const QModelIndex& index);
    [[nodiscard]] QList<qint64> expandedIds() const;
    void restoreExpanded(const QList<qint64>& ids);

    std::unique_ptr<Ui::ResultsPage> m_ui;
    const services::PlanService& m_plans;
    services::ResultsService& m_results;
    EditContext& m_context;
    services::Workspace& m_workspace;
    ResultsTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    CriterionModel* m_criteria;
    QAction* m_importUnitsAction;
    QAction* m_importResultsAction;
    QAction* m_enterMinutesAction;
    QAction* m_lockAction;
    QAction* m_unlockAction;
    QProgressBar* m_evaluationBar;
    EvaluationJob* m_job = nullptr; ///< the evaluation under way
    bool m_evaluateAgain = false;   ///< reload() came while it ran: its result may be stale
    QElapsedTimer m_sinceReload;
    ResultsLockState m_lock;
    bool m_loaded = false;
};

} // namespace ed::gui
