#include "gui/results/resultspage.h"

#include "core/searchkey.h"
#include "gui/models/criterionmodel.h"
#include "gui/results/resultstext.h"
#include "gui/results/resultstreemodel.h"
#include "gui/results/unitdetailpanel.h"
#include "gui/viewsetup.h"
#include "i18n/resultswording.h"
#include "logging/log.h"
#include "services/planservice.h"
#include "services/resultsservice.h"

#include "ui_resultspage.h"

#include <QAction>
#include <QHeaderView>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QStyle>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

/// "Import results… (Ctrl+Shift+I)": the tooltip names the shortcut.
QString withShortcut(const QString& text, const QAction* action)
{
    const QKeySequence key = action->shortcut();
    return key.isEmpty() ? text : u"%1 (%2)"_s.arg(text, key.toString(QKeySequence::NativeText));
}

void setBannerIcon(QLabel* label, QStyle::StandardPixmap pixmap)
{
    const int size = label->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, label);
    label->setPixmap(label->style()->standardIcon(pixmap).pixmap(size, size));
}

/// Keeps the rows the model's search shows (ResultsTreeModel::ShownRole): the model decides
/// over the whole tree in memory, where a recursive filter would see only the rows created.
class SearchFilterProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        return sourceModel()
                ->index(row, ResultsTreeModel::UnitColumn, parent)
                .data(ResultsTreeModel::ShownRole)
                .toBool();
    }
};

} // namespace

ResultsPage::ResultsPage(const services::PlanService& plans,
                         services::ResultsService& results,
                         EditContext& context,
                         services::Workspace& workspace,
                         QWidget* parent)
    : Page(parent), m_ui(std::make_unique<Ui::ResultsPage>()), m_plans(plans), m_results(results),
      m_context(context), m_workspace(workspace), m_model(new ResultsTreeModel(this)),
      m_proxy(new SearchFilterProxy(this)), m_criteria(new CriterionModel(this)),
      m_importUnitsAction(new QAction(this)), m_importResultsAction(new QAction(this)),
      m_enterMinutesAction(new QAction(this)), m_lockAction(new QAction(this)),
      m_unlockAction(new QAction(this)), m_evaluationBar(new QProgressBar(this))
{
    m_ui->setupUi(this);
    setUpRowView(m_ui->criteriaTableView);
    m_ui->criteriaTableView->setModel(m_criteria);
    m_ui->criteriaTableView->setColumnHidden(CriterionModel::MeasurableColumn, true);
    setColumnWidths(m_ui->criteriaTableView->horizontalHeader(), CriterionModel::LabelColumn,
                    {{CriterionModel::PlanColumn, 120},
                     {CriterionModel::CodeColumn, 130},
                     {CriterionModel::ThresholdColumn, 170},
                     {CriterionModel::AppliesToColumn, 210}});

    setUpTree();
    m_ui->resultsSplitter->setStretchFactor(0, 3);
    m_ui->resultsSplitter->setStretchFactor(1, 2);

    auto* history = m_ui->lockHistoryTableWidget;
    history->setColumnCount(4);
    history->setHorizontalHeaderLabels({tr("Event"), tr("When"), tr("By"), tr("Reason or note")});
    setUpRowView(history);
    setColumnWidths(history->horizontalHeader(), 3, {{0, 160}, {1, 140}, {2, 140}});

    setBannerIcon(m_ui->noCriteriaBannerIconLabel, QStyle::SP_MessageBoxWarning);
    m_ui->noCriteriaBannerLabel->setText(
            tr("No campaign defines measurable criteria (turnout, law study, invalid ballots, "
               "no bầu cử thêm or bầu cử lại), so no unit can be decided eligible. The figures "
               "are shown as they are."));
    m_ui->noCriteriaBannerFrame->hide();
    m_ui->officialBannerFrame->hide();

    // Busy while the units are evaluated on the worker thread; the tree stays usable.
    m_evaluationBar->setObjectName(u"evaluationProgressBar"_s);
    m_evaluationBar->setRange(0, 0);
    m_evaluationBar->setTextVisible(false);
    m_evaluationBar->setFixedWidth(90);
    m_evaluationBar->setAccessibleName(tr("Evaluating the results"));
    m_evaluationBar->setToolTip(tr("Evaluating the results of every unit…"));
    m_evaluationBar->hide();
    m_ui->toolbarLayout->insertWidget(m_ui->toolbarLayout->indexOf(m_ui->countLabel),
                                      m_evaluationBar);

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &ResultsPage::applySearch);
    setUpActions();
}

ResultsPage::~ResultsPage() = default;

