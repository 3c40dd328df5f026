#include "gui/editing/assignmenteditor.h"

#include "core/searchkey.h"
#include "gui/widgets/foldedcompleter.h"
#include "gui/wording.h"

#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kKeyRole = Qt::UserRole + 2;
enum Column { AgencyColumn, RoleColumn };

} // namespace

AssignmentEditor::AssignmentEditor(QWidget* parent)
    : QWidget(parent), m_table(new QTableWidget(0, 2, this)),
      m_add(new QPushButton(tr("&Add agency"), this)),
      m_remove(new QPushButton(tr("Remo&ve agency"), this)),
      m_agencies(new QStandardItemModel(this))
{
    setObjectName(u"assignmentEditor"_s);
    setAccessibleName(tr("Agencies by role"));
    setAttribute(Qt::WA_StyledBackground); // so that a problem's frame shows (fieldmarker.h)
    m_table->setObjectName(u"assignmentTableWidget"_s);
    m_table->setAccessibleName(tr("Agencies by role"));
    m_table->setHorizontalHeaderLabels({tr("Agency"), tr("Role")});
    m_table->horizontalHeader()->setSectionResizeMode(AgencyColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(RoleColumn, 150);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumHeight(110);

    m_add->setObjectName(u"addAssignmentButton"_s);
    m_add->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_remove->setObjectName(u"removeAssignmentButton"_s);
    m_remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &AssignmentEditor::addClicked);
    connect(m_remove, &QPushButton::clicked, this, &AssignmentEditor::removeClicked);
    connect(m_table, &QTableWidget::currentCellChanged, this, &AssignmentEditor::updateButtons);
    updateButtons();
}

AssignmentEditor::~AssignmentEditor() = default;

void AssignmentEditor::setAgencies(const QList<Agency>& agencies)
{
    const QList<AgencyAssignment> kept = assignments();
    QList<Agency> sorted = agencies;
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    std::stable_sort(sorted.begin(), sorted.end(), [&](const Agency& a, const Agency& b) {
        return collator.compare(a.name, b.name) < 0;
    });
    m_agencies->clear();
    for (const Agency& agency : std::as_const(sorted)) {
        auto* item = new QStandardItem(agency.name);
        item->setData(agency.id.raw(), kIdRole);
        item->setData(searchKey(agency.name + u' ' + agency.abbreviation), kKeyRole);
        if (!agency.abbreviation.isEmpty() && agency.abbreviation != agency.name)
            item->setToolTip(agency.abbreviation);
        m_agencies->appendRow(item);
    }
    setAssignments(kept);
}

void AssignmentEditor::setAssignments(const QList<AgencyAssignment>& assignments)
{
    m_table->setRowCount(0);
    for (const AgencyAssignment& assignment : assignments)
        addRow(assignment);
    updateButtons();
    emit changed();
}

void AssignmentEditor::addRow(const AgencyAssignment& assignment)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);

    auto* agency = new QComboBox(m_table);
    agency->setObjectName(u"assignmentAgencyComboBox"_s);
    agency->setAccessibleName(tr("Agency"));
    agency->setEditable(true);
    agency->setInsertPolicy(QComboBox::NoInsert);
    agency->setModel(m_agencies);
    agency->setCompleter(new FoldedCompleter(m_agencies, kKeyRole, agency));
    agency->lineEdit()->setPlaceholderText(tr("Type part of the name"));
    const QModelIndexList found = m_agencies->match(m_agencies->index(0, 0), kIdRole,
                                                    assignment.agency.raw(), 1, Qt::MatchExactly);
    if (!found.isEmpty()) {
        agency->setCurrentIndex(found.first().row());
        agency->lineEdit()->setCursorPosition(0); // show the start of a long name
        agency->setToolTip(agency->currentText());
    } else {
        agency->setCurrentIndex(-1);
        agency->setEditText(QString());
    }
    connect(agency, &QComboBox::editTextChanged, this, [this, agency](const QString& text) {
        agency->setToolTip(text);
        emit changed();
    });

    auto* role = new QComboBox(m_table);
    role->setObjectName(u"assignmentRoleComboBox"_s);
    role->setAccessibleName(tr("Role"));
    for (const AgencyRole r :
         {AgencyRole::Lead, AgencyRole::Staff, AgencyRole::Coordinating, AgencyRole::Reporting})
        role->addItem(Wording::role(r), static_cast<int>(r));
    role->setCurrentIndex(role->findData(static_cast<int>(assignment.role)));
    connect(role, &QComboBox::currentIndexChanged, this, &AssignmentEditor::changed);

    m_table->setCellWidget(row, AgencyColumn, agency);
    m_table->setCellWidget(row, RoleColumn, role);
}

void AssignmentEditor::addClicked()
{
    addRow(AgencyAssignment{});
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, AgencyColumn);
    agencyComboBox(row)->setFocus();
    updateButtons();
    emit changed();
}

void AssignmentEditor::removeClicked()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(std::min(row, m_table->rowCount() - 1), AgencyColumn);
    updateButtons();
    emit changed();
}

void AssignmentEditor::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0 && m_table->rowCount() > 0);
}

QComboBox* AssignmentEditor::agencyComboBox(int row) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, AgencyColumn));
}

QComboBox* AssignmentEditor::roleComboBox(int row) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, RoleColumn));
}

AgencyId AssignmentEditor::agencyNamed(const QComboBox* combo) const
{
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty())
        return {};
    const int current = combo->currentIndex();
    if (current >= 0 && combo->itemText(current) == text)
        return AgencyId(combo->itemData(current, kIdRole).toLongLong());
    // Typed without picking from the list: the name, or a folded key that only one agency has.
    int row = combo->findText(text, Qt::MatchFixedString);
    if (row < 0) {
        const QString key = searchKey(text);
        for (int r = 0; r < m_agencies->rowCount(); ++r) {
            if (searchKey(m_agencies->item(r)->text()) != key)
                continue;
            if (row >= 0)
                return {}; // two agencies fold to the same text: the user must choose
            row = r;
        }
    }
    return row < 0 ? AgencyId() : AgencyId(m_agencies->item(row)->data(kIdRole).toLongLong());
}

QList<AgencyAssignment> AssignmentEditor::assignments() const
{
    QList<AgencyAssignment> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QComboBox* agency = agencyComboBox(row);
        const QComboBox* role = roleComboBox(row);
        if (!agency || !role)
            continue;
        list << AgencyAssignment{agencyNamed(agency),
                                 static_cast<AgencyRole>(role->currentData().toInt())};
    }
    return list;
}

} // namespace ed::gui
