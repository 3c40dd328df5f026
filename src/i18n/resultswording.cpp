#include "i18n/resultswording.h"

#include "core/vnformat.h"
#include "i18n/schedulewording.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ed::i18n {

namespace {

/// A number of the file grouped as the UI language writes it ("1.250", "1,250"); other text
/// as it is.
QString figure(const QString& text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? localCount(value) : text;
}

/// "12.345" → "12345" when only separators and spaces stand between the digits.
QString digitsOnly(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
        else if (c != u'.' && c != u',' && c != u' ' && c != u'\u00a0')
            return {};
    }
    return digits;
}

/// What is wrong, with the value (`a`) and what it was compared with (`b`).
QString ruleText(Rule rule, const QString& a, const QString& b, const QString& columnName)
{
    switch (rule) {
    case Rule::NotWholeNumber: {
        const QString digits = digitsOnly(a);
        if (!digits.isEmpty() && digits != a)
            return QCoreApplication::translate(
                           "Rules", "\"%1\" is not a whole number in digits only; write %2")
                    .arg(a, digits);
        return QCoreApplication::translate("Rules",
                                           "\"%1\" is not a whole number; write digits only, "
                                           "without signs, separators or spaces (for example "
                                           "12345)")
                .arg(a);
    }
    case Rule::NumberTooLarge:
        return QCoreApplication::translate(
                       "Rules", "%1 is larger than any count can be (at most 999999999); check it")
                .arg(a);
    case Rule::InvalidDateTime:
        return QCoreApplication::translate("Rules",
                                           "\"%1\" is not a real date and time; write ISO 8601, "
                                           "for example 2021-05-23T19:30")
                .arg(a);
    case Rule::UnknownParent:
        return QCoreApplication::translate(
                       "Rules",
                       "no unit has the code \"%1\"; write the code of a unit in this file or "
                       "already imported, or leave it empty for a top-level unit")
                .arg(a);
    case Rule::ParentCycle:
        return QCoreApplication::translate(
                       "Rules", "the parent \"%1\" would place the unit under itself; correct "
                                "the parent codes")
                .arg(a);
    case Rule::ParentLevel:
        if (columnName == u"level"_s)
            return QCoreApplication::translate(
                           "Rules", "the unit \"%2\" stands under this unit, so its level cannot "
                                    "be \"%1\"; a parent stands higher than its children")
                    .arg(a, b);
        return QCoreApplication::translate(
                       "Rules", "the parent \"%1\" is at level \"%2\", not above this unit; "
                                "the order is province, district, commune, area")
                .arg(a, b);
    case Rule::FiguresOnParent:
        if (columnName == u"parent_code"_s)
            return QCoreApplication::translate(
                           "Rules", "the unit \"%1\" has voter figures, so it cannot have units "
                                    "under it; import it without figures first")
                    .arg(a);
        return QCoreApplication::translate(
                       "Rules", "other units name this unit as their parent, so its figures "
                                "must be empty: figures belong to the polling areas and are "
                                "summed upwards")
                .arg(a);
    case Rule::PartialFigures:
        return QCoreApplication::translate(
                "Rules", "registered_voters, voters_voted and law_study_participants are given "
                         "together, or all left empty while the unit has not reported; fill "
                         "this one in");
    case Rule::ResultsOnParent:
        return QCoreApplication::translate("Rules",
                                           "the unit \"%1\" already has counting results, so it "
                                           "cannot have units under it")
                .arg(a);
    case Rule::VotedAboveRegistered:
        return QCoreApplication::translate(
                       "Rules", "%1 voters voted but only %2 are registered; check the minutes")
                .arg(figure(a), figure(b));
    case Rule::StudyAboveRegistered:
        return QCoreApplication::translate("Rules",
                                           "%1 voters studied the election law but only %2 are "
                                           "registered; check the figure")
                .arg(figure(a), figure(b));
    case Rule::UnknownUnit:
        return QCoreApplication::translate(
                       "Rules", "no unit has the code \"%1\"; import the units file first or "
                                "correct the code")
                .arg(a);
    case Rule::NotALeaf:
        return QCoreApplication::translate(
                       "Rules", "the unit \"%1\" has units under it; counting results belong to "
                                "polling areas, whose sums make the totals above them")
                .arg(a);
    case Rule::UnitNotReported:
        return QCoreApplication::translate(
                       "Rules", "the unit \"%1\" has no voter figures yet; import its "
                                "registered_voters, voters_voted and law_study_participants "
                                "with the units file first")
                .arg(a);
    case Rule::IssuedAboveRegistered:
        // In the units file the cell is registered_voters: its value comes first there.
        return QCoreApplication::translate(
                       "Rules", "%1 ballots issued but only %2 voters are registered; a voter "
                                "gets one ballot of each kind")
                .arg(figure(columnName == u"registered_voters"_s ? b : a),
                     figure(columnName == u"registered_voters"_s ? a : b));
    case Rule::FiguresNeededByResults:
        return QCoreApplication::translate(
                "Rules", "the unit has counting results, so its voter figures cannot be left "
                         "empty; give all three");
    case Rule::ReceivedAboveIssued:
        return QCoreApplication::translate(
                       "Rules", "%1 ballots received but only %2 issued; the box cannot hold "
                                "more than was issued")
                .arg(figure(a), figure(b));
    case Rule::ValidInvalidMismatch:
        return QCoreApplication::translate(
                       "Rules", "valid and invalid ballots add up to %2 but %1 were received; "
                                "every ballot taken out is either valid or invalid")
                .arg(figure(a), figure(b));
    case Rule::LowTurnoutWithoutRevote:
        return QCoreApplication::translate(
                       "Rules", "only %1 of %2 registered voters voted (50 % or less) and "
                                "bầu cử lại is not marked; the law requires a re-run (Art. 80): "
                                "mark revote or check the figures")
                .arg(figure(a), figure(b));
    case Rule::HighInvalidShare:
        return QCoreApplication::translate("Rules",
                                           "%1 of %2 ballots received are invalid (more than "
                                           "5 %); check the count")
                .arg(figure(a), figure(b));
    case Rule::ReceivedFarFromVoted:
        return QCoreApplication::translate("Rules",
                                           "%1 ballots received but %2 voters voted (more than "
                                           "2 % apart); explain the difference")
                .arg(figure(columnName == u"voters_voted"_s ? b : a),
                     figure(columnName == u"voters_voted"_s ? a : b));
    case Rule::IssuedDiffersFromVoted:
        return QCoreApplication::translate("Rules",
                                           "%1 ballots issued but %2 voters voted; the team "
                                           "must compare them and explain the difference")
                .arg(figure(a), figure(b));
    case Rule::ReceivedBelowIssued:
        return QCoreApplication::translate(
                       "Rules", "%1 ballots received of %2 issued; a ballot was not put in the box")
                .arg(figure(a), figure(b));
    case Rule::NobodyVoted:
        return QCoreApplication::translate("Rules",
                                           "nobody voted although %1 voters are registered")
                .arg(figure(b));
    case Rule::NoRegisteredVoters:
        return QCoreApplication::translate(
                "Rules", "no registered voters: percentages cannot be computed and the unit can "
                         "never pass a criterion");
    case Rule::UnreadableFile:
    case Rule::MalformedCsv:
    case Rule::MissingColumn:
    case Rule::FieldCount:
    case Rule::Required:
    case Rule::UnknownValue:
    case Rule::Duplicate: break; // worded by importProblemMessage()
    }
    return ruleTitle(rule);
}

} // namespace

