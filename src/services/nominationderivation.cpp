#include "services/nominationderivation.h"

#include "core/collationkey.h"
#include "core/dossier.h"
#include "core/searchkey.h"
#include "logging/log.h"
#include "services/nominationqueue.h"
#include "storage/agencyrepository.h"
#include "storage/awardsettingsrepository.h"
#include "storage/campaignrepository.h"
#include "storage/nominationqueuerepository.h"
#include "storage/nominationrepository.h"
#include "storage/unitrepository.h"
#include "storage/unitsubtreereader.h"
#include "storage/writetransaction.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace ed::services::detail {

namespace {

/// Above this many units, a page evaluates the whole tree once instead of each subtree.
constexpr qsizetype kSubtreeLimit = 2000;

QList<NominationId> idsOf(const QList<Nomination>& nominations)
{
    QList<NominationId> ids;
    ids.reserve(nominations.size());
    for (const Nomination& n : nominations)
        ids << n.id;
    return ids;
}

/// The folded names of `nominations`, each once.
QStringList nameKeys(const QList<Nomination>& nominations)
{
    QSet<QString> seen;
    QStringList keys;
    for (const Nomination& n : nominations) {
        const QString key = searchKey(n.name);
        if (!seen.contains(key)) {
            seen.insert(key);
            keys << key;
        }
    }
    return keys;
}

} // namespace

const UnitEvaluation* UnitEvaluations::find(CampaignId campaign, UnitId unit) const
{
    const auto byUnit = byCampaign.constFind(campaign);
    if (byUnit == byCampaign.cend())
        return nullptr;
    const auto it = byUnit->constFind(unit);
    return it != byUnit->cend() ? &*it : nullptr;
}

Result<RowContext> readRowContext(storage::Database& database, QDate today)
{
    RowContext context;
    context.today = today;
    const auto campaigns = storage::CampaignRepository(database).all();
    if (!campaigns)
        return campaigns.error();
    for (const Campaign& c : campaigns.value()) {
        context.campaigns.insert(c.id, c);
        for (const AwardForm& f : c.awardForms)
            context.forms.insert(f.id, f);
    }
    const auto agencies = storage::AgencyRepository(database).all();
    if (!agencies)
        return agencies.error();
    for (const Agency& a : agencies.value())
        context.agencies.insert(a.id, a);
    storage::AwardSettingsRepository settings(database);
    const auto holidays = settings.holidays();
    if (!holidays)
        return holidays.error();
    context.calendar = WorkingCalendar(holidays.value());
    const auto limits = settings.limits();
    if (!limits)
        return limits.error();
    for (const AppraisalLimit& l : limits.value())
        context.limits.insert(l.track, l.workingDays);
    const auto money = settings.moneyTables();
    if (!money)
        return money.error();
    context.money = money.value();
    return context;
}

Result<UnitEvaluations> evaluateAllUnits(storage::Database& database, const RowContext& context)
{
    UnitEvaluations result;
    const auto units = storage::UnitRepository(database).all();
    if (!units)
        return units.error();
    if (units.value().isEmpty())
        return result;
    for (const ElectionUnit& u : units.value())
        result.units.insert(u.id, u);
    const auto ballots = storage::BallotResultRepository(database).all();
    if (!ballots)
        return ballots.error();
    for (const Campaign& c : context.campaigns) {
        QHash<UnitId, UnitEvaluation>& byUnit = result.byCampaign[c.id];
        for (const UnitEvaluation& e :
             evaluate(units.value(), ballots.value(), measuredCriteria(c.criteria)))
            byUnit.insert(e.unit.id, e);
    }
    return result;
}

