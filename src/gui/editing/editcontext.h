#pragma once

#include "core/result.h"
#include "core/rowstamp.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <utility>

class QUndoStack;
class QWidget;

namespace ed {
class Clock;
}
namespace ed::services {
class ScheduleService;
}

namespace ed::gui {

/// What a page needs to change data: the service that writes, the window's undo stack, the
/// clock, and where to say that data changed or an edit failed. The main window owns it.
class EditContext final : public QObject
{
    Q_OBJECT

public:
    using Step = std::function<Status()>;
    /// One direction of an edit of a versioned record: writes naming `version` (the one it was
    /// read at) and returns the record's new stamp.
    using VersionedStep = std::function<Result<RowStamp>(qint64 version)>;

    EditContext(services::ScheduleService& schedule,
                QUndoStack& undoStack,
                const Clock& clock,
                QObject* parent = nullptr)
        : QObject(parent), m_schedule(schedule), m_undoStack(undoStack), m_clock(clock)
    {}

    [[nodiscard]] services::ScheduleService& schedule() const { return m_schedule; }
    [[nodiscard]] QUndoStack& undoStack() const { return m_undoStack; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }

    /// Runs `redo` now. When it succeeds, pushes an undoable command named `text` that runs
    /// `undo` and `redo` later, and announces the change; when it fails, nothing is pushed and
    /// the error is returned for the caller to show (a form keeps its input).
    Status perform(const QString& text, Step redo, Step undo);

    /// The redo and undo of an edit of a versioned record (a meeting, a nomination), for
    /// perform(). The first redo names `seenVersion`, the version the user looked at; every
    /// later run (undo, redo) names the version this window's own last write of `record` left.
    /// So this window's edits of one record undo in turn, while a change made elsewhere in
    /// between makes them fail (ErrorCode::Stale) instead of overwriting it.
    [[nodiscard]] std::pair<Step, Step> versionedSteps(const QString& record,
                                                       qint64 seenVersion,
                                                       VersionedStep redo,
                                                       VersionedStep undo);

signals:
    /// Data changed through an edit, an undo or a redo: pages read again.
    void dataChanged();
    /// An undo or redo failed (the record changed or went meanwhile); the command is dropped.
    void editFailed(const QString& text, const ed::Error& error);

private:
    friend class ServiceCommand;
    services::ScheduleService& m_schedule;
    QUndoStack& m_undoStack;
    const Clock& m_clock;
    QHash<QString, qint64> m_lastWritten; ///< per record: the version this window's write left
};

} // namespace ed::gui
