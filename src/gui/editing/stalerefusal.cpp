#include "gui/editing/stalerefusal.h"

#include "gui/modal.h"
#include "i18n/errormessages.h"
#include "logging/log.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ed::gui {

bool offerReload(QWidget* parent, const QString& title, const Result<RowStamp>& current)
{
    log::gui()->warn("{} refused: the record changed since it was read", title);
    const QString what = current ? i18n::staleMessage(current.value())
                                 : i18n::errorMessage(Error{ErrorCode::Stale, {}});
    const QString question = QCoreApplication::translate(
            "StaleRefusal",
            "Reload it now? Your edits in this window will be dropped. Choose No to keep the "
            "window open and copy what you need first.");
    return modal::ask(parent, title, what + u"\n\n"_s + question,
                      QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
           == QMessageBox::Yes;
}

} // namespace ed::gui
