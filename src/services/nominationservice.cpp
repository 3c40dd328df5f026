#include "services/nominationservice.h"

#include "core/clock.h"
#include "core/codes.h"
#include "core/dossier.h"
#include "core/searchkey.h"
#include "core/validation.h"
#include "logging/log.h"
#include "services/nominationderivation.h"
#include "services/workspace.h"
#include "storage/agencyrepository.h"
#include "storage/awardsettingsrepository.h"
#include "storage/campaignrepository.h"
#include "storage/nominationrepository.h"
#include "storage/unitrepository.h"
#include "storage/writetransaction.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::services {

namespace {

QString flag(bool value)
{
    return value ? u"1"_s : u"0"_s;
}

} // namespace

AppraisalTrack appraisalTrack(AwardLevel level, bool higherStateAward)
{
    switch (level) {
    case AwardLevel::State:
        return higherStateAward ? AppraisalTrack::ForwardHigher
                                : AppraisalTrack::ForwardPrimeMinister;
    case AwardLevel::Province: return AppraisalTrack::ProvinceDecides;
    case AwardLevel::DistrictOrAgency: return AppraisalTrack::LocalDecides;
    }
    return AppraisalTrack::ProvinceDecides;
}

QString awardFormImportCode(AwardLevel level)
{
    switch (level) {
    case AwardLevel::State: return u"nha_nuoc"_s;
    case AwardLevel::Province: return u"bang_khen_tinh"_s;
    case AwardLevel::DistrictOrAgency: return u"giay_khen"_s;
    }
    return {};
}

std::optional<AwardLevel> awardLevelFromImportCode(const QString& code)
{
    for (AwardLevel level :
         {AwardLevel::State, AwardLevel::Province, AwardLevel::DistrictOrAgency}) {
        if (awardFormImportCode(level) == code)
            return level;
    }
    return std::nullopt;
}

Result<NominationChoices> NominationService::choices() const
{
    storage::Database& database = m_workspace.database();
    NominationChoices choices;
    auto campaigns = storage::CampaignRepository(database).all();
    if (!campaigns)
        return campaigns.error();
    choices.campaigns = campaigns.value();
    auto agencies = storage::AgencyRepository(database).all();
    if (!agencies)
        return agencies.error();
    choices.agencies = agencies.value();
    auto units = storage::UnitRepository(database).all();
    if (!units)
        return units.error();
    choices.units = units.value();
    std::ranges::sort(choices.units, {}, &ElectionUnit::code);
    return choices;
}

Result<QList<NominationRow>> NominationService::list() const
{
    return detail::deriveAllRows(m_workspace.database(), m_workspace.clock().today());
}

Result<QList<NominationRow>> NominationService::rows(const QList<NominationId>& ids) const
{
    return detail::deriveRows(m_workspace.database(), m_workspace.clock().today(), ids);
}

Result<NominationRow> NominationService::row(NominationId id) const
{
    auto found = rows({id});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error{ErrorCode::NotFound, u"nomination %1"_s.arg(id.raw())};
    return found.value().first();
}

Result<QList<NominationEvent>> NominationService::history(NominationId id) const
{
    return storage::NominationRepository(m_workspace.database()).events(id);
}

TextTable NominationService::listTable(const QList<NominationRow>& rows)
{
    TextTable table{{u"id"_s, u"nominee_kind"_s, u"nominee_name"_s, u"unit_code"_s, u"award_form"_s,
                     u"status"_s, u"eligible"_s, u"failed_criteria"_s, u"duplicate"_s,
                     u"appraisal_due"_s, u"overdue"_s},
                    {}};
    for (const NominationRow& r : rows) {
        const auto eligible = r.eligibility.measurableEligible();
        table.rows << QStringList{QString::number(r.nomination.id.raw()),
                                  toCode(r.nomination.kind),
                                  r.nomination.name,
                                  r.unitCode,
                                  awardFormImportCode(r.awardForm.level),
                                  toCode(r.nomination.status),
                                  eligible ? flag(*eligible) : QString(),
                                  r.eligibility.failedCriteria().join(u';'),
                                  flag(!r.duplicates.isEmpty()),
                                  r.appraisalDue.toString(Qt::ISODate),
                                  flag(r.overdue)};
    }
    return table;
}

Result<NominationId> NominationService::add(const Nomination& nomination, const QString& by)
{
    auto ids = addAll({nomination}, by);
    if (!ids)
        return ids.error();
    return ids.value().first();
}

