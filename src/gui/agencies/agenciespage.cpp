#include "gui/agencies/agenciespage.h"

#include "core/searchkey.h"
#include "gui/agencies/agencydialog.h"
#include "gui/agencies/importproblemsdialog.h"
#include "gui/editing/editcontext.h"
#include "gui/editing/scheduleedits.h"
#include "gui/modal.h"
#include "gui/viewsetup.h"
#include "gui/wording.h"
#include "i18n/errormessages.h"
#include "logging/log.h"
#include "services/agencyimport.h"
#include "services/planservice.h"
#include "services/scheduleservice.h"

#include "ui_agenciespage.h"

#include <QAction>
#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

using Children = QHash<qint64, QList<Agency>>; // parent id (0 = top level) → children

QString agencyKey(const Agency& agency)
{
    return searchKey(agency.name + u' ' + agency.abbreviation);
}

QList<QStandardItem*> itemsFor(const Agency& agency)
{
    auto* name = new QStandardItem(agency.name);
    name->setData(agencyKey(agency), AgenciesPage::SearchRole);
    name->setData(agency.id.raw(), AgenciesPage::IdRole);
    name->setToolTip(agency.name);
    QList<QStandardItem*> row{name, new QStandardItem(agency.abbreviation),
                              new QStandardItem(Wording::agencyLevel(agency.level)),
                              new QStandardItem(Wording::agencyKind(agency.kind))};
    for (QStandardItem* item : row)
        item->setEditable(false);
    return row;
}

/// Appends the children of `parentId` under `parent`, depth first; `placed` collects them.
void appendChildren(QStandardItem* parent,
                    qint64 parentId,
                    const Children& children,
                    QSet<qint64>& placed)
{
    for (const Agency& agency : children.value(parentId)) {
        placed.insert(agency.id.raw());
        const QList<QStandardItem*> row = itemsFor(agency);
        parent->appendRow(row);
        appendChildren(row.first(), agency.id.raw(), children, placed);
    }
}

/// "“X” cannot be deleted …" with every record that refers to it, under a heading per kind.
/// Long lists are cut in `text`; `details` then holds every name.
struct ReferencesMessage
{
    QString text;
    QString details;
};

ReferencesMessage referencesMessage(const QString& name, const AgencyReferences& refs)
{
    constexpr qsizetype kShown = 8;
    QStringList text{AgenciesPage::tr("“%1” cannot be deleted while these refer to it:").arg(name)};
    QStringList details;
    bool cut = false;
    const auto add = [&](const QString& heading, const QStringList& names) {
        if (names.isEmpty())
            return;
        text << QString() << heading;
        details << heading;
        for (qsizetype i = 0; i < names.size(); ++i) {
            details << u"  • "_s + names[i];
            if (i < kShown)
                text << u"  • "_s + names[i];
        }
        if (names.size() > kShown) {
            cut = true;
            text << u"  "_s
                            + AgenciesPage::tr("… and %n more", nullptr,
                                               static_cast<int>(names.size() - kShown));
        }
    };
    add(AgenciesPage::tr("Meetings:"), refs.meetings);
    add(AgenciesPage::tr("Tasks:"), refs.tasks);
    add(AgenciesPage::tr("Plans it issued:"), refs.plans);
    add(AgenciesPage::tr("Agencies under it:"), refs.children);
    add(AgenciesPage::tr("Inspection programmes that visit it:"), refs.inspections);
    text << QString()
         << AgenciesPage::tr("Give those to another agency or delete them first; then the agency "
                             "can be deleted.");
    return {text.join(u'\n'), cut ? details.join(u'\n') : QString()};
}

void tellReferences(QWidget* parent,
                    const QString& title,
                    const QString& name,
                    const AgencyReferences& refs)
{
    const ReferencesMessage message = referencesMessage(name, refs);
    modal::tell(parent, QMessageBox::Information, title, message.text, message.details);
}

} // namespace

