#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

class QDialog;
class QWidget;

namespace ed::gui {

/// Every modal dialog of the pages runs through here, so that a test can answer it instead of
/// a user (engineering §3.7: seams, not racing timers).
namespace modal {

/// What a test puts in place of QDialog::exec(): it receives the dialog, set up and not shown,
/// fills or reads it, and returns the result (QDialog::Accepted, a QMessageBox button, ...).
using Handler = std::function<int(QDialog&)>;

/// Runs `dialog` modally and returns its result; with a handler installed, the handler's.
int exec(QDialog& dialog);

/// Installs a handler for the dialogs that follow; an empty one restores exec().
void setHandler(Handler handler);

/// Asks a question with `buttons`; returns the button chosen (Cancel/No/Escape: `escape`).
QMessageBox::StandardButton ask(QWidget* parent,
                                const QString& title,
                                const QString& text,
                                QMessageBox::StandardButtons buttons,
                                QMessageBox::StandardButton defaultButton);

/// Shows a message with an OK button. `details` go into the box's expandable details.
void tell(QWidget* parent,
          QMessageBox::Icon icon,
          const QString& title,
          const QString& text,
          const QString& details = {});

} // namespace modal

/// Installs a handler for its lifetime and restores exec() afterwards (for tests).
class ScopedModalHandler
{
public:
    explicit ScopedModalHandler(modal::Handler handler) { modal::setHandler(std::move(handler)); }
    ~ScopedModalHandler() { modal::setHandler({}); }
    ScopedModalHandler(const ScopedModalHandler&) = delete;
    ScopedModalHandler& operator=(const ScopedModalHandler&) = delete;
};

} // namespace ed::gui
