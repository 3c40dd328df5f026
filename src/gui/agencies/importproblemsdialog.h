#pragma once

#include "core/importproblem.h"

#include <QDialog>

class QPlainTextEdit;

namespace ed::gui {

/// Why an import wrote nothing: every problem of the file, one per line with its line and
/// column, in a read-only text the user can select and copy (or copy whole with a button).
class ImportProblemsDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportProblemsDialog(const QString& fileName,
                         const QList<ImportProblem>& problems,
                         QWidget* parent = nullptr);

    /// The problems as shown, one per line.
    [[nodiscard]] QString problemText() const;

private:
    QPlainTextEdit* m_text;
};

} // namespace ed::gui
