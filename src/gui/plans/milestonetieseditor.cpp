#include "gui/plans/milestonetieseditor.h"

#include "core/vnformat.h"
#include "gui/plans/calendarwording.h"
#include "gui/widgets/problemlabel.h"
#include "i18n/schedulewording.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

constexpr int kCodeRole = Qt::UserRole + 1;

bool tied(const QList<MilestoneDependency>& ties, const QString& code, MilestoneRelation relation)
{
    return ties.contains(MilestoneDependency{code, relation});
}

QTableWidgetItem* textItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidgetItem* tickItem(bool checked, const QString& accessibleText)
{
    auto* item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setData(Qt::AccessibleTextRole, accessibleText);
    return item;
}

} // namespace

MilestoneTiesEditor::MilestoneTiesEditor(QWidget* parent)
    : QWidget(parent), m_regimeLabel(new QLabel(this)), m_table(new QTableWidget(this)),
      m_problem(new ProblemLabel(this)), m_conflicts(new ProblemLabel(this))
{
    setObjectName(u"milestonesEditor"_s);
    m_regimeLabel->setObjectName(u"milestonesRegimeLabel"_s);
    m_regimeLabel->setWordWrap(true);
    m_table->setObjectName(u"milestonesTableWidget"_s);
    m_table->setAccessibleName(tr("Legal calendar milestones"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
            {tr("Milestone"), tr("Offset"), tr("Date"), tr("Comes after"), tr("Comes before")});
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(MilestoneColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->resizeSection(OffsetColumn, 170);
    header->resizeSection(DateColumn, 190);
    header->resizeSection(AfterColumn, 110);
    header->resizeSection(BeforeColumn, 110);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_problem->setObjectName(u"milestonesProblemLabel"_s);
    m_conflicts->setObjectName(u"milestoneConflictsLabel"_s);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_regimeLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_conflicts);

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling || (item->column() != AfterColumn && item->column() != BeforeColumn))
            return;
        const QString code =
                m_table->item(item->row(), MilestoneColumn)->data(kCodeRole).toString();
        const MilestoneDependency tie{code, item->column() == AfterColumn
                                                    ? MilestoneRelation::After
                                                    : MilestoneRelation::Before};
        m_ties.removeAll(tie);
        if (item->checkState() == Qt::Checked)
            m_ties << tie;
        emit changed();
    });
}

MilestoneTiesEditor::~MilestoneTiesEditor() = default;

void MilestoneTiesEditor::setCalendar(QDate electionDay, ElectionRegime regime)
{
    m_electionDay = electionDay;
    m_regime = regime;
    m_regimeLabel->setText(
            electionDay.isValid()
                    ? tr("Milestones of %1, dated from election day %2.")
                              .arg(i18n::regimeName(regime), formatDate(electionDay))
                    : tr("Milestones of %1. The plan does not set its election day yet, so they "
                         "have no dates and the meeting is not checked against them.")
                              .arg(i18n::regimeName(regime)));
    fill();
}

void MilestoneTiesEditor::setTies(const QList<MilestoneDependency>& ties)
{
    m_ties = ties;
    fill();
    emit changed();
}

void MilestoneTiesEditor::fill()
{
    m_filling = true;
    const QList<Milestone>& milestones = legalMilestones(m_regime);
    QStringList codes;
    for (const Milestone& m : milestones)
        codes << m.code;
    // Ties to steps this regime does not list stay visible, so they can be removed.
    QStringList foreign;
    for (const MilestoneDependency& tie : std::as_const(m_ties)) {
        if (!codes.contains(tie.milestone) && !foreign.contains(tie.milestone))
            foreign << tie.milestone;
    }
    m_table->setRowCount(static_cast<int>(milestones.size() + foreign.size()));
    int row = 0;
    const auto addRow = [&](const QString& code, const QString& offset, const QString& date) {
        const QString title = i18n::milestoneTitle(code);
        QTableWidgetItem* name = textItem(title);
        name->setData(kCodeRole, code);
        name->setToolTip(title);
        m_table->setItem(row, MilestoneColumn, name);
        m_table->setItem(row, OffsetColumn, textItem(offset));
        m_table->setItem(row, DateColumn, textItem(date));
        m_table->setItem(row, AfterColumn,
                         tickItem(tied(m_ties, code, MilestoneRelation::After),
                                  tr("Comes after %1").arg(title)));
        m_table->setItem(row, BeforeColumn,
                         tickItem(tied(m_ties, code, MilestoneRelation::Before),
                                  tr("Comes before %1").arg(title)));
        ++row;
    };
    for (const Milestone& m : milestones) {
        QString offset = CalendarWording::offset(m);
        if (!m.confirmed)
            offset = tr("%1 (unconfirmed)").arg(offset);
        addRow(m.code, offset, CalendarWording::dates(m, m_electionDay));
    }
    for (const QString& code : std::as_const(foreign))
        addRow(code, QString(), tr("not in this regime"));
    m_filling = false;
}

QList<MilestoneDependency> MilestoneTiesEditor::ties() const
{
    QList<MilestoneDependency> ordered;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString code = m_table->item(row, MilestoneColumn)->data(kCodeRole).toString();
        for (const MilestoneRelation relation :
             {MilestoneRelation::After, MilestoneRelation::Before})
            if (tied(m_ties, code, relation))
                ordered << MilestoneDependency{code, relation};
    }
    return ordered;
}

void MilestoneTiesEditor::showProblems(const QList<FieldProblem>& problems)
{
    const QStringList messages = problemMessages(problems, u"milestones"_s);
    m_hasProblems = !messages.isEmpty();
    m_problem->setMessages(messages);
}

void MilestoneTiesEditor::showConflicts(const QStringList& sentences)
{
    m_conflicts->setMessages(sentences);
}

} // namespace ed::gui
