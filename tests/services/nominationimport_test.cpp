// The nominations import: rows stored as received with their trail, repeats counted unchanged,
// and every refusal placed by line, column and value with nothing written.

#include "services/nominationimport.h"
#include "services/nominationservice.h"
#include "support/resultsfixture.h"

#include <optional>

using namespace Qt::StringLiterals;
using namespace ed;
using services::ImportReport;

namespace {

const QString kHeader = u"nominee_kind,nominee_name,position,unit_code,nominating_agency,"
                        "award_form,achievement,received_on"_s;
const QString kSnv = u"Sở Nội vụ tỉnh Điện Biên"_s;
const QDate kToday(2021, 6, 1);

std::string describe(const QList<ImportProblem>& problems)
{
    QStringList list;
    for (const ImportProblem& p : problems)
        list << u"%1 %2:%3 %4='%5' [%6] (%7)"_s.arg(p.code).arg(p.line).arg(p.column).arg(
                p.columnName, p.value, p.expected.join(u'|'), p.detail);
    return list.join(u"; "_s).toStdString();
}

/// The demo plans (campaign of 508/KH-UBND, the agencies) and the small province of the
/// results tests (P, D1, C1, K1–K3), on 01/06/2021.
class NominationImportTest : public test::ResultsTest
{
protected:
    void SetUp() override
    {
        test::ResultsTest::SetUp();
        m_clock.setToday(kToday);
        importBase();
    }

    Result<ImportReport> runBytes(const QByteArray& bytes)
    {
        return services::NominationImport(*m_workspace).run(bytes);
    }
    ImportReport run(const QStringList& rows, const QString& header = kHeader)
    {
        auto report = runBytes(test::csvText(header, rows).toUtf8());
        EXPECT_TRUE(report.ok()) << report.error().detail.toStdString();
        return report.ok() ? report.value() : ImportReport{};
    }
    QList<services::NominationRow> stored() const
    {
        auto rows = services::NominationService(*m_workspace).list();
        EXPECT_TRUE(rows.ok()) << rows.error().detail.toStdString();
        return rows.ok() ? rows.value() : QList<services::NominationRow>{};
    }
    /// What a refused file must leave as it was: every nomination and its trail.
    QStringList snapshot() const
    {
        QStringList lines;
        services::NominationService service(*m_workspace);
        for (const services::NominationRow& r : stored()) {
            const auto history = service.history(r.nomination.id);
            lines << u"%1|%2|%3|%4"_s.arg(r.nomination.id.raw())
                             .arg(r.nomination.name, toCode(r.nomination.status))
                             .arg(history.ok() ? history.value().size() : -1);
        }
        return lines;
    }
    /// Runs bytes that must be refused whole; returns the problems.
    QList<ImportProblem> refusedBytes(const QByteArray& bytes)
    {
        const QStringList before = snapshot();
        auto report = runBytes(bytes);
        EXPECT_TRUE(report.ok()) << report.error().detail.toStdString();
        if (!report.ok())
            return {};
        EXPECT_TRUE(report->refused());
        EXPECT_FALSE(report->written);
        EXPECT_EQ(report->added, 0);
        EXPECT_EQ(snapshot(), before) << "a refused file wrote something";
        return report->problems;
    }
    QList<ImportProblem> refused(const QStringList& rows, const QString& header = kHeader)
    {
        return refusedBytes(test::csvText(header, rows).toUtf8());
    }

    /// The problem of `code` on `line` in `columnName`, checked exactly: its column and value.
    static ImportProblem expectProblem(const QList<ImportProblem>& problems,
                                       const QString& code,
                                       int line,
                                       int column,
                                       const QString& columnName,
                                       const QString& value)
    {
        for (const ImportProblem& p : problems) {
            if (p.code != code || p.line != line || p.columnName != columnName)
                continue;
            EXPECT_EQ(p.column, column) << describe({p});
            EXPECT_EQ(p.value, value) << describe({p});
            return p;
        }
        ADD_FAILURE() << code.toStdString() << " on line " << line << " ("
                      << columnName.toStdString() << ") in " << describe(problems);
        return {};
    }
};

const QString kK1Row = u"collective,Khu vực bỏ phiếu số 1,,K1,SNV,bang_khen_tinh,Tổ chức tốt,"
                       "2021-05-28"_s;
const QString kPersonRow = u"individual,Nguyễn Văn An,Tổ trưởng,K2,sở nội vụ tỉnh điện biên,"
                           "giay_khen,Tuyên truyền,2021-05-31"_s;
const QString kStateRow = u"collective,Ủy ban bầu cử tỉnh,,,Ban Thi đua – Khen thưởng tỉnh "
                          "Điện Biên,nha_nuoc,,2021-06-01"_s;

} // namespace

