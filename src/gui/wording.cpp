#include "gui/wording.h"

#include "core/ratio.h"
#include "core/vnformat.h"

#include <QApplication>
#include <QStringList>
#include <QStyle>

#include <array>

using namespace Qt::StringLiterals;

namespace ed::gui {

QString Wording::scheduleState(ScheduleState state)
{
    switch (state) {
    case ScheduleState::NoDate: return tr("No date");
    case ScheduleState::Upcoming: return tr("Upcoming");
    case ScheduleState::DueSoon: return tr("Due soon");
    case ScheduleState::Overdue: return tr("Overdue");
    case ScheduleState::OnTime: return tr("Done on time");
    case ScheduleState::Late: return tr("Done late");
    case ScheduleState::Cancelled: return tr("Cancelled");
    }
    return {};
}

QIcon Wording::scheduleStateIcon(ScheduleState state)
{
    QStyle::StandardPixmap pixmap = QStyle::SP_CustomBase;
    switch (state) {
    case ScheduleState::NoDate: pixmap = QStyle::SP_MessageBoxQuestion; break;
    case ScheduleState::Upcoming: pixmap = QStyle::SP_FileDialogInfoView; break;
    case ScheduleState::DueSoon: pixmap = QStyle::SP_MessageBoxWarning; break;
    case ScheduleState::Overdue: pixmap = QStyle::SP_MessageBoxCritical; break;
    case ScheduleState::OnTime: pixmap = QStyle::SP_DialogApplyButton; break;
    case ScheduleState::Late: pixmap = QStyle::SP_MessageBoxWarning; break;
    case ScheduleState::Cancelled: pixmap = QStyle::SP_DialogCancelButton; break;
    }
    return QApplication::style()->standardIcon(pixmap);
}

QString Wording::meetingStatus(MeetingStatus status)
{
    switch (status) {
    case MeetingStatus::Planned: return tr("Planned");
    case MeetingStatus::MaterialsSubmitted: return tr("Materials submitted");
    case MeetingStatus::Held: return tr("Held");
    case MeetingStatus::Postponed: return tr("Postponed");
    case MeetingStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString Wording::taskStatus(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Open: return tr("Open");
    case TaskStatus::InProgress: return tr("In progress");
    case TaskStatus::Done: return tr("Done");
    case TaskStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString Wording::role(AgencyRole role)
{
    switch (role) {
    case AgencyRole::Lead: return tr("Lead");
    case AgencyRole::Staff: return tr("Staff");
    case AgencyRole::Coordinating: return tr("Co-ordinating");
    case AgencyRole::Reporting: return tr("Reporting");
    }
    return {};
}

QString Wording::agencyLevel(AgencyLevel level)
{
    switch (level) {
    case AgencyLevel::Central: return tr("Central");
    case AgencyLevel::Province: return tr("Province");
    case AgencyLevel::District: return tr("District");
    case AgencyLevel::Commune: return tr("Commune");
    }
    return {};
}

QString Wording::agencyKind(AgencyKind kind)
{
    switch (kind) {
    case AgencyKind::Party: return tr("Party");
    case AgencyKind::State: return tr("State");
    case AgencyKind::Front: return tr("Fatherland Front");
    case AgencyKind::ElectionBody: return tr("Election body");
    case AgencyKind::Other: return tr("Other");
    }
    return {};
}

QString Wording::documentKind(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::State: return tr("State document");
    case DocumentKind::Party: return tr("Party document");
    }
    return {};
}

QString Wording::awardLevel(AwardLevel level)
{
    switch (level) {
    case AwardLevel::State: return tr("State");
    case AwardLevel::Province: return tr("Province");
    case AwardLevel::DistrictOrAgency: return tr("District or agency");
    }
    return {};
}

QString Wording::applicability(Applicability applicability)
{
    switch (applicability) {
    case Applicability::Collective: return tr("Collectives");
    case Applicability::Individual: return tr("Individuals");
    case Applicability::Both: return tr("Collectives and individuals");
    }
    return {};
}

QString Wording::nomineeKind(NomineeKind kind)
{
    switch (kind) {
    case NomineeKind::Collective: return tr("Collectives");
    case NomineeKind::Individual: return tr("Individuals");
    }
    return {};
}

QString Wording::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString Wording::threshold(const Criterion& criterion)
{
    const auto percent = [&criterion] {
        const Ratio& t = criterion.threshold;
        return t.isValid() ? formatBasisPoints(basisPoints(t.numerator, t.denominator))
                           : tr("invalid threshold");
    };
    switch (criterion.comparison) {
    case Comparison::AtLeast: return u"≥ "_s + percent();
    case Comparison::Above: return u"> "_s + percent();
    case Comparison::AtMost: return u"≤ "_s + percent();
    case Comparison::Below: return u"< "_s + percent();
    case Comparison::NoneAllowed: return tr("none allowed");
    case Comparison::Judgement: return tr("reviewer's judgement");
    }
    return {};
}

QString Wording::daysFromToday(std::optional<qint64> days)
{
    if (!days)
        return {};
    if (*days == 0)
        return tr("today");
    const int count = static_cast<int>(*days > 0 ? *days : -*days);
    return *days > 0 ? tr("in %n day(s)", nullptr, count) : tr("%n day(s) ago", nullptr, count);
}

QString Wording::meetingNumber(const std::optional<int>& number)
{
    return number ? QString::number(*number) : tr("on request");
}

namespace {

constexpr std::array kRoleOrder{AgencyRole::Lead, AgencyRole::Staff, AgencyRole::Coordinating,
                                AgencyRole::Reporting};

} // namespace

QString Wording::agenciesByRole(const QList<AgencyAssignment>& assignments,
                                const AgencyNames& names)
{
    QStringList parts;
    for (const AgencyRole role : kRoleOrder) {
        const QStringList list = agencyNamesInRole(role, assignments, names);
        if (!list.isEmpty())
            parts << tr("%1: %2").arg(Wording::role(role), list.join(u", "_s));
    }
    return parts.join(u"; "_s);
}

QString Wording::agenciesByRoleHtml(const QList<AgencyAssignment>& assignments,
                                    const AgencyNames& names)
{
    QString html;
    for (const AgencyRole role : kRoleOrder) {
        const QStringList list = agencyNamesInRole(role, assignments, names);
        if (!list.isEmpty())
            html += u"<li><b>%1:</b> %2</li>"_s.arg(Wording::role(role).toHtmlEscaped(),
                                                    list.join(u", "_s).toHtmlEscaped());
    }
    return html;
}

AgencyNames agencyNames(const QList<Agency>& agencies)
{
    AgencyNames names;
    for (const Agency& agency : agencies)
        names.insert(agency.id, agency.name);
    return names;
}

} // namespace ed::gui
