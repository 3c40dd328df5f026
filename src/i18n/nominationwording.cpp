#include "i18n/nominationwording.h"

#include "i18n/resultswording.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ed::i18n {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Nominations", text);
}

} // namespace

QString nominationStatusName(NominationStatus status)
{
    switch (status) {
    case NominationStatus::Received: return tr("Received");
    case NominationStatus::UnderAppraisal: return tr("Under appraisal");
    case NominationStatus::Returned: return tr("Returned for supplement");
    case NominationStatus::Proposed: return tr("Proposed to the council");
    case NominationStatus::Approved: return tr("Approved");
    case NominationStatus::Rejected: return tr("Rejected");
    }
    return {};
}

QString nominationActionName(NominationAction action)
{
    switch (action) {
    case NominationAction::Receive: return tr("Receive");
    case NominationAction::StartAppraisal: return tr("Start appraisal");
    case NominationAction::Return: return tr("Return for supplement");
    case NominationAction::Resubmit: return tr("Receive supplement");
    case NominationAction::Propose: return tr("Propose to the council");
    case NominationAction::Approve: return tr("Approve");
    case NominationAction::Reject: return tr("Reject");
    case NominationAction::RecordDecision: return tr("Record decision");
    case NominationAction::IssueCertificate: return tr("Certificate issued");
    case NominationAction::Revert: return tr("Take back");
    }
    return {};
}

QString nominationEventName(NominationAction action)
{
    switch (action) {
    case NominationAction::Receive: return tr("Dossier received");
    case NominationAction::StartAppraisal: return tr("Appraisal started");
    case NominationAction::Return: return tr("Returned for supplement");
    case NominationAction::Resubmit: return tr("Supplement received");
    case NominationAction::Propose: return tr("Proposed to the council");
    case NominationAction::Approve: return tr("Approved");
    case NominationAction::Reject: return tr("Rejected");
    case NominationAction::RecordDecision: return tr("Decision recorded");
    case NominationAction::IssueCertificate: return tr("Certificate issued");
    case NominationAction::Revert: return tr("Step taken back");
    }
    return {};
}

QString nomineeKindName(NomineeKind kind)
{
    return kind == NomineeKind::Collective ? tr("Collective") : tr("Individual");
}

QString appraisalTrackName(AppraisalTrack track)
{
    switch (track) {
    case AppraisalTrack::ProvinceDecides: return tr("Province decides (Bằng khen)");
    case AppraisalTrack::ForwardPrimeMinister:
        return tr("Forwarded to the Prime Minister (BK TTg, Cờ thi đua CP, Huân chương Lao động)");
    case AppraisalTrack::ForwardHigher:
        return tr("Forwarded: Huân chương Độc lập or higher, State titles, CSTĐ toàn quốc");
    case AppraisalTrack::LocalDecides: return tr("Agency or district decides (Giấy khen)");
    }
    return {};
}

QString dossierItemTitle(const QString& item)
{
    if (item == u"to_trinh"_s)
        return tr("Tờ trình with the list of nominees");
    if (item == u"bao_cao_thanh_tich"_s)
        return tr("Báo cáo thành tích certified by the nominating level");
    if (item == u"bien_ban_hoi_dong"_s)
        return tr("Minutes of the nominating level's Emulation & Reward Council");
    if (item == u"ket_qua_bo_phieu"_s)
        return tr("Secret-ballot result of the council (≥ 80 % in favour)");
    if (item == u"ban_dien_tu"_s)
        return tr("Electronic copy of the dossier");
    if (item == u"lay_y_kien"_s)
        return tr("Public comment: 10 working days");
    return item;
}

QString criterionOutcomeName(CriterionOutcome outcome)
{
    switch (outcome) {
    case CriterionOutcome::Pass: return tr("Pass");
    case CriterionOutcome::Fail: return tr("Fail");
    case CriterionOutcome::NotComputable: return tr("Not computable");
    case CriterionOutcome::NotJudged: return tr("Not judged");
    }
    return {};
}

QString moneyText(qint64 dong)
{
    return tr("%1 đ").arg(localCount(dong));
}

QString criterionShortName(const QString& code)
{
    if (code == u"turnout"_s)
        return tr("turnout");
    if (code == u"law_study"_s)
        return tr("law study");
    if (code == u"invalid_ballots"_s)
        return tr("invalid ballots");
    if (code == u"no_revote"_s)
        return tr("no bầu cử thêm or lại");
    return code;
}

QStringList eligibilityProblems(const Eligibility& e)
{
    QStringList sentences;
    if (e.unitIncomplete()) {
        if (e.unit)
            sentences << tr("%1 of %2 polling areas of the unit have reported; it is eligible "
                            "only when all have.")
                                 .arg(localCount(e.unit->totals.reportedLeaves),
                                      localCount(e.unit->totals.leaves));
        else
            sentences << tr("The unit has no results yet.");
    }
    for (const CriterionCheck& c : e.measured) {
        if (c.failing() && c.measure)
            sentences << measureSentence(c.criterion.code, *c.measure);
    }
    for (const CriterionCheck& c : e.judged) {
        if (c.outcome == CriterionOutcome::Fail)
            sentences << tr("Judged not met: %1%2")
                                 .arg(c.criterion.label, c.judgement && !c.judgement->note.isEmpty()
                                                                 ? u" — "_s + c.judgement->note
                                                                 : QString());
        else if (c.outcome == CriterionOutcome::NotJudged)
            sentences << tr("Not judged yet: %1").arg(c.criterion.label);
    }
    return sentences;
}

QStringList eligibilityExplanation(const Eligibility& e)
{
    QStringList sentences;
    if (!e.tiedToUnit)
        sentences << tr("Not tied to an election unit: the measurable criteria do not apply.");
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
        return tr("Not tied to a unit");
    if (e.unitIncomplete() && e.failedCriteria().isEmpty())
        return tr("Unit not fully reported");
    const QStringList failed = e.failedCriteria();
    if (failed.isEmpty()) {
        if (e.measured.isEmpty())
            return tr("No measurable criterion applies");
        return tr("Eligible");
    }
    QStringList names;
    for (const QString& code : failed)
        names << criterionShortName(code);
    return tr("Fails: %1").arg(names.join(u", "_s));
}

} // namespace ed::i18n