void ResultsPage::setUpTree()
{
    m_proxy->setSourceModel(m_model);
    QTreeView* tree = m_ui->resultsTreeView;
    setUpRowView(tree);
    tree->setModel(m_proxy);
    // Widths from the widest text a column shows; the tree scrolls sideways on small screens
    // rather than squeezing the unit names.
    const auto width = [this](const QString& widest, bool icon = true) {
        return fontMetrics().horizontalAdvance(widest) + (icon ? 40 : 20);
    };
    int levelWidth = 0;
    for (const UnitLevel level :
         {UnitLevel::Province, UnitLevel::District, UnitLevel::Commune, UnitLevel::Area})
        levelWidth = std::max(levelWidth, width(i18n::unitLevelName(level), false));
    UnitEvaluation sample; // "✗ Not eligible" in the UI language
    sample.totals.leaves = sample.totals.reportedLeaves = 1;
    QHeaderView* header = tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(40);
    const std::initializer_list<std::pair<int, int>> widths{
            {ResultsTreeModel::UnitColumn, 280},
            {ResultsTreeModel::LevelColumn, levelWidth},
            {ResultsTreeModel::RegisteredColumn, width(u"9.999.999 ✎"_s, false)},
            {ResultsTreeModel::VotedColumn, width(u"9.999.999 ✎"_s, false)},
            {ResultsTreeModel::TurnoutColumn, width(u"✓ 100,00 %"_s)},
            {ResultsTreeModel::InvalidColumn, width(u"✓ 10,00 %"_s)},
            {ResultsTreeModel::LawStudyColumn, width(u"✓ 100,00 %"_s)},
            {ResultsTreeModel::NoRevoteColumn, width(u"✗ 99 ballots"_s)},
            {ResultsTreeModel::ReportedColumn, width(u"9999/9999"_s, false)},
            {ResultsTreeModel::ReportOrderColumn, width(u"99/99"_s, false)},
            {ResultsTreeModel::EligibleColumn,
             std::max(width(ResultsText::eligibleCell(sample, true)),
                      width(u"… 99 areas left"_s))}};
    for (const auto& [column, pixels] : widths)
        header->resizeSection(column, pixels);
    // The decision right after the unit's name, where the eye starts; the model keeps the
    // order of the CLI's columns.
    header->moveSection(header->visualIndex(ResultsTreeModel::EligibleColumn),
                        ResultsTreeModel::UnitColumn + 1);
}

void ResultsPage::setUpActions()
{
    const auto set = [this](QAction* action, QToolButton* button, const QString& name,
                            const QString& text, QStyle::StandardPixmap icon) {
        action->setObjectName(name);
        action->setText(text);
        action->setIcon(style()->standardIcon(icon));
        button->setDefaultAction(action);
    };
    set(m_importUnitsAction, m_ui->importUnitsButton, u"importUnitsAction"_s, tr("Import &units…"),
        QStyle::SP_DirOpenIcon);
    set(m_importResultsAction, m_ui->importResultsButton, u"importResultsAction"_s,
        tr("Import &results…"), QStyle::SP_DialogOpenButton);
    set(m_enterMinutesAction, m_ui->enterMinutesButton, u"enterMinutesAction"_s,
        tr("Enter &minutes…"), QStyle::SP_FileDialogContentsView);
    set(m_lockAction, m_ui->lockResultsButton, u"lockResultsAction"_s, tr("Mark as &official…"),
        QStyle::SP_DialogApplyButton);
    set(m_unlockAction, m_ui->unlockResultsButton, u"unlockResultsAction"_s, tr("Un&lock…"),
        QStyle::SP_BrowserReload);
    // Page shortcuts: they count only while the page is shown.
    m_importUnitsAction->setShortcut(QKeySequence(tr("Ctrl+Shift+U")));
    m_importResultsAction->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    m_enterMinutesAction->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    for (QAction* action : {m_importUnitsAction, m_importResultsAction, m_enterMinutesAction,
                            m_lockAction, m_unlockAction})
        addAction(action);

    connect(m_importUnitsAction, &QAction::triggered, this, &ResultsPage::importUnits);
    connect(m_importResultsAction, &QAction::triggered, this, &ResultsPage::importResults);
    connect(m_enterMinutesAction, &QAction::triggered, this, &ResultsPage::enterMinutes);
    connect(m_lockAction, &QAction::triggered, this, &ResultsPage::markOfficial);
    connect(m_unlockAction, &QAction::triggered, this, &ResultsPage::unlockResults);
    // Enter (and a double click) on a polling area opens its minutes.
    connect(m_ui->resultsTreeView, &QAbstractItemView::activated, this, &ResultsPage::activate);
    connect(m_ui->resultsTreeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] {
                showCurrent();
                updateActions();
            });
    updateActions();
}