Result<QList<NominationId>> NominationService::addAll(const QList<Nomination>& nominations,
                                                      const QString& by)
{
    const QDate today = m_workspace.clock().today();
    for (const Nomination& n : nominations) {
        const QList<FieldProblem> problems = checkNomination(n, today);
        if (!problems.isEmpty())
            return Error{ErrorCode::InvalidInput, u"nomination: %1"_s.arg(problems.first().field)};
    }
    storage::Database& database = m_workspace.database();
    storage::WriteTransaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginError();
    storage::NominationRepository repository(database); // one set of prepared statements
    NominationEvent received;
    received.at = m_workspace.clock().now();
    received.by = by.isEmpty() ? m_workspace.userName() : by;
    received.action = NominationAction::Receive;
    received.to = NominationStatus::Received;
    QList<NominationId> ids;
    ids.reserve(nominations.size());
    for (const Nomination& nomination : nominations) {
        Nomination stored = nomination;
        stored.status = NominationStatus::Received;
        stored.restartedOn = QDate();
        stored.decision.reset();
        stored.certificateIssuedOn = QDate();
        const auto id = repository.add(stored);
        if (!id)
            return id.error();
        if (!nomination.dossier.isEmpty()) {
            if (auto s = repository.setDossier(id.value(), nomination.dossier); !s)
                return s.error();
        }
        received.nomination = id.value();
        received.on = nomination.receivedOn;
        if (auto event = repository.appendEvent(received); !event)
            return event.error();
        ids << id.value();
    }
    if (auto s = detail::refreshQueueRows(database, today, ids); !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return ids;
}

RowStamp NominationService::change(qint64 seenVersion) const
{
    return RowStamp{seenVersion, m_workspace.userName(), m_workspace.clock().now()};
}

Result<RowStamp> NominationService::stamp(NominationId id) const
{
    const auto found = storage::NominationRepository(m_workspace.database()).find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, u"nomination %1"_s.arg(id.raw())};
    return found.value()->stamp;
}

