#pragma once

// How NominationService derives a nomination's row (eligibility from the results, duplicates,
// dossier, deadline, money) and the queue's stored facts from it. Internal to the services.

#include "core/agency.h"
#include "core/campaign.h"
#include "core/evaluation.h"
#include "core/nomination.h"
#include "core/nominationqueue.h"
#include "core/result.h"
#include "core/workingdays.h"
#include "services/nominationservice.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>

namespace ed::storage {
class Database;
}

namespace ed::services::detail {

/// Everything a row is computed from besides the units' evaluations, read once.
struct RowContext
{
    QDate today;
    QHash<CampaignId, Campaign> campaigns;
    QHash<AwardFormId, AwardForm> forms;
    QHash<AgencyId, Agency> agencies;
    WorkingCalendar calendar;
    QHash<AppraisalTrack, int> limits;
    AwardMoneyTables money;
};

[[nodiscard]] Result<RowContext> readRowContext(storage::Database& database, QDate today);

/// The evaluations of the units some rows are tied to, per campaign (its criteria decide).
struct UnitEvaluations
{
    QHash<CampaignId, QHash<UnitId, UnitEvaluation>> byCampaign;
    QHash<UnitId, ElectionUnit> units; ///< the units themselves, for their code and name

    [[nodiscard]] const UnitEvaluation* find(CampaignId campaign, UnitId unit) const;
};

/// Evaluates the whole tree once per campaign: for the full pass over every nomination.
[[nodiscard]] Result<UnitEvaluations> evaluateAllUnits(storage::Database& database,
                                                       const RowContext& context);
/// Evaluates only the subtrees of the units `nominations` are tied to: for a page of rows.
[[nodiscard]] Result<UnitEvaluations> evaluateUnitsOf(storage::Database& database,
                                                      const RowContext& context,
                                                      const QList<Nomination>& nominations);

/// Nominations of one campaign that share a nominee key, by nomination (only among these).
[[nodiscard]] QHash<NominationId, QList<NominationId>>
findDuplicates(const QList<Nomination>& nominations);

/// The row of `n` (its duplicates are left empty for the caller).
[[nodiscard]] NominationRow
buildRow(const Nomination& n, const RowContext& context, const UnitEvaluations& units);

/// What the queue stores for a row.
[[nodiscard]] QueueFacts queueFacts(const NominationRow& row);

/// The rows of these nominations as stored now, in the order of `ids`; unknown ids are
/// skipped. Reads only what these rows need: their units' subtrees, and the nominations that
/// might be the same nominees.
[[nodiscard]] Result<QList<NominationRow>>
deriveRows(storage::Database& database, QDate today, const QList<NominationId>& ids);
/// Builds every row, by id, and hands each to `visit` (the rows are not kept).
/// Stops with Cancelled when `cancel` is set meanwhile.
[[nodiscard]] Status forEachRow(storage::Database& database,
                                QDate today,
                                const std::function<void(NominationRow&&)>& visit,
                                const std::atomic<bool>* cancel = nullptr);
/// Every row, by id.
[[nodiscard]] Result<QList<NominationRow>> deriveAllRows(storage::Database& database, QDate today);

/// Stores the queue rows of `ids` again, and of every nomination whose folded name is one of
/// theirs or one of `formerNames` (their duplicates, before and after a change). Call inside
/// the write transaction that changed them.
[[nodiscard]] Status refreshQueueRows(storage::Database& database,
                                      QDate today,
                                      const QList<NominationId>& ids,
                                      const QStringList& formerNames = {});

/// Recomputes every queue row and writes those that differ; returns how many did. Stops with
/// Cancelled when `cancel` is set meanwhile (the rows written so far stay: each is right).
[[nodiscard]] Result<int> refreshWholeQueue(storage::Database& database,
                                            QDate today,
                                            const std::atomic<bool>* cancel = nullptr);

} // namespace ed::services::detail
