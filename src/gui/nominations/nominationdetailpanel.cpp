#include "gui/nominations/nominationdetailpanel.h"

#include "core/dossier.h"
#include "gui/nominations/nominationtablemodel.h"
#include "gui/viewsetup.h"
#include "gui/widgets/problemlabel.h"
#include "i18n/nominationwording.h"
#include "i18n/resultswording.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

/// The judgement combo's values: not judged, met, not met.
constexpr int kNotJudged = -1;

QLabel* textLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

/// A table whose cells hold editors: rows a little taller than the queue's, no selection.
void setUpEditorTable(QTableWidget* table, const QStringList& headers)
{
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    setUpRowView(table);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 16);
}

int outcomeValue(const CriterionCheck& check)
{
    return check.judgement ? (check.judgement->met ? 1 : 0) : kNotJudged;
}

} // namespace

NominationDetailPanel::NominationDetailPanel(QWidget* parent)
    : QWidget(parent), m_title(textLabel(this, u"nominationTitleLabel"_s)),
      m_tabs(new QTabWidget(this))
{
    setObjectName(u"nominationDetailPanel"_s);
    m_title->setTextFormat(Qt::RichText);
    m_tabs->setObjectName(u"nominationDetailTabWidget"_s);
    m_tabs->addTab(createEligibilityTab(), tr("&Eligibility"));
    m_tabs->addTab(createDossierTab(), tr("D&ossier"));
    m_tabs->addTab(createHistoryTab(), tr("&History"));
    m_tabs->addTab(createDecisionTab(), tr("Decision && &money"));
    m_tabs->addTab(createDuplicatesTab(), tr("D&uplicates"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    clear();
}

QWidget* NominationDetailPanel::createEligibilityTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(u"eligibilityTab"_s);
    m_summary = textLabel(tab, u"eligibilitySummaryLabel"_s);
    m_explanation = textLabel(tab, u"eligibilityExplanationLabel"_s);
    m_explanation->setAccessibleName(tr("Every criterion in words"));
    m_problems = new ProblemLabel(tab);
    m_problems->setObjectName(u"eligibilityProblemLabel"_s);
    m_problems->setAccessibleName(tr("What fails or is left to judge"));
    m_unit = textLabel(tab, u"unitFiguresLabel"_s);
    m_judgements = new QTableWidget(tab);
    m_judgements->setObjectName(u"judgementsTableWidget"_s);
    m_judgements->setAccessibleName(tr("The clerk's judgements on the qualitative criteria"));
    setUpEditorTable(m_judgements,
                     {tr("Qualitative criterion"), tr("Judgement"), tr("Note"), tr("Judged by")});
    setColumnWidths(m_judgements->horizontalHeader(), CriterionColumn,
                    {{OutcomeColumn, 125}, {NoteColumn, 170}, {JudgedByColumn, 120}});

    auto* words = new QWidget(tab);
    auto* wordsLayout = new QVBoxLayout(words);
    wordsLayout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_summary, m_problems, m_explanation, m_unit})
        wordsLayout->addWidget(widget);
    wordsLayout->addStretch(1);
    auto* scroll = new QScrollArea(tab);
    scroll->setObjectName(u"eligibilityScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(words);

    auto* layout = new QHBoxLayout(tab);
    layout->addWidget(scroll, 2);
    layout->addWidget(m_judgements, 3);
    return tab;
}

QWidget* NominationDetailPanel::createDossierTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(u"dossierTab"_s);
    m_originals = textLabel(tab, u"dossierOriginalsLabel"_s);
    m_checklist = new QTableWidget(tab);
    m_checklist->setObjectName(u"dossierTableWidget"_s);
    m_checklist->setAccessibleName(tr("The documents the dossier must hold"));
    setUpEditorTable(m_checklist, {tr("Document"), tr("Present"), tr("Note")});
    setColumnWidths(m_checklist->horizontalHeader(), DocumentColumn,
                    {{PresentColumn, 90}, {DocumentNoteColumn, 260}});
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_originals);
    layout->addWidget(m_checklist, 1);
    return tab;
}

NominationId NominationDetailPanel::nominationId() const
{
    return m_row ? m_row->nomination.id : NominationId();
}

void NominationDetailPanel::clear()
{
    m_row.reset();
    m_criteria.clear();
    m_dossier.clear();
    m_title->setText(tr("Select a nomination to see its eligibility, dossier and trail."));
    for (QLabel* label : {m_summary, m_explanation, m_unit, m_originals, m_decisionNumber,
                          m_decisionDate, m_signer, m_certificate, m_money, m_track})
        label->clear();
    m_problems->setMessages({});
    m_judgements->setRowCount(0);
    m_checklist->setRowCount(0);
    m_history->setRowCount(0);
    showDuplicates({});
    m_tabs->setEnabled(false);
}