void ResultsPage::updateActions()
{
    const bool locked = m_lock.isLocked();
    const QString lockedWhy =
            tr("The results are official: imports and manual entry are refused until they are "
               "unlocked (Unlock…).");
    const auto state = [&](QAction* action, bool enabled, const QString& tip) {
        action->setEnabled(enabled);
        action->setToolTip(withShortcut(tip, action));
    };
    state(m_importUnitsAction, !locked,
          locked ? lockedWhy
                 : tr("Import the units file (code, name, parent_code, level, figures) after a "
                      "preview of every problem"));
    state(m_importResultsAction, !locked,
          locked ? lockedWhy
                 : tr("Import the counting results file (one row per unit and ballot) after a "
                      "preview of every problem"));
    const QModelIndex current = m_proxy->mapToSource(m_ui->resultsTreeView->currentIndex());
    const UnitEvaluation* unit = m_model->unitAt(current);
    const bool leaf = unit && unit->isLeaf;
    state(m_enterMinutesAction, !locked && leaf,
          locked  ? lockedWhy
          : !unit ? tr("Select a polling area first")
          : !leaf ? tr("Minutes are typed in for a polling area (a unit without units under "
                       "it); the figures above are sums")
                  : tr("Type in the counting minutes of the selected polling area (Enter)"));
    state(m_lockAction, !locked,
          locked ? tr("The results are already official")
                 : tr("Mark the results official: imports and edits are refused until an "
                      "unlock with a reason"));
    state(m_unlockAction, locked,
          locked ? tr("Reopen the official results; the reason is required and recorded")
                 : tr("The results are not official: nothing to unlock"));
}

void ResultsPage::reload()
{
    m_sinceReload.start();
    const auto plans = take(m_plans.plans(), "load plans");
    const auto campaigns = plans ? take(m_plans.campaigns(), "load campaigns") : std::nullopt;
    if (plans && campaigns)
        m_criteria->setRows(criterionRows(campaigns.value(), plans.value(), true));
    if (const auto lock = take(m_results.lockState(), "load results lock"))
        m_lock = *lock;
    showLockState();
    updateActions();
    startEvaluation(); // the tree follows in evaluationFinished()
}

void ResultsPage::showLockState()
{
    const QList<ResultsLockEvent>& events = m_lock.history;
    QTableWidget* table = m_ui->lockHistoryTableWidget;
    table->setRowCount(static_cast<int>(events.size()));
    for (int row = 0; row < events.size(); ++row) {
        const ResultsLockEvent& event = events[events.size() - 1 - row]; // newest first
        const QStringList cells{event.locked ? tr("Marked official") : tr("Unlocked"),
                                ResultsText::dateTime(event.at), event.user, event.reason};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setToolTip(cells[column]);
            table->setItem(row, column, item);
        }
    }
    m_ui->officialBannerFrame->setVisible(!events.isEmpty());
    if (events.isEmpty())
        return;
    const ResultsLockEvent& last = events.last();
    setBannerIcon(m_ui->officialBannerIconLabel,
                  last.locked ? QStyle::SP_MessageBoxInformation : QStyle::SP_MessageBoxWarning);
    m_ui->officialBannerLabel->setText(
            last.locked ? tr("Official results. %1 Imports and manual entry are refused until "
                             "someone unlocks them with a reason.")
                                  .arg(ResultsText::lockEvent(last))
                        : tr("The results are not official any more. %1")
                                  .arg(ResultsText::lockEvent(last)));
    m_ui->officialBannerLabel->setToolTip(tr("The whole history is on the “Official lock "
                                             "history” tab."));
}

UnitId ResultsPage::currentUnitId() const
{
    const UnitEvaluation* unit =
            m_model->unitAt(m_proxy->mapToSource(m_ui->resultsTreeView->currentIndex()));
    return unit ? unit->unit.id : UnitId();
}

void ResultsPage::showCurrent()
{
    const UnitEvaluation* unit =
            m_model->unitAt(m_proxy->mapToSource(m_ui->resultsTreeView->currentIndex()));
    std::optional<UnitMinutes> minutes;
    if (unit && unit->isLeaf) {
        if (Result<UnitMinutes> stored = m_results.minutes(unit->unit.id))
            minutes = std::move(stored).value();
    }
    m_ui->unitDetailPanel->showUnit(unit, m_model->hasCriteria(), minutes);
}

void ResultsPage::activate(const QModelIndex& index)
{
    const UnitEvaluation* unit = m_model->unitAt(m_proxy->mapToSource(index));
    if (!unit)
        return;
    if (unit->isLeaf) {
        enterMinutes();
        return;
    }
    QTreeView* tree = m_ui->resultsTreeView;
    const QModelIndex first = index.siblingAtColumn(0);
    tree->setExpanded(first, !tree->isExpanded(first));
}

} // namespace ed::gui
