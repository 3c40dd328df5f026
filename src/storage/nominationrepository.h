#pragma once

#include "core/nomination.h"
#include "core/result.h"
#include "core/rowstamp.h"

#include <QList>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

namespace ed::storage {

class Database;
class Statement;

/// The nominations, their dossier checklist, the clerk's judgements and the audit trail. An
/// import adds thousands, so the insert statements are prepared once per repository.
class NominationRepository
{
public:
    explicit NominationRepository(Database& database);
    ~NominationRepository();
    NominationRepository(const NominationRepository&) = delete;
    NominationRepository& operator=(const NominationRepository&) = delete;

    /// Inserts the nomination's own row (status included, not its checklist or judgements).
    [[nodiscard]] Result<NominationId> add(const Nomination& nomination);
    /// Marks the nomination changed, inside the caller's transaction: raises its version and
    /// records who and when (`change`). When `change.version` is not 0 it must still be the
    /// stored one, or ErrorCode::Stale. Every service change to a nomination starts with it.
    [[nodiscard]] Result<RowStamp> claim(NominationId id, const RowStamp& change);
    /// Replaces what the clerk edits: nominee, unit, agency, award form, achievement, received
    /// date. The workflow fields are left alone.
    [[nodiscard]] Status updateDetails(const Nomination& nomination);
    /// Replaces the workflow fields: status, restart date, decision and certificate date.
    [[nodiscard]] Status updateWorkflow(const Nomination& nomination);
    /// Every nomination with its checklist and judgements, by id.
    [[nodiscard]] Result<QList<Nomination>> all() const;
    [[nodiscard]] Result<std::optional<Nomination>> find(NominationId id) const;
    /// These nominations with their checklist and judgements, by id; unknown ids are skipped.
    [[nodiscard]] Result<QList<Nomination>> findMany(const QList<NominationId>& ids) const;
    /// The nominations whose folded name is one of `nameKeys` (searchKey() of the name), without
    /// checklist or judgements: the candidates of the duplicate guard.
    [[nodiscard]] Result<QList<Nomination>> withNames(const QStringList& nameKeys) const;
    /// The nominations that carry a decision, without checklist or judgements.
    [[nodiscard]] Result<QList<Nomination>> decided() const;

    /// Replaces the stored checklist.
    [[nodiscard]] Status setDossier(NominationId id, const QList<DossierItemState>& items);
    [[nodiscard]] Status putJudgement(NominationId id, const Judgement& judgement);
    [[nodiscard]] Status removeJudgement(NominationId id, CriterionId criterion);

    /// Appends to the trail; rows already there are never changed (the database refuses it).
    [[nodiscard]] Result<NominationEventId> appendEvent(const NominationEvent& event);
    /// The nomination's trail, oldest first.
    [[nodiscard]] Result<QList<NominationEvent>> events(NominationId id) const;
    [[nodiscard]] Result<std::optional<NominationEvent>> findEvent(NominationEventId id) const;
    /// The step a revert would take back: the latest one that is neither a revert nor reverted.
    [[nodiscard]] Result<std::optional<NominationEvent>> lastEffectiveEvent(NominationId id) const;
    /// The date of the latest resubmission that was not reverted; invalid when none.
    [[nodiscard]] Result<QDate> lastResubmission(NominationId id) const;

private:
    /// The nominations `where` selects (a constant condition on "n" with placeholders
    /// `bindings` binds), with their checklist and judgements when `details`.
    [[nodiscard]] Result<QList<Nomination>>
    select(const QString& where, const QList<QVariant>& bindings, bool details) const;

    Database& m_database;
    std::unique_ptr<Statement> m_insert;
    std::unique_ptr<Statement> m_insertEvent;
};

} // namespace ed::storage
