#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace ed::gui {

/// Asks why official results are reopened. The reason is required (and recorded with the
/// user and the time), so OK stays disabled while it is empty.
class UnlockDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit UnlockDialog(QWidget* parent = nullptr);

    /// The reason as typed, trimmed.
    [[nodiscard]] QString reason() const;

public slots:
    /// Closes only with a reason.
    void accept() override;

private:
    void updateOk();

    QPlainTextEdit* m_reason;
    QDialogButtonBox* m_buttons;
};

} // namespace ed::gui
