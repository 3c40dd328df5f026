#include "gui/plans/referencedeadlineseditor.h"

#include "gui/editing/deadlineeditor.h"
#include "gui/editing/fieldmarker.h"
#include "gui/plans/entrylistpanel.h"
#include "gui/widgets/problemlabel.h"

#include <QCollator>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::gui {

ReferenceDeadlinesEditor::ReferenceDeadlinesEditor(QWidget* parent)
    : QWidget(parent),
      m_list(new EntryListPanel(u"reference"_s, tr("&Add deadline"), tr("&Remove deadline"), this)),
      m_details(new QWidget(this)), m_description(new QLineEdit(m_details)),
      m_descriptionProblem(new ProblemLabel(m_details)), m_issuer(new QComboBox(m_details)),
      m_deadline(new DeadlineEditor(m_details)), m_legalNote(new QPlainTextEdit(m_details))
{
    setObjectName(u"referencesEditor"_s);
    m_list->list()->setAccessibleName(tr("Reference deadlines"));
    m_description->setObjectName(u"referenceDescriptionLineEdit"_s);
    m_description->setPlaceholderText(tr("What the other body asks for, as the plan quotes it"));
    m_descriptionProblem->setObjectName(u"referenceDescriptionProblemLabel"_s);
    m_issuer->setObjectName(u"referenceIssuerComboBox"_s);
    m_deadline->setObjectName(u"referenceDeadlineEditor"_s);
    m_legalNote->setObjectName(u"referenceLegalNotePlainTextEdit"_s);
    m_legalNote->setTabChangesFocus(true);
    m_legalNote->setPlaceholderText(tr("The legal counterpart, e.g. “the law says no later than "
                                       "E−80”"));

    auto* descriptionRow = new QWidget(m_details);
    auto* descriptionLayout = new QVBoxLayout(descriptionRow);
    descriptionLayout->setContentsMargins(0, 0, 0, 0);
    descriptionLayout->setSpacing(2);
    descriptionLayout->addWidget(m_description);
    descriptionLayout->addWidget(m_descriptionProblem);
    descriptionRow->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Description:"), descriptionRow);
    form->addRow(tr("&Issued by:"), m_issuer);
    form->addRow(tr("Dead&line:"), m_deadline);
    form->addRow(tr("Legal &note:"), m_legalNote);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_details, 5);

    connect(m_list, &EntryListPanel::currentRowChanged, this, &ReferenceDeadlinesEditor::load);
    connect(m_list, &EntryListPanel::addRequested, this, &ReferenceDeadlinesEditor::add);
    connect(m_list, &EntryListPanel::removeRequested, this, &ReferenceDeadlinesEditor::remove);
    connect(m_list, &EntryListPanel::moveRequested, this, &ReferenceDeadlinesEditor::move);
    connect(m_description, &QLineEdit::textChanged, this, &ReferenceDeadlinesEditor::edited);
    connect(m_issuer, &QComboBox::currentIndexChanged, this, &ReferenceDeadlinesEditor::edited);
    connect(m_deadline, &DeadlineEditor::changed, this, &ReferenceDeadlinesEditor::edited);
    connect(m_legalNote, &QPlainTextEdit::textChanged, this, &ReferenceDeadlinesEditor::edited);
    load(-1);
}

ReferenceDeadlinesEditor::~ReferenceDeadlinesEditor() = default;

void ReferenceDeadlinesEditor::setAgencies(const QList<Agency>& agencies)
{
    QList<Agency> sorted = agencies;
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    std::stable_sort(sorted.begin(), sorted.end(), [&](const Agency& a, const Agency& b) {
        return collator.compare(a.name, b.name) < 0;
    });
    const QSignalBlocker blocker(m_issuer);
    m_issuer->clear();
    m_issuer->addItem(tr("(not named)"), qint64(0));
    for (const Agency& agency : std::as_const(sorted))
        m_issuer->addItem(agency.name, agency.id.raw());
    load(m_list->currentRow());
}

void ReferenceDeadlinesEditor::setElectionDay(QDate electionDay)
{
    m_deadline->setElectionDay(electionDay);
}