TEST_F(NominationImportTest, AGoodFileStoresEveryRowAsReceivedWithOneTrailEvent)
{
    QByteArray bytes = test::csvText(kHeader, {kK1Row, kPersonRow, kStateRow}).toUtf8();
    bytes.replace("\n", "\r\n");
    bytes.prepend("\xEF\xBB\xBF");
    const auto report = runBytes(bytes);
    ASSERT_TRUE(report.ok()) << report.error().detail.toStdString();
    EXPECT_FALSE(report->refused()) << describe(report->problems);
    EXPECT_TRUE(report->written);
    EXPECT_EQ(report->rows, 3);
    EXPECT_EQ(report->added, 3);
    EXPECT_EQ(report->unchanged, 0);

    const QList<services::NominationRow> rows = stored();
    ASSERT_EQ(rows.size(), 3);
    const Nomination& k1 = rows[0].nomination;
    EXPECT_EQ(k1.kind, NomineeKind::Collective);
    EXPECT_EQ(k1.name, u"Khu vực bỏ phiếu số 1"_s);
    EXPECT_EQ(rows[0].unitCode, u"K1"_s);
    EXPECT_EQ(rows[0].agencyName, kSnv); // by its abbreviation
    EXPECT_EQ(rows[0].awardForm.code, u"provincial_bang_khen"_s);
    EXPECT_EQ(k1.achievement, u"Tổ chức tốt"_s);
    EXPECT_EQ(k1.receivedOn, QDate(2021, 5, 28));
    const Nomination& person = rows[1].nomination;
    EXPECT_EQ(person.kind, NomineeKind::Individual);
    EXPECT_EQ(person.position, u"Tổ trưởng"_s);
    EXPECT_EQ(rows[1].agencyName, kSnv); // by its name, case and marks ignored
    EXPECT_EQ(rows[1].awardForm.level, AwardLevel::DistrictOrAgency);
    EXPECT_FALSE(rows[2].nomination.unit.isValid());
    EXPECT_EQ(rows[2].awardForm.level, AwardLevel::State);

    services::NominationService service(*m_workspace);
    for (const services::NominationRow& r : rows) {
        EXPECT_EQ(r.nomination.status, NominationStatus::Received);
        const auto history = service.history(r.nomination.id);
        ASSERT_TRUE(history.ok());
        ASSERT_EQ(history->size(), 1);
        EXPECT_EQ(history->first().action, NominationAction::Receive);
        EXPECT_EQ(history->first().to, NominationStatus::Received);
        EXPECT_FALSE(history->first().by.isEmpty());
    }
}

TEST_F(NominationImportTest, ColumnsAreFoundByNameAndTheWorkplaceIsOptional)
{
    const ImportReport report = run({u"Trường THPT Mường Nhé,individual,Lò Thị Bình,Giáo viên,,"
                                     "2021-05-20,SNV,,giay_khen"_s},
                                    u"workplace,nominee_kind,nominee_name,position,unit_code,"
                                    "received_on,nominating_agency,achievement,award_form"_s);
    EXPECT_FALSE(report.refused()) << describe(report.problems);
    const QList<services::NominationRow> rows = stored();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].nomination.workplace, u"Trường THPT Mường Nhé"_s);
    EXPECT_EQ(rows[0].nomination.receivedOn, QDate(2021, 5, 20));
}

TEST_F(NominationImportTest, CheckCountsWithoutWritingAndARepeatedFileIsUnchanged)
{
    const QString text = test::csvText(kHeader, {kK1Row, kPersonRow});
    const auto preview = services::NominationImport(*m_workspace).check(text.toUtf8());
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->added, 2);
    EXPECT_FALSE(preview->written);
    EXPECT_TRUE(stored().isEmpty());

    EXPECT_EQ(run({kK1Row, kPersonRow}).added, 2);
    // Again, the nominee written another way (case, marks) and the agency by its name.
    const ImportReport again =
            run({u"collective,KHU VUC BO PHIEU SO 1,,K1,Sở Nội vụ tỉnh Điện Biên,bang_khen_tinh,"
                 ",2021-05-29"_s,
                 kPersonRow, kStateRow});
    EXPECT_FALSE(again.refused()) << describe(again.problems);
    EXPECT_EQ(again.added, 1);
    EXPECT_EQ(again.unchanged, 2);
    EXPECT_EQ(stored().size(), 3);
}

