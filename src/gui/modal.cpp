#include "gui/modal.h"

#include <QDialog>

using namespace Qt::StringLiterals;

namespace ed::gui::modal {

namespace {

Handler& handler()
{
    static Handler instance;
    return instance;
}

} // namespace

int exec(QDialog& dialog)
{
    if (handler())
        return handler()(dialog);
    return dialog.exec();
}

void setHandler(Handler next)
{
    handler() = std::move(next);
}

QMessageBox::StandardButton ask(QWidget* parent,
                                const QString& title,
                                const QString& text,
                                QMessageBox::StandardButtons buttons,
                                QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setObjectName(u"questionMessageBox"_s);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(exec(box));
}

void tell(QWidget* parent,
          QMessageBox::Icon icon,
          const QString& title,
          const QString& text,
          const QString& details)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setObjectName(u"informationMessageBox"_s);
    if (!details.isEmpty())
        box.setDetailedText(details);
    exec(box);
}

} // namespace ed::gui::modal