QString ruleTitle(Rule rule)
{
    switch (rule) {
    case Rule::UnreadableFile:
        return QCoreApplication::translate("Rules", "The file cannot be read as text");
    case Rule::MalformedCsv: return QCoreApplication::translate("Rules", "Malformed CSV");
    case Rule::MissingColumn: return QCoreApplication::translate("Rules", "Missing column");
    case Rule::FieldCount:
        return QCoreApplication::translate("Rules", "Wrong number of fields on a line");
    case Rule::Required: return QCoreApplication::translate("Rules", "Required value missing");
    case Rule::NotWholeNumber: return QCoreApplication::translate("Rules", "Not a whole number");
    case Rule::NumberTooLarge: return QCoreApplication::translate("Rules", "Number too large");
    case Rule::UnknownValue:
        return QCoreApplication::translate("Rules", "Unknown level, ballot or flag");
    case Rule::InvalidDateTime:
        return QCoreApplication::translate("Rules", "Impossible date or time");
    case Rule::Duplicate: return QCoreApplication::translate("Rules", "Duplicate line");
    case Rule::UnknownParent: return QCoreApplication::translate("Rules", "Unknown parent unit");
    case Rule::ParentCycle: return QCoreApplication::translate("Rules", "Units under themselves");
    case Rule::ParentLevel:
        return QCoreApplication::translate("Rules", "Parent not above its child");
    case Rule::FiguresOnParent:
        return QCoreApplication::translate("Rules", "Figures on a unit with children");
    case Rule::PartialFigures:
        return QCoreApplication::translate("Rules", "Some voter figures missing");
    case Rule::ResultsOnParent:
        return QCoreApplication::translate("Rules", "Results on a unit that gets children");
    case Rule::VotedAboveRegistered:
        return QCoreApplication::translate("Rules", "More voters voted than registered");
    case Rule::StudyAboveRegistered:
        return QCoreApplication::translate("Rules", "More studied the law than registered");
    case Rule::UnknownUnit: return QCoreApplication::translate("Rules", "Unknown unit");
    case Rule::NotALeaf:
        return QCoreApplication::translate("Rules", "Results for a unit with children");
    case Rule::UnitNotReported:
        return QCoreApplication::translate("Rules", "Results before voter figures");
    case Rule::IssuedAboveRegistered:
        return QCoreApplication::translate("Rules", "More ballots issued than voters registered");
    case Rule::ReceivedAboveIssued:
        return QCoreApplication::translate("Rules", "More ballots received than issued");
    case Rule::ValidInvalidMismatch:
        return QCoreApplication::translate("Rules", "Valid + invalid ≠ received");
    case Rule::FiguresNeededByResults:
        return QCoreApplication::translate("Rules", "Figures removed from a unit with results");
    case Rule::LowTurnoutWithoutRevote:
        return QCoreApplication::translate("Rules", "Turnout of 50 % or less without bầu cử lại");
    case Rule::HighInvalidShare:
        return QCoreApplication::translate("Rules", "Unusually many invalid ballots");
    case Rule::ReceivedFarFromVoted:
        return QCoreApplication::translate("Rules", "Ballots received far from voters who voted");
    case Rule::IssuedDiffersFromVoted:
        return QCoreApplication::translate("Rules", "Ballots issued differ from voters who voted");
    case Rule::ReceivedBelowIssued:
        return QCoreApplication::translate("Rules", "Fewer ballots received than issued");
    case Rule::NobodyVoted: return QCoreApplication::translate("Rules", "Nobody voted");
    case Rule::NoRegisteredVoters:
        return QCoreApplication::translate("Rules", "No registered voters");
    }
    return {};
}