TEST_F(NominationImportTest, TheSameNomineeForAnotherAwardFormIsAdded)
{
    const ImportReport report =
            run({kK1Row, u"collective,Khu vực bỏ phiếu số 1,,K1,SNV,giay_khen,,2021-05-28"_s});
    EXPECT_FALSE(report.refused()) << describe(report.problems);
    EXPECT_EQ(report.added, 2);
}

TEST_F(NominationImportTest, AMissingColumnIsNamedOnTheHeaderLine)
{
    const QList<ImportProblem> problems =
            refused({u"collective,Khu vực bỏ phiếu số 1,,K1,SNV,,2021-05-28"_s},
                    u"nominee_kind,nominee_name,position,unit_code,nominating_agency,"
                    "achievement,received_on"_s);
    ASSERT_EQ(problems.size(), 1) << describe(problems);
    EXPECT_EQ(problems[0].code, u"missing_column"_s);
    EXPECT_EQ(problems[0].line, 1);
    EXPECT_EQ(problems[0].column, 0);
    EXPECT_EQ(problems[0].columnName, u"award_form"_s);
    EXPECT_EQ(problems[0].expected, services::NominationImport::columns());
}

TEST_F(NominationImportTest, EveryBadFieldIsPlacedByLineColumnAndValue)
{
    const QList<ImportProblem> problems = refused({
            kK1Row,                                                        // 2: good
            u"tap_the,Xã Chung Chải,,C1,SNV,giay_khen,,2021-05-28"_s,      // 3
            u"collective,Khu vực 9,,K9,SNV,giay_khen,,2021-05-28"_s,       // 4
            u"collective,Khu vực 2,,k2,SNV,giay_khen,,2021-05-28"_s,       // 5
            u"collective,Khu vực 2,,K2,Sở Nội vụ,giay_khen,,2021-05-28"_s, // 6
            u"collective,Khu vực 2,,K2,UBND tỉnh,giay_khen,,2021-05-28"_s, // 7
            u"collective,Khu vực 2,,K2,SNV,bang_khen,,2021-05-28"_s,       // 8
            u"collective,Khu vực 2,,K2,SNV,giay_khen,,2021-02-30"_s,       // 9
            u"collective,Khu vực 2,,K2,SNV,giay_khen,,28/05/2021"_s,       // 10
            u"collective,Khu vực 2,,K2,SNV,giay_khen,,2021-06-02"_s,       // 11
            u"individual,,,K2,,,,"_s,                                      // 12
            u"individual,Lò Văn Cường,,K2,SNV,giay_khen,,2021-05-01"_s,    // 13
            u"individual,LÒ VĂN CƯỜNG,,K2,sở nội vụ tỉnh điện biên,giay_khen,,2021-05-02"_s, // 14
    });
    EXPECT_EQ(problems.size(), 14) << describe(problems);
    const QStringList forms{u"nha_nuoc"_s, u"bang_khen_tinh"_s, u"giay_khen"_s};

    auto p = expectProblem(problems, u"unknown_value"_s, 3, 1, u"nominee_kind"_s, u"tap_the"_s);
    EXPECT_EQ(p.expected, (QStringList{u"collective"_s, u"individual"_s}));
    p = expectProblem(problems, u"unknown_unit"_s, 4, 4, u"unit_code"_s, u"K9"_s);
    EXPECT_TRUE(p.expected.isEmpty()) << describe({p});
    // A code that differs only in case is named, not taken.
    p = expectProblem(problems, u"unknown_unit"_s, 5, 4, u"unit_code"_s, u"k2"_s);
    EXPECT_EQ(p.expected, QStringList{u"K2"_s});
    // An unknown agency: the one that contains it first, then the nearest by edit distance.
    p = expectProblem(problems, u"unknown_agency"_s, 6, 5, u"nominating_agency"_s, u"Sở Nội vụ"_s);
    EXPECT_EQ(p.expected.size(), 3) << describe({p});
    EXPECT_EQ(p.expected.value(0), kSnv);
    EXPECT_EQ(p.expected.value(1), u"Bộ Nội vụ"_s);
    // An abbreviation two provinces share.
    p = expectProblem(problems, u"ambiguous_name"_s, 7, 5, u"nominating_agency"_s, u"UBND tỉnh"_s);
    EXPECT_EQ(p.expected, (QStringList{u"Ủy ban nhân dân tỉnh Bình Phước"_s,
                                       u"Ủy ban nhân dân tỉnh Điện Biên"_s}));
    p = expectProblem(problems, u"unknown_value"_s, 8, 6, u"award_form"_s, u"bang_khen"_s);
    EXPECT_EQ(p.expected, forms);
    expectProblem(problems, u"invalid_date"_s, 9, 8, u"received_on"_s, u"2021-02-30"_s);
    expectProblem(problems, u"invalid_date"_s, 10, 8, u"received_on"_s, u"28/05/2021"_s);
    p = expectProblem(problems, u"date_in_future"_s, 11, 8, u"received_on"_s, u"2021-06-02"_s);
    EXPECT_EQ(p.detail, u"2021-06-01"_s); // today, the latest day allowed
    expectProblem(problems, u"required"_s, 12, 2, u"nominee_name"_s, {});
    expectProblem(problems, u"required"_s, 12, 5, u"nominating_agency"_s, {});
    p = expectProblem(problems, u"required"_s, 12, 6, u"award_form"_s, {});
    EXPECT_EQ(p.expected, forms);
    expectProblem(problems, u"required"_s, 12, 8, u"received_on"_s, {});
    // The same nominee, agency and award form twice: the later line names the earlier one.
    p = expectProblem(problems, u"duplicate"_s, 14, 2, u"nominee_name"_s, u"LÒ VĂN CƯỜNG"_s);
    EXPECT_EQ(p.detail, u"13"_s);
    // In file order.
    for (qsizetype i = 1; i < problems.size(); ++i)
        EXPECT_LE(problems[i - 1].line, problems[i].line) << describe(problems);
}

