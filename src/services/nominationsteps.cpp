// NominationService's workflow: the steps and their reverts, each recorded in the trail.
#include "core/clock.h"
#include "core/codes.h"
#include "core/nominationworkflow.h"
#include "core/searchkey.h"
#include "logging/log.h"
#include "services/nominationderivation.h"
#include "services/nominationservice.h"
#include "services/workspace.h"
#include "storage/nominationrepository.h"
#include "storage/writetransaction.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::services {

namespace {

Error refused(NominationId id, const QString& why)
{
    return Error{ErrorCode::InvalidInput, u"nomination #%1: %2"_s.arg(id.raw()).arg(why)};
}

/// Checks the step's own data and applies it to `n` and `event`; the transition is checked
/// by the caller.
Status applyStep(const StepRequest& step, QDate today, Nomination& n, NominationEvent& event)
{
    switch (step.action) {
    case NominationAction::Resubmit:
    case NominationAction::IssueCertificate: {
        const QDate on = step.on.isValid() ? step.on : today;
        if (on > today)
            return refused(n.id, u"the date is after today"_s);
        const QDate earliest =
                step.action == NominationAction::Resubmit ? n.clockStart() : n.decision->date;
        if (on < earliest)
            return refused(n.id, u"the date is before %1"_s.arg(earliest.toString(Qt::ISODate)));
        event.on = on;
        if (step.action == NominationAction::Resubmit)
            n.restartedOn = on;
        else
            n.certificateIssuedOn = on;
        return success();
    }
    case NominationAction::RecordDecision: {
        if (!step.decision)
            return refused(n.id, u"the decision is missing"_s);
        AwardDecision d{normalizedText(step.decision->number), step.decision->date,
                        normalizedText(step.decision->signer)};
        if (d.number.isEmpty() || d.signer.isEmpty() || !d.date.isValid())
            return refused(n.id, u"the decision needs its number, date and signer"_s);
        if (d.date > today || d.date < n.receivedOn)
            return refused(n.id, u"the decision date is outside the received date and today"_s);
        n.decision = d;
        event.decision = d;
        event.on = d.date;
        return success();
    }
    default: return success();
    }
}

} // namespace

