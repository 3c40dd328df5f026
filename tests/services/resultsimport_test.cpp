// The units file: good paths and every refusal, placed by line and column.

#include "support/resultsfixture.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ed;
using ed::test::baseUnits;
using ed::test::csvText;
using ed::test::describe;
using ed::test::kUnitsHeader;
using services::ResultsFile;

namespace {

class UnitsImportTest : public test::ResultsTest
{
protected:
    /// The base file with row `index` (0 = line 2) replaced.
    static QString with(int index, const QString& row)
    {
        QStringList rows = baseUnits();
        rows[index] = row;
        return csvText(kUnitsHeader, rows);
    }
    QList<ImportProblem> refusedUnits(const QString& text)
    {
        return refused(ResultsFile::Units, text);
    }
};

const QString kK1 = u"K1,Khu vực bỏ phiếu số 1,C1,area,"_s;

} // namespace

TEST_F(UnitsImportTest, AGoodFileAddsTheTreeWithItsFigures)
{
    const services::ResultsImportReport report = units(baseUnits());
    EXPECT_FALSE(report.refused()) << describe(report.problems);
    EXPECT_TRUE(report.written);
    EXPECT_EQ(report.rows, 6);
    EXPECT_EQ(report.added, 6);
    EXPECT_EQ(report.updated, 0);
    EXPECT_EQ(report.unchanged, 0);
    EXPECT_TRUE(report.warnings.isEmpty()) << describe(report.warnings);

    const QList<UnitEvaluation> list = snapshot();
    QStringList codes;
    for (const UnitEvaluation& e : list)
        codes << e.unit.code;
    EXPECT_EQ(codes, (QStringList{u"P"_s, u"D1"_s, u"C1"_s, u"K1"_s, u"K2"_s, u"K3"_s}));
    const auto k1 = unit(u"K1"_s);
    const auto c1 = unit(u"C1"_s);
    ASSERT_TRUE(k1 && c1);
    EXPECT_EQ(k1->unit.name, u"Khu vực bỏ phiếu số 1"_s);
    EXPECT_EQ(k1->unit.level, UnitLevel::Area);
    EXPECT_EQ(k1->unit.parent, c1->unit.id);
    EXPECT_EQ(k1->unit.figures, (std::optional<VoterFigures>(VoterFigures{1000, 999, 960})));
    EXPECT_EQ(k1->unit.reportedAt.date(), QDate(2021, 5, 23));
    EXPECT_EQ(k1->unit.reportedAt.time(), QTime(19, 30));
    EXPECT_EQ(k1->unit.source, FigureSource::Import);
    EXPECT_EQ(c1->unit.level, UnitLevel::Commune);
    EXPECT_FALSE(c1->unit.figures.has_value());
    EXPECT_FALSE(unit(u"K3"_s)->unit.figures.has_value());
    EXPECT_FALSE(unit(u"K3"_s)->unit.reportedAt.isValid());
    EXPECT_FALSE(unit(u"P"_s)->unit.parent.isValid());
    EXPECT_EQ(c1->totals.registered, 3000); // K3 has not reported
    EXPECT_EQ(c1->totals.leaves, 3);
}

TEST_F(UnitsImportTest, ImportingAgainUpdatesByCode)
{
    ASSERT_TRUE(units(baseUnits()).written);
    const UnitId k1 = unit(u"K1"_s)->unit.id;

    const services::ResultsImportReport same = units(baseUnits());
    EXPECT_FALSE(same.refused()) << describe(same.problems);
    EXPECT_EQ(same.added, 0);
    EXPECT_EQ(same.updated, 0);
    EXPECT_EQ(same.unchanged, 6);

    QStringList rows = baseUnits();
    rows[3] = kK1 + u"1000,1000,990,2021-05-23T19:45"_s;                          // new figures
    rows[4] = u"K2,Khu vực số 2 (mới),C1,area,2000,1998,1900,2021-05-23T20:00"_s; // new name
    rows << u"K4,Khu vực bỏ phiếu số 4,C1,area,500,500,500,2021-05-23T21:00"_s;
    const services::ResultsImportReport changed = units(rows);
    EXPECT_FALSE(changed.refused()) << describe(changed.problems);
    EXPECT_EQ(changed.added, 1);
    EXPECT_EQ(changed.updated, 2);
    EXPECT_EQ(changed.unchanged, 4);
    EXPECT_EQ(unit(u"K1"_s)->unit.id, k1); // updated in place
    EXPECT_EQ(unit(u"K1"_s)->unit.figures->voted, 1000);
    EXPECT_EQ(unit(u"K2"_s)->unit.name, u"Khu vực số 2 (mới)"_s);

    // A file of one unit leaves the others alone.
    const services::ResultsImportReport one = units({rows[3]});
    EXPECT_FALSE(one.refused()) << describe(one.problems);
    EXPECT_EQ(one.unchanged, 1);
    EXPECT_EQ(snapshot().size(), 7);
}