Result<UnitEvaluations> evaluateUnitsOf(storage::Database& database,
                                        const RowContext& context,
                                        const QList<Nomination>& nominations)
{
    QList<UnitId> roots;
    QSet<UnitId> seen;
    for (const Nomination& n : nominations) {
        if (n.unit.isValid() && !seen.contains(n.unit)) {
            seen.insert(n.unit);
            roots << n.unit;
        }
    }
    if (roots.size() > kSubtreeLimit)
        return evaluateAllUnits(database, context);
    UnitEvaluations result;
    if (roots.isEmpty())
        return result;
    const auto subtrees = storage::UnitSubtreeReader(database).read(roots);
    if (!subtrees)
        return subtrees.error();
    for (const Nomination& n : nominations) {
        if (!n.unit.isValid() || result.find(n.campaign, n.unit))
            continue;
        const auto units = subtrees->units.constFind(n.unit);
        if (units == subtrees->units.cend())
            continue; // the unit is gone: not evaluated
        const auto campaign = context.campaigns.constFind(n.campaign);
        const QList<Criterion> criteria =
                campaign != context.campaigns.cend() ? campaign->criteria : QList<Criterion>();
        // The subtree's root is its only top-level unit, so it comes first in tree order.
        const QList<UnitEvaluation> evaluations =
                evaluate(*units, subtrees->ballots, measuredCriteria(criteria));
        const auto root = std::ranges::find(evaluations, n.unit,
                                            [](const UnitEvaluation& e) { return e.unit.id; });
        if (root != evaluations.end()) {
            result.byCampaign[n.campaign].insert(n.unit, *root);
            result.units.insert(n.unit, root->unit);
        }
    }
    return result;
}

QHash<NominationId, QList<NominationId>> findDuplicates(const QList<Nomination>& nominations)
{
    QHash<QString, QList<NominationId>> byKey;
    for (const Nomination& n : nominations) {
        for (const QString& key : nomineeKeys(n))
            byKey[QString::number(n.campaign.raw()) + u'|' + key] << n.id;
    }
    QHash<NominationId, QList<NominationId>> duplicates;
    for (const QList<NominationId>& ids : std::as_const(byKey)) {
        if (ids.size() < 2)
            continue;
        for (NominationId id : ids) {
            for (NominationId other : ids) {
                if (other != id && !duplicates[id].contains(other))
                    duplicates[id] << other;
            }
        }
    }
    for (QList<NominationId>& ids : duplicates)
        std::ranges::sort(ids);
    return duplicates;
}

NominationRow buildRow(const Nomination& n, const RowContext& context, const UnitEvaluations& units)
{
    NominationRow row;
    row.nomination = n;
    row.awardForm = context.forms.value(n.awardForm);
    const Agency agency = context.agencies.value(n.nominatingAgency);
    row.agencyName = agency.name;
    row.agencyAbbreviation = agency.abbreviation;
    if (n.unit.isValid()) {
        const ElectionUnit unit = units.units.value(n.unit);
        row.unitCode = unit.code;
        row.unitName = unit.name;
    }
    const Campaign campaign = context.campaigns.value(n.campaign);
    const UnitEvaluation* unit = n.unit.isValid() ? units.find(n.campaign, n.unit) : nullptr;
    row.eligibility = assessEligibility(n, campaign.criteria, unit);

    const AwardLevel level = row.awardForm.level;
    row.nomination.dossier = completeChecklist(n.dossier, level, n.higherStateAward);
    row.dossierComplete = dossierComplete(row.nomination.dossier);

    row.track = appraisalTrack(level, n.higherStateAward);
    row.limitDays = context.limits.value(row.track, 10);
    row.appraisalDue = context.calendar.addWorkingDays(n.clockStart(), row.limitDays);
    row.workingDaysLeft = context.calendar.workingDaysBetween(context.today, row.appraisalDue);
    row.overdue = isUndecided(n.status) && context.today > row.appraisalDue;

    const QDate moneyDate = n.decision ? n.decision->date : context.today;
    row.moneyEstimated = !n.decision;
    row.awardMoney = awardAmount(context.money, level, n.kind, moneyDate);
    return row;
}