void NominationDetailPanel::showNomination(const services::NominationRow* row,
                                           const QList<NominationEvent>& history,
                                           const QList<services::NominationRow>& duplicates)
{
    if (!row) {
        clear();
        return;
    }
    const bool same = m_row && m_row->nomination.id == row->nomination.id;
    m_row = *row;
    m_tabs->setEnabled(true);
    const Nomination& n = row->nomination;
    m_title->setText(u"<b>%1 · %2</b> · %3 · %4"_s.arg(
            NominationText::number(n.id).toHtmlEscaped(), n.name.toHtmlEscaped(),
            i18n::nomineeKindName(n.kind).toHtmlEscaped(),
            i18n::nominationStatusName(n.status).toHtmlEscaped()));
    showEligibility(*row);
    showJudgements(row->eligibility.judged, same);
    showDossier(*row, same);
    showHistory(history);
    showDecision(*row);
    showDuplicates(duplicates);
}

void NominationDetailPanel::showEligibility(const services::NominationRow& row)
{
    const Eligibility& e = row.eligibility;
    const QString summary = i18n::eligibilitySummary(e);
    // A sign in words before the summary: the tab is read without the queue's icons.
    m_summary->setText(e.flagged()                   ? tr("⚠ Flagged: %1").arg(summary)
                       : NominationText::eligible(e) ? tr("✓ %1").arg(summary)
                                                     : tr("? %1").arg(summary));
    m_problems->setMessages(i18n::eligibilityProblems(e));
    const QStringList explanation = i18n::eligibilityExplanation(e);
    m_explanation->setText(explanation.isEmpty() ? QString()
                                                 : u"• "_s + explanation.join(u"\n• "_s));
    if (!e.tiedToUnit) {
        m_unit->setText(tr("Not tied to an election unit: the measurable criteria (turnout, law "
                           "study, invalid ballots, no re-vote) cannot be checked."));
    } else if (!e.unit) {
        m_unit->setText(tr("Unit %1: no results have been imported or entered for it yet.")
                                .arg(NominationText::unit(row)));
    } else {
        const UnitTotals& t = e.unit->totals;
        m_unit->setText(tr("Unit %1 (%2): %3 registered voters, %4 voted, %5 studied the "
                           "election law; polling areas reported: %6 of %7.")
                                .arg(NominationText::unit(row),
                                     i18n::unitLevelName(e.unit->unit.level),
                                     i18n::localCount(t.registered), i18n::localCount(t.voted),
                                     i18n::localCount(t.lawStudy))
                                .arg(t.reportedLeaves)
                                .arg(t.leaves));
    }
}

void NominationDetailPanel::showJudgements(const QList<CriterionCheck>& judged, bool same)
{
    QList<CriterionId> ids;
    for (const CriterionCheck& check : judged)
        ids << check.criterion.id;
    const bool rebuild = !same || ids != m_criteria;
    m_criteria = ids;
    if (rebuild)
        m_judgements->setRowCount(0); // the old editors go (deleteLater), new ones are made
    m_judgements->setRowCount(static_cast<int>(judged.size()));
    for (int row = 0; row < judged.size(); ++row) {
        const CriterionCheck& check = judged[row];
        const QString code = check.criterion.code;
        if (rebuild) {
            auto* outcome = new QComboBox;
            outcome->setObjectName(u"judgementComboBox_"_s + code);
            outcome->setAccessibleName(tr("Judgement on %1").arg(check.criterion.label));
            outcome->addItem(i18n::criterionOutcomeName(CriterionOutcome::NotJudged), kNotJudged);
            outcome->addItem(tr("Yes, met"), 1);
            outcome->addItem(tr("No, not met"), 0);
            auto* note = new QLineEdit;
            note->setObjectName(u"judgementNoteLineEdit_"_s + code);
            note->setAccessibleName(tr("Note on %1").arg(check.criterion.label));
            note->setPlaceholderText(tr("Why (optional)"));
            m_judgements->setCellWidget(row, OutcomeColumn, outcome);
            m_judgements->setCellWidget(row, NoteColumn, note);
            connect(outcome, &QComboBox::currentIndexChanged, this,
                    [this, row] { emitJudgement(row); });
            connect(note, &QLineEdit::editingFinished, this, [this, row] { emitJudgement(row); });
        }
        auto* outcome = qobject_cast<QComboBox*>(m_judgements->cellWidget(row, OutcomeColumn));
        auto* note = qobject_cast<QLineEdit*>(m_judgements->cellWidget(row, NoteColumn));
        const QSignalBlocker blockOutcome(outcome);
        const QSignalBlocker blockNote(note);
        outcome->setCurrentIndex(outcome->findData(outcomeValue(check)));
        note->setText(check.judgement ? check.judgement->note : QString());
        note->setEnabled(check.judgement.has_value()); // a note belongs to a yes or a no
        m_judgements->setItem(row, CriterionColumn, readOnlyItem(check.criterion.label));
        m_judgements->setItem(row, JudgedByColumn,
                              readOnlyItem(check.judgement ? tr("%1, %2").arg(
                                                   check.judgement->by,
                                                   NominationText::dateTime(check.judgement->at))
                                                           : QString()));
    }
}

