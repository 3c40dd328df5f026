#include "gui/results/resultstext.h"

#include "core/ratio.h"
#include "gui/wording.h"
#include "i18n/resultswording.h"

#include <QApplication>
#include <QStringList>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

const QString kPass = u"✓ "_s;
const QString kFail = u"✗ "_s;

QString mark(bool pass)
{
    return pass ? kPass : kFail;
}

} // namespace

QString ResultsText::fraction(qint64 part, qint64 whole)
{
    return i18n::localCount(part) + u'/' + i18n::localCount(whole);
}

QString ResultsText::percent(qint64 part, qint64 whole)
{
    return whole > 0 ? i18n::localPercent(basisPoints(part, whole)) : QString();
}

std::optional<bool> ResultsText::passOf(const Measure& measure)
{
    if (!measure.required || !measure.computable)
        return std::nullopt;
    return measure.ok;
}

QIcon ResultsText::passIcon(std::optional<bool> pass)
{
    const QStyle::StandardPixmap pixmap = !pass   ? QStyle::SP_MessageBoxQuestion
                                          : *pass ? QStyle::SP_DialogApplyButton
                                                  : QStyle::SP_DialogCancelButton;
    return QApplication::style()->standardIcon(pixmap);
}

QString ResultsText::criterionName(Criterion criterion)
{
    switch (criterion) {
    case Criterion::Turnout: return tr("Turnout");
    case Criterion::Invalid: return tr("Highest invalid share");
    case Criterion::LawStudy: return tr("Law study");
    case Criterion::NoRevote: return tr("No bầu cử thêm or bầu cử lại");
    }
    return {};
}

QString ResultsText::measureCell(const Measure& measure, Criterion criterion)
{
    if (criterion == Criterion::NoRevote) {
        if (!measure.computable)
            return u"–"_s;
        const QString count = measure.part == 0
                                      ? tr("none")
                                      : tr("%n ballot(s)", nullptr, static_cast<int>(measure.part));
        return measure.required ? mark(measure.ok) + count : count;
    }
    if (!measure.computable)
        return u"–"_s;
    const QString figure = i18n::percentText(measure);
    return measure.required ? mark(measure.ok) + figure : figure;
}

QString ResultsText::measureToolTip(const Measure& measure, Criterion criterion)
{
    QStringList lines{criterionName(criterion)};
    if (!measure.computable) {
        lines << (criterion == Criterion::NoRevote
                          ? tr("Not computable: no polling area below has reported its ballots.")
                          : tr("Not computable: the figures are missing or the denominator is "
                               "zero. A unit that cannot be computed is not eligible."));
        return lines.join(u'\n');
    }
    if (criterion == Criterion::NoRevote) {
        lines << tr("Ballots of the polling areas below that needed bầu cử thêm or bầu cử lại: "
                    "%1 of %2.")
                         .arg(i18n::localCount(measure.part), i18n::localCount(measure.whole));
    } else {
        if (criterion == Criterion::Invalid && measure.ballot)
            lines << tr("Ballot with the highest share: %1").arg(i18n::ballotName(*measure.ballot));
        lines << tr("Exact: %1 = %2")
                         .arg(fraction(measure.part, measure.whole), i18n::percentText(measure));
        lines << tr("Percentages are floored to two decimals, never rounded up, so the figure "
                    "shown always agrees with the decision.");
    }
    if (!measure.required) {
        lines << tr("The campaign does not require this criterion.");
    } else {
        ed::Criterion line;
        line.comparison = measure.comparison;
        line.threshold = measure.threshold;
        line.measurable = true;
        lines << tr("Required: %1").arg(Wording::threshold(line));
        lines << (measure.ok ? tr("✓ Passes") : tr("✗ Fails"));
    }
    return lines.join(u'\n');
}

std::optional<bool> ResultsText::eligiblePass(const UnitEvaluation& unit, bool hasCriteria)
{
    if (!hasCriteria || !unit.totals.allReported())
        return std::nullopt;
    return unit.eligible;
}

QString ResultsText::eligibleCell(const UnitEvaluation& unit, bool hasCriteria)
{
    if (!hasCriteria)
        return tr("– no criteria");
    if (!unit.totals.allReported()) {
        const int pending = unit.totals.leaves - unit.totals.reportedLeaves;
        return unit.isLeaf ? tr("… not reported") : tr("… %n area(s) left", nullptr, pending);
    }
    return unit.eligible ? kPass + tr("Eligible") : kFail + tr("Not eligible");
}

QString ResultsText::reportOrder(const UnitEvaluation& unit)
{
    if (unit.reportRank <= 0)
        return {};
    return u"%1/%2"_s.arg(unit.reportRank).arg(unit.reportedSiblings);
}

QString ResultsText::reportOrderSentence(const UnitEvaluation& unit)
{
    if (unit.reportRank <= 0)
        return tr("No report order yet: the unit has not reported completely.");
    const QString at = dateTime(unit.totals.reportedAt);
    const QString order =
            unit.reportRank == 1
                    ? tr("Reported first of the %n sibling unit(s) that have reported.", nullptr,
                         unit.reportedSiblings)
                    : tr("Reported in place %1 of the %n sibling unit(s) that have reported.",
                         nullptr, unit.reportedSiblings)
                              .arg(unit.reportRank);
    return at.isEmpty() ? order : order + u' ' + tr("Complete at %1.").arg(at);
}

QString ResultsText::pendingSentence(const UnitEvaluation& unit)
{
    const UnitTotals& totals = unit.totals;
    if (unit.isLeaf)
        return totals.allReported() ? tr("The polling area has reported.")
                                    : tr("The polling area has not reported yet.");
    if (totals.allReported())
        return tr("All %n polling area(s) have reported.", nullptr, totals.leaves);
    return tr("%1 of %n polling area(s) have not reported yet.", nullptr, totals.leaves)
            .arg(totals.leaves - totals.reportedLeaves);
}

QString ResultsText::dateTime(const QDateTime& at)
{
    return at.isValid() ? at.toString(u"dd/MM/yyyy HH:mm"_s) : QString();
}

QString ResultsText::lockEvent(const ResultsLockEvent& event)
{
    const QString who = event.user.isEmpty() ? tr("an unknown user") : event.user;
    if (event.locked) {
        const QString text = tr("Marked official by %1 on %2.").arg(who, dateTime(event.at));
        return event.reason.isEmpty() ? text : text + u' ' + tr("Note: %1").arg(event.reason);
    }
    return tr("Unlocked by %1 on %2. Reason: %3").arg(who, dateTime(event.at), event.reason);
}

QString ResultsText::figureSource(FigureSource source)
{
    switch (source) {
    case FigureSource::Import: return tr("Imported");
    case FigureSource::Manual: return tr("Typed in by hand");
    }
    return {};
}

} // namespace ed::gui
