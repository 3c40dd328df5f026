#include "i18n/nominationwording.h"

#include "i18n/resultswording.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ed::i18n {

QString nominationStatusName(NominationStatus status)
{
    switch (status) {
    case NominationStatus::Received: return QCoreApplication::translate("Nominations", "Received");
    case NominationStatus::UnderAppraisal:
        return QCoreApplication::translate("Nominations", "Under appraisal");
    case NominationStatus::Returned:
        return QCoreApplication::translate("Nominations", "Returned for supplement");
    case NominationStatus::Proposed:
        return QCoreApplication::translate("Nominations", "Proposed to the council");
    case NominationStatus::Approved: return QCoreApplication::translate("Nominations", "Approved");
    case NominationStatus::Rejected: return QCoreApplication::translate("Nominations", "Rejected");
    }
    return {};
}

QString nominationActionName(NominationAction action)
{
    switch (action) {
    case NominationAction::Receive: return QCoreApplication::translate("Nominations", "Receive");
    case NominationAction::StartAppraisal:
        return QCoreApplication::translate("Nominations", "Start appraisal");
    case NominationAction::Return:
        return QCoreApplication::translate("Nominations", "Return for supplement");
    case NominationAction::Resubmit:
        return QCoreApplication::translate("Nominations", "Receive supplement");
    case NominationAction::Propose:
        return QCoreApplication::translate("Nominations", "Propose to the council");
    case NominationAction::Approve: return QCoreApplication::translate("Nominations", "Approve");
    case NominationAction::Reject: return QCoreApplication::translate("Nominations", "Reject");
    case NominationAction::RecordDecision:
        return QCoreApplication::translate("Nominations", "Record decision");
    case NominationAction::IssueCertificate:
        return QCoreApplication::translate("Nominations", "Certificate issued");
    case NominationAction::Revert: return QCoreApplication::translate("Nominations", "Take back");
    }
    return {};
}

QString nominationEventName(NominationAction action)
{
    switch (action) {
    case NominationAction::Receive:
        return QCoreApplication::translate("Nominations", "Dossier received");
    case NominationAction::StartAppraisal:
        return QCoreApplication::translate("Nominations", "Appraisal started");
    case NominationAction::Return:
        return QCoreApplication::translate("Nominations", "Returned for supplement");
    case NominationAction::Resubmit:
        return QCoreApplication::translate("Nominations", "Supplement received");
    case NominationAction::Propose:
        return QCoreApplication::translate("Nominations", "Proposed to the council");
    case NominationAction::Approve: return QCoreApplication::translate("Nominations", "Approved");
    case NominationAction::Reject: return QCoreApplication::translate("Nominations", "Rejected");
    case NominationAction::RecordDecision:
        return QCoreApplication::translate("Nominations", "Decision recorded");
    case NominationAction::IssueCertificate:
        return QCoreApplication::translate("Nominations", "Certificate issued");
    case NominationAction::Revert:
        return QCoreApplication::translate("Nominations", "Step taken back");
    }
    return {};
}

QString nomineeKindName(NomineeKind kind)
{
    return kind == NomineeKind::Collective
                   ? QCoreApplication::translate("Nominations", "Collective")
                   : QCoreApplication::translate("Nominations", "Individual");
}

QString appraisalTrackName(AppraisalTrack track)
{
    switch (track) {
    case AppraisalTrack::ProvinceDecides:
        return QCoreApplication::translate("Nominations", "Province decides (Bằng khen)");
    case AppraisalTrack::ForwardPrimeMinister:
        return QCoreApplication::translate(
                "Nominations",
                "Forwarded to the Prime Minister (BK TTg, Cờ thi đua CP, Huân chương Lao động)");
    case AppraisalTrack::ForwardHigher:
        return QCoreApplication::translate(
                "Nominations",
                "Forwarded: Huân chương Độc lập or higher, State titles, CSTĐ toàn quốc");
    case AppraisalTrack::LocalDecides:
        return QCoreApplication::translate("Nominations", "Agency or district decides (Giấy khen)");
    }
    return {};
}

QString dossierItemTitle(const QString& item)
{
    if (item == u"to_trinh"_s)
        return QCoreApplication::translate("Nominations", "Tờ trình with the list of nominees");
    if (item == u"bao_cao_thanh_tich"_s)
        return QCoreApplication::translate("Nominations",
                                           "Báo cáo thành tích certified by the nominating level");
    if (item == u"bien_ban_hoi_dong"_s)
        return QCoreApplication::translate(
                "Nominations", "Minutes of the nominating level's Emulation & Reward Council");
    if (item == u"ket_qua_bo_phieu"_s)
        return QCoreApplication::translate(
                "Nominations", "Secret-ballot result of the council (≥ 80 % in favour)");
    if (item == u"ban_dien_tu"_s)
        return QCoreApplication::translate("Nominations", "Electronic copy of the dossier");
    if (item == u"lay_y_kien"_s)
        return QCoreApplication::translate("Nominations", "Public comment: 10 working days");
    return item;
}