Result<RowStamp> NominationService::update(const Nomination& nomination)
{
    const QList<FieldProblem> problems = checkNomination(nomination, m_workspace.clock().today());
    if (!problems.isEmpty())
        return Error{ErrorCode::InvalidInput, u"nomination: %1"_s.arg(problems.first().field)};
    storage::Database& database = m_workspace.database();
    storage::WriteTransaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginError();
    storage::NominationRepository repository(database);
    const auto stored = repository.find(nomination.id);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return Error{ErrorCode::NotFound, u"nomination %1"_s.arg(nomination.id.raw())};
    const auto stamp = repository.claim(nomination.id, change(nomination.stamp.version));
    if (!stamp)
        return stamp.error();
    if (nomination.restartedOn.isValid() || stored.value()->restartedOn.isValid()) {
        if (nomination.receivedOn > stored.value()->clockStart())
            return Error{ErrorCode::InvalidInput, u"received after the resubmission"_s};
    }
    if (auto s = repository.updateDetails(nomination); !s)
        return s.error();
    // The nominee's former namesakes may no longer be duplicates of it.
    if (auto s = detail::refreshQueueRows(database, m_workspace.clock().today(), {nomination.id},
                                          {searchKey(stored.value()->name)});
        !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return stamp;
}

Result<RowStamp> NominationService::setDossier(NominationId id,
                                               const QList<DossierItemState>& checklist,
                                               qint64 seenVersion)
{
    storage::Database& database = m_workspace.database();
    storage::WriteTransaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginError();
    storage::NominationRepository repository(database);
    const auto stored = repository.find(id);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return Error{ErrorCode::NotFound, u"nomination %1"_s.arg(id.raw())};
    const auto forms = storage::CampaignRepository(database).all();
    if (!forms)
        return forms.error();
    AwardLevel level = AwardLevel::Province;
    for (const Campaign& c : forms.value()) {
        for (const AwardForm& f : c.awardForms) {
            if (f.id == stored.value()->awardForm)
                level = f.level;
        }
    }
    const QStringList items = dossierItems(level, stored.value()->higherStateAward);
    for (const DossierItemState& item : checklist) {
        if (!items.contains(item.item))
            return Error{ErrorCode::InvalidInput, u"dossier item %1"_s.arg(item.item)};
    }
    const auto stamp = repository.claim(id, change(seenVersion));
    if (!stamp)
        return stamp.error();
    if (auto s = repository.setDossier(id, checklist); !s)
        return s.error();
    if (auto s = detail::refreshQueueRows(database, m_workspace.clock().today(), {id}); !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return stamp;
}

Result<RowStamp> NominationService::setJudgement(NominationId id,
                                                 CriterionId criterion,
                                                 std::optional<bool> met,
                                                 const QString& note,
                                                 qint64 seenVersion)
{
    storage::Database& database = m_workspace.database();
    storage::WriteTransaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginError();
    storage::NominationRepository repository(database);
    const auto stamp = repository.claim(id, change(seenVersion));
    if (!stamp)
        return stamp.error();
    const Status changed = met ? repository.putJudgement(id, Judgement{criterion, *met, note,
                                                                       m_workspace.userName(),
                                                                       m_workspace.clock().now()})
                               : repository.removeJudgement(id, criterion);
    if (!changed)
        return changed.error();
    if (auto s = detail::refreshQueueRows(database, m_workspace.clock().today(), {id}); !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return stamp;
}

Result<QList<DecisionSummary>> NominationService::decisions() const
{
    // Only the decided nominations, and only their money: no eligibility to evaluate.
    storage::Database& database = m_workspace.database();
    const auto decided = storage::NominationRepository(database).decided();
    if (!decided)
        return decided.error();
    const auto campaigns = storage::CampaignRepository(database).all();
    if (!campaigns)
        return campaigns.error();
    QHash<AwardFormId, AwardLevel> levels;
    for (const Campaign& c : campaigns.value()) {
        for (const AwardForm& f : c.awardForms)
            levels.insert(f.id, f.level);
    }
    const auto money = storage::AwardSettingsRepository(database).moneyTables();
    if (!money)
        return money.error();
    QList<DecisionSummary> summaries;
    for (const Nomination& n : decided.value()) {
        if (!n.decision)
            continue;
        const AwardDecision& d = *n.decision;
        auto it = std::ranges::find(summaries, d, &DecisionSummary::decision);
        if (it == summaries.end()) {
            summaries << DecisionSummary{d, 0, 0, 0};
            it = summaries.end() - 1;
        }
        ++it->nominations;
        const auto amount = awardAmount(money.value(), levels.value(n.awardForm), n.kind, d.date);
        if (amount)
            it->total += *amount;
        else
            ++it->withoutAmount;
    }
    std::ranges::sort(summaries, [](const DecisionSummary& a, const DecisionSummary& b) {
        return std::tie(a.decision.date, a.decision.number)
               < std::tie(b.decision.date, b.decision.number);
    });
    return summaries;
}

Result<AwardSettings> NominationService::awardSettings() const
{
    AwardSettings settings;
    auto holidays = this->holidays();
    if (!holidays)
        return holidays.error();
    settings.holidays = holidays.value();
    auto limits = this->limits();
    if (!limits)
        return limits.error();
    settings.limits = limits.value();
    auto money = moneyTables();
    if (!money)
        return money.error();
    settings.money = money.value();
    return settings;
}

Status NominationService::setAwardSettings(const AwardSettings& settings)
{
    storage::WriteTransaction transaction(m_workspace.database());
    if (!transaction.isActive())
        return transaction.beginError();
    if (auto s = setHolidays(settings.holidays); !s)
        return s;
    if (auto s = setLimits(settings.limits); !s)
        return s;
    if (auto s = setMoneyTables(settings.money); !s)
        return s;
    return transaction.commit();
}

Result<QList<PublicHoliday>> NominationService::holidays() const
{
    return storage::AwardSettingsRepository(m_workspace.database()).holidays();
}

Status NominationService::setHolidays(const QList<PublicHoliday>& holidays)
{
    for (const PublicHoliday& h : holidays) {
        if (!h.date.isValid() || h.name.trimmed().isEmpty())
            return Error{ErrorCode::InvalidInput, u"holiday"_s};
    }
    return storage::AwardSettingsRepository(m_workspace.database()).setHolidays(holidays);
}

Result<QList<AppraisalLimit>> NominationService::limits() const
{
    return storage::AwardSettingsRepository(m_workspace.database()).limits();
}

Status NominationService::setLimits(const QList<AppraisalLimit>& limits)
{
    for (const AppraisalLimit& l : limits) {
        if (l.workingDays < 1 || l.workingDays > 365)
            return Error{ErrorCode::InvalidInput, u"appraisal limit %1"_s.arg(l.workingDays)};
    }
    return storage::AwardSettingsRepository(m_workspace.database()).setLimits(limits);
}

Result<AwardMoneyTables> NominationService::moneyTables() const
{
    return storage::AwardSettingsRepository(m_workspace.database()).moneyTables();
}

Status NominationService::setMoneyTables(const AwardMoneyTables& tables)
{
    return storage::AwardSettingsRepository(m_workspace.database()).setMoneyTables(tables);
}

} // namespace ed::services
