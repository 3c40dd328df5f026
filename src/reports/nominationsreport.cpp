// The nomination list to attach to a tờ trình: a summary and counts by award form in the body,
// the list grouped by award form, with totals, in the appendix.

#include "core/clock.h"
#include "core/vnformat.h"
#include "i18n/nominationwording.h"
#include "logging/log.h"
#include "reports/reportbuilder.h"
#include "reports/reporttext.h"
#include "services/nominationservice.h"
#include "services/planservice.h"
#include "services/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::reports {

namespace {

constexpr int kColumns = 8;

/// The nominations of one award form, collectives first.
struct FormGroup
{
    AwardForm form;
    QList<services::NominationRow> rows;
};

/// What a group of nominations adds up to.
struct Sums
{
    qint64 count = 0;
    qint64 collectives = 0;
    qint64 money = 0;     ///< đồng, over the amounts known
    qint64 estimated = 0; ///< of which before a decision, at today's rates
    qint64 noRate = 0;    ///< nominations whose form and kind have no rate

    void add(const services::NominationRow& r)
    {
        ++count;
        collectives += r.nomination.kind == NomineeKind::Collective ? 1 : 0;
        if (!r.awardMoney) {
            ++noRate;
            return;
        }
        money += *r.awardMoney;
        estimated += r.moneyEstimated ? *r.awardMoney : 0;
    }
};

QString formName(const AwardForm& form)
{
    return form.usualName.isEmpty() ? form.nameAsWritten : form.usualName;
}

/// Groups in the order of the campaigns' award forms; forms no campaign lists come after.
QList<FormGroup> groupByForm(const QList<services::NominationRow>& rows,
                             const QList<Campaign>& campaigns)
{
    QList<FormGroup> groups;
    for (const Campaign& campaign : campaigns) {
        for (const AwardForm& form : campaign.awardForms)
            groups << FormGroup{form, {}};
    }
    for (const services::NominationRow& r : rows) {
        auto it = std::find_if(groups.begin(), groups.end(), [&r](const FormGroup& g) {
            return g.form.id == r.nomination.awardForm;
        });
        if (it == groups.end())
            groups << FormGroup{r.awardForm, {r}};
        else
            it->rows << r;
    }
    groups.removeIf([](const FormGroup& g) { return g.rows.isEmpty(); });
    for (FormGroup& g : groups) {
        std::stable_sort(g.rows.begin(), g.rows.end(), [](const auto& a, const auto& b) {
            return a.nomination.kind == NomineeKind::Collective
                   && b.nomination.kind == NomineeKind::Individual;
        });
    }
    return groups;
}

QString nomineeCell(const Nomination& n)
{
    return n.position.trimmed().isEmpty() ? n.name : u"%1\n%2"_s.arg(n.name, n.position.trimmed());
}

QString placeCell(const services::NominationRow& r)
{
    if (!r.unitName.isEmpty())
        return r.unitName;
    return r.nomination.workplace.trimmed();
}

/// The short verdict, then why it fails, in sentences; the qualitative conditions still to
/// judge as one count.
QString eligibilityCell(const Eligibility& e)
{
    Eligibility failing = e; // the sentences of what fails, without "not judged yet" lines
    failing.judged.removeIf([](const CriterionCheck& c) { return !c.failing(); });
    QStringList lines{i18n::eligibilitySummary(e)};
    lines << i18n::eligibilityProblems(failing);
    if (e.notJudged() > 0)
        lines << QCoreApplication::translate(
                "Reports", "%n qualitative condition(s) not judged yet", "", e.notJudged());
    return lines.join(u'\n');
}

QString statusCell(const services::NominationRow& r)
{
    const Nomination& n = r.nomination;
    QStringList lines{i18n::nominationStatusName(n.status)};
    if (n.decision)
        lines << QCoreApplication::translate("Reports", "Decision %1 of %2")
                         .arg(n.decision->number, formatDate(n.decision->date));
    if (n.certificateIssuedOn.isValid())
        lines << QCoreApplication::translate("Reports", "Certificate issued on %1")
                         .arg(formatDate(n.certificateIssuedOn));
    if (r.overdue)
        lines << QCoreApplication::translate("Reports", "Appraisal overdue since %1")
                         .arg(formatDate(r.appraisalDue));
    if (!r.duplicates.isEmpty())
        lines << QCoreApplication::translate("Reports", "Nominated more than once");
    return lines.join(u'\n');
}

QString moneyCell(const services::NominationRow& r)
{
    if (!r.awardMoney)
        return u"—"_s;
    return formatCount(*r.awardMoney) + (r.moneyEstimated ? u" *"_s : QString());
}

Table nominationTable(const QList<FormGroup>& groups)
{
    Table table;
    table.numberColumns = true;
    table.columns = {numberColumn(),
                     textColumn(QCoreApplication::translate("Reports", "Nominee"), 5),
                     centredColumn(QCoreApplication::translate("Reports", "Kind"), 2),
                     textColumn(QCoreApplication::translate("Reports", "Unit or workplace"), 4),
                     textColumn(QCoreApplication::translate("Reports", "Nominating agency"), 4),
                     textColumn(QCoreApplication::translate("Reports", "Eligibility"), 6),
                     textColumn(QCoreApplication::translate("Reports", "Status"), 3),
                     figureColumn(QCoreApplication::translate("Reports", "Award money (đồng)"), 3)};
    Sums grand;
    int number = 0;
    for (int g = 0; g < groups.size(); ++g) {
        table.rows << groupRow(g + 1, formName(groups[g].form).toUpper(), kColumns);
        Sums sums;
        for (const services::NominationRow& r : groups[g].rows) {
            sums.add(r);
            grand.add(r);
            table.rows << row({QString::number(++number), nomineeCell(r.nomination),
                               i18n::nomineeKindName(r.nomination.kind), placeCell(r), r.agencyName,
                               eligibilityCell(r.eligibility), statusCell(r), moneyCell(r)},
                              kColumns);
        }
        table.rows << row({QString(),
                           QCoreApplication::translate("Reports", "Total %1: %2")
                                   .arg(romanNumeral(g + 1), formatCount(sums.count)),
                           QString(), QString(), QString(), QString(), QString(),
                           formatCount(sums.money)},
                          kColumns, TableRow::Kind::Total);
    }
    table.rows << row({QString(),
                       QCoreApplication::translate("Reports", "Grand total: %1")
                               .arg(formatCount(grand.count)),
                       QString(), QString(), QString(), QString(), QString(),
                       formatCount(grand.money)},
                      kColumns, TableRow::Kind::Total);
    return table;
}

/// Per award form: collectives, individuals, all, money; with a total.
Table formCountTable(const QList<FormGroup>& groups)
{
    Table table;
    table.columns = {numberColumn(),
                     textColumn(QCoreApplication::translate("Reports", "Award form"), 6),
                     figureColumn(QCoreApplication::translate("Reports", "Collectives"), 2),
                     figureColumn(QCoreApplication::translate("Reports", "Individuals"), 2),
                     figureColumn(QCoreApplication::translate("Reports", "Total"), 2),
                     figureColumn(QCoreApplication::translate("Reports", "Award money (đồng)"), 3)};
    Sums grand;
    for (int g = 0; g < groups.size(); ++g) {
        Sums sums;
        for (const services::NominationRow& r : groups[g].rows) {
            sums.add(r);
            grand.add(r);
        }
        table.rows << row({QString::number(g + 1), formName(groups[g].form),
                           formatCount(sums.collectives),
                           formatCount(sums.count - sums.collectives), formatCount(sums.count),
                           formatCount(sums.money)},
                          6);
    }
    table.rows << row({QString(), QCoreApplication::translate("Reports", "Total"),
                       formatCount(grand.collectives), formatCount(grand.count - grand.collectives),
                       formatCount(grand.count), formatCount(grand.money)},
                      6, TableRow::Kind::Total);
    return table;
}

QList<Block> summary(const QList<services::NominationRow>& listed, int rejected, QDate today)
{
    Sums sums;
    int eligible = 0, notEligible = 0, notMeasured = 0;
    for (const services::NominationRow& r : listed) {
        sums.add(r);
        const std::optional<bool> verdict = r.eligibility.measurableEligible();
        eligible += verdict == true ? 1 : 0;
        notEligible += verdict == false ? 1 : 0;
        notMeasured += verdict ? 0 : 1;
    }
    QList<Block> blocks;
    blocks << Paragraph{QCoreApplication::translate("Reports",
                                                    "%1, the list holds %n nomination(s) "
                                                    "(collectives: %2, individuals: %3), "
                                                    "grouped by award form in the appendix.",
                                                    "", int(sums.count))
                                .arg(asOf(today), formatCount(sums.collectives),
                                     formatCount(sums.count - sums.collectives))};
    blocks << Paragraph{QCoreApplication::translate("Reports",
                                                    "Against the measurable criteria of the "
                                                    "campaign: %1 eligible, %2 not eligible, %3 "
                                                    "not measured (not tied to an election unit, "
                                                    "or no criterion applies).")
                                .arg(formatCount(eligible), formatCount(notEligible),
                                     formatCount(notMeasured))};
    QString money = QCoreApplication::translate("Reports", "Award money: %1 đồng in total.")
                            .arg(formatCount(sums.money));
    if (sums.estimated > 0)
        money += u' '
                 + QCoreApplication::translate("Reports", "Of this, %1 đồng (marked *) is "
                                                          "estimated at today's rates for "
                                                          "nominations not yet decided.")
                           .arg(formatCount(sums.estimated));
    if (sums.noRate > 0)
        money += u' '
                 + QCoreApplication::translate("Reports",
                                               "%n nomination(s) (marked —) have no "
                                               "rate in the award settings: a state "
                                               "award is paid by the level that "
                                               "decides it.",
                                               "", int(sums.noRate));
    blocks << Paragraph{money};
    if (rejected > 0)
        blocks << Paragraph{QCoreApplication::translate("Reports",
                                                        "%n rejected nomination(s) are not "
                                                        "listed.",
                                                        "", rejected)};
    return blocks;
}

} // namespace