void NominationDetailPanel::emitJudgement(int row)
{
    if (!m_row || row < 0 || row >= m_criteria.size())
        return;
    auto* outcome = qobject_cast<QComboBox*>(m_judgements->cellWidget(row, OutcomeColumn));
    auto* note = qobject_cast<QLineEdit*>(m_judgements->cellWidget(row, NoteColumn));
    if (!outcome || !note)
        return;
    const int value = outcome->currentData().toInt();
    const std::optional<bool> met =
            value == kNotJudged ? std::nullopt : std::optional<bool>(value == 1);
    const QString text = met ? note->text().trimmed() : QString();
    const CriterionCheck& check = m_row->eligibility.judged.value(row);
    const QString beforeNote = check.judgement ? check.judgement->note : QString();
    if (value == outcomeValue(check) && text == beforeNote)
        return; // focus left the note without a change
    emit judgementChanged(m_row->nomination.id, m_row->nomination.stamp.version, m_criteria[row],
                          met, text);
}

void NominationDetailPanel::showDossier(const services::NominationRow& row, bool same)
{
    const Nomination& n = row.nomination;
    const QList<DossierItemState> checklist =
            completeChecklist(n.dossier, row.awardForm.level, n.higherStateAward);
    const int originals = dossierOriginals(row.awardForm.level, n.higherStateAward);
    const int missing =
            static_cast<int>(std::ranges::count(checklist, false, &DossierItemState::present));
    m_originals->setText(tr("The dossier is filed in %n original(s).", nullptr, originals) + u' '
                         + (missing == 0 ? tr("Every document is present.")
                                         : tr("%n document(s) missing.", nullptr, missing)));
    QStringList before, after;
    for (const DossierItemState& item : m_dossier)
        before << item.item;
    for (const DossierItemState& item : checklist)
        after << item.item;
    const bool rebuild = !same || before != after;
    m_dossier = checklist;
    if (rebuild)
        m_checklist->setRowCount(0);
    m_checklist->setRowCount(static_cast<int>(checklist.size()));
    for (int row = 0; row < checklist.size(); ++row) {
        const DossierItemState& item = checklist[row];
        const QString title = i18n::dossierItemTitle(item.item);
        if (rebuild) {
            auto* present = new QCheckBox;
            present->setObjectName(u"dossierCheckBox_"_s + item.item);
            present->setAccessibleName(tr("%1 is present").arg(title));
            auto* note = new QLineEdit;
            note->setObjectName(u"dossierNoteLineEdit_"_s + item.item);
            note->setAccessibleName(tr("Note on %1").arg(title));
            note->setPlaceholderText(tr("Note (optional)"));
            m_checklist->setCellWidget(row, PresentColumn, present);
            m_checklist->setCellWidget(row, DocumentNoteColumn, note);
            connect(present, &QCheckBox::toggled, this, &NominationDetailPanel::emitDossier);
            connect(note, &QLineEdit::editingFinished, this, &NominationDetailPanel::emitDossier);
        }
        auto* present = qobject_cast<QCheckBox*>(m_checklist->cellWidget(row, PresentColumn));
        auto* note = qobject_cast<QLineEdit*>(m_checklist->cellWidget(row, DocumentNoteColumn));
        const QSignalBlocker blockPresent(present);
        const QSignalBlocker blockNote(note);
        present->setChecked(item.present);
        present->setText(item.present ? tr("Yes") : tr("Missing"));
        note->setText(item.note);
        m_checklist->setItem(row, DocumentColumn, readOnlyItem(title));
    }
}

void NominationDetailPanel::emitDossier()
{
    if (!m_row)
        return;
    QList<DossierItemState> checklist = m_dossier;
    for (int row = 0; row < checklist.size(); ++row) {
        auto* present = qobject_cast<QCheckBox*>(m_checklist->cellWidget(row, PresentColumn));
        auto* note = qobject_cast<QLineEdit*>(m_checklist->cellWidget(row, DocumentNoteColumn));
        if (!present || !note)
            return;
        checklist[row].present = present->isChecked();
        checklist[row].note = note->text().trimmed();
    }
    if (checklist != m_dossier)
        emit dossierChanged(m_row->nomination.id, m_row->nomination.stamp.version, checklist);
}

} // namespace ed::gui
