#include "services/agencyimport.h"
#include "services/demodata.h"
#include "services/planservice.h"
#include "services/scheduleservice.h"
#include "services/workspace.h"
#include "support/tempdatabase.h"

using namespace Qt::StringLiterals;
using namespace ed;

namespace {

/// The demo directory in a fresh database; files are written as UTF-8 bytes.
class AgencyImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = services::Workspace::open(m_dir.databasePath(), m_clock);
        ASSERT_TRUE(opened.ok());
        m_workspace = std::move(opened).value();
        ASSERT_TRUE(services::DemoDataService(*m_workspace).load().ok());
    }

    QList<Agency> agencies() const
    {
        return services::PlanService(*m_workspace).agencies().value();
    }
    std::optional<Agency> named(const QString& name) const
    {
        for (const Agency& a : agencies()) {
            if (a.name == name)
                return a;
        }
        return std::nullopt;
    }
    services::AgencyImportReport run(const QString& text, bool bom = false)
    {
        QByteArray bytes = text.toUtf8();
        if (bom)
            bytes.prepend("\xEF\xBB\xBF");
        auto report = services::AgencyImport(*m_workspace).run(bytes);
        EXPECT_TRUE(report.ok()) << report.error().detail.toStdString();
        return report.ok() ? report.value() : services::AgencyImportReport{};
    }
    /// Runs a file that must be refused whole; returns its problems.
    QList<ImportProblem> refused(const QString& text)
    {
        const QList<Agency> before = agencies();
        const services::AgencyImportReport report = run(text);
        EXPECT_EQ(report.added + report.updated + report.unchanged, 0);
        EXPECT_EQ(agencies(), before); // nothing written
        return report.problems;
    }
    static bool has(const QList<ImportProblem>& problems,
                    int line,
                    int column,
                    const QString& columnName,
                    const QString& code)
    {
        for (const ImportProblem& p : problems) {
            if (p.line == line && p.column == column && p.columnName == columnName
                && p.code == code)
                return true;
        }
        return false;
    }

    test::TempDir m_dir;
    test::FakeClock m_clock{test::defaultToday()};
    std::unique_ptr<services::Workspace> m_workspace;
};

const QString kHeader = u"name,abbreviation,level,kind,parent"_s;

} // namespace

TEST_F(AgencyImportTest, AGoodFileWithBomAndCrlfAddsAndUpdatesByName)
{
    const qsizetype before = agencies().size();
    const Agency bcd = named(u"Ban Chỉ đạo bầu cử tỉnh Bình Phước"_s).value();
    const QString file = kHeader + u"\r\n"_s
                         + u"Ủy ban bầu cử huyện Lộc Ninh,UBBC huyện,district,election_body,\r\n"_s
                         + u"Ban Chỉ đạo bầu cử tỉnh Bình Phước,BCĐ bầu cử,province,party,TU\r\n"_s
                         + u"Quốc hội,QH,central,state,\r\n"_s;
    // "TU" names two agencies: the parent stays ambiguous unless it is the full name.
    const services::AgencyImportReport ambiguous = run(file, true);
    EXPECT_TRUE(has(ambiguous.problems, 3, 5, u"parent"_s, u"ambiguous_parent"_s));
    EXPECT_EQ(agencies().size(), before);

    QString fixed = file;
    fixed.replace(u",TU\r\n"_s, u",Tỉnh ủy Bình Phước\r\n"_s);
    const services::AgencyImportReport report = run(fixed, true);
    EXPECT_TRUE(report.problems.isEmpty());
    EXPECT_EQ(report.added, 1);
    EXPECT_EQ(report.updated, 1);
    EXPECT_EQ(report.unchanged, 1);
    EXPECT_EQ(agencies().size(), before + 1);
    const auto added = named(u"Ủy ban bầu cử huyện Lộc Ninh"_s);
    ASSERT_TRUE(added);
    EXPECT_EQ(added->level, AgencyLevel::District);
    EXPECT_EQ(added->kind, AgencyKind::ElectionBody);
    EXPECT_FALSE(added->parent.isValid());
    const auto updated = named(u"Ban Chỉ đạo bầu cử tỉnh Bình Phước"_s);
    ASSERT_TRUE(updated);
    EXPECT_EQ(updated->id, bcd.id); // updated in place, by name
    EXPECT_EQ(updated->abbreviation, u"BCĐ bầu cử"_s);
    EXPECT_EQ(updated->parent, bcd.parent);
}

TEST_F(AgencyImportTest, AParentIsFoundByAbbreviationAndOnAnEarlierLine)
{
    const QString file = kHeader + u"\n"_s
                         + u"Ủy ban bầu cử huyện Lộc Ninh,,district,election_body,HĐBCQG\n"_s
                         + u"Ban bầu cử số 1 huyện Lộc Ninh,,commune,election_body,"
                           "Ủy ban bầu cử huyện Lộc Ninh\n"_s;
    const services::AgencyImportReport report = run(file);
    ASSERT_TRUE(report.problems.isEmpty());
    EXPECT_EQ(report.added, 2);
    const auto district = named(u"Ủy ban bầu cử huyện Lộc Ninh"_s);
    const auto board = named(u"Ban bầu cử số 1 huyện Lộc Ninh"_s);
    ASSERT_TRUE(district && board);
    EXPECT_EQ(district->parent, named(u"Hội đồng bầu cử quốc gia"_s)->id);
    EXPECT_EQ(board->parent, district->id);
}

