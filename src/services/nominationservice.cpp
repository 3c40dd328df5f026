#include "services/nominationservice.h"

#include "core/clock.h"
#include "core/codes.h"
#include "core/dossier.h"
#include "core/validation.h"
#include "logging/log.h"
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

/// Everything a row is computed from, read once for the whole list.
struct RowContext
{
    QDate today;
    QHash<CampaignId, Campaign> campaigns;
    QHash<AwardFormId, AwardForm> forms;
    QHash<AgencyId, Agency> agencies;
    QHash<UnitId, ElectionUnit> units;
    QHash<CampaignId, QHash<UnitId, UnitEvaluation>> evaluations;
    WorkingCalendar calendar;
    QHash<AppraisalTrack, int> limits;
    AwardMoneyTables money;
};

Result<RowContext> readContext(storage::Database& database, QDate today)
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
    const auto units = storage::UnitRepository(database).all();
    if (!units)
        return units.error();
    for (const ElectionUnit& u : units.value())
        context.units.insert(u.id, u);
    if (!units.value().isEmpty()) {
        const auto ballots = storage::BallotResultRepository(database).all();
        if (!ballots)
            return ballots.error();
        for (const Campaign& c : campaigns.value()) {
            QHash<UnitId, UnitEvaluation>& byUnit = context.evaluations[c.id];
            for (const UnitEvaluation& e :
                 evaluate(units.value(), ballots.value(), measuredCriteria(c.criteria)))
                byUnit.insert(e.unit.id, e);
        }
    }
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

/// Nominations of one campaign that share a nominee key, by nomination.
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

NominationRow buildRow(const Nomination& n, const RowContext& context)
{
    NominationRow row;
    row.nomination = n;
    row.awardForm = context.forms.value(n.awardForm);
    const Agency agency = context.agencies.value(n.nominatingAgency);
    row.agencyName = agency.name;
    row.agencyAbbreviation = agency.abbreviation;
    if (n.unit.isValid()) {
        const ElectionUnit unit = context.units.value(n.unit);
        row.unitCode = unit.code;
        row.unitName = unit.name;
    }
    const Campaign campaign = context.campaigns.value(n.campaign);
    const auto evaluations = context.evaluations.constFind(n.campaign);
    const UnitEvaluation* unit = nullptr;
    if (n.unit.isValid() && evaluations != context.evaluations.cend()) {
        if (const auto it = evaluations->constFind(n.unit); it != evaluations->cend())
            unit = &*it;
    }
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
    storage::Database& database = m_workspace.database();
    const auto nominations = storage::NominationRepository(database).all();
    if (!nominations)
        return nominations.error();
    const auto context = readContext(database, m_workspace.clock().today());
    if (!context)
        return context.error();
    const auto duplicates = findDuplicates(nominations.value());
    QList<NominationRow> rows;
    rows.reserve(nominations.value().size());
    for (const Nomination& n : nominations.value()) {
        rows << buildRow(n, context.value());
        rows.last().duplicates = duplicates.value(n.id);
    }
    return rows;
}

Result<NominationRow> NominationService::row(NominationId id) const
{
    auto rows = list();
    if (!rows)
        return rows.error();
    const auto it = std::ranges::find(rows.value(), id,
                                      [](const NominationRow& r) { return r.nomination.id; });
    if (it == rows.value().end())
        return Error{ErrorCode::NotFound, u"nomination %1"_s.arg(id.raw())};
    return *it;
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
    if (auto s = transaction.commit(); !s)
        return s.error();
    return ids;
}

Status NominationService::update(const Nomination& nomination)
{
    const QList<FieldProblem> problems = checkNomination(nomination, m_workspace.clock().today());
    if (!problems.isEmpty())
        return Error{ErrorCode::InvalidInput, u"nomination: %1"_s.arg(problems.first().field)};
    storage::Database& database = m_workspace.database();
    storage::WriteTransaction transaction(database);
    storage::NominationRepository repository(database);
    const auto stored = repository.find(nomination.id);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return Error{ErrorCode::NotFound, u"nomination %1"_s.arg(nomination.id.raw())};
    if (nomination.restartedOn.isValid() || stored.value()->restartedOn.isValid()) {
        if (nomination.receivedOn > stored.value()->clockStart())
            return Error{ErrorCode::InvalidInput, u"received after the resubmission"_s};
    }
    if (auto s = repository.updateDetails(nomination); !s)
        return s;
    return transaction.commit();
}

Status NominationService::setDossier(NominationId id, const QList<DossierItemState>& checklist)
{
    storage::Database& database = m_workspace.database();
    storage::WriteTransaction transaction(database);
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
    if (auto s = repository.setDossier(id, checklist); !s)
        return s;
    return transaction.commit();
}

Status NominationService::setJudgement(NominationId id,
                                       CriterionId criterion,
                                       std::optional<bool> met,
                                       const QString& note)
{
    storage::NominationRepository repository(m_workspace.database());
    if (!met)
        return repository.removeJudgement(id, criterion);
    return repository.putJudgement(id, Judgement{criterion, *met, note, m_workspace.userName(),
                                                 m_workspace.clock().now()});
}

Result<QList<DecisionSummary>> NominationService::decisions() const
{
    auto rows = list();
    if (!rows)
        return rows.error();
    QList<DecisionSummary> summaries;
    for (const NominationRow& r : rows.value()) {
        if (!r.nomination.decision)
            continue;
        const AwardDecision& d = *r.nomination.decision;
        auto it = std::ranges::find(summaries, d, &DecisionSummary::decision);
        if (it == summaries.end()) {
            summaries << DecisionSummary{d, 0, 0, 0};
            it = summaries.end() - 1;
        }
        ++it->nominations;
        if (r.awardMoney)
            it->total += *r.awardMoney;
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
