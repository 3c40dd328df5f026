#pragma once

#include "core/result.h"

#include <QWidget>

#include <optional>

namespace ed::gui {

/// One area of the main window. A page owns its models and reads through its service; the
/// main window only switches between pages and tells them when to read again.
///
/// Pages read lazily: nothing is read until the page is first shown (ensureLoaded()), and a
/// page that is told to read again while hidden (markStale()) reads when it is next shown.
/// Start-up reads only what the first screen shows.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// Reads the page's data when nothing has been read yet or it was marked stale since.
    void ensureLoaded()
    {
        if (!m_stale)
            return;
        m_stale = false;
        reload();
    }
    /// The page's data may be out of date: it is read again at the next ensureLoaded().
    void markStale() { m_stale = true; }
    /// True until the page has read its data, and again after markStale().
    [[nodiscard]] bool isStale() const { return m_stale; }

public slots:
    /// Reads the page's data again from the services now (after an edit, say). Pages that are
    /// not shown are marked stale instead; see ensureLoaded().
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

    /// A page shown for the first time, or again after markStale(), reads its data.
    void showEvent(QShowEvent* event) override
    {
        ensureLoaded();
        QWidget::showEvent(event);
    }

signals:
    /// A service call failed; the page shows what it could. `operation` is for the log
    /// ("load meetings"), the error is worded for the user by the receiver.
    void loadFailed(const QString& operation, const ed::Error& error);

private:
    bool m_stale = true;
};

} // namespace ed::gui
