#include "gui/reports/reportwording.h"

using namespace Qt::StringLiterals;

namespace ed::gui {

QList<ReportKind> ReportWording::kinds()
{
    return {ReportKind::Meetings, ReportKind::Tasks, ReportKind::Nominations, ReportKind::Results};
}

QString ReportWording::name(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Meetings: return tr("Meeting schedule status");
    case ReportKind::Tasks: return tr("Tasks status by agency");
    case ReportKind::Nominations: return tr("Nomination list (attachment to a submission)");
    case ReportKind::Results: return tr("Campaign results by district");
    }
    return {};
}

QString ReportWording::description(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Meetings:
        return tr("Every meeting of the steering plans as of today: its deadline as the plan words "
                  "it, whether it was held, is late or overdue, the agencies responsible for it by "
                  "role, and its conclusions. Usually issued by the steering committee.");
    case ReportKind::Tasks:
        return tr("The standing tasks of the plans grouped by the agency that leads them, with "
                  "their due dates and where each stands as of today: for the steering "
                  "committee's review of who is behind.");
    case ReportKind::Nominations:
        return tr("The nominations to attach to a submission (tờ trình) for awards: grouped by "
                  "award form, with each nominee's eligibility from the election results, the "
                  "criteria not met, the totals and the award money.");
    case ReportKind::Results:
        return tr("The campaign's results for each district and the province: turnout, invalid "
                  "ballots, law study and eligibility for an award, with a chart of turnout "
                  "against the 99.90 % threshold.");
    }
    return {};
}

QString ReportWording::layoutName(DocumentLayout layout)
{
    return layout == DocumentLayout::Party ? tr("Party body (Guidance 36-HD/VPTW)")
                                           : tr("State body (Decree 30/2020/NĐ-CP)");
}

QString ReportWording::formulaName(DocumentLayout layout, SigningFormula formula)
{
    const QString word = formulaWord(layout, formula);
    switch (formula) {
    case SigningFormula::None: return tr("None: the title lines only");
    case SigningFormula::OnBehalf: return tr("%1 on behalf of a collective body").arg(word);
    case SigningFormula::Deputy: return tr("%1 a deputy signing for the head").arg(word);
    case SigningFormula::ByOrder: return tr("%1 by order of the head").arg(word);
    case SigningFormula::Authorised: return tr("%1 by authorisation").arg(word);
    case SigningFormula::Acting: return tr("%1 acting head").arg(word);
    }
    return word;
}

QString ReportWording::fileBaseName(ReportKind kind, QDate day)
{
    QString stem;
    switch (kind) {
    case ReportKind::Meetings: stem = u"bao-cao-lich-hop"_s; break;
    case ReportKind::Tasks: stem = u"bao-cao-nhiem-vu"_s; break;
    case ReportKind::Nominations: stem = u"danh-sach-de-nghi-khen-thuong"_s; break;
    case ReportKind::Results: stem = u"bao-cao-ket-qua-bau-cu"_s; break;
    }
    return day.isValid() ? u"%1-%2"_s.arg(stem, day.toString(Qt::ISODate)) : stem;
}

} // namespace ed::gui