QueueFacts queueFacts(const NominationRow& row)
{
    const Nomination& n = row.nomination;
    QueueFacts f;
    f.id = n.id;
    f.status = n.status;
    f.kind = n.kind;
    f.agency = n.nominatingAgency;
    f.awardForm = n.awardForm;
    f.tied = n.unit.isValid();
    f.decided = n.decision.has_value();
    f.certified = n.certificateIssuedOn.isValid();
    f.nameSort = collationKey(n.name);
    if (!row.unitCode.isEmpty())
        f.unitSort = collationKey(row.unitCode + u' ' + row.unitName);
    f.agencySort = collationKey(row.agencyAbbreviation.isEmpty() ? row.agencyName
                                                                 : row.agencyAbbreviation);
    f.formSort = collationKey(row.awardForm.usualName);
    f.eligibility = queueEligibility(row.eligibility);
    f.duplicates = static_cast<int>(row.duplicates.size());
    f.dossierMissing =
            static_cast<int>(std::ranges::count(n.dossier, false, &DossierItemState::present));
    f.appraisalDue = row.appraisalDue;
    f.awardMoney = row.awardMoney.value_or(-1);
    f.search = searchKey(QStringList{n.name, row.unitCode, row.unitName, row.agencyName,
                                     row.agencyAbbreviation, n.position, n.workplace}
                                 .join(u' '));
    return f;
}

namespace {

/// The rows of `ids` (in that order; unknown ids skipped) with `context`, and `units` when the
/// caller evaluated the whole tree already (nullptr: the subtrees these rows need).
Result<QList<NominationRow>> deriveWith(storage::Database& database,
                                        const RowContext& context,
                                        const UnitEvaluations* units,
                                        const QList<NominationId>& ids)
{
    storage::NominationRepository repository(database);
    const auto nominations = repository.findMany(ids);
    if (!nominations)
        return nominations.error();
    if (nominations.value().isEmpty())
        return QList<NominationRow>();
    Result<UnitEvaluations> own = UnitEvaluations{};
    if (!units) {
        own = evaluateUnitsOf(database, context, nominations.value());
        if (!own)
            return own.error();
        units = &own.value();
    }
    // The same nominee has the same folded name: those are the only possible duplicates.
    const auto namesakes = repository.withNames(nameKeys(nominations.value()));
    if (!namesakes)
        return namesakes.error();
    QList<Nomination> pool = nominations.value();
    const QList<NominationId> requestedIds = idsOf(pool);
    const QSet<NominationId> requested(requestedIds.cbegin(), requestedIds.cend());
    for (const Nomination& n : namesakes.value()) {
        if (!requested.contains(n.id))
            pool << n;
    }
    const auto duplicates = findDuplicates(pool);

    QHash<NominationId, const Nomination*> byId;
    for (const Nomination& n : nominations.value())
        byId.insert(n.id, &n);
    QList<NominationRow> rows;
    rows.reserve(ids.size());
    for (const NominationId id : ids) {
        const Nomination* n = byId.value(id);
        if (!n)
            continue;
        rows << buildRow(*n, context, *units);
        rows.last().duplicates = duplicates.value(id);
    }
    return rows;
}

} // namespace

Result<QList<NominationRow>>
deriveRows(storage::Database& database, QDate today, const QList<NominationId>& ids)
{
    const auto context = readRowContext(database, today);
    if (!context)
        return context.error();
    return deriveWith(database, context.value(), nullptr, ids);
}

Status forEachRow(storage::Database& database,
                  QDate today,
                  const std::function<void(NominationRow&&)>& visit,
                  const std::atomic<bool>* cancel)
{
    const auto nominations = storage::NominationRepository(database).all();
    if (!nominations)
        return nominations.error();
    const auto context = readRowContext(database, today);
    if (!context)
        return context.error();
    const auto units = evaluateAllUnits(database, context.value());
    if (!units)
        return units.error();
    const auto duplicates = findDuplicates(nominations.value());
    for (const Nomination& n : nominations.value()) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return Error{ErrorCode::Cancelled, u"nomination rows"_s};
        NominationRow row = buildRow(n, context.value(), units.value());
        row.duplicates = duplicates.value(n.id);
        visit(std::move(row));
    }
    return success();
}

Result<QList<NominationRow>> deriveAllRows(storage::Database& database, QDate today)
{
    QList<NominationRow> rows;
    if (auto s = forEachRow(database, today, [&rows](NominationRow&& row) { rows << row; }); !s)
        return s.error();
    return rows;
}