TEST_F(NominationImportTest, WithoutACampaignNoAwardFormIsOffered)
{
    test::TempDir dir;
    auto opened = services::Workspace::open(dir.databasePath(), m_clock);
    ASSERT_TRUE(opened.ok());
    const auto report = services::NominationImport(*opened.value())
                                .run(test::csvText(kHeader, {kK1Row}).toUtf8());
    ASSERT_TRUE(report.ok());
    auto p = expectProblem(report->problems, u"no_award_form"_s, 2, 6, u"award_form"_s,
                           u"bang_khen_tinh"_s);
    EXPECT_TRUE(p.expected.isEmpty());
}

TEST_F(NominationImportTest, AFileOverTheLimitsIsRefusedUnread)
{
    // More than 50 MiB: refused before parsing.
    QByteArray big = test::csvText(kHeader, {kK1Row}).toUtf8();
    big.append(QByteArray(50 * 1024 * 1024, ' '));
    QList<ImportProblem> problems = refusedBytes(big);
    ASSERT_EQ(problems.size(), 1) << describe(problems);
    EXPECT_EQ(problems[0].code, u"file_too_large"_s);
    EXPECT_EQ(problems[0].line, 0);

    // 100 001 rows: refused on the first row past the limit, no row read.
    QByteArray many = kHeader.toUtf8() + '\n';
    for (int i = 0; i <= 100'000; ++i)
        many += "individual,Người " + QByteArray::number(i) + ",,,XYZ,giay_khen,,2021-05-01\n";
    problems = refusedBytes(many);
    ASSERT_EQ(problems.size(), 1) << describe(problems);
    EXPECT_EQ(problems[0].code, u"too_many_rows"_s);
    EXPECT_EQ(problems[0].line, 100'002);
    EXPECT_EQ(problems[0].detail, u"100000"_s);
}

TEST_F(NominationImportTest, ALineOverTheLimitsIsRefusedWithWhereItStops)
{
    QList<ImportProblem> problems = refused({kK1Row, kPersonRow + QString(u",x"_s).repeated(300)});
    ASSERT_EQ(problems.size(), 1) << describe(problems);
    EXPECT_EQ(problems[0].code, u"too_many_fields"_s);
    EXPECT_EQ(problems[0].line, 3);
    EXPECT_EQ(problems[0].column, kPersonRow.size() + 1 + 248 * 2 + 1); // 8 fields, then "x,"

    problems = refused({kK1Row, kPersonRow, u"individual,"_s + QString(70'000, u'ễ')});
    ASSERT_EQ(problems.size(), 1) << describe(problems);
    EXPECT_EQ(problems[0].code, u"line_too_long"_s);
    EXPECT_EQ(problems[0].line, 4);
    EXPECT_EQ(problems[0].column, 65'537);
}

TEST_F(NominationImportTest, ProblemsBeyondTheCapAreCounted)
{
    QStringList rows;
    for (int i = 0; i < 250; ++i)
        rows << u"individual,Người %1,,,Không có,giay_khen,,2021-05-01"_s.arg(i);
    const QList<ImportProblem> problems = refused(rows);
    ASSERT_EQ(problems.size(), services::kMaxProblems);
    EXPECT_EQ(problems.last().line, services::kMaxProblems + 1);
    const auto report =
            services::NominationImport(*m_workspace).check(test::csvText(kHeader, rows).toUtf8());
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->moreProblems, 50);
}
