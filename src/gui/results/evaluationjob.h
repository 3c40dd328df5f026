#pragma once

#include "core/result.h"
#include "services/resultstree.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QThread;

namespace ed {
class Clock;
}

namespace ed::gui {

/// Evaluates every unit on a thread of its own, so that the window stays responsive while a
/// national database (some 90,000 units) is summed up. The thread opens a connection of its own
/// to the same database file (services::loadResultsTree()): a connection belongs to the thread
/// that opened it. It hands back plain values; finished() arrives on the GUI thread. Destroying
/// a running job waits for its thread, so closing the window never leaves one behind.
class EvaluationJob final : public QObject
{
    Q_OBJECT

public:
    using Tree = std::shared_ptr<const services::ResultsTree>;

    /// `clock` must outlive the job (the application's clock does).
    EvaluationJob(QString databasePath, const Clock& clock, QObject* parent = nullptr);
    ~EvaluationJob() override;
    EvaluationJob(const EvaluationJob&) = delete;
    EvaluationJob& operator=(const EvaluationJob&) = delete;

    /// Starts the work; once only.
    void start();
    [[nodiscard]] bool isRunning() const { return m_running; }
    /// The tree, or why there is none; valid once finished() has been emitted.
    [[nodiscard]] Result<Tree> result() const;
    /// Milliseconds from start() to the end of the work.
    [[nodiscard]] qint64 elapsedMs() const { return m_elapsedMs; }

signals:
    /// The work has ended and its thread is gone.
    void finished();

private:
    void threadEnded();

    QString m_path;
    const Clock& m_clock;
    QThread* m_thread = nullptr;
    bool m_running = false;
    std::optional<Result<services::ResultsTree>> m_result; ///< written by the thread
    Tree m_tree;
    qint64 m_elapsedMs = 0;
};

} // namespace ed::gui
