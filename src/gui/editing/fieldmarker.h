#pragma once

class QWidget;
class QString;

namespace ed::gui {

/// Frames a form field in red while it has a problem and puts the problem's words into its
/// accessible description. The words themselves are shown beside the field by a ProblemLabel:
/// the frame is never the only sign.
void markField(QWidget* field, bool hasProblem, const QString& description);

/// True while markField() has the field marked (for tests and for focusing the first problem).
[[nodiscard]] bool isFieldMarked(const QWidget* field);

} // namespace ed::gui
