#include "gui/agencies/agenciespage.h"

#include "core/agency.h"
#include "core/searchkey.h"
#include "gui/viewsetup.h"
#include "gui/wording.h"
#include "logging/log.h"
#include "services/planservice.h"

#include "ui_agenciespage.h"

#include <QCollator>
#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

#include <algorithm>

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

} // namespace

AgenciesPage::AgenciesPage(const services::PlanService& plans, QWidget* parent)
    : Page(parent), m_ui(std::make_unique<Ui::AgenciesPage>()), m_plans(plans),
      m_model(new QStandardItemModel(this)), m_proxy(new QSortFilterProxyModel(this))
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
}

AgenciesPage::~AgenciesPage() = default;

void AgenciesPage::reload()
{
    const auto agencies = take(m_plans.agencies(), "load agencies");
    if (!agencies)
        return;
    QSet<qint64> known;
    for (const Agency& agency : agencies.value())
        known.insert(agency.id.raw());
    Children children;
    for (const Agency& agency : agencies.value()) {
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
    for (const Agency& agency : agencies.value()) { // only in a parent cycle: keep it visible
        if (!placed.contains(agency.id.raw()))
            m_model->appendRow(itemsFor(agency));
    }
    m_searchKeys.clear();
    for (const Agency& agency : agencies.value())
        m_searchKeys << agencyKey(agency);
    applySearch(m_ui->searchLineEdit->text());
    log::gui()->info("agencies page loaded: {} agencies", m_searchKeys.size());
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
}

} // namespace ed::gui
