#pragma once

#include "core/campaign.h"
#include "core/electionunit.h"
#include "core/ids.h"
#include "core/rowstamp.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ed {

/// Where a nomination stands in Sở Nội vụ's review (law.md §9).
enum class NominationStatus {
    Received,       ///< the dossier arrived (again, after a supplement)
    UnderAppraisal, ///< a clerk appraises it
    Returned,       ///< sent back for a supplement; the appraisal clock stops
    Proposed,       ///< proposed to the Emulation & Reward Council
    Approved,       ///< the Chairman decided the award (or it went on upwards)
    Rejected,       ///< refused, with a reason
};

/// A step of the workflow as the trail records it.
enum class NominationAction {
    Receive,          ///< the nomination is entered or imported
    StartAppraisal,   ///< received → under appraisal
    Return,           ///< received or under appraisal → returned (reason required)
    Resubmit,         ///< returned → received: the supplement arrived, the clock restarts
    Propose,          ///< under appraisal → proposed (a reason when it fails a criterion)
    Approve,          ///< proposed → approved
    Reject,           ///< received, under appraisal or proposed → rejected (reason required)
    RecordDecision,   ///< approved: the decision's number, date and signer
    IssueCertificate, ///< approved with a decision: the certificate was handed over
    Revert,           ///< takes back the nomination's last step (undo); both stay in the trail
};

/// Which appraisal time limit applies (law.md §9, 2021 regime).
enum class AppraisalTrack {
    ProvinceDecides, ///< the province decides, e.g. its Bằng khen (10 days)
    ForwardPrimeMinister, ///< forwarded: BK TTg, Cờ thi đua CP, Huân chương Lao động… (15 days)
    ForwardHigher, ///< forwarded: Huân chương Độc lập and higher, State titles (30 days)
    LocalDecides,  ///< an agency's or district's own Giấy khen (10 days)
};

/// Working days to appraise on one track; configurable data (law.md §9).
struct AppraisalLimit
{
    AppraisalTrack track = AppraisalTrack::ProvinceDecides;
    int workingDays = 10;

    friend bool operator==(const AppraisalLimit&, const AppraisalLimit&) = default;
};

/// The award decision an approved nomination carries.
struct AwardDecision
{
    QString number; ///< "1234/QĐ-UBND"
    QDate date;
    QString signer;

    friend bool operator==(const AwardDecision&, const AwardDecision&) = default;
};

/// One document of the dossier (dossier.h lists which an award form needs).
struct DossierItemState
{
    QString item; ///< "to_trinh", "bao_cao_thanh_tich", …
    bool present = false;
    QString note;

    friend bool operator==(const DossierItemState&, const DossierItemState&) = default;
};

/// The clerk's yes or no on one qualitative condition of the campaign.
struct Judgement
{
    CriterionId criterion;
    bool met = false;
    QString note;
    QString by;
    QDateTime at;

    friend bool operator==(const Judgement&, const Judgement&) = default;
};

/// A collective or an individual proposed for an award of a campaign.
struct Nomination
{
    NominationId id;
    NomineeKind kind = NomineeKind::Collective;
    QString name;
    QString position;  ///< an individual's post
    QString workplace; ///< an individual's agency or unit
    UnitId unit;       ///< the election unit it stands for; ties it to the results
    AgencyId nominatingAgency;
    AwardFormId awardForm;
    CampaignId campaign; ///< the award form's campaign (read, never written)
    /// For a state award: Huân chương Độc lập or higher, a State title, CSTĐ toàn quốc (30 days
    /// instead of 15).
    bool higherStateAward = false;
    QString achievement;
    QDate receivedOn;
    QDate restartedOn; ///< the last resubmission; the appraisal clock counts from it when valid
    NominationStatus status = NominationStatus::Received;
    std::optional<AwardDecision> decision;
    QDate certificateIssuedOn;
    QList<DossierItemState> dossier;
    QList<Judgement> judgements;
    RowStamp stamp; ///< its version and last change, as read

    /// The day the appraisal clock counts from.
    [[nodiscard]] QDate clockStart() const
    {
        return restartedOn.isValid() ? restartedOn : receivedOn;
    }
    friend bool operator==(const Nomination&, const Nomination&) = default;
};

/// One row of the append-only audit trail.
struct NominationEvent
{
    NominationEventId id;
    NominationId nomination;
    QDateTime at;
    QString by;
    NominationAction action = NominationAction::Receive;
    std::optional<NominationStatus> from; ///< none for Receive
    NominationStatus to = NominationStatus::Received;
    QString note;
    bool override = false;                 ///< proposed although it fails a criterion
    QDate on;                              ///< resubmission, decision or certificate date
    NominationEventId reverts;             ///< for Revert: the step taken back
    std::optional<AwardDecision> decision; ///< for RecordDecision

    friend bool operator==(const NominationEvent&, const NominationEvent&) = default;
};

/// Whether the status still waits for a decision: the appraisal clock runs.
[[nodiscard]] constexpr bool isUndecided(NominationStatus status)
{
    return status == NominationStatus::Received || status == NominationStatus::UnderAppraisal
           || status == NominationStatus::Proposed;
}

/// The keys under which two nominations are the same nominee (law.md §10): same kind and name
/// (folded, case-insensitive), and the same election unit, or the same workplace (folded; an
/// empty one only counts when neither has a unit). Nominations that share a key are duplicates.
[[nodiscard]] QStringList nomineeKeys(const Nomination& nomination);

} // namespace ed
