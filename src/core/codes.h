#pragma once

#include "core/agency.h"
#include "core/campaign.h"
#include "core/deadline.h"
#include "core/electionunit.h"
#include "core/letterhead.h"
#include "core/meeting.h"
#include "core/nomination.h"
#include "core/plan.h"
#include "core/task.h"

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace ed {

/// The stable text code of each enum value: what the database and the demo files store, so a
/// reordered enum never changes the meaning of stored rows. One table per enum below.
template <typename E>
struct EnumCodes;

#define ED_ENUM_CODES(Enum, ...)                                                                   \
    template <>                                                                                    \
    struct EnumCodes<Enum>                                                                         \
    {                                                                                              \
        static constexpr auto table = std::to_array<std::pair<Enum, const char*>>({__VA_ARGS__});  \
    }

ED_ENUM_CODES(AgencyLevel,
              {AgencyLevel::Central, "central"},
              {AgencyLevel::Province, "province"},
              {AgencyLevel::District, "district"},
              {AgencyLevel::Commune, "commune"});
ED_ENUM_CODES(AgencyKind,
              {AgencyKind::Party, "party"},
              {AgencyKind::State, "state"},
              {AgencyKind::Front, "front"},
              {AgencyKind::ElectionBody, "election"},
              {AgencyKind::Other, "other"});
ED_ENUM_CODES(DocumentKind, {DocumentKind::State, "state"}, {DocumentKind::Party, "party"});
ED_ENUM_CODES(SigningFormula,
              {SigningFormula::None, ""},
              {SigningFormula::OnBehalf, "TM."},
              {SigningFormula::Deputy, "KT."},
              {SigningFormula::ByOrder, "TL."},
              {SigningFormula::Authorised, "TUQ."},
              {SigningFormula::Acting, "Q."});
ED_ENUM_CODES(ReportKind,
              {ReportKind::Meetings, "meetings"},
              {ReportKind::Tasks, "tasks"},
              {ReportKind::Nominations, "nominations"},
              {ReportKind::Results, "results"});
ED_ENUM_CODES(DeadlineKind,
              {DeadlineKind::OnDate, "on_date"},
              {DeadlineKind::NoLaterThan, "no_later_than"},
              {DeadlineKind::StrictlyBefore, "before"},
              {DeadlineKind::Window, "window"},
              {DeadlineKind::WeekOfMonth, "week_of_month"},
              {DeadlineKind::OnRequest, "on_request"},
              {DeadlineKind::ElectionOffset, "election_offset"});
ED_ENUM_CODES(AgencyRole,
              {AgencyRole::Lead, "lead"},
              {AgencyRole::Staff, "staff"},
              {AgencyRole::Coordinating, "coordinating"},
              {AgencyRole::Reporting, "reporting"});
ED_ENUM_CODES(MeetingStatus,
              {MeetingStatus::Planned, "planned"},
              {MeetingStatus::MaterialsSubmitted, "materials_submitted"},
              {MeetingStatus::Held, "held"},
              {MeetingStatus::Postponed, "postponed"},
              {MeetingStatus::Cancelled, "cancelled"});
ED_ENUM_CODES(MilestoneRelation,
              {MilestoneRelation::After, "after"},
              {MilestoneRelation::Before, "before"});
ED_ENUM_CODES(ElectionRegime,
              {ElectionRegime::Law2015, "law_2015"},
              {ElectionRegime::Law2025, "law_2025"});
ED_ENUM_CODES(TaskStatus,
              {TaskStatus::Open, "open"},
              {TaskStatus::InProgress, "in_progress"},
              {TaskStatus::Done, "done"},
              {TaskStatus::Cancelled, "cancelled"});
ED_ENUM_CODES(InspectionMode,
              {InspectionMode::Inspected, "inspected"},
              {InspectionMode::SelfInspects, "self_inspects"});
ED_ENUM_CODES(NomineeKind,
              {NomineeKind::Collective, "collective"},
              {NomineeKind::Individual, "individual"});
ED_ENUM_CODES(Applicability,
              {Applicability::Collective, "collective"},
              {Applicability::Individual, "individual"},
              {Applicability::Both, "both"});
ED_ENUM_CODES(AwardLevel,
              {AwardLevel::State, "state"},
              {AwardLevel::Province, "province"},
              {AwardLevel::DistrictOrAgency, "district_or_agency"});
ED_ENUM_CODES(NominationStatus,
              {NominationStatus::Received, "received"},
              {NominationStatus::UnderAppraisal, "under_appraisal"},
              {NominationStatus::Returned, "returned"},
              {NominationStatus::Proposed, "proposed"},
              {NominationStatus::Approved, "approved"},
              {NominationStatus::Rejected, "rejected"});
ED_ENUM_CODES(NominationAction,
              {NominationAction::Receive, "receive"},
              {NominationAction::StartAppraisal, "appraise"},
              {NominationAction::Return, "return"},
              {NominationAction::Resubmit, "resubmit"},
              {NominationAction::Propose, "propose"},
              {NominationAction::Approve, "approve"},
              {NominationAction::Reject, "reject"},
              {NominationAction::RecordDecision, "decision"},
              {NominationAction::IssueCertificate, "certificate"},
              {NominationAction::Revert, "revert"});
ED_ENUM_CODES(AppraisalTrack,
              {AppraisalTrack::ProvinceDecides, "province"},
              {AppraisalTrack::ForwardPrimeMinister, "prime_minister"},
              {AppraisalTrack::ForwardHigher, "higher_state"},
              {AppraisalTrack::LocalDecides, "local"});
ED_ENUM_CODES(Comparison,
              {Comparison::AtLeast, "ge"},
              {Comparison::Above, "gt"},
              {Comparison::AtMost, "le"},
              {Comparison::Below, "lt"},
              {Comparison::NoneAllowed, "none"},
              {Comparison::Judgement, "judgement"});
ED_ENUM_CODES(UnitLevel,
              {UnitLevel::Province, "province"},
              {UnitLevel::District, "district"},
              {UnitLevel::Commune, "commune"},
              {UnitLevel::Area, "area"});
ED_ENUM_CODES(Ballot,
              {Ballot::NationalAssembly, "na"},
              {Ballot::Province, "province"},
              {Ballot::District, "district"},
              {Ballot::Commune, "commune"});
ED_ENUM_CODES(FigureSource, {FigureSource::Import, "import"}, {FigureSource::Manual, "manual"});

#undef ED_ENUM_CODES

template <typename E>
[[nodiscard]] QString toCode(E value)
{
    for (const auto& [v, code] : EnumCodes<E>::table) {
        if (v == value)
            return QString::fromUtf8(code);
    }
    return {};
}

template <typename E>
[[nodiscard]] std::optional<E> fromCode(QStringView code)
{
    for (const auto& [v, c] : EnumCodes<E>::table) {
        if (code == QLatin1StringView(c))
            return v;
    }
    return std::nullopt;
}

/// fromCode() for code text read as Latin-1 bytes (codes are ASCII), without a QString.
template <typename E>
[[nodiscard]] std::optional<E> fromCode(QLatin1StringView code)
{
    for (const auto& [v, c] : EnumCodes<E>::table) {
        if (code == QLatin1StringView(c))
            return v;
    }
    return std::nullopt;
}

/// The codes an enum accepts, for messages that say what to write instead.
template <typename E>
[[nodiscard]] QString codeList()
{
    QString list;
    for (const auto& entry : EnumCodes<E>::table) {
        if (!list.isEmpty())
            list += u", ";
        list += QString::fromUtf8(entry.second);
    }
    return list;
}

} // namespace ed
