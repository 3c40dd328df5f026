#include "services/resultsservice.h"

#include "core/clock.h"
#include "core/codes.h"
#include "core/resultrules.h"
#include "core/searchkey.h"
#include "logging/log.h"
#include "services/workspace.h"
#include "storage/campaignrepository.h"
#include "storage/unitrepository.h"
#include "storage/writetransaction.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ed::services {

namespace {

/// Hundredths of a percent as "99.89": the CLI's machine-readable form, floored already.
QString percent(const Measure& m)
{
    if (!m.computable)
        return {};
    const qint64 hundredths = m.basisPoints % 100;
    return QString::number(m.basisPoints / 100) + (hundredths < 10 ? u".0"_s : u"."_s)
           + QString::number(hundredths);
}

QString flag(bool value)
{
    return value ? u"1"_s : u"0"_s;
}

Status refuseWhenLocked(storage::Database& database)
{
    const auto lock = storage::BallotResultRepository(database).lockState();
    if (!lock)
        return lock.error();
    if (lock.value().isLocked())
        return Error{ErrorCode::Locked, u"results are official"_s};
    return success();
}

} // namespace

Result<ResultsEvaluation> ResultsService::evaluate(std::optional<PlanId> plan) const
{
    storage::Database& database = m_workspace.database();
    const auto campaigns = storage::CampaignRepository(database).all();
    if (!campaigns)
        return campaigns.error();
    ResultsEvaluation evaluation;
    for (const Campaign& c : campaigns.value()) {
        const bool chosen = plan ? c.plan == *plan : measuredCriteria(c.criteria).any();
        if (chosen) {
            evaluation.campaign = c;
            break;
        }
    }
    if (plan && !evaluation.campaign)
        return Error{ErrorCode::NotFound, u"no campaign for plan %1"_s.arg(plan->raw())};
    const auto units = storage::UnitRepository(database).all();
    if (!units)
        return units.error();
    const auto ballots = storage::BallotResultRepository(database).all();
    if (!ballots)
        return ballots.error();
    const MeasuredCriteria criteria = evaluation.campaign
                                              ? measuredCriteria(evaluation.campaign->criteria)
                                              : MeasuredCriteria{};
    evaluation.units = ed::evaluate(units.value(), ballots.value(), criteria);
    return evaluation;
}

TextTable ResultsService::evaluationTable(const QList<UnitEvaluation>& units)
{
    TextTable table{{u"unit_code"_s, u"level"_s, u"registered_voters"_s, u"voters_voted"_s,
                     u"turnout_pct"_s, u"turnout_ok"_s, u"max_invalid_pct"_s, u"invalid_ok"_s,
                     u"law_study_pct"_s, u"law_study_ok"_s, u"no_revote_ok"_s, u"eligible"_s},
                    {}};
    table.rows.reserve(units.size());
    for (const UnitEvaluation& e : units) {
        table.rows << QStringList{e.unit.code,
                                  toCode(e.unit.level),
                                  QString::number(e.totals.registered),
                                  QString::number(e.totals.voted),
                                  percent(e.turnout),
                                  flag(e.turnout.ok),
                                  percent(e.invalid),
                                  flag(e.invalid.ok),
                                  percent(e.lawStudy),
                                  flag(e.lawStudy.ok),
                                  flag(e.noRevote.ok),
                                  flag(e.eligible)};
    }
    return table;
}

Result<ElectionUnit> ResultsService::unit(UnitId id) const
{
    const auto found = storage::UnitRepository(m_workspace.database()).find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, u"election unit %1"_s.arg(id.raw())};
    return *found.value();
}

Result<UnitMinutes> ResultsService::minutes(UnitId id) const
{
    const auto found = unit(id);
    if (!found)
        return found.error();
    const auto ballots = storage::BallotResultRepository(m_workspace.database()).forUnit(id);
    if (!ballots)
        return ballots.error();
    return UnitMinutes{id, found.value().figures, found.value().reportedAt, ballots.value(),
                       found.value().source};
}

Status ResultsService::saveMinutes(const UnitMinutes& minutes)
{
    if (hasErrors(checkMinutes(minutes)))
        return Error{ErrorCode::InvalidInput,
                     u"minutes of unit %1 break a rule"_s.arg(minutes.unit.raw())};
    if (!minutes.figures && !minutes.ballots.isEmpty())
        return Error{ErrorCode::InvalidInput, u"ballots without voter figures"_s};
    return writeMinutes(minutes, false);
}

Status ResultsService::restoreMinutes(const UnitMinutes& minutes)
{
    return writeMinutes(minutes, true);
}

Status ResultsService::writeMinutes(const UnitMinutes& minutes, bool keepSources)
{
    QSet<Ballot> held;
    for (const BallotCount& b : minutes.ballots) {
        if (held.contains(b.ballot))
            return Error{ErrorCode::InvalidInput, u"a ballot given twice"_s};
        held.insert(b.ballot);
    }
    storage::Database& database = m_workspace.database();
    storage::WriteTransaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginError();
    if (auto s = refuseWhenLocked(database); !s)
        return s;
    storage::UnitRepository units(database);
    const auto found = units.find(minutes.unit);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, u"election unit %1"_s.arg(minutes.unit.raw())};
    const auto parent = units.hasChildren(minutes.unit);
    if (!parent)
        return parent.error();
    if (parent.value())
        return Error{ErrorCode::InvalidInput, u"minutes for a unit with children"_s};
    ElectionUnit unit = *found.value();
    unit.source = keepSources ? minutes.figuresSource : FigureSource::Manual;
    unit.figures = minutes.figures;
    unit.reportedAt = minutes.reportedAt;
    if (auto s = units.update(unit); !s)
        return s;
    storage::BallotResultRepository results(database);
    if (auto s = results.removeForUnit(minutes.unit); !s)
        return s;
    for (BallotCount b : minutes.ballots) {
        if (!keepSources)
            b.source = FigureSource::Manual;
        if (auto s = results.put(minutes.unit, b); !s)
            return s;
    }
    if (auto s = transaction.commit(); !s)
        return s;
    log::services()->info("minutes of unit {} saved ({} ballots{})", minutes.unit.raw(),
                          minutes.ballots.size(), keepSources ? ", restored" : "");
    return success();
}

Result<ResultsLockState> ResultsService::lockState() const
{
    return storage::BallotResultRepository(m_workspace.database()).lockState();
}

Status ResultsService::lock(const QString& note)
{
    return appendLockEvent(true, normalizedText(note.trimmed()));
}

Status ResultsService::unlock(const QString& reason)
{
    const QString why = normalizedText(reason.trimmed());
    if (why.isEmpty())
        return Error{ErrorCode::InvalidInput, u"unlocking needs a reason"_s};
    return appendLockEvent(false, why);
}

Status ResultsService::appendLockEvent(bool locked, const QString& text)
{
    storage::Database& database = m_workspace.database();
    storage::WriteTransaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginError();
    storage::BallotResultRepository results(database);
    const auto state = results.lockState();
    if (!state)
        return state.error();
    // Locking twice or reopening what is open would only blur the history.
    if (state.value().isLocked() == locked)
        return locked ? Error{ErrorCode::Locked, u"results already official"_s}
                      : Error{ErrorCode::Conflict, u"results are not official"_s};
    if (auto s = results.appendLockEvent(
                {locked, m_workspace.clock().now(), m_workspace.userName(), text});
        !s)
        return s;
    if (auto s = transaction.commit(); !s)
        return s;
    log::services()->info(locked ? "results marked official" : "results unlocked");
    return success();
}

} // namespace ed::services
