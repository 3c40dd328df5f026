#include "core/codes.h"
#include "core/resultrules.h"
#include "support/tempdatabase.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace ed;

namespace {

QStringList ids(const QList<Finding>& findings)
{
    QStringList list;
    for (const Finding& f : findings)
        list << ruleId(f.rule);
    return list;
}

std::string text(const QList<Finding>& findings)
{
    return ids(findings).join(u' ').toStdString();
}

QStringList errorIds(const QList<Finding>& findings)
{
    QStringList list;
    for (const Finding& f : findings) {
        if (severity(f.rule) == Severity::Error)
            list << ruleId(f.rule);
    }
    return list;
}

std::optional<Finding> find(const QList<Finding>& findings, Rule rule)
{
    for (const Finding& f : findings) {
        if (f.rule == rule)
            return f;
    }
    return std::nullopt;
}

/// A clean polling area: everyone voted, one invalid ballot of 1 000.
constexpr VoterFigures kFigures{1000, 1000, 980};

BallotCount cleanBallot(Ballot ballot = Ballot::NationalAssembly)
{
    BallotCount b;
    b.ballot = ballot;
    b.issued = 1000;
    b.received = 1000;
    b.valid = 999;
    b.invalid = 1;
    return b;
}

} // namespace

TEST(ResultRules, ParseCountAcceptsDigitsOnly)
{
    EXPECT_EQ(parseCount(u"12345"), 12345);
    EXPECT_EQ(parseCount(u"0"), 0);
    EXPECT_EQ(parseCount(u"999999999"), kMaxCount);
    for (const QString& bad :
         {u""_s, u"12.345"_s, u"12,345"_s, u"-3"_s, u"+3"_s, u" 1 2"_s, u"1 2"_s, u"12a"_s,
          u"1e3"_s, u"0x10"_s, u"１２"_s /* full-width digits */,
          u"١٢"_s /* Arabic-Indic digits */}) {
        bool tooLarge = true;
        EXPECT_FALSE(parseCount(bad, &tooLarge).has_value()) << bad.toStdString();
        EXPECT_FALSE(tooLarge) << bad.toStdString();
    }
}

TEST(ResultRules, ParseCountTellsTooLargeApart)
{
    bool tooLarge = false;
    EXPECT_FALSE(parseCount(u"1000000000", &tooLarge).has_value());
    EXPECT_TRUE(tooLarge);
    tooLarge = false;
    // Beyond 64 bits as well: still "too large", not "not a number".
    EXPECT_FALSE(parseCount(u"123456789012345678901234567890", &tooLarge).has_value());
    EXPECT_TRUE(tooLarge);
    EXPECT_FALSE(parseCount(u"1000000000").has_value()); // no out-parameter: no crash
}

TEST(ResultRules, ParseFlagAcceptsEveryWordInAnyCase)
{
    for (const QString& yes :
         {u"1"_s, u"true"_s, u"TRUE"_s, u"True"_s, u"yes"_s, u"YES"_s, u"có"_s, u"Có"_s, u"CÓ"_s})
        EXPECT_EQ(parseFlag(yes), std::optional<bool>(true)) << yes.toStdString();
    for (const QString& no :
         {u"0"_s, u"false"_s, u"False"_s, u"no"_s, u"No"_s, u"không"_s, u"Không"_s, u"KHÔNG"_s})
        EXPECT_EQ(parseFlag(no), std::optional<bool>(false)) << no.toStdString();
    for (const QString& bad : {u""_s, u"2"_s, u"y"_s, u"n"_s, u"maybe"_s, u"co"_s, u"10"_s})
        EXPECT_FALSE(parseFlag(bad).has_value()) << bad.toStdString();
}

TEST(ResultRules, FlagWordsListEveryAcceptedWord)
{
    const QStringList words = flagWords();
    for (const QString& w :
         {u"0"_s, u"1"_s, u"true"_s, u"false"_s, u"yes"_s, u"no"_s, u"có"_s, u"không"_s})
        EXPECT_TRUE(words.contains(w, Qt::CaseInsensitive)) << w.toStdString();
    for (const QString& w : words)
        EXPECT_TRUE(parseFlag(w).has_value()) << w.toStdString();
}

