#include "gui/editing/editcontext.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <memory>

namespace ed::gui {

/// An edit made of two service calls. Its first redo already ran before the push, so the
/// stack's call of redo() on push is skipped.
class ServiceCommand final : public QUndoCommand
{
public:
    ServiceCommand(EditContext& context,
                   const QString& text,
                   EditContext::Step redo,
                   EditContext::Step undo)
        : QUndoCommand(text), m_context(context), m_redo(std::move(redo)), m_undo(std::move(undo))
    {}

    void redo() override
    {
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        run(m_redo);
    }
    void undo() override { run(m_undo); }

private:
    void run(const EditContext::Step& step)
    {
        if (const Status status = step(); !status) {
            // Qt removes an obsolete command from the stack after this call returns.
            setObsolete(true);
            emit m_context.editFailed(text(), status.error());
        }
        emit m_context.dataChanged();
    }

    EditContext& m_context;
    EditContext::Step m_redo;
    EditContext::Step m_undo;
    bool m_firstRedo = true;
};

Status EditContext::perform(const QString& text, Step redo, Step undo)
{
    if (Status status = redo(); !status)
        return status;
    m_undoStack.push(new ServiceCommand(*this, text, std::move(redo), std::move(undo)));
    emit dataChanged();
    return success();
}

std::pair<EditContext::Step, EditContext::Step> EditContext::versionedSteps(const QString& record,
                                                                            qint64 seenVersion,
                                                                            VersionedStep redo,
                                                                            VersionedStep undo)
{
    auto started = std::make_shared<bool>(false);
    const auto run = [this, record, seenVersion, started](const VersionedStep& write) -> Status {
        const qint64 expected = *started ? m_lastWritten.value(record, seenVersion) : seenVersion;
        const Result<RowStamp> written = write(expected);
        if (!written)
            return written.error();
        *started = true;
        m_lastWritten.insert(record, written->version);
        return success();
    };
    return {[run, redo = std::move(redo)] { return run(redo); },
            [run, undo = std::move(undo)] { return run(undo); }};
}

} // namespace ed::gui