TEST_F(UnitsImportTest, BomCrlfAndQuotedFieldsAreRead)
{
    const QString text = kUnitsHeader + u"\r\n"_s
                         + u"P,\"Tỉnh Điện Biên, khóa XV\",,province,,,,\r\n"_s
                         + u"K1,\"Khu vực \"\"Him Lam\"\", phường Him Lam\",P,area,"
                           "1000,1000,1000,2021-05-23 19:30\r\n"_s;
    QByteArray bytes = text.toUtf8();
    bytes.prepend("\xEF\xBB\xBF");
    auto report = runBytes(ResultsFile::Units, bytes);
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->refused()) << describe(report->problems);
    EXPECT_EQ(report->added, 2);
    EXPECT_EQ(unit(u"P"_s)->unit.name, u"Tỉnh Điện Biên, khóa XV"_s);
    EXPECT_EQ(unit(u"K1"_s)->unit.name, u"Khu vực \"Him Lam\", phường Him Lam"_s);
}

TEST_F(UnitsImportTest, DecomposedNamesAreStoredComposed)
{
    const QString composed = u"Xã Mường Nhé, huyện Điện Biên Đông"_s;
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    ASSERT_NE(decomposed, composed);
    const services::ResultsImportReport report = units(
            {u"X1,\""_s + decomposed + u"\",,commune,,,,"_s, u"K1,Khu vực 1,X1,area,10,10,10,"_s});
    EXPECT_FALSE(report.refused()) << describe(report.problems);
    EXPECT_EQ(unit(u"X1"_s)->unit.name, composed);

    // Codes too: the same code written both ways is one code.
    const QString code = u"Á1"_s;
    const QString nfdCode = code.normalized(QString::NormalizationForm_D);
    ASSERT_NE(code, nfdCode);
    EXPECT_FALSE(units({code + u",Khu vực Á,X1,area,10,10,10,"_s}).refused());
    const services::ResultsImportReport ballots = results({nfdCode + u",na,10,10,10,0,0,0"_s});
    EXPECT_FALSE(ballots.refused()) << describe(ballots.problems);
    const QList<ImportProblem> twice =
            refusedUnits(csvText(kUnitsHeader, {code + u",Khu vực Á,X1,area,10,10,10,"_s,
                                                nfdCode + u",Khu vực Á,X1,area,10,10,10,"_s}));
    EXPECT_TRUE(find(twice, u"E10"_s, 3)) << describe(twice);
}

TEST_F(UnitsImportTest, FiguresOfALeafHoldingResultsCannotBeRemoved)
{
    importBase();
    const QList<ImportProblem> problems = refusedUnits(with(3, kK1 + u",,,"_s));
    EXPECT_FALSE(problems.isEmpty());
    EXPECT_TRUE(unit(u"K1"_s)->unit.figures.has_value());
}

