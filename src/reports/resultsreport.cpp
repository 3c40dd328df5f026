// Campaign results by district: the province's figures, the criteria and a turnout chart in the
// body; each district-level unit with the province's total in Appendix I.

#include "core/clock.h"
#include "core/ratio.h"
#include "core/vnformat.h"
#include "i18n/nominationwording.h"
#include "reports/reportbuilder.h"
#include "reports/reporttext.h"
#include "services/planservice.h"
#include "services/resultsservice.h"
#include "services/workspace.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::reports {

namespace {

constexpr int kColumns = 8;

/// A top-level unit (a province) and the units one level below it (its districts, or its
/// communes in a tree without districts).
struct Province
{
    UnitEvaluation total;
    QList<UnitEvaluation> children;
};

QList<Province> provinces(const QList<UnitEvaluation>& units)
{
    QList<Province> list;
    for (const UnitEvaluation& e : units) {
        if (e.depth == 0)
            list << Province{e, {}};
        else if (e.depth == 1 && !list.isEmpty())
            list.last().children << e;
    }
    return list;
}

/// Floored to hundredths (law.md §5): 19 979 of 20 000 is "99,89 %"; "—" when not computable.
QString percentCell(const Measure& m)
{
    return m.computable ? formatBasisPoints(basisPoints(m.part, m.whole)) : u"—"_s;
}

QString figureCell(const UnitEvaluation& e, qint64 value)
{
    return e.totals.reportedLeaves > 0 ? formatCount(value) : u"—"_s;
}

/// "Not fully reported: 12 of 15 polling areas".
QString reportingWord(const UnitTotals& t)
{
    return QCoreApplication::translate("Reports", "Not fully reported: %1 of %2 polling areas")
            .arg(formatCount(t.reportedLeaves), formatCount(t.leaves));
}

QStringList failingCriteria(const UnitEvaluation& e)
{
    QStringList names;
    const std::pair<const Measure*, const char*> measures[] = {{&e.turnout, "turnout"},
                                                               {&e.lawStudy, "law_study"},
                                                               {&e.invalid, "invalid_ballots"},
                                                               {&e.noRevote, "no_revote"}};
    for (const auto& [measure, code] : measures) {
        if (measure->required && !measure->ok)
            names << i18n::criterionShortName(QLatin1String(code));
    }
    return names;
}

QString eligibleCell(const UnitEvaluation& e, bool decided)
{
    if (!decided)
        return u"—"_s;
    if (e.eligible)
        return QCoreApplication::translate("Reports", "Yes");
    QStringList reasons = failingCriteria(e);
    if (!e.totals.allReported())
        reasons << QCoreApplication::translate("Reports", "not fully reported");
    return QCoreApplication::translate("Reports", "No: %1").arg(reasons.join(u", "_s));
}

QStringList
unitRow(const UnitEvaluation& e, const QString& first, const QString& name, bool decided)
{
    const QString label =
            e.totals.allReported() ? name : u"%1\n(%2)"_s.arg(name, reportingWord(e.totals));
    return {first,
            label,
            figureCell(e, e.totals.registered),
            figureCell(e, e.totals.voted),
            percentCell(e.turnout),
            percentCell(e.invalid),
            percentCell(e.lawStudy),
            eligibleCell(e, decided)};
}

Table resultsTable(const QList<Province>& list, bool decided)
{
    Table table;
    table.numberColumns = true;
    table.columns = {
            numberColumn(),
            textColumn(QCoreApplication::translate("Reports", "Unit"), 5),
            figureColumn(QCoreApplication::translate("Reports", "Registered voters"), 3),
            figureColumn(QCoreApplication::translate("Reports", "Voters who voted"), 3),
            figureColumn(QCoreApplication::translate("Reports", "Turnout (%)"), 3),
            figureColumn(QCoreApplication::translate("Reports", "Highest invalid ballot share (%)"),
                         3),
            figureColumn(QCoreApplication::translate("Reports", "Studied the election law (%)"), 3),
            textColumn(QCoreApplication::translate("Reports", "Eligible"), 4)};
    int number = 0;
    for (int p = 0; p < list.size(); ++p) {
        const Province& province = list[p];
        if (list.size() > 1)
            table.rows << groupRow(p + 1, province.total.unit.name, kColumns);
        for (const UnitEvaluation& e : province.children)
            table.rows << row(unitRow(e, QString::number(++number), e.unit.name, decided),
                              kColumns);
        table.rows << row(unitRow(province.total, QString(),
                                  QCoreApplication::translate("Reports", "Total: %1")
                                          .arg(province.total.unit.name),
                                  decided),
                          kColumns, TableRow::Kind::Total);
    }
    return table;
}

/// Turnout of the districts (of the provinces, when there are several), floored, against the
/// campaign's turnout line.
BarChart turnoutChart(const QList<Province>& list, const std::optional<Criterion>& turnout)
{
    BarChart chart;
    chart.title = QCoreApplication::translate("Reports", "Turnout by unit (%, floored to two "
                                                         "decimals)");
    QList<UnitEvaluation> bars;
    if (list.size() == 1)
        bars = list.first().children;
    else
        for (const Province& p : list)
            bars << p.total;
    for (const UnitEvaluation& e : bars) {
        if (!e.turnout.computable)
            continue;
        chart.labels << e.unit.name;
        chart.basisPoints << basisPoints(e.turnout.part, e.turnout.whole);
    }
    if (turnout && turnout->threshold.isValid()) {
        chart.thresholdBasisPoints =
                basisPoints(turnout->threshold.numerator, turnout->threshold.denominator);
        chart.thresholdLabel = QCoreApplication::translate("Reports", "Target %1")
                                       .arg(formatBasisPoints(chart.thresholdBasisPoints));
    }
    return chart;
}

/// "turnout ≥ 99,90 %", "no bầu cử thêm or lại".
QString criterionText(const Criterion& c)
{
    const QString name = i18n::criterionShortName(c.code);
    const QString percent =
            formatBasisPoints(basisPoints(c.threshold.numerator, c.threshold.denominator));
    switch (c.comparison) {
    case Comparison::AtLeast: return u"%1 ≥ %2"_s.arg(name, percent);
    case Comparison::Above: return u"%1 > %2"_s.arg(name, percent);
    case Comparison::AtMost: return u"%1 ≤ %2"_s.arg(name, percent);
    case Comparison::Below: return u"%1 < %2"_s.arg(name, percent);
    case Comparison::NoneAllowed:
    case Comparison::Judgement: break;
    }
    return name;
}

QList<Block>
summary(const QList<Province>& list, const std::optional<Campaign>& campaign, QDate today)
{
    QList<Block> blocks;
    int leaves = 0, reported = 0;
    for (const Province& p : list) {
        leaves += p.total.totals.leaves;
        reported += p.total.totals.reportedLeaves;
    }
    blocks << Paragraph{QCoreApplication::translate("Reports", "%1, %2 of %3 polling areas have "
                                                               "reported their results.")
                                .arg(asOf(today), formatCount(reported), formatCount(leaves))};
    QStringList criteria;
    if (campaign) {
        for (const Criterion& c : campaign->criteria) {
            if (c.measurable && measuredCriterionCodes().contains(c.code))
                criteria << criterionText(c);
        }
    }
    if (criteria.isEmpty())
        blocks << Paragraph{QCoreApplication::translate("Reports",
                                                        "No campaign sets measurable criteria, "
                                                        "so no unit is judged eligible or not.")};
    else
        blocks << Paragraph{QCoreApplication::translate("Reports",
                                                        "A unit is eligible when all its polling "
                                                        "areas have reported and it meets every "
                                                        "criterion of the campaign: %1.")
                                    .arg(criteria.join(u"; "_s))};
    for (const Province& p : list) {
        const UnitEvaluation& e = p.total;
        QStringList sentences{
                QCoreApplication::translate("Reports", "%1: %2 of %3 registered voters voted "
                                                       "(turnout %4).")
                        .arg(e.unit.name, formatCount(e.totals.voted),
                             formatCount(e.totals.registered), percentCell(e.turnout))};
        if (!criteria.isEmpty()) {
            const auto eligible = std::count_if(p.children.begin(), p.children.end(),
                                                [](const UnitEvaluation& u) { return u.eligible; });
            sentences << QCoreApplication::translate("Reports",
                                                     "%1 of %2 units below it are eligible.")
                                 .arg(formatCount(eligible), formatCount(p.children.size()));
        }
        blocks << Paragraph{sentences.join(u' ')};
    }
    return blocks;
}

} // namespace

