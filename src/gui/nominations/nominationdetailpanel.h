#pragma once

#include "core/nomination.h"
#include "services/nominationservice.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace ed::gui {

class ProblemLabel;

/// The current nomination of the queue, its name above tabs: its eligibility in words with the
/// unit's figures and the clerk's judgements on the qualitative criteria, the dossier checklist,
/// the trail, the decision and the money, and the same nominee's other nominations. It shows; the
/// page edits: a changed judgement or checklist item is announced by a signal, and the page runs it
/// as an undoable edit and shows the nomination again.
class NominationDetailPanel final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { EligibilityTab, DossierTab, HistoryTab, DecisionTab, DuplicatesTab };
    enum JudgementColumn { CriterionColumn, OutcomeColumn, NoteColumn, JudgedByColumn };
    enum DossierColumn { DocumentColumn, PresentColumn, DocumentNoteColumn };
    enum HistoryColumn {
        WhenColumn,
        ByColumn,
        EventColumn,
        StatusChangeColumn,
        EventNoteColumn,
        OverrideColumn,
        HistoryColumnCount
    };

    explicit NominationDetailPanel(QWidget* parent = nullptr);

    /// Shows `row` with its trail (oldest first) and the listed rows of its duplicates; a hint
    /// for nullptr. Showing the same nomination again updates the editors in place.
    void showNomination(const services::NominationRow* row,
                        const QList<NominationEvent>& history,
                        const QList<services::NominationRow>& duplicates);
    /// The nomination shown; invalid when none is.
    [[nodiscard]] NominationId nominationId() const;

signals:
    /// The clerk set a qualitative criterion to yes, no or not judged (nullopt), or changed the
    /// judgement's note. `seenVersion`: the nomination's version the panel shows.
    void judgementChanged(ed::NominationId nomination,
                          qint64 seenVersion,
                          ed::CriterionId criterion,
                          std::optional<bool> met,
                          const QString& note);
    /// The clerk ticked a document or changed its note: the whole new checklist.
    void dossierChanged(ed::NominationId nomination,
                        qint64 seenVersion,
                        const QList<ed::DossierItemState>& checklist);
    /// The clerk asked to go to another nomination of the same nominee.
    void duplicateActivated(ed::NominationId nomination);

private:
    QWidget* createEligibilityTab();
    QWidget* createDossierTab();
    QWidget* createHistoryTab();
    QWidget* createDecisionTab();
    QWidget* createDuplicatesTab();
    void showEligibility(const services::NominationRow& row);
    void showJudgements(const QList<CriterionCheck>& judged, bool sameNomination);
    void showDossier(const services::NominationRow& row, bool sameNomination);
    void showHistory(const QList<NominationEvent>& history);
    void showDecision(const services::NominationRow& row);
    void showDuplicates(const QList<services::NominationRow>& duplicates);
    void clear();
    void emitJudgement(int row);
    void emitDossier();
    void activateSelectedDuplicate();

    std::optional<services::NominationRow> m_row;
    QList<CriterionId> m_criteria;     ///< the judgement table's rows
    QList<DossierItemState> m_dossier; ///< the dossier table's rows, as stored

    QLabel* m_title;
    QTabWidget* m_tabs;
    QLabel* m_summary;
    QLabel* m_explanation;
    ProblemLabel* m_problems;
    QLabel* m_unit;
    QTableWidget* m_judgements;
    QLabel* m_originals;
    QTableWidget* m_checklist;
    QTableWidget* m_history;
    QLabel* m_decisionNumber;
    QLabel* m_decisionDate;
    QLabel* m_signer;
    QLabel* m_certificate;
    QLabel* m_money;
    QLabel* m_track;
    QListWidget* m_duplicates;
    QPushButton* m_goToDuplicate;
};

} // namespace ed::gui