Result<QList<NominationEventId>> NominationService::perform(const QList<StepRequest>& steps)
{
    const QDate today = m_workspace.clock().today();
    // Proposing a flagged nominee needs a reason, so the eligibility of those is needed first.
    QSet<NominationId> flagged;
    QList<NominationId> proposed;
    for (const StepRequest& step : steps) {
        if (step.action == NominationAction::Propose)
            proposed << step.nomination;
    }
    if (!proposed.isEmpty()) {
        const auto rows = this->rows(proposed);
        if (!rows)
            return rows.error();
        for (const NominationRow& r : rows.value()) {
            if (r.eligibility.flagged())
                flagged.insert(r.nomination.id);
        }
    }
    storage::Database& database = m_workspace.database();
    storage::WriteTransaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginError();
    storage::NominationRepository repository(database);
    QList<NominationEventId> ids;
    QList<NominationId> changed; // each once, for the queue
    QSet<NominationId> seen;
    for (const StepRequest& step : steps) {
        const auto found = repository.find(step.nomination);
        if (!found)
            return found.error();
        if (!found.value())
            return Error{ErrorCode::NotFound, u"nomination #%1"_s.arg(step.nomination.raw())};
        Nomination n = *found.value();
        if (!seen.contains(n.id) && step.seenStatus && *step.seenStatus != n.status)
            return Error{ErrorCode::Stale, u"nomination #%1 changed since"_s.arg(n.id.raw())};
        const auto next = nextStatus(n, step.action);
        if (!next)
            return refused(n.id, u"%1 is not allowed when %2"_s.arg(toCode(step.action),
                                                                    toCode(n.status)));
        NominationEvent event;
        event.nomination = n.id;
        event.at = m_workspace.clock().now();
        event.by = normalizedText(step.by.isEmpty() ? m_workspace.userName() : step.by);
        event.action = step.action;
        event.from = n.status;
        event.to = *next;
        event.note = normalizedText(step.note);
        if (needsReason(step.action) && event.note.isEmpty())
            return refused(n.id, u"a reason is required"_s);
        if (step.action == NominationAction::Propose && flagged.contains(n.id)) {
            if (event.note.isEmpty())
                return refused(n.id, u"it fails a criterion; a reason is required"_s);
            event.override = true;
        }
        if (auto s = applyStep(step, today, n, event); !s)
            return s.error();
        n.status = *next;
        if (auto s = repository.claim(n.id, change(0)); !s)
            return s.error();
        if (auto s = repository.updateWorkflow(n); !s)
            return s.error();
        const auto id = repository.appendEvent(event);
        if (!id)
            return id.error();
        ids << id.value();
        if (!seen.contains(n.id)) {
            seen.insert(n.id);
            changed << n.id;
        }
    }
    if (auto s = detail::refreshQueueRows(database, today, changed); !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    log::services()->info("nominations: {} steps recorded", ids.size());
    return ids;
}

Status NominationService::revert(const QList<NominationEventId>& events, const QString& by)
{
    // Latest first, so that two steps of one nomination come back in order.
    QList<NominationEventId> order = events;
    std::ranges::sort(order, std::greater<>());
    storage::Database& database = m_workspace.database();
    storage::WriteTransaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginError();
    storage::NominationRepository repository(database);
    QList<NominationId> changed; // each once, for the queue
    QSet<NominationId> seen;
    for (NominationEventId eventId : order) {
        const auto event = repository.findEvent(eventId);
        if (!event)
            return event.error();
        if (!event.value())
            return Error{ErrorCode::NotFound, u"nomination event %1"_s.arg(eventId.raw())};
        const NominationEvent step = *event.value();
        const auto last = repository.lastEffectiveEvent(step.nomination);
        if (!last)
            return last.error();
        if (!last.value() || last.value()->id != eventId)
            return Error{ErrorCode::Stale,
                         u"nomination #%1 changed since"_s.arg(step.nomination.raw())};
        if (step.action == NominationAction::Receive || !step.from)
            return refused(step.nomination, u"its receipt cannot be taken back"_s);
        const auto found = repository.find(step.nomination);
        if (!found)
            return found.error();
        if (!found.value() || found.value()->status != step.to)
            return Error{ErrorCode::Stale,
                         u"nomination #%1 changed since"_s.arg(step.nomination.raw())};
        Nomination n = *found.value();
        NominationEvent revert;
        revert.nomination = n.id;
        revert.at = m_workspace.clock().now();
        revert.by = normalizedText(by.isEmpty() ? m_workspace.userName() : by);
        revert.action = NominationAction::Revert;
        revert.from = n.status;
        revert.to = *step.from;
        revert.reverts = eventId;
        const auto appended = repository.appendEvent(revert);
        if (!appended)
            return appended.error();
        n.status = *step.from;
        if (step.action == NominationAction::RecordDecision)
            n.decision.reset();
        if (step.action == NominationAction::IssueCertificate)
            n.certificateIssuedOn = QDate();
        if (step.action == NominationAction::Resubmit) {
            const auto restarted = repository.lastResubmission(n.id);
            if (!restarted)
                return restarted.error();
            n.restartedOn = restarted.value();
        }
        if (auto s = repository.claim(n.id, change(0)); !s)
            return s.error();
        if (auto s = repository.updateWorkflow(n); !s)
            return s;
        if (!seen.contains(n.id)) {
            seen.insert(n.id);
            changed << n.id;
        }
    }
    if (auto s = detail::refreshQueueRows(database, m_workspace.clock().today(), changed); !s)
        return s;
    return transaction.commit();
}

} // namespace ed::services