Status refreshQueueRows(storage::Database& database,
                        QDate today,
                        const QList<NominationId>& ids,
                        const QStringList& formerNames)
{
    storage::NominationRepository repository(database);
    const auto nominations = repository.findMany(ids);
    if (!nominations)
        return nominations.error();
    QStringList names = nameKeys(nominations.value());
    for (const QString& name : formerNames) {
        if (!names.contains(name))
            names << name;
    }
    const auto namesakes = repository.withNames(names);
    if (!namesakes)
        return namesakes.error();
    QList<NominationId> affected = ids;
    QSet<NominationId> seen(ids.cbegin(), ids.cend());
    for (const Nomination& n : namesakes.value()) {
        if (!seen.contains(n.id)) {
            seen.insert(n.id);
            affected << n.id;
        }
    }
    const auto context = readRowContext(database, today);
    if (!context)
        return context.error();
    // A large import evaluates the whole tree once; its rows are built and stored a slice at a
    // time, so that 100,000 rows are never held at once.
    std::optional<UnitEvaluations> everyUnit;
    if (affected.size() > kSubtreeLimit) {
        auto all = evaluateAllUnits(database, context.value());
        if (!all)
            return all.error();
        everyUnit = std::move(all).value();
    }
    storage::NominationQueueRepository queue(database);
    constexpr qsizetype kSlice = 2000;
    for (qsizetype start = 0; start < affected.size(); start += kSlice) {
        const auto rows = deriveWith(database, context.value(), everyUnit ? &*everyUnit : nullptr,
                                     affected.mid(start, kSlice));
        if (!rows)
            return rows.error();
        QList<QueueFacts> facts;
        facts.reserve(rows.value().size());
        for (const NominationRow& row : rows.value())
            facts << queueFacts(row);
        if (auto s = queue.put(facts); !s)
            return s;
    }
    return success();
}

Result<int>
refreshWholeQueue(storage::Database& database, QDate today, const std::atomic<bool>* cancel)
{
    QElapsedTimer timer;
    timer.start();
    storage::NominationQueueRepository queue(database);
    const auto stored = queue.all();
    if (!stored)
        return stored.error();
    // Row by row: the rows themselves are not kept (100,000 of them would take most of a GB).
    QList<QueueFacts> changed;
    QHash<NominationId, QueueFacts> before; // what was stored when this pass read it
    int computed = 0;
    const Status pass = forEachRow(
            database, today,
            [&](NominationRow&& row) {
                ++computed;
                QueueFacts facts = queueFacts(row);
                const auto it = stored->constFind(facts.id);
                if (it != stored->cend() && *it == facts)
                    return;
                if (it != stored->cend())
                    before.insert(facts.id, *it);
                changed << std::move(facts);
            },
            cancel);
    if (!pass)
        return pass.error();
    const qint64 computedMs = timer.elapsed();
    if (changed.isEmpty()) {
        log::services()->info("nomination queue checked: {} rows, none changed, {} ms", computed,
                              computedMs);
        return 0;
    }
    // In short transactions: the first pass after the migration writes every row, and an edit
    // on another connection must not wait for all of them. A row another connection wrote
    // since this pass read it (an edit's own refresh) is newer than what this pass computed:
    // it is left as it is.
    constexpr qsizetype kRowsPerTransaction = 2000;
    qsizetype written = 0;
    for (qsizetype start = 0; start < changed.size(); start += kRowsPerTransaction) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return Error{ErrorCode::Cancelled, u"nomination queue refresh"_s};
        const QList<QueueFacts> chunk = changed.mid(start, kRowsPerTransaction);
        storage::WriteTransaction transaction(database);
        if (!transaction.isActive())
            return transaction.beginError();
        QList<NominationId> ids;
        for (const QueueFacts& f : chunk)
            ids << f.id;
        const auto current = queue.find(ids);
        if (!current)
            return current.error();
        QList<QueueFacts> writes;
        for (const QueueFacts& f : chunk) {
            const auto now = current->constFind(f.id);
            const auto then = before.constFind(f.id);
            const bool untouched =
                    (now == current->cend() && then == before.cend())
                    || (now != current->cend() && then != before.cend() && *now == *then);
            if (untouched)
                writes << f;
        }
        if (auto s = queue.put(writes); !s)
            return s.error();
        if (auto s = transaction.commit(); !s)
            return s.error();
        written += writes.size();
    }
    log::services()->info("nomination queue refreshed: {} of {} rows written, {} ms computing, "
                          "{} ms in all",
                          written, computed, computedMs, timer.elapsed());
    return static_cast<int>(written);
}

} // namespace ed::services::detail
