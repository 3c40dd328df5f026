#include "services/letterheadservice.h"

#include "core/clock.h"
#include "core/searchkey.h"
#include "services/planservice.h"
#include "services/workspace.h"
#include "storage/letterheadrepository.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace ed::services {

namespace {

/// What a proposal is read from, once.
struct Data
{
    QList<Plan> plans;
    QList<Agency> agencies;
    QList<Campaign> campaigns;
    QHash<AgencyId, Agency> byId;
};

Result<Data> readData(Workspace& workspace)
{
    const PlanService plans(workspace);
    Data data;
    auto allPlans = plans.plans();
    if (!allPlans)
        return allPlans.error();
    data.plans = std::move(allPlans).value();
    auto agencies = plans.agencies();
    if (!agencies)
        return agencies.error();
    data.agencies = std::move(agencies).value();
    for (const Agency& a : std::as_const(data.agencies))
        data.byId.insert(a.id, a);
    auto campaigns = plans.campaigns();
    if (!campaigns)
        return campaigns.error();
    data.campaigns = std::move(campaigns).value();
    return data;
}

const Agency* agencyById(const Data& data, AgencyId id)
{
    const auto found = data.byId.constFind(id);
    return found == data.byId.cend() ? nullptr : &found.value();
}

const Plan* planById(const Data& data, PlanId id)
{
    for (const Plan& p : data.plans)
        if (p.id == id)
            return &p;
    return nullptr;
}

/// The first plan that holds meetings (or tasks), else the first plan: its issuer reports on
/// them.
Result<const Plan*> schedulePlan(const Data& data, Workspace& workspace, ReportKind kind)
{
    const PlanService plans(workspace);
    for (const Plan& p : data.plans) {
        if (kind == ReportKind::Meetings) {
            const auto meetings = plans.meetings(p.id);
            if (!meetings)
                return meetings.error();
            if (!meetings->isEmpty())
                return &p;
        } else {
            const auto tasks = plans.tasks(p.id);
            if (!tasks)
                return tasks.error();
            if (!tasks->isEmpty())
                return &p;
        }
    }
    return data.plans.isEmpty() ? nullptr : &data.plans.first();
}

/// The plan of the emulation campaign, else the first plan.
const Plan* campaignPlan(const Data& data)
{
    for (const Campaign& c : data.campaigns)
        if (const Plan* p = planById(data, c.plan))
            return p;
    return data.plans.isEmpty() ? nullptr : &data.plans.first();
}

/// The home affairs department: an agency whose name says "nội vụ", under the campaign plan's
/// issuer if one is, else any below the central level (Bộ Nội vụ is never the one).
const Agency* homeAffairs(const Data& data, const Plan* plan)
{
    const Agency* fallback = nullptr;
    for (const Agency& a : data.agencies) {
        if (!searchKey(a.name).contains(u"noi vu"_s) || a.level == AgencyLevel::Central)
            continue;
        if (plan && a.parent == plan->issuer)
            return &a;
        if (!fallback)
            fallback = &a;
    }
    return fallback;
}

/// "Sở Nội vụ tỉnh Điện Biên" → {"Sở Nội vụ", "Điện Biên"}; no province word → {name, ""}.
/// "Tỉnh ủy Bình Phước" names the Party committee, not the province: no split.
std::pair<QString, QString> splitProvince(const QString& name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = words.size() - 2; i >= 0; --i) {
        if (searchKey(words[i]) == u"tinh"_s && searchKey(words[i + 1]) != u"uy"_s)
            return {words.mid(0, i).join(u' '), words.mid(i + 1).join(u' ')};
    }
    return {name, {}};
}

/// The symbol's issuer code: "BCĐ" of 01-KH/BCĐ (Party), "UBND" of 508/KH-UBND (state).
QString issuerCodeOf(const Plan& plan)
{
    const QString afterSlash = plan.symbol.section(u'/', 1).trimmed();
    if (plan.documentKind == DocumentKind::Party)
        return afterSlash;
    return afterSlash.contains(u'-') ? afterSlash.section(u'-', 1).trimmed() : afterSlash;
}

/// A short form an office would write ("UBND tỉnh"), not a bare code ("TU"); else the name.
QString readableName(const Agency& agency)
{
    const QString& abbreviation = agency.abbreviation;
    return abbreviation.contains(u' ') || abbreviation != abbreviation.toUpper() ? abbreviation
                                                                                 : agency.name;
}

/// The formula and authority of a plan's first signature line ("TM. ỦY BAN NHÂN DÂN").
void readSignature(const Plan& plan, Letterhead& letterhead)
{
    const QStringList& lines = plan.signerTitleLines;
    if (lines.isEmpty())
        return;
    constexpr std::array kFormulas{SigningFormula::OnBehalf, SigningFormula::Deputy,
                                   SigningFormula::ByOrder, SigningFormula::Authorised,
                                   SigningFormula::Acting};
    const QString first = lines.first().trimmed();
    for (const SigningFormula formula : kFormulas) {
        // Plans write either layout's spelling ("TM.", "T/M"); the letterhead prints its own.
        for (const DocumentLayout spelling : {DocumentLayout::State, DocumentLayout::Party}) {
            const QString word = formulaWord(spelling, formula) + u' ';
            if (lines.size() > 1 && first.startsWith(word)) {
                letterhead.formula = formula;
                letterhead.authority = first.mid(word.size()).trimmed();
            }
        }
    }
    // The last line is the signer's title in the issuing body: "TRƯỞNG BAN CHỈ ĐẠO" after
    // "BÍ THƯ TỈNH ỦY" / "Kiêm".
    letterhead.signerTitle = lines.last().trimmed();
    letterhead.signerName = plan.signerName;
}

} // namespace

