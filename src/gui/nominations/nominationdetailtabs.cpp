// The NominationDetailPanel's read-only tabs: the trail, the decision and money, the duplicates.

#include "core/vnformat.h"
#include "gui/nominations/nominationdetailpanel.h"
#include "gui/nominations/nominationtablemodel.h"
#include "gui/viewsetup.h"
#include "i18n/nominationwording.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

QLabel* valueLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString statusChange(const NominationEvent& event)
{
    const QString to = i18n::nominationStatusName(event.to);
    if (!event.from)
        return to;
    if (*event.from == event.to)
        return to; // a decision or certificate keeps the status
    return u"%1 → %2"_s.arg(i18n::nominationStatusName(*event.from), to);
}

/// The note with what else the event carries: its day, its decision.
QString eventNote(const NominationEvent& event)
{
    QStringList parts;
    if (event.decision) {
        parts << NominationDetailPanel::tr("Decision %1 of %2, signed by %3")
                         .arg(event.decision->number, formatDate(event.decision->date),
                              event.decision->signer);
    } else if (event.on.isValid()) {
        parts << NominationDetailPanel::tr("On %1").arg(formatDate(event.on));
    }
    if (!event.note.isEmpty())
        parts << event.note;
    return parts.join(u" — "_s);
}

} // namespace

QWidget* NominationDetailPanel::createHistoryTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(u"historyTab"_s);
    m_history = new QTableWidget(tab);
    m_history->setObjectName(u"historyTableWidget"_s);
    m_history->setAccessibleName(tr("The nomination's trail, newest first"));
    m_history->setColumnCount(HistoryColumnCount);
    m_history->setHorizontalHeaderLabels(
            {tr("When"), tr("By"), tr("Step"), tr("Status"), tr("Reason or note"), tr("Override")});
    setUpRowView(m_history);
    setColumnWidths(m_history->horizontalHeader(), EventNoteColumn,
                    {{WhenColumn, 125},
                     {ByColumn, 110},
                     {EventColumn, 190},
                     {StatusChangeColumn, 230},
                     {OverrideColumn, 200}});
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_history);
    return tab;
}

QWidget* NominationDetailPanel::createDecisionTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(u"decisionTab"_s);
    m_decisionNumber = valueLabel(tab, u"decisionNumberLabel"_s);
    m_decisionDate = valueLabel(tab, u"decisionDateLabel"_s);
    m_signer = valueLabel(tab, u"decisionSignerLabel"_s);
    m_certificate = valueLabel(tab, u"certificateLabel"_s);
    m_money = valueLabel(tab, u"awardMoneyLabel"_s);
    m_track = valueLabel(tab, u"appraisalTrackLabel"_s);
    auto* form = new QFormLayout(tab);
    form->addRow(tr("Decision number:"), m_decisionNumber);
    form->addRow(tr("Decision date:"), m_decisionDate);
    form->addRow(tr("Signed by:"), m_signer);
    form->addRow(tr("Certificate handed over:"), m_certificate);
    form->addRow(tr("Award money:"), m_money);
    form->addRow(tr("Appraisal:"), m_track);
    return tab;
}

QWidget* NominationDetailPanel::createDuplicatesTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(u"duplicatesTab"_s);
    m_duplicates = new QListWidget(tab);
    m_duplicates->setObjectName(u"duplicatesListWidget"_s);
    m_duplicates->setAccessibleName(tr("Other nominations of the same nominee"));
    m_goToDuplicate = new QPushButton(tr("&Go to the nomination"), tab);
    m_goToDuplicate->setObjectName(u"goToDuplicateButton"_s);
    m_goToDuplicate->setToolTip(tr("Select this nomination in the queue (or double-click it)"));
    auto* hint = valueLabel(tab, u"duplicatesHintLabel"_s);
    hint->setText(tr("The same nominee (same kind and name, and the same unit or workplace) is "
                     "nominated more than once in the campaign. Keep one nomination and reject "
                     "the others with a reason."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_goToDuplicate);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(hint);
    layout->addWidget(m_duplicates, 1);
    layout->addLayout(buttons);
    connect(m_duplicates, &QListWidget::itemActivated, this,
            &NominationDetailPanel::activateSelectedDuplicate);
    connect(m_goToDuplicate, &QPushButton::clicked, this,
            &NominationDetailPanel::activateSelectedDuplicate);
    connect(m_duplicates, &QListWidget::currentRowChanged, this,
            [this](int row) { m_goToDuplicate->setEnabled(row >= 0); });
    return tab;
}

