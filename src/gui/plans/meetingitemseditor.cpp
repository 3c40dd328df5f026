#include "gui/plans/meetingitemseditor.h"

#include "gui/editing/assignmenteditor.h"
#include "gui/editing/fieldmarker.h"
#include "gui/plans/entrylistpanel.h"
#include "gui/widgets/problemlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

QString field(int row, const char* name)
{
    return u"items[%1].%2"_s.arg(row).arg(QLatin1StringView(name));
}

} // namespace

MeetingItemsEditor::MeetingItemsEditor(QWidget* parent)
    : QWidget(parent),
      m_list(new EntryListPanel(u"item"_s, tr("&Add item"), tr("&Remove item"), this)),
      m_details(new QWidget(this)), m_content(new QPlainTextEdit(m_details)),
      m_contentProblem(new ProblemLabel(m_details)), m_agencies(new AssignmentEditor(m_details)),
      m_agenciesProblem(new ProblemLabel(m_details))
{
    setObjectName(u"itemsEditor"_s);
    m_list->list()->setAccessibleName(tr("Content items"));
    m_content->setObjectName(u"itemContentPlainTextEdit"_s);
    m_content->setAccessibleName(tr("Item content"));
    m_content->setTabChangesFocus(true);
    m_content->setPlaceholderText(tr("What the meeting agrees, hears or decides"));
    m_contentProblem->setObjectName(u"itemContentProblemLabel"_s);
    m_agencies->setObjectName(u"itemAgenciesEditor"_s);
    m_agenciesProblem->setObjectName(u"itemAgenciesProblemLabel"_s);

    auto* contentLabel = new QLabel(tr("C&ontent of the item:"), m_details);
    contentLabel->setBuddy(m_content);
    auto* agenciesLabel = new QLabel(tr("Agencies by role:"), m_details);
    auto* details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addWidget(contentLabel);
    details->addWidget(m_content, 2);
    details->addWidget(m_contentProblem);
    details->addWidget(agenciesLabel);
    details->addWidget(m_agencies, 3);
    details->addWidget(m_agenciesProblem);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_details, 5);

    connect(m_list, &EntryListPanel::currentRowChanged, this, &MeetingItemsEditor::load);
    connect(m_list, &EntryListPanel::addRequested, this, &MeetingItemsEditor::add);
    connect(m_list, &EntryListPanel::removeRequested, this, &MeetingItemsEditor::remove);
    connect(m_list, &EntryListPanel::moveRequested, this, &MeetingItemsEditor::move);
    connect(m_content, &QPlainTextEdit::textChanged, this, &MeetingItemsEditor::contentEdited);
    connect(m_agencies, &AssignmentEditor::changed, this, &MeetingItemsEditor::agenciesEdited);
    load(-1);
}

MeetingItemsEditor::~MeetingItemsEditor() = default;

void MeetingItemsEditor::setAgencies(const QList<Agency>& agencies)
{
    m_loading = true;
    m_agencies->setAgencies(agencies);
    m_loading = false;
}

void MeetingItemsEditor::setItems(const QList<MeetingItem>& items)
{
    m_items = items;
    refreshList();
    setCurrentItem(m_items.isEmpty() ? -1 : 0);
    emit changed();
}

int MeetingItemsEditor::currentItem() const
{
    return m_list->currentRow();
}

void MeetingItemsEditor::setCurrentItem(int row)
{
    m_list->setCurrentRow(row);
    load(row); // also when the row did not change (a reload)
}

QString MeetingItemsEditor::lineFor(int row) const
{
    const QString content = m_items.at(row).content.simplified();
    return tr("%1. %2").arg(row + 1).arg(content.isEmpty() ? tr("(no content yet)") : content);
}

void MeetingItemsEditor::refreshList()
{
    QStringList lines;
    for (int row = 0; row < m_items.size(); ++row)
        lines << lineFor(row);
    m_list->setEntries(lines);
    showProblems(m_problems);
}

void MeetingItemsEditor::load(int row)
{
    const bool valid = row >= 0 && row < m_items.size();
    m_loading = true;
    m_content->setPlainText(valid ? m_items.at(row).content : QString());
    m_agencies->setAssignments(valid ? m_items.at(row).agencies : QList<AgencyAssignment>());
    m_loading = false;
    m_details->setEnabled(valid);
    showCurrentProblems();
}

void MeetingItemsEditor::contentEdited()
{
    const int row = currentItem();
    if (m_loading || row < 0 || row >= m_items.size())
        return;
    m_items[row].content = m_content->toPlainText().trimmed();
    m_list->setEntryText(row, lineFor(row));
    emit changed();
}

void MeetingItemsEditor::agenciesEdited()
{
    const int row = currentItem();
    if (m_loading || row < 0 || row >= m_items.size())
        return;
    m_items[row].agencies = m_agencies->assignments();
    emit changed();
}

void MeetingItemsEditor::add()
{
    m_items << MeetingItem{};
    refreshList();
    setCurrentItem(static_cast<int>(m_items.size()) - 1);
    m_content->setFocus();
    emit changed();
}

void MeetingItemsEditor::remove(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    m_items.removeAt(row);
    refreshList();
    setCurrentItem(std::min(row, static_cast<int>(m_items.size()) - 1));
    emit changed();
}

void MeetingItemsEditor::move(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_items.size() || to >= m_items.size())
        return;
    m_items.move(from, to);
    refreshList();
    setCurrentItem(to);
    emit changed();
}

void MeetingItemsEditor::showProblems(const QList<FieldProblem>& problems)
{
    const ListProblems mine = listProblems(problems, u"items"_s, m_items.size());
    m_problems = mine.problems;
    const QList<bool>& flagged = mine.flagged;
    m_list->setFlags(flagged, tr("This item has a problem: choose it to see what to fix."));
    showCurrentProblems();
}

bool MeetingItemsEditor::hasProblems() const
{
    return !m_problems.isEmpty();
}

void MeetingItemsEditor::showCurrentProblems()
{
    const int row = currentItem();
    const QStringList content =
            row < 0 ? QStringList() : problemMessages(m_problems, field(row, "content"));
    const QStringList agencies =
            row < 0 ? QStringList() : problemMessages(m_problems, field(row, "agencies"));
    m_contentProblem->setMessages(content);
    m_agenciesProblem->setMessages(agencies);
    markField(m_content, !content.isEmpty(), content.join(u' '));
    markField(m_agencies, !agencies.isEmpty(), agencies.join(u' '));
}

} // namespace ed::gui
