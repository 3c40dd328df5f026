#pragma once

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>

namespace ed {
class Clock;
}

namespace ed::gui {

/// Runs NominationQueue::refresh() on a worker thread with a Workspace of its own (its own
/// connection to the same file), so that a national queue's full pass never blocks the window.
/// Requests made while one runs are folded into one more run after it.
class NominationQueueRefresher final : public QObject
{
    Q_OBJECT

public:
    /// `readOnly`: the window opened the file read-only, so the worker does too (and the pass
    /// then writes nothing).
    NominationQueueRefresher(QString databasePath,
                             const Clock& clock,
                             bool readOnly,
                             QObject* parent = nullptr);
    /// Stops a running pass and waits for it: it uses the clock and reports to this object.
    ~NominationQueueRefresher() override;

    /// Starts a pass, or asks for one more when a pass is running.
    void request();
    [[nodiscard]] bool isRunning() const { return m_running; }

signals:
    /// A pass ended: `changed` rows were written (−1 when it failed).
    void finished(int changed);

private:
    void start();
    void done(int changed);

    QString m_path;
    const Clock& m_clock;
    bool m_readOnly = false;
    QThreadPool m_pool;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    bool m_pending = false;
};

} // namespace ed::gui
