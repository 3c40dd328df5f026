#include "core/eligibility.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed {

namespace {

bool appliesTo(const Criterion& criterion, NomineeKind kind)
{
    switch (criterion.appliesTo) {
    case Applicability::Both: return true;
    case Applicability::Collective: return kind == NomineeKind::Collective;
    case Applicability::Individual: return kind == NomineeKind::Individual;
    }
    return true;
}

const Measure* measureFor(const UnitEvaluation& unit, const QString& code)
{
    if (code == u"turnout"_s)
        return &unit.turnout;
    if (code == u"law_study"_s)
        return &unit.lawStudy;
    if (code == u"invalid_ballots"_s)
        return &unit.invalid;
    if (code == u"no_revote"_s)
        return &unit.noRevote;
    return nullptr;
}

CriterionCheck measuredCheck(const Criterion& criterion, const UnitEvaluation* unit)
{
    CriterionCheck check{criterion, CriterionOutcome::NotComputable, std::nullopt, std::nullopt};
    const Measure* measure = unit ? measureFor(*unit, criterion.code) : nullptr;
    if (!measure)
        return check;
    check.measure = *measure;
    if (measure->computable)
        check.outcome = measure->ok ? CriterionOutcome::Pass : CriterionOutcome::Fail;
    return check;
}

} // namespace

const QStringList& measuredCriterionCodes()
{
    static const QStringList codes{u"turnout"_s, u"law_study"_s, u"invalid_ballots"_s,
                                   u"no_revote"_s};
    return codes;
}

std::optional<bool> Eligibility::measurableEligible() const
{
    if (!tiedToUnit || measured.isEmpty())
        return std::nullopt;
    return !unitIncomplete()
           && std::ranges::none_of(measured, [](const CriterionCheck& c) { return c.failing(); });
}

QStringList Eligibility::failedCriteria() const
{
    QStringList codes;
    for (const CriterionCheck& c : measured) {
        if (c.failing())
            codes << c.criterion.code;
    }
    return codes;
}

bool Eligibility::unitIncomplete() const
{
    return tiedToUnit && (!unit || !unit->totals.allReported());
}

bool Eligibility::flagged() const
{
    return measurableEligible() == false
           || std::ranges::any_of(judged, [](const CriterionCheck& c) { return c.failing(); });
}

int Eligibility::notJudged() const
{
    return int(std::ranges::count(judged, CriterionOutcome::NotJudged, &CriterionCheck::outcome));
}

Eligibility assessEligibility(const Nomination& nomination,
                              const QList<Criterion>& criteria,
                              const UnitEvaluation* unit)
{
    Eligibility result;
    result.tiedToUnit = nomination.unit.isValid();
    if (result.tiedToUnit && unit)
        result.unit = *unit;
    for (const QString& code : measuredCriterionCodes()) {
        const auto it = std::ranges::find(criteria, code, &Criterion::code);
        if (result.tiedToUnit && it != criteria.end() && it->measurable
            && appliesTo(*it, nomination.kind))
            result.measured << measuredCheck(*it, unit);
    }
    for (const Criterion& criterion : criteria) {
        if (criterion.measurable || !appliesTo(criterion, nomination.kind))
            continue;
        CriterionCheck check{criterion, CriterionOutcome::NotJudged, std::nullopt, std::nullopt};
        const auto judged =
                std::ranges::find(nomination.judgements, criterion.id, &Judgement::criterion);
        if (judged != nomination.judgements.end()) {
            check.judgement = *judged;
            check.outcome = judged->met ? CriterionOutcome::Pass : CriterionOutcome::Fail;
        }
        result.judged << check;
    }
    return result;
}

} // namespace ed