TEST_F(UnitsImportTest, ColumnsInAnyOrderParentsAfterChildrenAndSeveralTopLevelUnits)
{
    const QString text = u"level,reported_at,name,law_study_participants,code,voters_voted,"
                         "parent_code,registered_voters\n"_s
                         + u"area,2021-05-23T19:30,Khu vực 1,960,K1,999,C1,1000\n"_s
                         + u"commune,,Xã Chung Chải,,C1,,D1,\n"_s + u"area,,Khu vực Q,,QK,,Q,\n"_s
                         + u"district,,Huyện Mường Nhé,,D1,,P,\n"_s
                         + u"province,,Tỉnh Lai Châu,,Q,,,\n"_s
                         + u"province,,Tỉnh Điện Biên,,P,,,\n"_s;
    const services::ResultsImportReport report = run(ResultsFile::Units, text);
    EXPECT_FALSE(report.refused()) << describe(report.problems);
    EXPECT_EQ(report.added, 6);
    QStringList codes;
    QList<int> depths;
    for (const UnitEvaluation& e : snapshot()) {
        codes << e.unit.code;
        depths << e.depth;
    }
    EXPECT_EQ(codes, (QStringList{u"P"_s, u"D1"_s, u"C1"_s, u"K1"_s, u"Q"_s, u"QK"_s}));
    EXPECT_EQ(depths, (QList<int>{0, 1, 2, 3, 0, 1}));
    EXPECT_EQ(unit(u"K1"_s)->unit.figures, (std::optional<VoterFigures>({1000, 999, 960})));
}

TEST_F(UnitsImportTest, ParentsMayAlreadyBeInTheDatabase)
{
    const QStringList rows = baseUnits();
    ASSERT_FALSE(units(rows.mid(0, 3)).refused());
    const services::ResultsImportReport areas = units(rows.mid(3));
    EXPECT_FALSE(areas.refused()) << describe(areas.problems);
    EXPECT_EQ(areas.added, 3);
    EXPECT_EQ(unit(u"K1"_s)->unit.parent, unit(u"C1"_s)->unit.id);
    EXPECT_EQ(unit(u"C1"_s)->totals.leaves, 3);

    // A stored leaf with figures cannot become a parent.
    ASSERT_FALSE(units({u"X1,Xã 1,P,commune,100,100,100,"_s}).refused());
    const QList<ImportProblem> problems =
            refusedUnits(csvText(kUnitsHeader, {u"X1K,Khu vực 1,X1,area,100,100,100,"_s}));
    expectProblem(problems, u"E14"_s, 2, 3, u"parent_code"_s, u"X1"_s);
}

TEST_F(UnitsImportTest, ReportTimesKeepSecondsAndOffsets)
{
    QStringList rows = baseUnits();
    rows[3] = kK1 + u"1000,999,960,2021-05-23T21:30:15+07:00"_s;
    rows[4] = u"K2,Khu vực 2,C1,area,2000,1998,1900,2021-05-23 20:05:09"_s;
    const services::ResultsImportReport report = units(rows);
    EXPECT_FALSE(report.refused()) << describe(report.problems);
    EXPECT_EQ(unit(u"K1"_s)->unit.reportedAt.toUTC(),
              QDateTime(QDate(2021, 5, 23), QTime(14, 30, 15), QTimeZone::utc()));
    EXPECT_EQ(unit(u"K2"_s)->unit.reportedAt.time(), QTime(20, 5, 9));
    EXPECT_EQ(units(rows).unchanged, 6); // read back exactly as written
}

