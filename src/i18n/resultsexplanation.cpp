// Why a unit passes or fails, in sentences (resultswording.h).

#include "core/vnformat.h"
#include "i18n/resultswording.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ed::i18n {

namespace {

QString symbol(Comparison op)
{
    switch (op) {
    case Comparison::AtLeast: return u"≥"_s;
    case Comparison::Above: return u">"_s;
    case Comparison::AtMost: return u"≤"_s;
    case Comparison::Below: return u"<"_s;
    case Comparison::NoneAllowed:
    case Comparison::Judgement: break;
    }
    return {};
}

/// "≥ 99,90 %"; thresholds have at most two decimals of a percent in practice.
QString line(const Measure& m)
{
    const Ratio& t = m.threshold;
    return symbol(m.comparison) + u' ' + localPercent(t.numerator * 10'000 / t.denominator);
}

/// "99,89 % (19.979/20.000)"
QString figures(const Measure& m)
{
    return u"%1 (%2/%3)"_s.arg(percentText(m), localCount(m.part), localCount(m.whole));
}

QString voterVerdict(const Measure& m)
{
    const int n = int(qAbs(m.margin));
    return m.ok ? QCoreApplication::translate("Results", "passes with %n voter(s) to spare", "", n)
                : QCoreApplication::translate("Results", "%n voter(s) short", "", n);
}

QString ballotVerdict(const Measure& m)
{
    const int n = int(qAbs(m.margin));
    return m.ok ? QCoreApplication::translate(
                   "Results", "passes; %n more invalid ballot(s) would still pass", "", n)
                : QCoreApplication::translate("Results", "%n invalid ballot(s) too many", "", n);
}

QString turnoutSentence(const Measure& m)
{
    if (!m.computable)
        return QCoreApplication::translate("Results",
                                           "Turnout cannot be computed: no registered voters.");
    if (!m.required)
        return QCoreApplication::translate("Results", "Turnout %1; the campaign sets no limit.")
                .arg(figures(m));
    return QCoreApplication::translate("Results", "Turnout %1, needs %2: %3.")
            .arg(figures(m), line(m), voterVerdict(m));
}

QString studySentence(const Measure& m)
{
    if (!m.computable)
        return QCoreApplication::translate(
                "Results", "The share who studied the election law cannot be computed: no "
                           "registered voters.");
    if (!m.required)
        return QCoreApplication::translate(
                       "Results", "Studied the election law %1; the campaign sets no limit.")
                .arg(figures(m));
    return QCoreApplication::translate("Results", "Studied the election law %1, needs %2: %3.")
            .arg(figures(m), line(m), voterVerdict(m));
}

QString invalidSentence(const Measure& m)
{
    if (!m.computable)
        return QCoreApplication::translate(
                "Results", "The invalid share cannot be computed: a ballot has no counting "
                           "result or received no ballots.");
    const QString ballot = m.ballot ? ballotName(*m.ballot) : QString();
    if (!m.required)
        return QCoreApplication::translate("Results",
                                           "Highest invalid share %1 (%2); the campaign sets no "
                                           "limit.")
                .arg(figures(m), ballot);
    return QCoreApplication::translate("Results", "Highest invalid share %1 (%2), needs %3: %4.")
            .arg(figures(m), ballot, line(m), ballotVerdict(m));
}

QString revoteSentence(const Measure& m)
{
    if (!m.computable)
        return QCoreApplication::translate("Results", "No counting results yet.");
    if (m.part == 0)
        return QCoreApplication::translate("Results",
                                           "No ballot needed bầu cử thêm or bầu cử lại.");
    return QCoreApplication::translate(
                   "Results", "%n ballot(s) needed bầu cử thêm or bầu cử lại%1.", "", int(m.part))
            .arg(m.required ? QCoreApplication::translate("Results", ": fails") : QString());
}

} // namespace

QString measureSentence(const QString& criterionCode, const Measure& m)
{
    if (criterionCode == u"turnout"_s)
        return turnoutSentence(m);
    if (criterionCode == u"law_study"_s)
        return studySentence(m);
    if (criterionCode == u"invalid_ballots"_s)
        return invalidSentence(m);
    if (criterionCode == u"no_revote"_s)
        return revoteSentence(m);
    return {};
}

QStringList explanation(const UnitEvaluation& e)
{
    QStringList sentences;
    if (e.eligible)
        sentences << QCoreApplication::translate("Results", "Eligible for the award.");
    else
        sentences << QCoreApplication::translate("Results", "Not eligible:");
    const UnitTotals& t = e.totals;
    if (!t.allReported())
        sentences << QCoreApplication::translate(
                             "Results", "%1 of %2 polling areas have reported; a unit is eligible "
                                        "only when all have.")
                             .arg(localCount(t.reportedLeaves), localCount(t.leaves));
    sentences << turnoutSentence(e.turnout) << studySentence(e.lawStudy)
              << invalidSentence(e.invalid) << revoteSentence(e.noRevote);
    return sentences;
}

QStringList nearMisses(const UnitEvaluation& e)
{
    QStringList warnings;
    if (isNearMiss(e.turnout))
        warnings << QCoreApplication::translate("Results",
                                                "Turnout is only %n voter(s) above the line.", "",
                                                int(e.turnout.margin));
    if (isNearMiss(e.lawStudy))
        warnings << QCoreApplication::translate(
                "Results", "The share who studied the law is only %n voter(s) above the line.", "",
                int(e.lawStudy.margin));
    if (isNearMiss(e.invalid)) {
        // One more invalid ballot than the margin reaches the line.
        const int toLine = int(e.invalid.margin + 1);
        warnings << QCoreApplication::translate(
                "Results", "The invalid share is only %n ballot(s) below the line.", "", toLine);
    }
    return warnings;
}

} // namespace ed::i18n