TEST(ResultRules, ParseDateTimeReadsIsoWithOptionalSecondsOffsetAndSpace)
{
    const QDateTime plain = parseDateTime(u"2021-05-23T21:30");
    ASSERT_TRUE(plain.isValid());
    EXPECT_EQ(plain.date(), QDate(2021, 5, 23));
    EXPECT_EQ(plain.time(), QTime(21, 30));
    const QDateTime seconds = parseDateTime(u"2021-05-23T21:30:15");
    ASSERT_TRUE(seconds.isValid());
    EXPECT_EQ(seconds.time(), QTime(21, 30, 15));
    const QDateTime spaced = parseDateTime(u"2021-05-23 21:30");
    ASSERT_TRUE(spaced.isValid());
    EXPECT_EQ(spaced.time(), QTime(21, 30));
    const QDateTime offset = parseDateTime(u"2021-05-23T21:30:00+07:00");
    ASSERT_TRUE(offset.isValid());
    EXPECT_EQ(offset.toUTC(), QDateTime(QDate(2021, 5, 23), QTime(14, 30), QTimeZone::utc()));
}

TEST(ResultRules, ParseDateTimeReadsTheStoredFormAsQtDoes)
{
    // The stored form has a fast path of its own; it must agree with QDateTime's reading,
    // impossible dates included.
    for (const QString& text :
         {u"2021-05-23T21:30:15"_s, u"2020-02-29T00:00:00"_s, u"2021-12-31T23:59:59"_s,
          u"2021-02-29T10:00:00"_s, u"2021-05-23T24:00:00"_s, u"2021-05-23T21:3x:00"_s,
          u"2021-05-23T21:30:60"_s, u"0000-01-01T00:00:00"_s}) {
        EXPECT_EQ(parseDateTime(text), QDateTime::fromString(text, Qt::ISODate))
                << text.toStdString();
    }
}

TEST(ResultRules, ParseDateTimeRefusesImpossibleAndForeignDates)
{
    for (const QString& bad :
         {u""_s, u"2021-02-30T10:00"_s, u"2021-13-01T10:00"_s, u"2021-05-23T25:00"_s,
          u"2021-05-23T21:61"_s, u"23/05/2021 21:30"_s, u"hôm qua"_s})
        EXPECT_FALSE(parseDateTime(bad).isValid()) << bad.toStdString();
}

TEST(ResultRules, IdsAndKeysAreStableUniqueAndInCatalogueOrder)
{
    const QList<Rule> rules = allRules();
    ASSERT_EQ(rules.size(), 32);
    EXPECT_EQ(rules.first(), Rule::UnreadableFile);
    EXPECT_EQ(rules.last(), Rule::NoRegisteredVoters);
    QSet<QString> seenIds;
    QSet<QString> seenKeys;
    const QRegularExpression snake(u"^[a-z][a-z0-9]*(_[a-z0-9]+)*$"_s);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const Rule rule = rules[i];
        EXPECT_EQ(int(rule), int(i)); // catalogue order is the enum order
        const bool error = i < 25;
        const QString expected = error ? u"E%1"_s.arg(i + 1, 2, 10, QChar(u'0'))
                                       : u"W%1"_s.arg(i - 24, 2, 10, QChar(u'0'));
        EXPECT_EQ(ruleId(rule), expected);
        EXPECT_EQ(severity(rule), error ? Severity::Error : Severity::Warning);
        const QString key = ruleKey(rule);
        EXPECT_TRUE(snake.match(key).hasMatch()) << key.toStdString();
        EXPECT_EQ(ruleFromKey(key), std::optional<Rule>(rule)) << key.toStdString();
        seenIds.insert(ruleId(rule));
        seenKeys.insert(key);
    }
    EXPECT_EQ(seenIds.size(), rules.size());
    EXPECT_EQ(seenKeys.size(), rules.size());
    EXPECT_EQ(ruleId(Rule::VotedAboveRegistered), u"E17"_s);
    EXPECT_EQ(ruleKey(Rule::VotedAboveRegistered), u"voted_above_registered"_s);
    EXPECT_EQ(ruleId(Rule::ValidInvalidMismatch), u"E24"_s);
    EXPECT_EQ(ruleId(Rule::LowTurnoutWithoutRevote), u"W01"_s);
    EXPECT_EQ(ruleId(Rule::NoRegisteredVoters), u"W07"_s);
    EXPECT_FALSE(ruleFromKey(u"no_such_rule").has_value());
    EXPECT_FALSE(ruleFromKey(u"E17").has_value()); // ids are not keys
}

