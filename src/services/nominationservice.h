#pragma once

#include "core/agency.h"
#include "core/awardmoney.h"
#include "core/campaign.h"
#include "core/eligibility.h"
#include "core/nomination.h"
#include "core/result.h"
#include "core/workingdays.h"
#include "services/texttable.h"

#include <QList>

#include <optional>

namespace ed::services {

class Workspace;

/// A nomination as the review queue, its detail pane and the CLI list show it.
struct NominationRow
{
    Nomination nomination; ///< its checklist completed to the award form's items
    AwardForm awardForm;
    QString agencyName;
    QString agencyAbbreviation;
    QString unitCode; ///< empty when not tied to a unit
    QString unitName;
    Eligibility eligibility;
    QList<NominationId> duplicates; ///< the same nominee's other nominations in the campaign
    AppraisalTrack track = AppraisalTrack::ProvinceDecides;
    int limitDays = 0;       ///< working days the track allows
    QDate appraisalDue;      ///< the limitDays-th working day after the clock start
    bool overdue = false;    ///< undecided and today is past the due date
    int workingDaysLeft = 0; ///< to the due date: 0 on the day, negative when overdue
    bool dossierComplete = false;
    /// The award money at the decision date, or at today's rates before a decision
    /// (moneyEstimated); nullopt when the tables have no rate for the form and kind.
    std::optional<qint64> awardMoney;
    bool moneyEstimated = false;
};

/// One workflow step asked for a nomination.
struct StepRequest
{
    NominationId nomination;
    NominationAction action = NominationAction::StartAppraisal;
    QString note;                          ///< the reason, where one is needed
    QString by;                            ///< who; empty = the workspace's user
    std::optional<AwardDecision> decision; ///< RecordDecision
    QDate on; ///< Resubmit and IssueCertificate: the day; invalid = today
    /// The status the clerk saw: the step is refused with Stale when the stored one differs
    /// (someone else took a step meanwhile). None checks nothing (the CLI).
    std::optional<NominationStatus> seenStatus;
};

/// What a nomination form chooses from.
struct NominationChoices
{
    QList<Campaign> campaigns; ///< with their award forms and criteria
    QList<Agency> agencies;    ///< nominating agencies, by name
    QList<ElectionUnit> units; ///< election units, by code
};

/// The data behind deadlines and award money, edited together in the award settings.
struct AwardSettings
{
    QList<PublicHoliday> holidays;
    QList<AppraisalLimit> limits;
    AwardMoneyTables money;

    friend bool operator==(const AwardSettings&, const AwardSettings&) = default;
};

/// The award money of one decision.
struct DecisionSummary
{
    AwardDecision decision;
    int nominations = 0;
    qint64 total = 0;      ///< đồng, the sum of the amounts known
    int withoutAmount = 0; ///< nominations whose form has no rate in the tables
};

/// The Home Affairs clerks' review: nominations with their eligibility from the results, dossier
/// checklist, working-day deadline, duplicate guard, workflow with its append-only trail, award
/// money, and the data behind deadlines and money. Every change to a nomination also rewrites
/// its row of the queue (NominationQueue), in the same transaction.
class NominationService
{
public:
    explicit NominationService(Workspace& workspace) : m_workspace(workspace) {}

    /// The campaigns, agencies and units a nomination may refer to.
    [[nodiscard]] Result<NominationChoices> choices() const;
    /// Every nomination, by id. Reads and evaluates everything: for the CLI and the reports; the
    /// queue pages through NominationQueue and derives only the rows it shows with rows().
    [[nodiscard]] Result<QList<NominationRow>> list() const;
    /// These nominations, in this order (unknown ids are skipped): reads only what they need.
    [[nodiscard]] Result<QList<NominationRow>> rows(const QList<NominationId>& ids) const;
    [[nodiscard]] Result<NominationRow> row(NominationId id) const;
    /// The nomination's trail, oldest first.
    [[nodiscard]] Result<QList<NominationEvent>> history(NominationId id) const;
    /// The CLI's table: id, nominee_kind, nominee_name, unit_code, award_form, status, eligible,
    /// failed_criteria, duplicate, appraisal_due, overdue. award_form is the import's code.
    [[nodiscard]] static TextTable listTable(const QList<NominationRow>& rows);