TEST_F(AgencyImportTest, EachBadFieldIsReportedWithItsLineAndColumnAndNothingIsWritten)
{
    const QList<ImportProblem> problems =
            refused(kHeader + u"\n"_s + u"Ủy ban bầu cử huyện Lộc Ninh,,huyen,election_body,\n"_s
                    + u"Ban bầu cử số 1,,commune,bau_cu,\n"_s
                    + u"Ban bầu cử số 2,,commune,election_body,Không có\n"_s
                    + u"Ban bầu cử số 1,,commune,election_body,\n"_s
                    + u"Ban bầu cử số 3,,commune,election_body,\n"_s);
    EXPECT_TRUE(has(problems, 2, 3, u"level"_s, u"unknown_value"_s));
    EXPECT_TRUE(has(problems, 3, 4, u"kind"_s, u"unknown_value"_s));
    EXPECT_TRUE(has(problems, 4, 5, u"parent"_s, u"unknown_parent"_s));
    EXPECT_TRUE(has(problems, 5, 1, u"name"_s, u"duplicate"_s));
    EXPECT_EQ(problems.size(), 4);
    for (const ImportProblem& p : problems) {
        if (p.code == u"unknown_value"_s) {
            EXPECT_FALSE(p.expected.isEmpty());
        }
    }
}

TEST_F(AgencyImportTest, AMissingColumnIsReportedAndNothingIsWritten)
{
    const QList<ImportProblem> problems =
            refused(u"name,abbreviation,level,parent\nỦy ban bầu cử huyện Lộc Ninh,,district,\n"_s);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.first().code, u"missing_column"_s);
    EXPECT_EQ(problems.first().columnName, u"kind"_s);
    EXPECT_EQ(problems.first().line, 1);
}

TEST_F(AgencyImportTest, ALineOverTheLimitsIsRefusedWithWhereItStopsAndNothingIsWritten)
{
    // Line 3 has 259 fields: placed where the 257th begins, after four fields and 252 of "x,".
    const QString good = u"Ủy ban bầu cử huyện Lộc Ninh,,district,election_body,\n"_s;
    const QString wide = u"Ban A,,central,other,"_s + QStringList(255, u"x"_s).join(u',');
    QList<ImportProblem> problems = refused(kHeader + u"\n"_s + good + wide + u"\n"_s);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.first().code, u"too_many_fields"_s);
    EXPECT_EQ(problems.first().line, 3);
    EXPECT_EQ(problems.first().column, 21 + 252 * 2 + 1);

    problems = refused(kHeader + u"\n"_s + good + QString(70'000, u'Ủ') + u",,central,other,\n"_s);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.first().code, u"line_too_long"_s);
    EXPECT_EQ(problems.first().line, 3);
    EXPECT_EQ(problems.first().column, 65'537);
}

TEST_F(AgencyImportTest, ANulInTheFileIsRefusedAsNotTextAndNothingIsWritten)
{
    // Found by fuzz_agencies_csv: a name starting with NUL passed every check of the import,
    // then failed the name's CHECK in SQLite (whose length() stops at NUL) as a storage error.
    const QList<Agency> before = agencies();
    const QByteArray file = kHeader.toUtf8() + "\n\0\0Ban A,,central,other,\n"_ba;
    const auto report = services::AgencyImport(*m_workspace).run(file);
    ASSERT_TRUE(report.ok()) << report.error().detail.toStdString();
    ASSERT_EQ(report->problems.size(), 1);
    EXPECT_EQ(report->problems.first().code, u"not_utf8"_s);
    EXPECT_EQ(report->problems.first().line, 2);
    EXPECT_EQ(report->problems.first().column, 1);
    EXPECT_EQ(agencies(), before);
}

TEST_F(AgencyImportTest, AParentCycleThroughAnUpdateIsRefused)
{
    // Hội đồng bầu cử quốc gia is under Quốc hội; putting Quốc hội under it closes a loop.
    const QList<ImportProblem> problems =
            refused(kHeader + u"\n"_s + u"Quốc hội,QH,central,state,HĐBCQG\n"_s);
    EXPECT_TRUE(has(problems, 2, 5, u"parent"_s, u"parent_cycle"_s));
}

TEST_F(AgencyImportTest, AParentCycleWithinTheFileIsRefused)
{
    // A new agency under Quốc hội, then Quốc hội updated to sit under the new one.
    const QList<ImportProblem> problems =
            refused(kHeader + u"\n"_s + u"Ban A,,central,other,Quốc hội\n"_s
                    + u"Quốc hội,QH,central,state,Ban A\n"_s);
    EXPECT_TRUE(has(problems, 3, 5, u"parent"_s, u"parent_cycle"_s));
}