TEST(ResultRules, CleanFiguresAndBallotsHaveNoFinding)
{
    EXPECT_TRUE(checkFigures(kFigures).isEmpty()) << text(checkFigures(kFigures));
    EXPECT_TRUE(checkFigures({1000, 1000, 1000}).isEmpty());
    EXPECT_TRUE(checkBallot(cleanBallot(), kFigures).isEmpty())
            << text(checkBallot(cleanBallot(), kFigures));
    EXPECT_TRUE(checkBallot(cleanBallot(), std::nullopt).isEmpty());
}

TEST(ResultRules, VotedAndStudyAboveRegisteredAreErrorsWithTheirLimit)
{
    const QList<Finding> voted = checkFigures({100, 101, 50});
    EXPECT_EQ(errorIds(voted), QStringList{u"E17"_s}) << text(voted);
    const auto e17 = find(voted, Rule::VotedAboveRegistered);
    ASSERT_TRUE(e17);
    EXPECT_EQ(e17->field, u"voters_voted"_s);
    EXPECT_EQ(e17->value, 101);
    EXPECT_EQ(e17->limit, 100);
    EXPECT_FALSE(e17->ballot.has_value());
    EXPECT_TRUE(hasErrors(voted));

    const QList<Finding> study = checkFigures({100, 100, 101});
    EXPECT_EQ(errorIds(study), QStringList{u"E18"_s}) << text(study);
    const auto e18 = find(study, Rule::StudyAboveRegistered);
    ASSERT_TRUE(e18);
    EXPECT_EQ(e18->field, u"law_study_participants"_s);
    EXPECT_EQ(e18->value, 101);
    EXPECT_EQ(e18->limit, 100);

    EXPECT_TRUE(checkFigures({100, 100, 100}).isEmpty()); // equal is fine
}

TEST(ResultRules, NobodyVotedAndNoRegisteredVotersAreWarnings)
{
    const QList<Finding> nobody = checkFigures({100, 0, 0});
    EXPECT_EQ(ids(nobody), QStringList{u"W06"_s});
    EXPECT_FALSE(hasErrors(nobody));
    const QList<Finding> empty = checkFigures({0, 0, 0});
    EXPECT_EQ(ids(empty), QStringList{u"W07"_s}); // W06 needs registered voters
    EXPECT_FALSE(hasErrors(empty));
}

TEST(ResultRules, IssuedAboveRegisteredNeedsTheFigures)
{
    BallotCount b = cleanBallot(Ballot::Province);
    b.issued = 1001;
    b.received = 1001;
    b.valid = 1000;
    const QList<Finding> findings = checkBallot(b, kFigures);
    EXPECT_EQ(errorIds(findings), QStringList{u"E22"_s}) << text(findings);
    const auto e22 = find(findings, Rule::IssuedAboveRegistered);
    ASSERT_TRUE(e22);
    EXPECT_EQ(e22->field, u"ballots_issued"_s);
    EXPECT_EQ(e22->value, 1001);
    EXPECT_EQ(e22->limit, 1000);
    EXPECT_EQ(e22->ballot, std::optional<Ballot>(Ballot::Province));
    EXPECT_TRUE(errorIds(checkBallot(b, std::nullopt)).isEmpty()); // nothing to compare with
}

