#pragma once

#include "core/validation.h"

#include <QStringList>
#include <QStyle>
#include <QWidget>

class QLabel;

namespace ed::gui {

/// What is wrong with a form field, shown beside it: a warning icon and the words (never colour
/// alone). Hidden while there is nothing to say.
class ProblemLabel final : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemLabel(QWidget* parent = nullptr);

    /// Shows the messages one per line; an empty list hides the label.
    void setMessages(const QStringList& messages);
    /// Another icon than the warning sign (an error's, say).
    void setIcon(QStyle::StandardPixmap pixmap);
    /// The messages shown, one per line (empty when hidden).
    [[nodiscard]] QString text() const;

private:
    QLabel* m_icon;
    QLabel* m_text;
};

/// The words for the problems of `field` among `problems` (ed::i18n::problemMessage), each once.
[[nodiscard]] QStringList problemMessages(const QList<FieldProblem>& problems,
                                          const QString& field);

} // namespace ed::gui