AgenciesPage::AgenciesPage(const services::PlanService& plans,
                           EditContext& context,
                           services::Workspace& workspace,
                           QWidget* parent)
    : Page(parent), m_ui(std::make_unique<Ui::AgenciesPage>()), m_plans(plans), m_context(context),
      m_workspace(workspace), m_model(new QStandardItemModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Abbreviation"), tr("Level"), tr("Kind")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SearchRole);
    m_proxy->setRecursiveFilteringEnabled(true); // a matching child keeps its parents
    setUpRowView(m_ui->agenciesTreeView);
    m_ui->agenciesTreeView->setModel(m_proxy);
    setColumnWidths(m_ui->agenciesTreeView->header(), NameColumn,
                    {{AbbreviationColumn, 200}, {LevelColumn, 110}, {KindColumn, 140}});
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &AgenciesPage::applySearch);
    setUpActions();
}

AgenciesPage::~AgenciesPage() = default;

void AgenciesPage::setUpActions()
{
    // Ctrl+N belongs to the page: its shortcut counts only while the page is shown.
    auto* add = new QAction(tr("New agency"), this);
    add->setObjectName(u"newAgencyAction"_s);
    add->setShortcut(QKeySequence::New);
    addAction(add);
    // Del belongs to the tree, so that Del in the search field still deletes text.
    auto* remove = new QAction(tr("Delete agency"), this);
    remove->setObjectName(u"deleteAgencyAction"_s);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->agenciesTreeView->addAction(remove);

    connect(add, &QAction::triggered, this, &AgenciesPage::newAgency);
    connect(remove, &QAction::triggered, this, &AgenciesPage::deleteAgency);
    connect(m_ui->newAgencyButton, &QPushButton::clicked, this, &AgenciesPage::newAgency);
    connect(m_ui->editAgencyButton, &QPushButton::clicked, this, &AgenciesPage::editAgency);
    connect(m_ui->deleteAgencyButton, &QPushButton::clicked, this, &AgenciesPage::deleteAgency);
    connect(m_ui->importAgenciesButton, &QPushButton::clicked, this, &AgenciesPage::importAgencies);
    connect(m_ui->agenciesTreeView, &QAbstractItemView::activated, this, &AgenciesPage::editAgency);
    connect(m_ui->agenciesTreeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AgenciesPage::updateActions);
    updateActions();
}

void AgenciesPage::updateActions()
{
    const bool selected = currentAgency() != nullptr;
    m_ui->editAgencyButton->setEnabled(selected);
    m_ui->deleteAgencyButton->setEnabled(selected);
}

void AgenciesPage::reload()
{
    const auto agencies = take(m_plans.agencies(), "load agencies");
    if (!agencies)
        return;
    const AgencyId current = currentAgencyId();
    const QList<qint64> expanded = expandedIds();
    m_agencies = agencies.value();
    QSet<qint64> known;
    for (const Agency& agency : m_agencies)
        known.insert(agency.id.raw());
    Children children;
    for (const Agency& agency : m_agencies) {
        // An agency whose parent is unknown stays visible at the top level.
        const qint64 parent = known.contains(agency.parent.raw()) ? agency.parent.raw() : 0;
        children[parent] << agency;
    }
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    for (QList<Agency>& siblings : children) {
        std::stable_sort(siblings.begin(), siblings.end(), [&](const Agency& a, const Agency& b) {
            return collator.compare(a.name, b.name) < 0;
        });
    }
    m_model->removeRows(0, m_model->rowCount());
    QSet<qint64> placed;
    appendChildren(m_model->invisibleRootItem(), 0, children, placed);
    for (const Agency& agency : m_agencies) { // only in a parent cycle: keep it visible
        if (!placed.contains(agency.id.raw()))
            m_model->appendRow(itemsFor(agency));
    }
    m_searchKeys.clear();
    for (const Agency& agency : m_agencies)
        m_searchKeys << agencyKey(agency);
    applySearch(m_ui->searchLineEdit->text());
    if (m_loaded && m_ui->searchLineEdit->text().isEmpty())
        restoreExpanded(expanded);
    m_loaded = true;
    if (current.isValid() && !selectAgency(current))
        updateActions();
    log::gui()->info("agencies page loaded: {} agencies", m_searchKeys.size());
}