TEST(ResultRules, ReceivedAboveIssuedIsAnError)
{
    BallotCount b = cleanBallot(Ballot::Commune);
    b.issued = 999;
    const QList<Finding> findings = checkBallot(b, kFigures);
    EXPECT_EQ(errorIds(findings), QStringList{u"E23"_s}) << text(findings);
    const auto e23 = find(findings, Rule::ReceivedAboveIssued);
    ASSERT_TRUE(e23);
    EXPECT_EQ(e23->field, u"ballots_received"_s);
    EXPECT_EQ(e23->value, 1000);
    EXPECT_EQ(e23->limit, 999);
    EXPECT_EQ(e23->ballot, std::optional<Ballot>(Ballot::Commune));
    EXPECT_EQ(errorIds(checkBallot(b, std::nullopt)), QStringList{u"E23"_s});
}

TEST(ResultRules, ValidPlusInvalidMustMakeReceivedEitherWay)
{
    BallotCount more = cleanBallot();
    more.valid = 1000; // 1000 + 1 > 1000
    const QList<Finding> findings = checkBallot(more, kFigures);
    EXPECT_EQ(errorIds(findings), QStringList{u"E24"_s}) << text(findings);
    const auto e24 = find(findings, Rule::ValidInvalidMismatch);
    ASSERT_TRUE(e24);
    // The field is the one whose value is given: ballots received, against valid + invalid.
    EXPECT_EQ(e24->field, u"ballots_received"_s);
    EXPECT_EQ(e24->value, 1000); // received …
    EXPECT_EQ(e24->limit, 1001); // … against valid + invalid
    BallotCount fewer = cleanBallot();
    fewer.valid = 990;
    EXPECT_EQ(errorIds(checkBallot(fewer, std::nullopt)), QStringList{u"E24"_s});
}

TEST(ResultRules, LowTurnoutWithoutRevoteWarnsAtHalfAndBelow)
{
    const VoterFigures half{1000, 500, 1000};
    BallotCount b = cleanBallot();
    b.issued = b.received = 500;
    b.valid = 500;
    b.invalid = 0;
    EXPECT_TRUE(ids(checkBallot(b, half)).contains(u"W01"_s)) << text(checkBallot(b, half));
    b.revote = true;
    EXPECT_FALSE(ids(checkBallot(b, half)).contains(u"W01"_s));
    b.revote = false;
    const VoterFigures more{1000, 501, 1000}; // more than half: no bầu cử lại needed
    b.issued = b.received = b.valid = 501;
    EXPECT_FALSE(ids(checkBallot(b, more)).contains(u"W01"_s)) << text(checkBallot(b, more));
    EXPECT_FALSE(ids(checkBallot(b, std::nullopt)).contains(u"W01"_s));
}

TEST(ResultRules, HighInvalidShareWarnsAboveOneInTwenty)
{
    BallotCount b = cleanBallot();
    b.valid = 950;
    b.invalid = 50; // 50 × 20 = 1000: not above
    EXPECT_FALSE(ids(checkBallot(b, kFigures)).contains(u"W02"_s));
    b.valid = 949;
    b.invalid = 51;
    const QList<Finding> findings = checkBallot(b, kFigures);
    EXPECT_EQ(ids(findings), QStringList{u"W02"_s});
    EXPECT_FALSE(hasErrors(findings));
    EXPECT_EQ(ids(checkBallot(b, std::nullopt)), QStringList{u"W02"_s}); // needs no figures
}