TEST_F(UnitsImportTest, EachBadFieldIsPlacedByLineAndColumnAndNothingIsWritten)
{
    // Something to overwrite, so that a partial write would show.
    QStringList old = baseUnits();
    for (QString& row : old)
        row.replace(u"Khu vực"_s, u"Cũ"_s);
    ASSERT_TRUE(units(old).written);

    struct Case
    {
        int index; // row replaced (0 = line 2)
        QString row;
        QString rule;
        int column;
        QString columnName;
        QString value;
        QString detail; // checked when not empty
    };
    const QList<Case> cases = {
            {3, kK1 + u"12.345,999,960,"_s, u"E06"_s, 5, u"registered_voters"_s, u"12.345"_s, {}},
            {3, kK1 + u"1000,-3,960,"_s, u"E06"_s, 6, u"voters_voted"_s, u"-3"_s, {}},
            {3, kK1 + u"1000,999, 1 2,"_s, u"E06"_s, 7, u"law_study_participants"_s, u"1 2"_s, {}},
            {3,
             kK1 + u"1000000000,999,960,"_s,
             u"E07"_s,
             5,
             u"registered_voters"_s,
             u"1000000000"_s,
             {}},
            {3,
             u"K1,Khu vực 1,C1,khu_vuc,1000,999,960,"_s,
             u"E08"_s,
             4,
             u"level"_s,
             u"khu_vuc"_s,
             {}},
            {3,
             kK1 + u"1000,999,960,2021-02-30T10:00"_s,
             u"E09"_s,
             8,
             u"reported_at"_s,
             u"2021-02-30T10:00"_s,
             {}},
            {3, u",Khu vực 1,C1,area,1000,999,960,"_s, u"E05"_s, 1, u"code"_s, {}, {}},
            {3, u"K1,Khu vực 1,C1,,1000,999,960,"_s, u"E05"_s, 4, u"level"_s, {}, {}},
            {4, u"K1,Khu vực 2,C1,area,2000,1998,1900,"_s, u"E10"_s, 1, u"code"_s, u"K1"_s, {}},
            {3,
             u"K1,Khu vực 1,C9,area,1000,999,960,"_s,
             u"E11"_s,
             3,
             u"parent_code"_s,
             u"C9"_s,
             {}},
            {3, u"K1,Khu vực 1,C1,district,,,,"_s, u"E13"_s, 3, u"parent_code"_s, u"C1"_s, {}},
            {2,
             u"C1,Xã Chung Chải,D1,commune,3000,2997,2860,"_s,
             u"E14"_s,
             5,
             u"registered_voters"_s,
             u"3000"_s,
             {}},
            {3, kK1 + u"1000,,960,"_s, u"E15"_s, 6, u"voters_voted"_s, {}, {}},
            {3, kK1 + u"1000,1001,960,"_s, u"E17"_s, 6, u"voters_voted"_s, u"1001"_s, u"1000"_s},
            {3, kK1 + u"1000,999,1001,"_s, u"E18"_s, 7, u"law_study_participants"_s, u"1001"_s,
             u"1000"_s},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.row.toStdString());
        const QList<ImportProblem> problems = refusedUnits(with(c.index, c.row));
        expectProblem(problems, c.rule, c.index + 2, c.column, c.columnName, c.value);
        const auto p = find(problems, c.rule, c.index + 2);
        if (p && !c.detail.isEmpty()) {
            EXPECT_EQ(p->detail, c.detail);
        }
        for (const ImportProblem& other : problems)
            EXPECT_EQ(other.rule, c.rule) << describe(problems);
    }
}

TEST_F(UnitsImportTest, AnUnknownLevelSaysWhatToWrite)
{
    const QList<ImportProblem> problems =
            refusedUnits(with(1, u"D1,Huyện Mường Nhé,P,huyen,,,,"_s));
    const auto p = find(problems, u"E08"_s, 3);
    ASSERT_TRUE(p) << describe(problems);
    EXPECT_EQ(p->expected, (QStringList{u"province"_s, u"district"_s, u"commune"_s, u"area"_s}));
    EXPECT_EQ(p->code, ruleKey(Rule::UnknownValue));
}

TEST_F(UnitsImportTest, ACycleAndASelfParentAreRefused)
{
    const QList<ImportProblem> cycle = refusedUnits(with(1, u"D1,Huyện,C1,district,,,,"_s));
    EXPECT_TRUE(find(cycle, u"E12"_s, 3) || find(cycle, u"E12"_s, 4)) << describe(cycle);
    for (const ImportProblem& p : cycle) {
        if (p.rule == u"E12"_s) {
            EXPECT_EQ(p.column, 3);
            EXPECT_EQ(p.columnName, u"parent_code"_s);
        }
    }
    const QList<ImportProblem> self = refusedUnits(with(0, u"P,Tỉnh,P,province,,,,"_s));
    expectProblem(self, u"E12"_s, 2, 3, u"parent_code"_s, u"P"_s);
}

