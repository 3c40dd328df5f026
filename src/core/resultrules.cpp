#include "core/resultrules.h"

#include <algorithm>
#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace ed {

namespace {

struct RuleEntry
{
    Rule rule;
    const char* id;
    const char* key;
};

// The catalogue in order. An id is never reused for another meaning (docs/rules.md).
constexpr auto kRules = std::to_array<RuleEntry>({
        {Rule::UnreadableFile, "E01", "unreadable_file"},
        {Rule::MalformedCsv, "E02", "malformed_csv"},
        {Rule::MissingColumn, "E03", "missing_column"},
        {Rule::FieldCount, "E04", "field_count"},
        {Rule::Required, "E05", "required"},
        {Rule::NotWholeNumber, "E06", "not_whole_number"},
        {Rule::NumberTooLarge, "E07", "number_too_large"},
        {Rule::UnknownValue, "E08", "unknown_value"},
        {Rule::InvalidDateTime, "E09", "invalid_datetime"},
        {Rule::Duplicate, "E10", "duplicate"},
        {Rule::UnknownParent, "E11", "unknown_parent"},
        {Rule::ParentCycle, "E12", "parent_cycle"},
        {Rule::ParentLevel, "E13", "parent_level"},
        {Rule::FiguresOnParent, "E14", "figures_on_parent"},
        {Rule::PartialFigures, "E15", "partial_figures"},
        {Rule::ResultsOnParent, "E16", "results_on_parent"},
        {Rule::VotedAboveRegistered, "E17", "voted_above_registered"},
        {Rule::StudyAboveRegistered, "E18", "study_above_registered"},
        {Rule::UnknownUnit, "E19", "unknown_unit"},
        {Rule::NotALeaf, "E20", "not_a_leaf"},
        {Rule::UnitNotReported, "E21", "unit_not_reported"},
        {Rule::IssuedAboveRegistered, "E22", "issued_above_registered"},
        {Rule::ReceivedAboveIssued, "E23", "received_above_issued"},
        {Rule::ValidInvalidMismatch, "E24", "valid_invalid_mismatch"},
        {Rule::FiguresNeededByResults, "E25", "figures_needed_by_results"},
        {Rule::LowTurnoutWithoutRevote, "W01", "low_turnout_without_revote"},
        {Rule::HighInvalidShare, "W02", "high_invalid_share"},
        {Rule::ReceivedFarFromVoted, "W03", "received_far_from_voted"},
        {Rule::IssuedDiffersFromVoted, "W04", "issued_differs_from_voted"},
        {Rule::ReceivedBelowIssued, "W05", "received_below_issued"},
        {Rule::NobodyVoted, "W06", "nobody_voted"},
        {Rule::NoRegisteredVoters, "W07", "no_registered_voters"},
});

const RuleEntry& entry(Rule rule)
{
    return kRules[static_cast<std::size_t>(rule)];
}

Finding
finding(Rule rule, std::optional<Ballot> ballot, const char* field, qint64 value, qint64 limit)
{
    return Finding{rule, ballot, QString::fromLatin1(field), value, limit};
}

} // namespace

QString ruleId(Rule rule)
{
    return QString::fromLatin1(entry(rule).id);
}

QString ruleKey(Rule rule)
{
    return QString::fromLatin1(entry(rule).key);
}

Severity severity(Rule rule)
{
    return entry(rule).id[0] == 'E' ? Severity::Error : Severity::Warning;
}

QList<Rule> allRules()
{
    QList<Rule> rules;
    for (const RuleEntry& e : kRules)
        rules << e.rule;
    return rules;
}

std::optional<Rule> ruleFromKey(QStringView key)
{
    for (const RuleEntry& e : kRules) {
        if (key == QLatin1StringView(e.key))
            return e.rule;
    }
    return std::nullopt;
}

QList<Finding> checkFigures(const VoterFigures& f)
{
    QList<Finding> findings;
    if (f.voted > f.registered)
        findings << finding(Rule::VotedAboveRegistered, {}, "voters_voted", f.voted, f.registered);
    if (f.lawStudy > f.registered)
        findings << finding(Rule::StudyAboveRegistered, {}, "law_study_participants", f.lawStudy,
                            f.registered);
    if (f.registered == 0)
        findings << finding(Rule::NoRegisteredVoters, {}, "registered_voters", 0, 0);
    else if (f.voted == 0)
        findings << finding(Rule::NobodyVoted, {}, "voters_voted", 0, f.registered);
    return findings;
}

