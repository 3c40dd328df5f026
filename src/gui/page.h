#pragma once

#include "core/result.h"

#include <QWidget>

#include <optional>

namespace ed::gui {

/// One area of the main window. A page owns its models and reads through its service; the
/// main window only switches between pages and tells them when to read again.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

public slots:
    /// Reads the page's data again from the services (after a settings change, say).
    virtual void reload() = 0;

protected:
    /// The value of a service call; nothing after reporting the failure through loadFailed().
    template <typename T>
    [[nodiscard]] std::optional<T> take(Result<T> result, const char* operation)
    {
        if (!result) {
            emit loadFailed(QString::fromUtf8(operation), result.error());
            return std::nullopt;
        }
        return std::move(result).value();
    }

signals:
    /// A service call failed; the page shows what it could. `operation` is for the log
    /// ("load meetings"), the error is worded for the user by the receiver.
    void loadFailed(const QString& operation, const ed::Error& error);
};

} // namespace ed::gui
