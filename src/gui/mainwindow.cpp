#include "gui/mainwindow.h"

#include "gui/agencies/agenciespage.h"
#include "gui/backupactions.h"
#include "gui/editing/editcontext.h"
#include "gui/exportactions.h"
#include "gui/modal.h"
#include "gui/nominations/nominationspage.h"
#include "gui/overview/overviewpage.h"
#include "gui/plans/planspage.h"
#include "gui/reports/reportspage.h"
#include "gui/results/resultspage.h"
#include "gui/settingsdialog.h"
#include "gui/tasks/taskspage.h"
#include "i18n/errormessages.h"
#include "logging/log.h"
#include "services/workspace.h"

#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ed::gui {

MainWindow::MainWindow(services::Workspace& workspace, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_workspace(workspace),
      m_planService(workspace), m_scheduleService(workspace), m_resultsService(workspace),
      m_nominationService(workspace), m_undoStack(new QUndoStack(this)),
      m_editContext(new EditContext(m_scheduleService, *m_undoStack, workspace.clock(), this)),
      m_databaseLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    setUpEditMenu();
    (new ExportActions(workspace, this))->addTo(m_ui->fileMenu, m_ui->settingsAction);
    auto* backups = new BackupActions(workspace, this);
    backups->addTo(m_ui->fileMenu, m_ui->settingsAction);
    // Restored data replaces everything: the undo history refers to what is gone.
    connect(backups, &BackupActions::restored, this, [this] {
        m_undoStack->clear();
        reloadPages();
    });
    connect(backups, &BackupActions::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15000); });

    auto* overview = new OverviewPage(m_planService, this);
    auto* plans = new PlansPage(m_planService, *m_editContext, this);
    auto* tasks = new TasksPage(m_planService, *m_editContext, this);
    addArea(Area::Overview, overview, tr("Overview"), QStyle::SP_DesktopIcon);
    addArea(Area::Plans, plans, tr("Plans & meetings"), QStyle::SP_FileDialogDetailedView);
    addArea(Area::Tasks, tasks, tr("Tasks"), QStyle::SP_FileDialogListView);
    addArea(Area::Agencies, new AgenciesPage(m_planService, *m_editContext, workspace, this),
            tr("Agencies"), QStyle::SP_DirIcon);
    addArea(Area::Results,
            new ResultsPage(m_planService, m_resultsService, *m_editContext, workspace, this),
            tr("Election results"), QStyle::SP_DialogApplyButton);
    auto* nominations = new NominationsPage(m_planService, m_nominationService, *m_editContext,
                                            workspace, this);
    addArea(Area::Nominations, nominations, tr("Nominations"), QStyle::SP_DialogYesButton);
    addArea(Area::Reports, new ReportsPage(workspace, this), tr("Reports"), QStyle::SP_FileIcon);

    QListWidget* navigation = m_ui->navigationListWidget;
    navigation->setFixedWidth(navigation->sizeHintForColumn(0) + 2 * navigation->frameWidth() + 24);
    connect(navigation, &QListWidget::currentRowChanged, this, &MainWindow::switchToPage);
    // A page reads its data when first shown: the one a link leads to reads before selecting.
    connect(overview, &OverviewPage::meetingActivated, this,
            [this, plans](PlanId plan, MeetingId meeting) {
                plans->ensureLoaded();
                if (plans->selectMeeting(plan, meeting))
                    showArea(Area::Plans);
            });
    connect(overview, &OverviewPage::taskActivated, this, [this, tasks](TaskId task) {
        tasks->ensureLoaded();
        if (tasks->selectTask(task))
            showArea(Area::Tasks);
    });

    connect(nominations, &NominationsPage::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15000); });

    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_databaseLabel->setObjectName(u"databasePathLabel"_s);
    m_databaseLabel->setText(
            tr("Database: %1").arg(QDir::toNativeSeparators(workspace.filePath())));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_databaseLabel);

    if (workspace.isReadOnly())
        showReadOnlyBanner();

    // Only the first screen reads now; every other page reads when it is first shown.
    showArea(Area::Overview);
    page(Area::Overview)->ensureLoaded();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpEditMenu()
{
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"undoAction"_s);
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"redoAction"_s);
    redo->setShortcuts({QKeySequence(QKeySequence::Redo), QKeySequence(tr("Ctrl+Y"))});
    auto* edit = new QMenu(tr("&Edit"), this);
    edit->setObjectName(u"editMenu"_s);
    edit->addAction(undo);
    edit->addAction(redo);
    menuBar()->insertMenu(m_ui->viewMenu->menuAction(), edit);
    connect(m_editContext, &EditContext::dataChanged, this, &MainWindow::reloadPages);
    connect(m_editContext, &EditContext::editFailed, this, &MainWindow::reportEditFailure);
}