QList<Finding> checkBallot(const BallotCount& b, const std::optional<VoterFigures>& figures)
{
    QList<Finding> findings;
    const std::optional<Ballot> on = b.ballot;
    if (figures && b.issued > figures->registered)
        findings << finding(Rule::IssuedAboveRegistered, on, "ballots_issued", b.issued,
                            figures->registered);
    if (b.received > b.issued)
        findings << finding(Rule::ReceivedAboveIssued, on, "ballots_received", b.received,
                            b.issued);
    if (b.valid + b.invalid != b.received)
        findings << finding(Rule::ValidInvalidMismatch, on, "ballots_received", b.received,
                            b.valid + b.invalid);
    // Art. 80: a turnout of half or less requires a re-run of that ballot.
    if (figures && figures->registered > 0 && figures->voted * 2 <= figures->registered
        && !b.revote)
        findings << finding(Rule::LowTurnoutWithoutRevote, on, "revote", figures->voted,
                            figures->registered);
    if (b.received > 0 && b.invalid * 20 > b.received)
        findings << finding(Rule::HighInvalidShare, on, "invalid_ballots", b.invalid, b.received);
    if (figures && figures->voted > 0) {
        const qint64 gap = b.received > figures->voted ? b.received - figures->voted
                                                       : figures->voted - b.received;
        if (gap * 50 > figures->voted)
            findings << finding(Rule::ReceivedFarFromVoted, on, "ballots_received", b.received,
                                figures->voted);
    }
    if (figures && b.issued != figures->voted)
        findings << finding(Rule::IssuedDiffersFromVoted, on, "ballots_issued", b.issued,
                            figures->voted);
    if (b.received < b.issued)
        findings << finding(Rule::ReceivedBelowIssued, on, "ballots_received", b.received,
                            b.issued);
    return findings;
}

QList<Finding> checkMinutes(const UnitMinutes& minutes)
{
    QList<Finding> findings;
    if (minutes.figures)
        findings << checkFigures(*minutes.figures);
    for (const BallotCount& ballot : minutes.ballots)
        findings << checkBallot(ballot, minutes.figures);
    return findings;
}

bool hasErrors(const QList<Finding>& findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return severity(f.rule) == Severity::Error; });
}

std::optional<qint64> parseCount(QStringView text, bool* tooLarge)
{
    if (tooLarge)
        *tooLarge = false;
    const QStringView digits = text.trimmed();
    if (digits.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    bool large = false;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        if (!large) {
            value = value * 10 + (c.unicode() - u'0');
            large = value > kMaxCount;
        }
    }
    if (large) {
        if (tooLarge)
            *tooLarge = true;
        return std::nullopt;
    }
    return value;
}

QStringList flagWords()
{
    return {u"0"_s, u"1"_s, u"false"_s, u"true"_s, u"no"_s, u"yes"_s, u"không"_s, u"có"_s};
}

std::optional<bool> parseFlag(QStringView text)
{
    // NFC first, so that a decomposed "có" from another program still matches.
    const QString word =
            text.trimmed().toString().normalized(QString::NormalizationForm_C).toLower();
    const QStringList words = flagWords();
    const qsizetype index = words.indexOf(word);
    if (index < 0)
        return std::nullopt;
    return index % 2 == 1;
}

namespace {

/// "yyyy-MM-ddTHH:mm:ss" exactly, the form stored and the one most files hold, read without
/// QDateTime::fromString (ten times slower over a national file). nullopt for anything else,
/// valid or not, which the general path then reads.
std::optional<QDateTime> plainIsoDateTime(QStringView s)
{
    if (s.size() != 19 || s[4] != u'-' || s[7] != u'-' || s[10] != u'T' || s[13] != u':'
        || s[16] != u':')
        return std::nullopt;
    bool digits = true;
    auto number = [&](int at, int length) {
        int n = 0;
        for (int i = at; i < at + length; ++i) {
            const char16_t c = s[i].unicode();
            digits = digits && c >= u'0' && c <= u'9';
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2));
    if (!digits || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time);
}

} // namespace

QDateTime parseDateTime(QStringView text)
{
    if (const auto plain = plainIsoDateTime(text))
        return *plain;
    QString s = text.trimmed().toString();
    // ISO 8601 needs a date and a time; a space for the T is common in spreadsheets.
    if (s.size() > 10 && s[10] == u' ')
        s[10] = u'T';
    if (s.size() < 16 || s[10] != u'T')
        return {};
    QDateTime parsed = QDateTime::fromString(s, Qt::ISODate);
    return parsed.isValid() ? parsed : QDateTime();
}

} // namespace ed