QList<qint64> AgenciesPage::expandedIds() const
{
    QList<qint64> ids;
    const std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex index = m_proxy->index(row, NameColumn, parent);
            if (m_ui->agenciesTreeView->isExpanded(index)) {
                ids << index.data(IdRole).toLongLong();
                walk(index);
            }
        }
    };
    walk({});
    return ids;
}

void AgenciesPage::restoreExpanded(const QList<qint64>& ids)
{
    m_ui->agenciesTreeView->collapseAll();
    for (const qint64 id : ids) {
        const QModelIndexList found = m_model->match(m_model->index(0, NameColumn), IdRole, id, 1,
                                                     Qt::MatchExactly | Qt::MatchRecursive);
        if (!found.isEmpty())
            m_ui->agenciesTreeView->expand(m_proxy->mapFromSource(found.first()));
    }
}

void AgenciesPage::applySearch(const QString& text)
{
    const QString key = searchKey(text);
    m_proxy->setFilterFixedString(key);
    if (key.isEmpty()) {
        m_ui->agenciesTreeView->collapseAll();
        m_ui->agenciesTreeView->expandToDepth(0);
        m_ui->countLabel->setText(
                tr("%n agency(ies)", nullptr, static_cast<int>(m_searchKeys.size())));
    } else {
        m_ui->agenciesTreeView->expandAll();
        const auto matches = std::count_if(m_searchKeys.cbegin(), m_searchKeys.cend(),
                                           [&key](const QString& k) { return k.contains(key); });
        m_ui->countLabel->setText(tr("%n match(es)", nullptr, static_cast<int>(matches)));
    }
    updateActions();
}