void NominationDetailPanel::showHistory(const QList<NominationEvent>& history)
{
    m_history->setRowCount(static_cast<int>(history.size()));
    const QIcon overrideIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int row = 0; row < history.size(); ++row) {
        const NominationEvent& event = history[history.size() - 1 - row]; // newest first
        QString step = i18n::nominationEventName(event.action);
        if (event.action == NominationAction::Revert) {
            const auto reverted = std::ranges::find(history, event.reverts, &NominationEvent::id);
            if (reverted != history.end())
                step = tr("%1: %2").arg(step, i18n::nominationEventName(reverted->action));
        }
        const QStringList cells{NominationText::dateTime(event.at),
                                event.by,
                                step,
                                statusChange(event),
                                eventNote(event),
                                event.override ? tr("Proposed although a criterion fails")
                                               : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setToolTip(cells[column]);
            if (column == OverrideColumn && event.override)
                item->setIcon(overrideIcon);
            m_history->setItem(row, column, item);
        }
    }
}

void NominationDetailPanel::showDecision(const services::NominationRow& row)
{
    const Nomination& n = row.nomination;
    if (n.decision) {
        m_decisionNumber->setText(n.decision->number);
        m_decisionDate->setText(formatDate(n.decision->date));
        m_signer->setText(n.decision->signer);
    } else {
        m_decisionNumber->setText(n.status == NominationStatus::Approved
                                          ? tr("Approved; the decision is still to be recorded")
                                          : tr("No decision yet"));
        m_decisionDate->clear();
        m_signer->clear();
    }
    m_certificate->setText(n.certificateIssuedOn.isValid() ? formatDate(n.certificateIssuedOn)
                                                           : tr("Not yet"));
    if (!row.awardMoney)
        m_money->setText(NominationText::moneyNote(row));
    else if (row.moneyEstimated)
        m_money->setText(tr("%1, an estimate at today's rates (the decision date fixes the amount)")
                                 .arg(i18n::moneyText(*row.awardMoney)));
    else
        m_money->setText(i18n::moneyText(*row.awardMoney));
    const QString left = NominationText::daysLeft(row);
    QString track = tr("%1: %n working day(s) from %2, due %3", nullptr, row.limitDays)
                            .arg(i18n::appraisalTrackName(row.track), formatDate(n.clockStart()),
                                 formatDate(row.appraisalDue));
    if (!left.isEmpty())
        track += u" ("_s + left + u')';
    m_track->setText(track);
}

void NominationDetailPanel::showDuplicates(const QList<services::NominationRow>& duplicates)
{
    m_duplicates->clear();
    const QList<NominationId> ids = m_row ? m_row->duplicates : QList<NominationId>();
    for (const NominationId id : ids) {
        const auto listed = std::ranges::find_if(
                duplicates, [id](const auto& row) { return row.nomination.id == id; });
        QString text = NominationText::number(id);
        if (listed != duplicates.end()) {
            text = tr("%1 · %2 · nominated by %3 for %4 · %5")
                           .arg(text, listed->nomination.name, listed->agencyName,
                                listed->awardForm.usualName,
                                i18n::nominationStatusName(listed->nomination.status));
        }
        auto* item = new QListWidgetItem(text, m_duplicates);
        item->setData(Qt::UserRole, id.raw());
        item->setToolTip(text);
    }
    if (m_duplicates->count() > 0)
        m_duplicates->setCurrentRow(0);
    m_goToDuplicate->setEnabled(m_duplicates->count() > 0);
    m_tabs->setTabText(DuplicatesTab,
                       ids.isEmpty() ? tr("D&uplicates") : tr("D&uplicates (%1)").arg(ids.size()));
}

void NominationDetailPanel::activateSelectedDuplicate()
{
    const QListWidgetItem* item = m_duplicates->currentItem();
    if (item)
        emit duplicateActivated(NominationId(item->data(Qt::UserRole).toLongLong()));
}

} // namespace ed::gui
