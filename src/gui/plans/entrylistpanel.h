#pragma once

#include "core/validation.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace ed::gui {

/// The list half of a list-and-details editor: the entries one per line, with Add, Remove, Move
/// up and Move down. It holds no data; its owner keeps the entries and answers the requests.
class EntryListPanel final : public QWidget
{
    Q_OBJECT

public:
    /// `noun` names the objects ("item" → itemsListWidget, addItemButton, removeItemButton,
    /// moveItemUpButton, moveItemDownButton); the button texts are given translated.
    EntryListPanel(const QString& noun,
                   const QString& addText,
                   const QString& removeText,
                   QWidget* parent = nullptr);

    /// Replaces the lines, keeping the current row where it can (without signalling it).
    void setEntries(const QStringList& lines);
    /// Flagged lines get a warning icon and `flagTip` as tooltip; the others lose theirs.
    void setFlags(const QList<bool>& flagged, const QString& flagTip);
    /// Changes one line's text (while the user types in the details).
    void setEntryText(int row, const QString& text);
    [[nodiscard]] int currentRow() const;
    void setCurrentRow(int row);
    [[nodiscard]] QListWidget* list() const { return m_list; }

signals:
    void addRequested();
    void removeRequested(int row);
    void moveRequested(int from, int to);
    void currentRowChanged(int row);

private:
    void updateButtons();

    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
};

/// The problems of a list field ("items" → "items[2].content"), and per row whether it has any:
/// what a list-and-details editor flags.
struct ListProblems
{
    QList<FieldProblem> problems;
    QList<bool> flagged;
};
[[nodiscard]] ListProblems
listProblems(const QList<FieldProblem>& all, const QString& listField, qsizetype rows);

} // namespace ed::gui
