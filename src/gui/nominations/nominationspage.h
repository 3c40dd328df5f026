#pragma once

#include "core/nomination.h"
#include "core/nominationqueue.h"
#include "gui/page.h"
#include "services/nominationqueue.h"
#include "services/nominationservice.h"

#include <QList>
#include <QMap>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QToolButton;

namespace Ui {
class NominationsPage;
}
namespace ed::services {
class PlanService;
class Workspace;
} // namespace ed::services

namespace ed::gui {

class AwardFormModel;
class EditContext;
class NominationQueueRefresher;
class NominationTableModel;

/// The Home Affairs clerks' review queue of award nominations: every nomination with its
/// eligibility from the results, duplicates, dossier, working-day deadline and award money;
/// counters per status; filters and a diacritic-free search; the current one in a detail pane
/// (eligibility and judgements, dossier checklist, trail, decision and money, duplicates).
/// Filters, sorting and counters run in SQL (NominationQueue), the rows are read a block at a
/// time, and the queue's stored facts are refreshed whenever the page reads again: on this
/// thread for a small database, on a worker thread for a large one.
/// Workflow steps run on every selected row at once and are undone with Edit ▸ Undo (the trail
/// keeps both); details, judgements, the checklist and the award settings are undoable edits.
/// Nominations are entered by hand or imported after a preview; the decisions and their money
/// have their own tab.
class NominationsPage final : public Page
{
    Q_OBJECT

public:
    NominationsPage(const services::PlanService& plans,
                    services::NominationService& nominations,
                    EditContext& context,
                    services::Workspace& workspace,
                    QWidget* parent = nullptr);
    ~NominationsPage() override;

    /// Selects the nomination, clearing the search and filters if they hide it; false when it
    /// is not listed.
    bool selectNomination(NominationId id);
    /// Selects exactly these nominations among the rows shown (the first becomes current).
    void selectNominations(const QList<NominationId>& ids);
    /// The selected nominations' ids in queue order.
    [[nodiscard]] QList<NominationId> selectedIds() const;
    /// The current nomination's id; invalid without one.
    [[nodiscard]] NominationId currentId() const;
    /// The workflow step's action (for tests and the menus).
    [[nodiscard]] QAction* stepAction(NominationAction action) const;
    /// The queue's model (for tests and the benchmark).
    [[nodiscard]] NominationTableModel* model() const { return m_model; }
    /// True while the queue's stored facts are being refreshed on a worker thread.
    [[nodiscard]] bool isRefreshing() const;
    /// Up to how many nominations and units together the page refreshes the queue on its own
    /// thread when it reads (beyond: on a worker thread). Tests and the benchmark change it.
    static void setSynchronousRefreshLimit(int limit);

public slots:
    void reload() override;
    /// Opens an empty NominationDialog; OK stores the nomination as received (it is recorded
    /// in the trail, so Undo does not take it back).
    void newNomination();
    /// Opens the current nomination in NominationDialog; OK saves the details (undoable).
    void editNomination();
    /// Asks for a nominations CSV file, then runs importFile() on it.
    void importNominations();
    /// Checks the file at `path`, shows every problem and what would be added, and imports it
    /// only when it has no error and the user presses Import. An import clears the undo history.
    void importFile(const QString& path);
    /// Opens the holidays, appraisal limits and award money tables; OK saves them (undoable).
    void editAwardSettings();
    /// Asks StepDialog once for every selected row, then runs the step on all of them in one
    /// all-or-nothing call (undoable).
    void runStep(NominationAction action);

signals:
    /// A message for the window's status bar.
    void statusMessage(const QString& text);
    /// The queue read its rows again after a refresh on the worker thread.
    void queueRefreshed();

private:
    void setUpActions();
    void setUpFilters();
    void setUpCounters();
    void fillFilterChoices();
    void updateActions();
    void updateCounters();
    void updateCount();
    void showCurrent();
    void showDecisions(const QList<services::DecisionSummary>& decisions);
    void applyCounter(int counter);
    /// The filter the widgets show.
    [[nodiscard]] QueueFilter filterFromWidgets() const;
    void applyFilter();
    /// Reads the counters, the filter choices and the rows again (keeping the selection).
    void readQueue();
    void refreshQueue();
    void keepSelection();
    void restoreSelection();
    /// Selects the row of `id` among the rows shown; false when it is filtered out or gone.
    bool selectShown(NominationId id);
    /// The selected rows' entries in queue order.
    [[nodiscard]] QList<QueueEntry> selectedEntries() const;
    [[nodiscard]] std::optional<services::NominationRow> currentRow() const;
    /// Runs an edit of nominations: their queue rows are written by the service, so the reload
    /// that follows needs no full refresh.
    Status performNominationEdit(const QString& text,
                                 std::function<Status()> redo,
                                 std::function<Status()> undo);
    void setJudgement(NominationId id,
                      qint64 seenVersion,
                      CriterionId criterion,
                      std::optional<bool> met,
                      const QString& note);
    void setDossier(NominationId id, qint64 seenVersion, const QList<DossierItemState>& checklist);
    /// A change refused because someone else changed the nomination first: says who and when,
    /// and reloads the page when the clerk agrees (or shows `error` for any other refusal).
    void reportRefusal(const QString& title, NominationId id, const Error& error);
    /// Runs the dialog over `nomination`; returns the nomination the user accepted.
    [[nodiscard]] std::optional<Nomination> askNomination(const Nomination* nomination);
    void showError(const QString& title, const Error& error);

    std::unique_ptr<Ui::NominationsPage> m_ui;
    const services::PlanService& m_plans;
    services::NominationService& m_nominations;
    EditContext& m_context;
    services::Workspace& m_workspace;
    std::unique_ptr<services::NominationQueue> m_queue;
    NominationTableModel* m_model;
    NominationQueueRefresher* m_refresher;
    QueueCounters m_queueCounters;
    QList<NominationId> m_keptSelection; // current first; across a model reset
    bool m_ownEdit = false;              // the next reload follows this page's own edit
    AwardFormModel* m_awardForms;
    QAction* m_newAction;
    QAction* m_editAction;
    QAction* m_importAction;
    QAction* m_settingsAction;
    QMap<NominationAction, QAction*> m_stepActions;
    QList<QToolButton*> m_counters;
    bool m_loading = false;
};

} // namespace ed::gui