QString ruleAdvice(Rule rule)
{
    switch (rule) {
    case Rule::UnreadableFile:
        return QCoreApplication::translate(
                "Rules", "Save the sheet as \"CSV UTF-8\" with a header line and try again.");
    case Rule::MalformedCsv:
    case Rule::FieldCount:
        return QCoreApplication::translate(
                "Rules", "Put a field that contains a comma or a quote in quotes, and double the "
                         "quotes inside it.");
    case Rule::MissingColumn:
    case Rule::Required:
    case Rule::UnknownValue:
        return QCoreApplication::translate(
                "Rules", "Write what the message names; the columns are listed in docs/rules.md.");
    case Rule::NotWholeNumber:
    case Rule::NumberTooLarge:
        return QCoreApplication::translate(
                "Rules", "Format the column as plain numbers without thousands separators.");
    case Rule::InvalidDateTime:
        return QCoreApplication::translate(
                "Rules",
                "Write the time the unit reported as 2021-05-23T19:30, or leave it empty.");
    case Rule::Duplicate:
        return QCoreApplication::translate("Rules", "Keep one line for each code or each "
                                                    "(unit, ballot).");
    case Rule::UnknownParent:
    case Rule::ParentCycle:
    case Rule::ParentLevel:
        return QCoreApplication::translate(
                "Rules", "Check parent_code: a district names its province, a commune its "
                         "district (or province), a polling area its commune.");
    case Rule::FiguresOnParent:
    case Rule::PartialFigures:
    case Rule::ResultsOnParent:
    case Rule::FiguresNeededByResults:
        return QCoreApplication::translate(
                "Rules", "Give figures only for the polling areas; the totals above are sums.");
    case Rule::VotedAboveRegistered:
    case Rule::StudyAboveRegistered:
    case Rule::IssuedAboveRegistered:
    case Rule::ReceivedAboveIssued:
    case Rule::ValidInvalidMismatch:
        return QCoreApplication::translate(
                "Rules", "Compare the figures with the signed counting minutes and correct the "
                         "one that was keyed wrongly.");
    case Rule::UnknownUnit:
    case Rule::NotALeaf:
    case Rule::UnitNotReported:
        return QCoreApplication::translate(
                "Rules", "Import the units file first, then the results of its polling areas.");
    case Rule::LowTurnoutWithoutRevote:
        return QCoreApplication::translate(
                "Rules", "Ask the election committee whether a re-run was decided and mark it.");
    case Rule::HighInvalidShare:
    case Rule::ReceivedFarFromVoted:
    case Rule::IssuedDiffersFromVoted:
    case Rule::ReceivedBelowIssued:
    case Rule::NobodyVoted:
    case Rule::NoRegisteredVoters:
        return QCoreApplication::translate(
                "Rules", "The figures are legal; confirm them with the polling team and note the "
                         "explanation in the minutes.");
    }
    return {};
}

