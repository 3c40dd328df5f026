#pragma once

#include "core/agency.h"
#include "core/meeting.h"
#include "core/validation.h"

#include <QList>
#include <QWidget>

class QPlainTextEdit;

namespace ed::gui {

class AssignmentEditor;
class EntryListPanel;
class ProblemLabel;

/// The content items of a meeting: a list to add, remove and reorder items, and for the chosen
/// item its text and the agencies that lead, staff, co-ordinate or report on it.
class MeetingItemsEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingItemsEditor(QWidget* parent = nullptr);
    ~MeetingItemsEditor() override;

    void setAgencies(const QList<Agency>& agencies);
    void setItems(const QList<MeetingItem>& items);
    [[nodiscard]] QList<MeetingItem> items() const { return m_items; }
    /// Shows the problems of fields "items[i].content" and "items[i].agencies": beside the
    /// fields for the chosen item, as a flag on the list line for the others.
    void showProblems(const QList<FieldProblem>& problems);
    /// True when any of the last problems shown belongs to an item.
    [[nodiscard]] bool hasProblems() const;
    /// Chooses an item (for tests and for going to a problem).
    void setCurrentItem(int row);
    [[nodiscard]] int currentItem() const;

signals:
    void changed();

private:
    void load(int row);
    void contentEdited();
    void agenciesEdited();
    void add();
    void remove(int row);
    void move(int from, int to);
    void refreshList();
    void showCurrentProblems();
    [[nodiscard]] QString lineFor(int row) const;

    EntryListPanel* m_list;
    QWidget* m_details;
    QPlainTextEdit* m_content;
    ProblemLabel* m_contentProblem;
    AssignmentEditor* m_agencies;
    ProblemLabel* m_agenciesProblem;
    QList<MeetingItem> m_items;
    QList<FieldProblem> m_problems;
    bool m_loading = false;
};

} // namespace ed::gui