Result<Letterhead> LetterheadService::letterhead(ReportKind kind) const
{
    const auto remembered = storage::LetterheadRepository(m_workspace.database()).find(kind);
    if (!remembered)
        return remembered.error();
    Letterhead result;
    if (remembered->has_value()) {
        result = **remembered;
    } else {
        auto proposal = proposed(kind);
        if (!proposal)
            return proposal;
        result = std::move(proposal).value();
    }
    // Only "left blank" is remembered; any other letterhead carries the day it is printed.
    if (result.date.has_value())
        result.date = m_workspace.clock().today();
    return result;
}

Result<Letterhead> LetterheadService::proposed(ReportKind kind) const
{
    const auto data = readData(m_workspace);
    if (!data)
        return data.error();
    Letterhead l;
    l.date = m_workspace.clock().today();
    l.archive = u"VT"_s;
    const Plan* source = nullptr;
    const Agency* issuer = nullptr;
    switch (kind) {
    case ReportKind::Meetings:
    case ReportKind::Tasks: {
        const auto plan = schedulePlan(data.value(), m_workspace, kind);
        if (!plan)
            return plan.error();
        source = plan.value();
        l.typeCode = u"BC"_s;
        l.typeName = u"BÁO CÁO"_s;
        l.title =
                kind == ReportKind::Meetings
                        ? QCoreApplication::translate(
                                "Letterheads",
                                "Report on the meeting schedule of the election steering committee")
                        : QCoreApplication::translate(
                                "Letterheads",
                                "Report on the standing tasks of the election steering committee");
        break;
    }
    case ReportKind::Nominations:
        source = campaignPlan(data.value());
        issuer = homeAffairs(data.value(), source);
        l.typeCode = u"TTr"_s;
        l.typeName = u"DANH SÁCH"_s;
        l.title = QCoreApplication::translate(
                "Letterheads",
                "Nominations for awards in the special emulation campaign for the election");
        break;
    case ReportKind::Results:
        source = campaignPlan(data.value());
        l.typeCode = u"BC"_s;
        l.typeName = u"BÁO CÁO"_s;
        l.title = QCoreApplication::translate(
                "Letterheads", "Results of the special emulation campaign for the election");
        break;
    }
    if (!issuer && source)
        issuer = agencyById(data.value(), source->issuer);
    if (!issuer)
        return l; // an empty database: the clerk fills in the issuer
    const bool issuedTheSource = source && source->issuer == issuer->id;

    l.layout = layoutForAgency(issuer->kind);
    const Agency* parent = agencyById(data.value(), issuer->parent);
    QString province =
            source ? (source->place.isEmpty() ? source->province : source->place) : QString();
    const auto [body, bodyProvince] = splitProvince(issuer->name);
    if (parent) {
        const QString parentProvince = splitProvince(parent->name).second;
        l.parentBody = parent->name.toUpper();
        if (province.isEmpty())
            province = !bodyProvince.isEmpty() ? bodyProvince : parentProvince;
        // Under "UBND TỈNH ĐIỆN BIÊN" the department is just "SỞ NỘI VỤ".
        const bool parentNamesIt = !bodyProvince.isEmpty()
                                   && searchKey(parent->name).contains(searchKey(bodyProvince));
        l.issuingBody = (parentNamesIt ? body : issuer->name).toUpper();
    } else {
        l.issuingBody = issuer->name.toUpper();
        if (province.isEmpty())
            province = bodyProvince;
    }
    l.place = province;

    if (issuedTheSource) {
        l.issuerCode = issuerCodeOf(*source);
        readSignature(*source, l);
    } else if (!issuer->abbreviation.isEmpty() && !issuer->abbreviation.contains(u' ')) {
        l.issuerCode = issuer->abbreviation; // "SNV"
    }

    // Reports go up: to the bodies the plan reported to ("B/c"), else to the issuer's parent.
    if (issuedTheSource) {
        for (const Recipient& r : source->recipients)
            if (searchKey(r.note) == u"b/c"_s)
                l.recipients << r.name + u" (b/c)"_s;
    }
    if (l.recipients.isEmpty() && parent)
        l.recipients << readableName(*parent) + u" (b/c)"_s;
    return l;
}

Status LetterheadService::remember(ReportKind kind, const Letterhead& letterhead)
{
    m_problems = checkLetterhead(letterhead);
    if (!m_problems.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     u"letterhead of %1: %2 problem(s)"_s.arg(reportKindCode(kind))
                             .arg(m_problems.size())};
    return storage::LetterheadRepository(m_workspace.database()).save(kind, letterhead);
}

Result<QList<Agency>> LetterheadService::issuers() const
{
    auto agencies = PlanService(m_workspace).agencies();
    if (!agencies)
        return agencies;
    QList<Agency> list = std::move(agencies).value();
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    std::stable_sort(list.begin(), list.end(), [&](const Agency& a, const Agency& b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return list;
}

} // namespace ed::services