QString ballotName(Ballot ballot)
{
    switch (ballot) {
    case Ballot::NationalAssembly:
        return QCoreApplication::translate("Results", "National Assembly");
    case Ballot::Province: return QCoreApplication::translate("Results", "Provincial council");
    case Ballot::District: return QCoreApplication::translate("Results", "District council");
    case Ballot::Commune: return QCoreApplication::translate("Results", "Commune council");
    }
    return {};
}

QString unitLevelName(UnitLevel level)
{
    switch (level) {
    case UnitLevel::Province: return QCoreApplication::translate("Results", "Province");
    case UnitLevel::District: return QCoreApplication::translate("Results", "District");
    case UnitLevel::Commune: return QCoreApplication::translate("Results", "Commune");
    case UnitLevel::Area: return QCoreApplication::translate("Results", "Polling area");
    }
    return {};
}

QString figureName(const QString& field)
{
    if (field == u"registered_voters"_s)
        return QCoreApplication::translate("Results", "Registered voters");
    if (field == u"voters_voted"_s)
        return QCoreApplication::translate("Results", "Voters who voted");
    if (field == u"law_study_participants"_s)
        return QCoreApplication::translate("Results", "Voters who studied the election law");
    if (field == u"ballots_issued"_s)
        return QCoreApplication::translate("Results", "Ballots issued");
    if (field == u"ballots_received"_s)
        return QCoreApplication::translate("Results", "Ballots received");
    if (field == u"valid_ballots"_s)
        return QCoreApplication::translate("Results", "Valid ballots");
    if (field == u"invalid_ballots"_s)
        return QCoreApplication::translate("Results", "Invalid ballots");
    if (field == u"revote"_s)
        return QCoreApplication::translate("Results", "Re-run (bầu cử lại)");
    if (field == u"additional_vote"_s)
        return QCoreApplication::translate("Results", "Additional election (bầu cử thêm)");
    return field;
}

QString localCount(qint64 value)
{
    return QLocale().toString(value);
}

QString localPercent(qint64 basisPoints)
{
    const QLocale locale;
    return u"%1%2%3 %"_s.arg(locale.toString(basisPoints / 100), locale.decimalPoint())
            .arg(basisPoints % 100, 2, 10, QChar(u'0'));
}

QString resultsProblemMessage(const ImportProblem& p)
{
    std::optional<Rule> rule;
    for (const Rule r : allRules()) {
        if (ruleId(r) == p.rule)
            rule = r;
    }
    QString text;
    if (!rule || !ruleFromKey(p.code) || *rule == Rule::MissingColumn || *rule == Rule::Required
        || *rule == Rule::UnknownValue || *rule == Rule::Duplicate)
        text = importProblemMessage(p); // parse errors keep their own code
    else
        text = problemLocation(p) + u": "_s + ruleText(*rule, p.value, p.detail, p.columnName);
    // A limit's own words say what to do: E01's "save as CSV UTF-8" and E02's quoting advice
    // would send the user looking for the wrong fault.
    const bool limit = p.code == u"file_too_large"_s || p.code == u"line_too_long"_s
                       || p.code == u"too_many_fields"_s;
    const QString advice = rule && !limit ? ruleAdvice(*rule) : QString();
    text = p.rule.isEmpty() ? text : p.rule + u' ' + text;
    return advice.isEmpty() || !rule || *rule == Rule::MissingColumn ? text
                                                                     : text + u". "_s + advice;
}

QString findingMessage(const Finding& f)
{
    const QString where = f.ballot ? ballotName(*f.ballot) + u": "_s : QString();
    return ruleId(f.rule) + u' ' + where
           + ruleText(f.rule, QString::number(f.value), QString::number(f.limit), f.field);
}

QString percentText(const Measure& m)
{
    return m.computable ? localPercent(m.basisPoints) : QString();
}

} // namespace ed::i18n