TEST_F(UnitsImportTest, AShortRowAMissingColumnAndUnreadableFilesAreRefused)
{
    const QList<ImportProblem> shortRow =
            refusedUnits(with(3, u"K1,Khu vực bỏ phiếu số 1,C1,area,1000,999"_s));
    EXPECT_TRUE(find(shortRow, u"E04"_s, 5)) << describe(shortRow);

    QStringList rows = baseUnits();
    for (QString& row : rows) {
        QStringList fields = row.split(u',');
        fields.removeAt(3); // no level
        row = fields.join(u',');
    }
    QString header = kUnitsHeader;
    header.replace(u",level"_s, QString());
    const QList<ImportProblem> missing = refusedUnits(csvText(header, rows));
    expectProblem(missing, u"E03"_s, 1, 0, u"level"_s, {});

    const QList<ImportProblem> empty = refusedBytes(ResultsFile::Units, QByteArray());
    ASSERT_EQ(empty.size(), 1) << describe(empty);
    EXPECT_EQ(empty.first().rule, u"E01"_s);

    QByteArray latin1 = kUnitsHeader.toUtf8() + "\nP,T\xe1nh,,province,,,,\n";
    const QList<ImportProblem> notUtf8 = refusedBytes(ResultsFile::Units, latin1);
    ASSERT_FALSE(notUtf8.isEmpty());
    EXPECT_EQ(notUtf8.first().rule, u"E01"_s) << describe(notUtf8);

    const QList<ImportProblem> quote = refusedUnits(with(3, u"K1,\"Khu vực 1,C1,area,,,,"_s));
    ASSERT_FALSE(quote.isEmpty());
    EXPECT_EQ(quote.first().rule, u"E02"_s) << describe(quote);
    EXPECT_EQ(quote.first().line, 5) << describe(quote);
}