void MainWindow::showReadOnlyBanner()
{
    auto* banner = new QLabel(
            tr("<b>Read-only.</b> This database is open for viewing only: you may not write to "
               "the file, or it was opened with --read-only. Changes are refused and nothing is "
               "saved. To work on it, copy it to a folder where you may write and open the "
               "copy."),
            this);
    banner->setObjectName(u"readOnlyBanner"_s);
    banner->setWordWrap(true);
    banner->setAccessibleName(tr("Read-only database"));
    // Amber like an infobar, with text dark enough to read on it in any theme.
    banner->setStyleSheet(u"QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid "
                          "#e0c060; padding: 6px; }"_s);
    auto* container = new QWidget(this);
    auto* layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(banner);
    layout->addWidget(takeCentralWidget(), 1);
    setCentralWidget(container);
    setWindowTitle(tr("%1 (read-only)").arg(windowTitle()));
}

void MainWindow::reportEditFailure(const QString& edit, const Error& error)
{
    log::gui()->error("{} failed: code {} ({})", edit, static_cast<int>(error.code), error.detail);
    modal::tell(this, QMessageBox::Warning, edit,
                i18n::errorMessage(error, m_workspace.filePath()));
}

void MainWindow::addArea(Area area, Page* page, const QString& title, QStyle::StandardPixmap icon)
{
    const int index = static_cast<int>(area);
    Q_ASSERT(index == m_ui->pagesStackedWidget->count());
    m_pages.at(static_cast<size_t>(index)) = page;
    m_ui->pagesStackedWidget->addWidget(page);
    connect(page, &Page::loadFailed, this, &MainWindow::reportLoadFailure);

    const QIcon areaIcon = style()->standardIcon(icon);
    const QKeySequence shortcut(
            QKeyCombination(Qt::ControlModifier, static_cast<Qt::Key>(Qt::Key_1 + index)));
    auto* item = new QListWidgetItem(areaIcon, title);
    item->setToolTip(shortcut.toString(QKeySequence::NativeText));
    m_ui->navigationListWidget->addItem(item);

    auto* action = new QAction(areaIcon, QString(title).replace(u'&', u"&&"_s), this);
    action->setObjectName(u"area%1Action"_s.arg(index + 1));
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, index] { showArea(index); });
    m_ui->viewMenu->addAction(action);
}

MainWindow::Area MainWindow::currentArea() const
{
    return static_cast<Area>(m_ui->pagesStackedWidget->currentIndex());
}

void MainWindow::showArea(int index)
{
    if (index < 0 || index >= kAreaCount)
        return;
    m_ui->navigationListWidget->setCurrentRow(index);
}

void MainWindow::switchToPage(int index)
{
    m_ui->pagesStackedWidget->setCurrentIndex(index);
    // Page::showEvent() does this too, but only while the window is on screen.
    if (index >= 0 && index < kAreaCount)
        m_pages.at(static_cast<size_t>(index))->ensureLoaded();
}

void MainWindow::reloadPages()
{
    const QWidget* shown = m_ui->pagesStackedWidget->currentWidget();
    for (Page* page : m_pages) {
        page->markStale();
        if (page == shown)
            page->ensureLoaded();
    }
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reloadPages(); // the "due soon" window may have changed
    if (dialog.languageChanged())
        statusBar()->showMessage(tr("The new language applies the next time ElectionDesk starts."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
            this, tr("About ElectionDesk"),
            tr("<h3>ElectionDesk %1</h3><p>A workbench for the election steering office: plans, "
               "meetings, tasks, agencies, election results, the review of award nominations "
               "and printed reports in the official document formats.</p>")
                    .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::reportLoadFailure(const QString& operation, const Error& error)
{
    log::gui()->error("{} failed: code {} ({})", operation, static_cast<int>(error.code),
                      error.detail);
    statusBar()->showMessage(i18n::errorMessage(error, m_workspace.filePath()));
}

} // namespace ed::gui
