#include "core/eligibility.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace ed {
namespace {

Criterion criterion(qint64 id,
                    const QString& code,
                    Comparison op,
                    Ratio threshold,
                    Applicability appliesTo = Applicability::Both)
{
    Criterion c;
    c.id = CriterionId(id);
    c.code = code;
    c.label = code;
    c.measurable = op != Comparison::Judgement;
    c.comparison = op;
    c.threshold = threshold;
    c.appliesTo = appliesTo;
    return c;
}

/// 508/KH-UBND's conditions: four measurable, two qualitative (one for collectives only).
QList<Criterion> planCriteria()
{
    return {criterion(1, u"turnout"_s, Comparison::AtLeast, {999, 1000}),
            criterion(2, u"law_study"_s, Comparison::AtLeast, {19, 20}),
            criterion(3, u"invalid_ballots"_s, Comparison::Below, {1, 500}),
            criterion(4, u"no_revote"_s, Comparison::NoneAllowed, {0, 1}),
            criterion(5, u"q1"_s, Comparison::Judgement, {}),
            criterion(6, u"q2"_s, Comparison::Judgement, {}, Applicability::Collective)};
}

struct Figures
{
    qint64 registered = 10'000;
    qint64 voted = 9'990;   // exactly 99,90 %
    qint64 studied = 9'500; // exactly 95 %
    qint64 received = 9'990;
    qint64 invalid = 19; // 0,19 %: below 0,2 %
    bool revote = false;
    bool reported = true;
};

/// One polling area (id 1) with these figures, evaluated against the plan.
UnitEvaluation area(const Figures& f)
{
    ElectionUnit u;
    u.id = UnitId(1);
    u.code = u"K1"_s;
    u.level = UnitLevel::Area;
    QHash<UnitId, QList<BallotCount>> ballots;
    if (f.reported) {
        u.figures = VoterFigures{f.registered, f.voted, f.studied};
        BallotCount b;
        b.issued = f.received;
        b.received = f.received;
        b.invalid = f.invalid;
        b.valid = f.received - f.invalid;
        b.revote = f.revote;
        ballots[u.id] = {b};
    }
    return evaluate({u}, ballots, measuredCriteria(planCriteria())).first();
}

Nomination tied(NomineeKind kind = NomineeKind::Collective)
{
    Nomination n;
    n.kind = kind;
    n.unit = UnitId(1);
    return n;
}

Eligibility assess(const Figures& f, const Nomination& n = tied())
{
    const UnitEvaluation unit = area(f);
    return assessEligibility(n, planCriteria(), &unit);
}

TEST(EligibilityTest, ExactlyOnEveryLinePasses)
{
    const Eligibility e = assess({});
    ASSERT_EQ(e.measured.size(), 4);
    EXPECT_EQ(e.measurableEligible(), true);
    EXPECT_TRUE(e.failedCriteria().isEmpty());
    EXPECT_EQ(e.measured[0].measure->basisPoints, 9990);
}

TEST(EligibilityTest, OneVoterOrBallotOffEachLineFailsThatCriterionOnly)
{
    Figures turnout;
    turnout.voted = 9'989; // 99,89 %
    turnout.received = 9'989;
    EXPECT_EQ(assess(turnout).failedCriteria(), QStringList{u"turnout"_s});
    EXPECT_EQ(assess(turnout).measurableEligible(), false);

    Figures study;
    study.studied = 9'499;
    EXPECT_EQ(assess(study).failedCriteria(), QStringList{u"law_study"_s});

    Figures invalid;
    invalid.received = 10'000;
    invalid.invalid = 20; // exactly 0,2 %: not below
    EXPECT_EQ(assess(invalid).failedCriteria(), QStringList{u"invalid_ballots"_s});

    Figures revote;
    revote.revote = true;
    EXPECT_EQ(assess(revote).failedCriteria(), QStringList{u"no_revote"_s});
}

TEST(EligibilityTest, FailingCriteriaComeInTheFixedOrder)
{
    Figures all;
    all.voted = 9'000;
    all.studied = 100;
    all.received = 9'000;
    all.invalid = 900;
    all.revote = true;
    EXPECT_EQ(assess(all).failedCriteria(),
              (QStringList{u"turnout"_s, u"law_study"_s, u"invalid_ballots"_s, u"no_revote"_s}));
}

TEST(EligibilityTest, NoVotersIsNotComputableAndFails)
{
    Figures empty;
    empty.registered = 0;
    empty.voted = 0;
    empty.studied = 0;
    empty.received = 0;
    empty.invalid = 0;
    const Eligibility e = assess(empty);
    EXPECT_EQ(e.measured[0].outcome, CriterionOutcome::NotComputable);
    EXPECT_TRUE(e.failedCriteria().contains(u"turnout"_s));
    EXPECT_EQ(e.measurableEligible(), false);
}

TEST(EligibilityTest, AnUnreportedUnitIsNotEligible)
{
    Figures missing;
    missing.reported = false;
    const Eligibility e = assess(missing);
    EXPECT_TRUE(e.unitIncomplete());
    EXPECT_EQ(e.measurableEligible(), false);
    EXPECT_TRUE(e.flagged());
}

TEST(EligibilityTest, WithoutAUnitTheMeasurableCriteriaDoNotApply)
{
    Nomination n;
    const Eligibility e = assessEligibility(n, planCriteria(), nullptr);
    EXPECT_FALSE(e.tiedToUnit);
    EXPECT_TRUE(e.measured.isEmpty());
    EXPECT_EQ(e.measurableEligible(), std::nullopt);
    EXPECT_FALSE(e.flagged());
    EXPECT_EQ(e.judged.size(), 2);
}

TEST(EligibilityTest, ApplicabilityFollowsTheNomineeKind)
{
    QList<Criterion> criteria = planCriteria();
    criteria[0].appliesTo = Applicability::Collective; // turnout for collectives only
    Figures turnout;
    turnout.voted = 9'989;
    turnout.received = 9'989;
    const UnitEvaluation unit = area(turnout);
    const Eligibility person = assessEligibility(tied(NomineeKind::Individual), criteria, &unit);
    EXPECT_EQ(person.measured.size(), 3);
    EXPECT_EQ(person.measurableEligible(), true);
    EXPECT_EQ(person.judged.size(), 1); // q2 is for collectives
    const Eligibility commune = assessEligibility(tied(), criteria, &unit);
    EXPECT_EQ(commune.failedCriteria(), QStringList{u"turnout"_s});
}

TEST(EligibilityTest, JudgementsFlagWhenNotMet)
{
    Nomination n = tied();
    n.judgements = {Judgement{CriterionId(5), true, {}, u"clerk"_s, {}},
                    Judgement{CriterionId(6), false, u"chậm triển khai"_s, u"clerk"_s, {}}};
    const UnitEvaluation unit = area({});
    const Eligibility e = assessEligibility(n, planCriteria(), &unit);
    EXPECT_EQ(e.measurableEligible(), true);
    EXPECT_EQ(e.judged[0].outcome, CriterionOutcome::Pass);
    EXPECT_EQ(e.judged[1].outcome, CriterionOutcome::Fail);
    EXPECT_EQ(e.judged[1].judgement->note, u"chậm triển khai"_s);
    EXPECT_TRUE(e.flagged());
    EXPECT_EQ(e.notJudged(), 0);

    n.judgements.removeLast();
    EXPECT_FALSE(assessEligibility(n, planCriteria(), &unit).flagged());
    EXPECT_EQ(assessEligibility(n, planCriteria(), &unit).notJudged(), 1);
}

} // namespace
} // namespace ed