void ReferenceDeadlinesEditor::setReferenceDate(QDate date)
{
    m_referenceDate = date;
    m_deadline->setReferenceDate(date);
}

void ReferenceDeadlinesEditor::setReferences(const QList<ReferenceDeadline>& references)
{
    m_references = references;
    refreshList();
    setCurrentReference(m_references.isEmpty() ? -1 : 0);
    emit changed();
}

void ReferenceDeadlinesEditor::setCurrentReference(int row)
{
    m_list->setCurrentRow(row);
    load(row);
}

QString ReferenceDeadlinesEditor::lineFor(int row) const
{
    const ReferenceDeadline& ref = m_references.at(row);
    const QString description = ref.description.simplified();
    return tr("%1 (%2)").arg(description.isEmpty() ? tr("(no description yet)") : description,
                             ref.deadline.wording);
}

void ReferenceDeadlinesEditor::refreshList()
{
    QStringList lines;
    for (int row = 0; row < m_references.size(); ++row)
        lines << lineFor(row);
    m_list->setEntries(lines);
    showProblems(m_problems);
}

void ReferenceDeadlinesEditor::load(int row)
{
    const bool valid = row >= 0 && row < m_references.size();
    const ReferenceDeadline ref = valid ? m_references.at(row) : ReferenceDeadline{};
    m_loading = true;
    m_description->setText(ref.description);
    m_issuer->setCurrentIndex(std::max(0, m_issuer->findData(ref.issuer.raw())));
    m_deadline->setDeadline(ref.deadline);
    m_legalNote->setPlainText(ref.legalNote);
    m_loading = false;
    m_details->setEnabled(valid);
    showCurrentProblems();
}

void ReferenceDeadlinesEditor::edited()
{
    const int row = m_list->currentRow();
    if (m_loading || row < 0 || row >= m_references.size())
        return;
    ReferenceDeadline& ref = m_references[row];
    ref.description = m_description->text().trimmed();
    ref.issuer = AgencyId(m_issuer->currentData().toLongLong());
    ref.deadline = m_deadline->deadline();
    ref.legalNote = m_legalNote->toPlainText().trimmed();
    m_list->setEntryText(row, lineFor(row));
    emit changed();
}

void ReferenceDeadlinesEditor::add()
{
    ReferenceDeadline ref;
    ref.deadline.kind = DeadlineKind::NoLaterThan;
    ref.deadline.date = m_referenceDate;
    ref.deadline.wording = DeadlineEditor::wordingFor(ref.deadline);
    m_references << ref;
    refreshList();
    setCurrentReference(static_cast<int>(m_references.size()) - 1);
    m_description->setFocus();
    emit changed();
}

void ReferenceDeadlinesEditor::remove(int row)
{
    if (row < 0 || row >= m_references.size())
        return;
    m_references.removeAt(row);
    refreshList();
    setCurrentReference(std::min(row, static_cast<int>(m_references.size()) - 1));
    emit changed();
}

void ReferenceDeadlinesEditor::move(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_references.size() || to >= m_references.size())
        return;
    m_references.move(from, to);
    refreshList();
    setCurrentReference(to);
    emit changed();
}

void ReferenceDeadlinesEditor::showProblems(const QList<FieldProblem>& problems)
{
    const ListProblems mine = listProblems(problems, u"referenceDeadlines"_s, m_references.size());
    m_problems = mine.problems;
    const QList<bool>& flagged = mine.flagged;
    m_list->setFlags(flagged, tr("This deadline has a problem: choose it to see what to fix."));
    showCurrentProblems();
}

void ReferenceDeadlinesEditor::showCurrentProblems()
{
    const int row = m_list->currentRow();
    const QString prefix = u"referenceDeadlines[%1]."_s.arg(row);
    const QStringList description =
            row < 0 ? QStringList() : problemMessages(m_problems, prefix + u"description"_s);
    m_descriptionProblem->setMessages(description);
    markField(m_description, !description.isEmpty(), description.join(u' '));
    m_deadline->showProblems(row < 0 ? QList<FieldProblem>() : m_problems, prefix + u"deadline."_s);
}

} // namespace ed::gui
