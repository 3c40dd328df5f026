#include "gui/results/evaluationjob.h"

#include "logging/log.h"

#include <QElapsedTimer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace ed::gui {

EvaluationJob::EvaluationJob(QString databasePath, const Clock& clock, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath)), m_clock(clock)
{}

EvaluationJob::~EvaluationJob()
{
    if (m_thread)
        m_thread->wait(); // the evaluation cannot be interrupted; it ends on its own
}

void EvaluationJob::start()
{
    Q_ASSERT(!m_thread);
    if (m_thread)
        return;
    m_running = true;
    m_thread = QThread::create([this] {
        QElapsedTimer timer;
        timer.start();
        // Everything the thread opens it also closes: the workspace lives inside this call.
        m_result = services::loadResultsTree(m_path, m_clock);
        m_elapsedMs = timer.elapsed();
    });
    m_thread->setObjectName(u"resultsEvaluation"_s);
    m_thread->setParent(this);
    // Emitted by the ending thread, delivered here on the GUI thread.
    connect(m_thread, &QThread::finished, this, &EvaluationJob::threadEnded, Qt::QueuedConnection);
    m_thread->start();
}

void EvaluationJob::threadEnded()
{
    if (!m_running)
        return;
    m_thread->wait(); // finished() is emitted just before the thread really ends
    m_running = false;
    if (m_result && m_result->ok())
        m_tree = std::make_shared<const services::ResultsTree>(std::move(*m_result).value());
    log::gui()->info("results evaluated off the GUI thread in {} ms", m_elapsedMs);
    emit finished();
}

Result<EvaluationJob::Tree> EvaluationJob::result() const
{
    if (m_tree)
        return m_tree;
    if (m_result && !m_result->ok())
        return m_result->error();
    return Error{ErrorCode::StorageFailed, u"results evaluation did not end"_s};
}

} // namespace ed::gui