TEST(ResultRules, ReceivedFarFromVotedWarnsBeyondOneInFifty)
{
    const VoterFigures f{2000, 1000, 2000};
    BallotCount b;
    b.issued = 1000;
    b.received = 980; // 20 × 50 = 1000: not beyond
    b.valid = 980;
    EXPECT_FALSE(ids(checkBallot(b, f)).contains(u"W03"_s)) << text(checkBallot(b, f));
    b.received = b.valid = 979;
    EXPECT_TRUE(ids(checkBallot(b, f)).contains(u"W03"_s)) << text(checkBallot(b, f));
    EXPECT_FALSE(ids(checkBallot(b, std::nullopt)).contains(u"W03"_s));
    // Above voted as well.
    b.issued = b.received = b.valid = 1021;
    EXPECT_TRUE(ids(checkBallot(b, f)).contains(u"W03"_s)) << text(checkBallot(b, f));
    b.issued = b.received = b.valid = 1020;
    EXPECT_FALSE(ids(checkBallot(b, f)).contains(u"W03"_s)) << text(checkBallot(b, f));
}

TEST(ResultRules, IssuedDiffersFromVotedAndReceivedBelowIssuedWarn)
{
    BallotCount b = cleanBallot();
    b.issued = 999;
    b.received = 999;
    b.valid = 998;
    EXPECT_EQ(ids(checkBallot(b, kFigures)), QStringList{u"W04"_s});
    EXPECT_TRUE(checkBallot(b, std::nullopt).isEmpty()); // W04 needs voted
    BallotCount c = cleanBallot();
    c.received = 999;
    c.valid = 998;
    EXPECT_EQ(ids(checkBallot(c, kFigures)), QStringList{u"W05"_s});
    EXPECT_EQ(ids(checkBallot(c, std::nullopt)), QStringList{u"W05"_s});
}

TEST(ResultRules, CheckMinutesGivesTheFiguresFirstThenEachBallot)
{
    UnitMinutes m;
    m.unit = UnitId(7);
    m.figures = VoterFigures{1000, 1001, 900};
    BallotCount na = cleanBallot(Ballot::NationalAssembly);
    na.issued = 1001;
    na.received = 1001;
    na.valid = 1000;
    BallotCount commune = cleanBallot(Ballot::Commune);
    commune.issued = 1001;
    commune.received = 1002;
    commune.valid = 1001;
    m.ballots = {na, commune};
    const QList<Finding> findings = checkMinutes(m);
    EXPECT_EQ(errorIds(findings), (QStringList{u"E17"_s, u"E22"_s, u"E22"_s, u"E23"_s}))
            << text(findings);
    ASSERT_FALSE(findings.isEmpty());
    EXPECT_EQ(findings.first().rule, Rule::VotedAboveRegistered);
    EXPECT_FALSE(findings.first().ballot.has_value());
    for (const Finding& f : findings) {
        if (f.rule == Rule::ReceivedAboveIssued) {
            EXPECT_EQ(f.ballot, std::optional<Ballot>(Ballot::Commune));
        }
    }
    EXPECT_TRUE(hasErrors(findings));

    UnitMinutes clean;
    clean.figures = kFigures;
    clean.ballots = {cleanBallot(Ballot::NationalAssembly), cleanBallot(Ballot::Province)};
    EXPECT_TRUE(checkMinutes(clean).isEmpty()) << text(checkMinutes(clean));
    EXPECT_FALSE(hasErrors({}));
}

TEST(ResultRules, LevelAndBallotCodesRoundTrip)
{
    EXPECT_EQ(toCode(UnitLevel::Province), u"province"_s);
    EXPECT_EQ(toCode(UnitLevel::Area), u"area"_s);
    EXPECT_EQ(toCode(Ballot::NationalAssembly), u"na"_s);
    EXPECT_EQ(fromCode<Ballot>(u"commune"), std::optional<Ballot>(Ballot::Commune));
    EXPECT_EQ(fromCode<UnitLevel>(u"district"), std::optional<UnitLevel>(UnitLevel::District));
    EXPECT_FALSE(fromCode<UnitLevel>(u"huyen").has_value());
    for (const auto& [value, code] : EnumCodes<UnitLevel>::table)
        EXPECT_EQ(fromCode<UnitLevel>(toCode(value)), value) << code;
    for (const auto& [value, code] : EnumCodes<Ballot>::table)
        EXPECT_EQ(fromCode<Ballot>(toCode(value)), value) << code;
}