TEST_F(UnitsImportTest, ALineOverTheLimitsIsRefusedWithWhereItStops)
{
    // 257 fields on line 5: placed where the 257th begins, after 256 fields of "x,".
    const QList<ImportProblem> wide = refusedUnits(with(3, QStringList(257, u"x"_s).join(u',')));
    ASSERT_EQ(wide.size(), 1) << describe(wide);
    EXPECT_EQ(wide.first().rule, u"E02"_s);
    EXPECT_EQ(wide.first().code, u"too_many_fields"_s);
    EXPECT_EQ(wide.first().line, 5);
    EXPECT_EQ(wide.first().column, 513);

    // A name of 70,000 characters on line 4: placed on its 65,537th character.
    const QList<ImportProblem> longLine =
            refusedUnits(with(2, u"C1,"_s + QString(70'000, u'ả') + u",D1,commune,,,,"_s));
    ASSERT_EQ(longLine.size(), 1) << describe(longLine);
    EXPECT_EQ(longLine.first().rule, u"E02"_s);
    EXPECT_EQ(longLine.first().code, u"line_too_long"_s);
    EXPECT_EQ(longLine.first().line, 4);
    EXPECT_EQ(longLine.first().column, 65'537);
}

TEST_F(UnitsImportTest, LinesArePhysicalLinesEvenAfterAQuotedLineBreak)
{
    const QString text = kUnitsHeader + u"\n"_s + u"P,\"Tỉnh\nĐiện Biên\",,province,,,,\n"_s
                         + u"D1,Huyện Mường Nhé,P,huyen,,,,\n"_s;
    const QList<ImportProblem> problems = refusedUnits(text);
    expectProblem(problems, u"E08"_s, 4, 4, u"level"_s, u"huyen"_s);
}

TEST_F(UnitsImportTest, EveryProblemOfAFileIsListed)
{
    QStringList rows = baseUnits();
    rows[1] = u"D1,Huyện Mường Nhé,P,huyen,,,,"_s;
    rows[3] = u"K1,Khu vực 1,C9,area,1000,999,960,"_s;
    rows[4] = u"K2,Khu vực 2,C1,area,2000,2001,1900,"_s;
    const QList<ImportProblem> problems = refusedUnits(csvText(kUnitsHeader, rows));
    EXPECT_TRUE(find(problems, u"E08"_s, 3)) << describe(problems);
    EXPECT_TRUE(find(problems, u"E11"_s, 5)) << describe(problems);
    EXPECT_TRUE(find(problems, u"E17"_s, 6)) << describe(problems);
}

TEST_F(UnitsImportTest, ProblemsAreCappedAndTheRestCounted)
{
    QStringList rows;
    for (int i = 0; i < services::kMaxProblems + 50; ++i)
        rows << u"K%1,Khu vực,,vung,,,,"_s.arg(i);
    auto report = runBytes(ResultsFile::Units, csvText(kUnitsHeader, rows).toUtf8());
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->problems.size(), services::kMaxProblems);
    EXPECT_EQ(report->moreProblems, 50);
    EXPECT_FALSE(report->written);
    EXPECT_TRUE(snapshot().isEmpty());
}

TEST_F(UnitsImportTest, WarningsDoNotBlock)
{
    QStringList rows = baseUnits();
    rows[3] = kK1 + u"1000,0,0,"_s;             // nobody voted
    rows[4] = u"K2,Khu vực 2,C1,area,0,0,0,"_s; // nobody registered
    const services::ResultsImportReport report = units(rows);
    EXPECT_FALSE(report.refused()) << describe(report.problems);
    EXPECT_TRUE(report.written);
    EXPECT_TRUE(find(report.warnings, u"W06"_s, 5)) << describe(report.warnings);
    EXPECT_TRUE(find(report.warnings, u"W07"_s, 6)) << describe(report.warnings);
    EXPECT_EQ(unit(u"K2"_s)->unit.figures, (std::optional<VoterFigures>({0, 0, 0})));
}

TEST_F(UnitsImportTest, AUnitHoldingResultsCannotGetChildren)
{
    // Two communes without areas report themselves; X1 gets results, X2 does not.
    ASSERT_FALSE(units({u"P,Tỉnh,,province,,,,"_s, u"X1,Xã 1,P,commune,100,100,100,"_s,
                        u"X2,Xã 2,P,commune,,,,"_s})
                         .refused());
    ASSERT_FALSE(results({u"X1,na,100,100,100,0,0,0"_s}).refused());
    const QList<ImportProblem> problems =
            refusedUnits(csvText(kUnitsHeader, {u"X1K,Khu vực 1,X1,area,100,100,100,"_s}));
    expectProblem(problems, u"E16"_s, 2, 3, u"parent_code"_s, u"X1"_s);
    const services::ResultsImportReport ok = units({u"X2K,Khu vực 1,X2,area,100,100,100,"_s});
    EXPECT_FALSE(ok.refused()) << describe(ok.problems);
    EXPECT_EQ(ok.added, 1);
}

TEST_F(UnitsImportTest, NewFiguresAreCheckedAgainstTheStoredResults)
{
    importBase(); // K1 holds ballots of 999 issued
    const QList<ImportProblem> problems = refusedUnits(with(3, kK1 + u"990,990,960,"_s));
    // The problem shows the registered voters as written and the ballots issued they fall
    // short of.
    expectProblem(problems, u"E22"_s, 5, 5, u"registered_voters"_s, u"990"_s);
    const auto p = find(problems, u"E22"_s, 5);
    if (p) {
        EXPECT_EQ(p->detail, u"999"_s);
    }
}

TEST_F(UnitsImportTest, CheckCountsButWritesNothingAndARefusalLeavesTheNextImportWorking)
{
    auto checked = services::ResultsImport(*m_workspace, ResultsFile::Units)
                           .check(csvText(kUnitsHeader, baseUnits()).toUtf8());
    ASSERT_TRUE(checked.ok());
    EXPECT_FALSE(checked->refused()) << describe(checked->problems);
    EXPECT_EQ(checked->added, 6);
    EXPECT_FALSE(checked->written);
    EXPECT_TRUE(snapshot().isEmpty());

    refusedUnits(with(3, kK1 + u"1000,1001,960,"_s));
    const services::ResultsImportReport report = units(baseUnits());
    EXPECT_TRUE(report.written);
    EXPECT_EQ(report.added, 6);
    EXPECT_EQ(snapshot().size(), 6);
}
