#include "gui/nominations/nominationqueuerefresher.h"

#include "logging/log.h"
#include "services/nominationqueue.h"
#include "services/workspace.h"

#include <QElapsedTimer>

namespace ed::gui {

NominationQueueRefresher::NominationQueueRefresher(QString databasePath,
                                                   const Clock& clock,
                                                   bool readOnly,
                                                   QObject* parent)
    : QObject(parent), m_path(std::move(databasePath)), m_clock(clock), m_readOnly(readOnly)
{
    m_pool.setMaxThreadCount(1);
}

NominationQueueRefresher::~NominationQueueRefresher()
{
    m_cancel = true; // closing the window does not wait for a national pass to end
    m_pool.waitForDone();
}

void NominationQueueRefresher::request()
{
    if (m_running) {
        m_pending = true;
        return;
    }
    start();
}

void NominationQueueRefresher::start()
{
    m_running = true;
    m_pending = false;
    m_pool.start([this, path = m_path] {
        QElapsedTimer timer;
        timer.start();
        int changed = -1;
        { // the worker's own connection, opened and closed on this thread
            auto workspace =
                    services::Workspace::open(path, m_clock,
                                              m_readOnly ? services::Workspace::Access::ReadOnly
                                                         : services::Workspace::Access::ReadWrite);
            if (workspace) {
                const Result<int> refreshed =
                        services::NominationQueue::refresh(**workspace, &m_cancel);
                if (refreshed)
                    changed = refreshed.value();
                else if (refreshed.error().code != ErrorCode::Cancelled)
                    log::gui()->error("nomination queue refresh failed: code {} ({})",
                                      static_cast<int>(refreshed.error().code),
                                      refreshed.error().detail);
            }
        }
        log::gui()->info("nomination queue refresh: {} rows changed in {} ms", changed,
                         timer.elapsed());
        QMetaObject::invokeMethod(
                this, [this, changed] { done(changed); }, Qt::QueuedConnection);
    });
}

void NominationQueueRefresher::done(int changed)
{
    m_running = false;
    if (m_pending)
        start();
    emit finished(changed);
}

} // namespace ed::gui
