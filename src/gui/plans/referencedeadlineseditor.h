#pragma once

#include "core/agency.h"
#include "core/meeting.h"
#include "core/validation.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace ed::gui {

class DeadlineEditor;
class EntryListPanel;
class ProblemLabel;

/// The deadlines of other bodies (the HĐBCQG's, say) that a meeting serves: a list, and for the
/// chosen one its description, issuer, deadline and legal note.
class ReferenceDeadlinesEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ReferenceDeadlinesEditor(QWidget* parent = nullptr);
    ~ReferenceDeadlinesEditor() override;

    void setAgencies(const QList<Agency>& agencies);
    void setElectionDay(QDate electionDay);
    void setReferenceDate(QDate date);
    void setReferences(const QList<ReferenceDeadline>& references);
    [[nodiscard]] QList<ReferenceDeadline> references() const { return m_references; }
    /// Shows the problems of fields "referenceDeadlines[i]…".
    void showProblems(const QList<FieldProblem>& problems);
    [[nodiscard]] bool hasProblems() const { return !m_problems.isEmpty(); }
    void setCurrentReference(int row);

signals:
    void changed();

private:
    void load(int row);
    void edited();
    void add();
    void remove(int row);
    void move(int from, int to);
    void refreshList();
    void showCurrentProblems();
    [[nodiscard]] QString lineFor(int row) const;

    EntryListPanel* m_list;
    QWidget* m_details;
    QLineEdit* m_description;
    ProblemLabel* m_descriptionProblem;
    QComboBox* m_issuer;
    DeadlineEditor* m_deadline;
    QPlainTextEdit* m_legalNote;
    QList<ReferenceDeadline> m_references;
    QList<FieldProblem> m_problems;
    QDate m_referenceDate;
    bool m_loading = false;
};

} // namespace ed::gui