QString criterionOutcomeName(CriterionOutcome outcome)
{
    switch (outcome) {
    case CriterionOutcome::Pass: return QCoreApplication::translate("Nominations", "Pass");
    case CriterionOutcome::Fail: return QCoreApplication::translate("Nominations", "Fail");
    case CriterionOutcome::NotComputable:
        return QCoreApplication::translate("Nominations", "Not computable");
    case CriterionOutcome::NotJudged:
        return QCoreApplication::translate("Nominations", "Not judged");
    }
    return {};
}

QString moneyText(qint64 dong)
{
    return QCoreApplication::translate("Nominations", "%1 đ").arg(localCount(dong));
}

QString criterionShortName(const QString& code)
{
    if (code == u"turnout"_s)
        return QCoreApplication::translate("Nominations", "turnout");
    if (code == u"law_study"_s)
        return QCoreApplication::translate("Nominations", "law study");
    if (code == u"invalid_ballots"_s)
        return QCoreApplication::translate("Nominations", "invalid ballots");
    if (code == u"no_revote"_s)
        return QCoreApplication::translate("Nominations", "no bầu cử thêm or lại");
    return code;
}

QStringList eligibilityProblems(const Eligibility& e)
{
    QStringList sentences;
    if (e.unitIncomplete()) {
        if (e.unit)
            sentences << QCoreApplication::translate(
                                 "Nominations",
                                 "%1 of %2 polling areas of the unit have reported; it is eligible "
                                 "only when all have.")
                                 .arg(localCount(e.unit->totals.reportedLeaves),
                                      localCount(e.unit->totals.leaves));
        else
            sentences << QCoreApplication::translate("Nominations", "The unit has no results yet.");
    }
    for (const CriterionCheck& c : e.measured) {
        if (c.failing() && c.measure)
            sentences << measureSentence(c.criterion.code, *c.measure);
    }
    for (const CriterionCheck& c : e.judged) {
        if (c.outcome == CriterionOutcome::Fail)
            sentences << QCoreApplication::translate("Nominations", "Judged not met: %1%2")
                                 .arg(c.criterion.label, c.judgement && !c.judgement->note.isEmpty()
                                                                 ? u" — "_s + c.judgement->note
                                                                 : QString());
        else if (c.outcome == CriterionOutcome::NotJudged)
            sentences << QCoreApplication::translate("Nominations", "Not judged yet: %1")
                                 .arg(c.criterion.label);
    }
    return sentences;
}

QStringList eligibilityExplanation(const Eligibility& e)
{
    QStringList sentences;
    if (!e.tiedToUnit)
        sentences << QCoreApplication::translate(
                "Nominations",
                "Not tied to an election unit: the measurable criteria do not apply.");
    else if (e.unitIncomplete())
        sentences << eligibilityProblems(e).mid(0, 1);
    for (const CriterionCheck& c : e.measured) {
        if (c.measure)
            sentences << measureSentence(c.criterion.code, *c.measure);
    }
    for (const CriterionCheck& c : e.judged) {
        const QString note = c.judgement && !c.judgement->note.isEmpty()
                                     ? u" — "_s + c.judgement->note
                                     : QString();
        sentences << u"%1: %2%3"_s.arg(criterionOutcomeName(c.outcome), c.criterion.label, note);
    }
    return sentences;
}

QString eligibilitySummary(const Eligibility& e)
{
    if (!e.tiedToUnit)
        return QCoreApplication::translate("Nominations", "Not tied to a unit");
    if (e.unitIncomplete() && e.failedCriteria().isEmpty())
        return QCoreApplication::translate("Nominations", "Unit not fully reported");
    const QStringList failed = e.failedCriteria();
    if (failed.isEmpty()) {
        if (e.measured.isEmpty())
            return QCoreApplication::translate("Nominations", "No measurable criterion applies");
        return QCoreApplication::translate("Nominations", "Eligible");
    }
    QStringList names;
    for (const QString& code : failed)
        names << criterionShortName(code);
    return QCoreApplication::translate("Nominations", "Fails: %1").arg(names.join(u", "_s));
}

} // namespace ed::i18n