Result<ReportDocument> buildResultsReport(services::Workspace& workspace,
                                          const Letterhead& letterhead)
{
    const auto evaluation = services::ResultsService(workspace).evaluate();
    if (!evaluation)
        return evaluation.error();
    const auto agencies = services::PlanService(workspace).agencies();
    if (!agencies)
        return agencies.error();
    const QDate today = workspace.clock().today();
    const std::optional<Campaign>& campaign = evaluation->campaign;
    const MeasuredCriteria criteria =
            measuredCriteria(campaign ? campaign->criteria : QList<Criterion>{});

    Section body;
    body.blocks << situationHeading();
    const QList<Province> list = provinces(evaluation->units);
    if (list.isEmpty()) {
        body.blocks << Paragraph{
                QCoreApplication::translate("Reports", "%1, no election units and results have "
                                                       "been imported, so there are no results "
                                                       "to report.")
                        .arg(asOf(today))};
        return ReportDocument{letterhead, {body}};
    }

    body.blocks << summary(list, campaign, today);
    const BarChart chart = turnoutChart(list, criteria.turnout);
    if (!chart.labels.isEmpty()) {
        body.blocks << chart;
        body.blocks << Paragraph{QCoreApplication::translate("Reports",
                                                             "Percentages are floored to two "
                                                             "decimals, never rounded, so that a "
                                                             "shown figure never contradicts its "
                                                             "decision. Units without registered "
                                                             "voters are not shown."),
                                 Paragraph::Style::Note};
    }

    Section appendix;
    appendix.orientation = Section::Orientation::Automatic;
    appendix.blocks << appendixHeader(
            letterhead, *agencies, 1,
            QCoreApplication::translate("Reports", "Election results by unit"));
    appendix.blocks << resultsTable(list, criteria.any());
    appendix.blocks << Paragraph{QCoreApplication::translate("Reports",
                                                             "Figures are sums over the polling "
                                                             "areas that have reported. "
                                                             "Percentages are floored to two "
                                                             "decimals; \"—\" means not "
                                                             "computable."),
                                 Paragraph::Style::Note};
    return ReportDocument{letterhead, {body, appendix}};
}

} // namespace ed::reports
