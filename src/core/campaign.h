#pragma once

#include "core/ids.h"
#include "core/ratio.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ed {

enum class NomineeKind { Collective, Individual };
enum class Applicability { Collective, Individual, Both };
enum class AwardLevel { State, Province, DistrictOrAgency };

struct ParticipantKind
{
    NomineeKind nomineeKind = NomineeKind::Collective;
    QString label;

    friend bool operator==(const ParticipantKind&, const ParticipantKind&) = default;
};

struct GoalArea
{
    QString code;
    QString title;
    QString goals;

    friend bool operator==(const GoalArea&, const GoalArea&) = default;
};

struct CampaignContent
{
    QString code;
    QString text;

    friend bool operator==(const CampaignContent&, const CampaignContent&) = default;
};

struct AwardForm
{
    AwardFormId id;
    QString code;          ///< "provincial_bang_khen"
    QString printedNumber; ///< "3.2", "3.2-bis" for the duplicated number
    QString nameAsWritten;
    QString usualName;
    AwardLevel level = AwardLevel::Province;
    QString decidedBy;
    QString note;

    friend bool operator==(const AwardForm&, const AwardForm&) = default;
};

/// An award condition stored as data. Measurable criteria carry an exact threshold; the
/// qualitative ones are a reviewer's yes or no (Comparison::Judgement).
struct Criterion
{
    CriterionId id;
    QString code; ///< "turnout", "law_study", "invalid_ballots", "no_revote", "q1", ...
    QString label;
    bool measurable = false;
    Comparison comparison = Comparison::Judgement;
    Ratio threshold; ///< meaningful for AtLeast/Above/AtMost/Below
    Applicability appliesTo = Applicability::Both;

    friend bool operator==(const Criterion&, const Criterion&) = default;
};

/// The special emulation campaign of a plan: who competes, for what, and how it is rewarded.
struct Campaign
{
    CampaignId id;
    PlanId plan;
    QString theme;
    QDate startsOn;
    QDate endsOn;     ///< invalid while the end is an event that has not happened
    QString endEvent; ///< "đến ngày bầu cử xong và hoàn tất các thủ tục báo cáo"
    QList<ParticipantKind> participantKinds;
    QList<GoalArea> goalAreas;
    QList<CampaignContent> contents;
    QList<AwardForm> awardForms;
    QList<Criterion> criteria;

    friend bool operator==(const Campaign&, const Campaign&) = default;
};

} // namespace ed