bool AgenciesPage::selectAgency(AgencyId id)
{
    const QModelIndexList found = m_model->match(m_model->index(0, NameColumn), IdRole, id.raw(), 1,
                                                 Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return false;
    QModelIndex index = m_proxy->mapFromSource(found.first());
    if (!index.isValid() && !m_ui->searchLineEdit->text().isEmpty()) {
        m_ui->searchLineEdit->clear();
        index = m_proxy->mapFromSource(found.first());
    }
    if (!index.isValid())
        return false;
    QTreeView* tree = m_ui->agenciesTreeView;
    for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
        tree->expand(up);
    tree->setCurrentIndex(index);
    tree->scrollTo(index);
    updateActions();
    return true;
}

AgencyId AgenciesPage::currentAgencyId() const
{
    const Agency* agency = currentAgency();
    return agency ? agency->id : AgencyId();
}

const Agency* AgenciesPage::currentAgency() const
{
    const QModelIndex current = m_ui->agenciesTreeView->currentIndex();
    if (!current.isValid())
        return nullptr;
    const qint64 id = current.siblingAtColumn(NameColumn).data(IdRole).toLongLong();
    const auto it = std::find_if(m_agencies.cbegin(), m_agencies.cend(),
                                 [id](const Agency& a) { return a.id.raw() == id; });
    return it == m_agencies.cend() ? nullptr : &*it;
}

void AgenciesPage::newAgency()
{
    runDialog(Agency{});
}

void AgenciesPage::editAgency()
{
    if (const Agency* agency = currentAgency())
        runDialog(*agency);
}

void AgenciesPage::runDialog(const Agency& agency)
{
    AgencyDialog dialog(m_agencies, agency, this);
    AgencyId saved;
    dialog.setSave([this, &dialog, &saved, agency](const Agency& changed) {
        Status status = success();
        if (!changed.id.isValid()) {
            const Result<AgencyId> id = addAgency(m_context, changed);
            status = id ? success() : Status(id.error());
            saved = id ? id.value() : AgencyId();
        } else if (changed != agency) {
            status = ed::gui::editAgency(m_context, agency, changed);
            saved = changed.id;
        }
        if (status)
            return true;
        if (status.error().code == ErrorCode::InvalidInput)
            dialog.showProblems(m_context.schedule().problems());
        else
            showError(dialog.windowTitle(), status.error());
        return false;
    });
    if (modal::exec(dialog) == QDialog::Accepted && saved.isValid())
        selectAgency(saved);
}

void AgenciesPage::deleteAgency()
{
    const Agency* current = currentAgency();
    if (!current)
        return;
    const Agency agency = *current; // a reload during the edit replaces m_agencies
    const QString title = tr("Delete agency");
    const Result<AgencyReferences> refs = m_context.schedule().agencyReferences(agency.id);
    if (!refs) {
        showError(title, refs.error());
        return;
    }
    if (!refs->isEmpty()) {
        tellReferences(this, title, agency.name, *refs);
        return;
    }
    if (modal::ask(this, title,
                   tr("Delete the agency “%1”?\n\nEdit ▸ Undo brings it back.").arg(agency.name),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    const Status status = ed::gui::deleteAgency(m_context, agency);
    if (status)
        return;
    // Something came to refer to it since the check above.
    const Result<AgencyReferences> now = m_context.schedule().agencyReferences(agency.id);
    if (status.error().code == ErrorCode::InUse && now && !now->isEmpty())
        tellReferences(this, title, agency.name, *now);
    else
        showError(title, status.error());
}

void AgenciesPage::importAgencies()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Import agencies"), QDir::homePath(),
            tr("CSV files (*.csv);;Text files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void AgenciesPage::importFile(const QString& path)
{
    const QString title = tr("Import agencies");
    const QString fileName = QFileInfo(path).fileName();
    const std::optional<QByteArray> read = readImportFile(this, title, path);
    if (!read)
        return;
    const QByteArray& bytes = *read;
    const QString question =
            tr("Import the agencies of “%1”?\n\nEach line adds an agency, or updates the one "
               "with the same name. The file is checked first: if any line has a problem, "
               "nothing is written and every problem is listed.\n\nAn import cannot be undone "
               "with Edit ▸ Undo, and the edits made before it can no longer be undone either.")
                    .arg(fileName);
    if (modal::ask(this, title, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    const Result<services::AgencyImportReport> report =
            services::AgencyImport(m_workspace).run(bytes);
    if (!report) {
        showError(title, report.error());
        return;
    }
    if (!report->problems.isEmpty()) {
        log::gui()->info("agencies import refused: {} problems", report->problems.size());
        ImportProblemsDialog problems(fileName, report->problems, this);
        modal::exec(problems);
        return;
    }
    log::gui()->info("agencies imported: {} added, {} updated, {} unchanged", report->added,
                     report->updated, report->unchanged);
    if (report->added + report->updated > 0) {
        // An older edit undone after the import could overwrite what the file brought.
        m_context.undoStack().clear();
        emit m_context.dataChanged(); // every page shows agency names
    }
    modal::tell(this, QMessageBox::Information, title,
                tr("The agencies of “%1” are imported: %2 added, %3 updated, %4 unchanged.")
                        .arg(fileName)
                        .arg(report->added)
                        .arg(report->updated)
                        .arg(report->unchanged));
}

void AgenciesPage::showError(const QString& title, const Error& error)
{
    log::gui()->error("{} failed: code {} ({})", "agency edit", static_cast<int>(error.code),
                      error.detail);
    modal::tell(this, QMessageBox::Warning, title, i18n::errorMessage(error));
}

} // namespace ed::gui