Result<ReportDocument> buildNominationsReport(services::Workspace& workspace,
                                              const Letterhead& letterhead)
{
    QElapsedTimer timer;
    timer.start();
    const auto rows = services::NominationService(workspace).list();
    if (!rows)
        return rows.error();
    const services::PlanService planService(workspace);
    const auto campaigns = planService.campaigns();
    if (!campaigns)
        return campaigns.error();
    const auto agencies = planService.agencies();
    if (!agencies)
        return agencies.error();
    const QDate today = workspace.clock().today();
    const qint64 readMs = timer.restart();

    QList<services::NominationRow> listed;
    int rejected = 0;
    for (const services::NominationRow& r : *rows) {
        if (r.nomination.status == NominationStatus::Rejected)
            ++rejected;
        else
            listed << r;
    }

    Section body;
    body.blocks << situationHeading();
    if (listed.isEmpty()) {
        body.blocks << Paragraph{
                QCoreApplication::translate("Reports", "%1, no nomination is waiting to be "
                                                       "proposed for an award, so there is no "
                                                       "list to attach.")
                        .arg(asOf(today))};
        if (rejected > 0)
            body.blocks << summary(listed, rejected, today).last();
        return ReportDocument{letterhead, {body}};
    }

    const QList<FormGroup> groups = groupByForm(listed, *campaigns);
    body.blocks << summary(listed, rejected, today);
    body.blocks << formCountTable(groups);

    Section appendix;
    appendix.orientation = Section::Orientation::Automatic;
    appendix.blocks << appendixHeader(letterhead, *agencies, 0,
                                      QCoreApplication::translate("Reports",
                                                                  "List of collectives and "
                                                                  "individuals proposed for "
                                                                  "awards"));
    appendix.blocks << nominationTable(groups);
    appendix.blocks << Paragraph{QCoreApplication::translate("Reports",
                                                             "* estimated at today's rates: no "
                                                             "decision yet. — no rate in the "
                                                             "award settings. Percentages are "
                                                             "floored to two decimals."),
                                 Paragraph::Style::Note};
    // The reports layer has no logger of its own; it logs with the services it reads through.
    log::services()->info("nominations report: {} nominations read in {} ms, document built in "
                          "{} ms",
                          rows->size(), readMs, timer.elapsed());
    return ReportDocument{letterhead, {body, appendix}};
}

} // namespace ed::reports