    /// Stores a new nomination as received and records it in the trail. Refused with
    /// InvalidInput when checkNomination() finds a problem or a reference is unknown.
    [[nodiscard]] Result<NominationId> add(const Nomination& nomination, const QString& by = {});
    /// Adds every nomination as add() does, in one transaction: all of them or none.
    [[nodiscard]] Result<QList<NominationId>> addAll(const QList<Nomination>& nominations,
                                                     const QString& by = {});
    /// Replaces the details a clerk edits (not the status, decision or checklist). Refused with
    /// Stale when someone changed the nomination after `nomination.stamp` was read (a version
    /// of 0 checks nothing). Returns the new stamp; stamp() tells who changed it and when.
    [[nodiscard]] Result<RowStamp> update(const Nomination& nomination);
    [[nodiscard]] Result<RowStamp> stamp(NominationId id) const;
    /// Replaces the checklist; items the award form does not need are refused. `seenVersion`:
    /// as for update().
    [[nodiscard]] Result<RowStamp>
    setDossier(NominationId id, const QList<DossierItemState>& checklist, qint64 seenVersion = 0);
    /// The clerk's yes or no on a qualitative criterion; nullopt takes the judgement back.
    /// `seenVersion`: as for update().
    [[nodiscard]] Result<RowStamp> setJudgement(NominationId id,
                                                CriterionId criterion,
                                                std::optional<bool> met,
                                                const QString& note,
                                                qint64 seenVersion = 0);

    /// Runs the steps in one transaction, all or none, each recorded in the trail. Refused with
    /// InvalidInput (the detail names the nomination and why) when the workflow does not allow
    /// a step, a reason is missing, a flagged nominee is proposed without a reason, or a
    /// decision lacks its number, date or signer.
    [[nodiscard]] Result<QList<NominationEventId>> perform(const QList<StepRequest>& steps);
    /// Takes the steps back (undo), appending a revert for each. Each must be still its
    /// nomination's latest step; otherwise nothing changes and Stale is returned.
    [[nodiscard]] Status revert(const QList<NominationEventId>& events, const QString& by = {});

    /// The award decisions recorded so far with their money, by decision date and number.
    [[nodiscard]] Result<QList<DecisionSummary>> decisions() const;

    [[nodiscard]] Result<AwardSettings> awardSettings() const;
    /// Replaces the three tables in one transaction: all of them or none.
    [[nodiscard]] Status setAwardSettings(const AwardSettings& settings);
    [[nodiscard]] Result<QList<PublicHoliday>> holidays() const;
    [[nodiscard]] Status setHolidays(const QList<PublicHoliday>& holidays);
    [[nodiscard]] Result<QList<AppraisalLimit>> limits() const;
    /// Refused with InvalidInput for a limit outside 1–365 working days.
    [[nodiscard]] Status setLimits(const QList<AppraisalLimit>& limits);
    [[nodiscard]] Result<AwardMoneyTables> moneyTables() const;
    [[nodiscard]] Status setMoneyTables(const AwardMoneyTables& tables);

private:
    /// Who changes a nomination now, and the version the change was based on.
    [[nodiscard]] RowStamp change(qint64 seenVersion) const;
    Workspace& m_workspace;
};

/// The appraisal track of an award form's level (a state award: 15 days unless it is a higher
/// one).
[[nodiscard]] AppraisalTrack appraisalTrack(AwardLevel level, bool higherStateAward);

/// The import's award form codes: `nha_nuoc`, `bang_khen_tinh`, `giay_khen`, one per level.
[[nodiscard]] QString awardFormImportCode(AwardLevel level);
[[nodiscard]] std::optional<AwardLevel> awardLevelFromImportCode(const QString& code);

} // namespace ed::services
