#include "core/letterhead.h"
#include "services/letterheadservice.h"
#include "services/workspace.h"
#include "support/demoworkspacetest.h"
#include "support/tempdatabase.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace ed::test {
namespace {

class LetterheadServiceTest : public DemoWorkspaceTest
{
protected:
    [[nodiscard]] Letterhead proposed(ReportKind kind) const
    {
        const auto letterhead = services::LetterheadService(*m_workspace).proposed(kind);
        EXPECT_TRUE(letterhead.ok());
        return letterhead.ok() ? letterhead.value() : Letterhead();
    }

    [[nodiscard]] Letterhead current(ReportKind kind) const
    {
        const auto letterhead = services::LetterheadService(*m_workspace).letterhead(kind);
        EXPECT_TRUE(letterhead.ok());
        return letterhead.ok() ? letterhead.value() : Letterhead();
    }
};

TEST_F(LetterheadServiceTest, TheMeetingsReportIsIssuedByTheSteeringCommitteeInThePartyLayout)
{
    const Letterhead l = proposed(ReportKind::Meetings);
    EXPECT_EQ(l.layout, DocumentLayout::Party);
    EXPECT_EQ(l.parentBody, u"TỈNH ỦY BÌNH PHƯỚC"_s);
    EXPECT_EQ(l.issuingBody, u"BAN CHỈ ĐẠO BẦU CỬ"_s); // the province is in the line above
    EXPECT_EQ(l.issuerCode, u"BCĐ"_s);                 // from 01-KH/BCĐ
    EXPECT_EQ(l.typeCode, u"BC"_s);
    EXPECT_EQ(l.typeName, u"BÁO CÁO"_s);
    EXPECT_EQ(l.title, u"Report on the meeting schedule of the election steering committee"_s);
    EXPECT_EQ(l.place, u"Bình Phước"_s); // the plan's province: it prints no place
    EXPECT_EQ(l.date, defaultToday());
    EXPECT_TRUE(l.number.isEmpty());
    // Signed as the plan was: in the signer's own title, no formula.
    EXPECT_EQ(l.formula, SigningFormula::None);
    EXPECT_EQ(l.signerTitle, u"TRƯỞNG BAN CHỈ ĐẠO"_s);
    EXPECT_EQ(l.signerName, u"Nguyễn Văn Lợi"_s);
    EXPECT_EQ(l.recipients, QStringList{u"Tỉnh ủy Bình Phước (b/c)"_s});
    EXPECT_EQ(l.archive, u"VT"_s);
    EXPECT_TRUE(checkLetterhead(l).isEmpty());
}

TEST_F(LetterheadServiceTest, TheTasksReportHasTheSameIssuerAndItsOwnTitle)
{
    const Letterhead meetings = proposed(ReportKind::Meetings);
    const Letterhead tasks = proposed(ReportKind::Tasks);
    EXPECT_EQ(tasks.issuingBody, meetings.issuingBody);
    EXPECT_EQ(tasks.layout, DocumentLayout::Party);
    EXPECT_EQ(tasks.typeName, u"BÁO CÁO"_s);
    EXPECT_NE(tasks.title, meetings.title);
    EXPECT_FALSE(tasks.title.isEmpty());
}

TEST_F(LetterheadServiceTest, TheNominationsListIsIssuedByTheHomeAffairsDepartment)
{
    const Letterhead l = proposed(ReportKind::Nominations);
    EXPECT_EQ(l.layout, DocumentLayout::State);
    EXPECT_EQ(l.parentBody, u"ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN"_s);
    EXPECT_EQ(l.issuingBody, u"SỞ NỘI VỤ"_s); // Sở Nội vụ tỉnh Điện Biên, not Bộ Nội vụ
    EXPECT_EQ(l.issuerCode, u"SNV"_s);
    EXPECT_EQ(l.typeCode, u"TTr"_s);
    EXPECT_EQ(l.typeName, u"DANH SÁCH"_s);
    EXPECT_EQ(l.place, u"Điện Biên"_s);
    EXPECT_EQ(l.recipients, QStringList{u"UBND tỉnh (b/c)"_s});
    EXPECT_TRUE(checkLetterhead(l).isEmpty());
}

TEST_F(LetterheadServiceTest, TheResultsReportIsIssuedByThePeoplesCommitteeAsItsPlanWasSigned)
{
    const Letterhead l = proposed(ReportKind::Results);
    EXPECT_EQ(l.layout, DocumentLayout::State);
    EXPECT_TRUE(l.parentBody.isEmpty());
    EXPECT_EQ(l.issuingBody, u"ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN"_s);
    EXPECT_EQ(l.issuerCode, u"UBND"_s); // from 508/KH-UBND
    EXPECT_EQ(l.typeCode, u"BC"_s);
    EXPECT_EQ(l.place, u"Điện Biên"_s);
    EXPECT_EQ(l.formula, SigningFormula::OnBehalf);
    EXPECT_EQ(l.authority, u"ỦY BAN NHÂN DÂN"_s);
    EXPECT_EQ(l.signerTitle, u"CHỦ TỊCH"_s);
    EXPECT_EQ(l.signerName, u"Lê Thành Đô"_s);
    // The superiors the plan reported to.
    EXPECT_EQ(l.recipients,
              (QStringList{u"Văn phòng Chính phủ (b/c)"_s, u"Hội đồng TĐKT Trung ương (b/c)"_s,
                           u"Ban TĐKT Trung ương (b/c)"_s}));
    EXPECT_TRUE(checkLetterhead(l).isEmpty());
}

TEST_F(LetterheadServiceTest, WithoutARememberedOneTheProposalIsUsedDatedToday)
{
    m_clock.setToday(QDate(2021, 6, 1));
    const Letterhead l = current(ReportKind::Results);
    EXPECT_EQ(l, proposed(ReportKind::Results));
    EXPECT_EQ(l.date, QDate(2021, 6, 1));
}

TEST_F(LetterheadServiceTest, TheRememberedLetterheadWinsAndIsDatedTheDayItIsPrinted)
{
    services::LetterheadService service(*m_workspace);
    Letterhead mine = proposed(ReportKind::Meetings);
    mine.number = u"12"_s;
    mine.signerName = u"Trần Tuệ Hiền"_s;
    mine.recipients = {u"Ban Thường vụ Tỉnh ủy (b/c)"_s, u"Các huyện, thị ủy, thành ủy"_s};
    mine.date = QDate(2021, 2, 10);
    ASSERT_TRUE(service.remember(ReportKind::Meetings, mine).ok());
    EXPECT_TRUE(service.problems().isEmpty());

    m_clock.setToday(QDate(2021, 3, 1));
    const Letterhead printed = current(ReportKind::Meetings);
    EXPECT_EQ(printed.number, u"12"_s);
    EXPECT_EQ(printed.signerName, u"Trần Tuệ Hiền"_s);
    EXPECT_EQ(printed.recipients, mine.recipients);
    EXPECT_EQ(printed.date, QDate(2021, 3, 1)); // not the day it was remembered
    // The other reports still get their proposals.
    EXPECT_EQ(current(ReportKind::Tasks).number, QString());
}

TEST_F(LetterheadServiceTest, ADateLeftBlankStaysBlank)
{
    services::LetterheadService service(*m_workspace);
    Letterhead blank = proposed(ReportKind::Nominations);
    blank.date = std::nullopt;
    ASSERT_TRUE(service.remember(ReportKind::Nominations, blank).ok());
    EXPECT_FALSE(current(ReportKind::Nominations).date.has_value());
}

TEST_F(LetterheadServiceTest, AnInvalidLetterheadIsRefusedWithItsProblemsAndNothingIsStored)
{
    services::LetterheadService service(*m_workspace);
    Letterhead bad = proposed(ReportKind::Results);
    bad.issuingBody = u"  "_s;
    bad.number = u"15a"_s;
    const Status refused = service.remember(ReportKind::Results, bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    QStringList fields;
    for (const FieldProblem& p : service.problems())
        fields << p.field;
    EXPECT_TRUE(fields.contains(u"issuingBody"_s)) << fields.join(u',').toStdString();
    EXPECT_TRUE(fields.contains(u"number"_s)) << fields.join(u',').toStdString();
    EXPECT_EQ(current(ReportKind::Results), proposed(ReportKind::Results));

    // A good one afterwards clears the problems.
    ASSERT_TRUE(service.remember(ReportKind::Results, proposed(ReportKind::Results)).ok());
    EXPECT_TRUE(service.problems().isEmpty());
}

TEST_F(LetterheadServiceTest, IssuersAreEveryAgencyInVietnameseOrder)
{
    const auto issuers = services::LetterheadService(*m_workspace).issuers();
    ASSERT_TRUE(issuers.ok());
    ASSERT_GT(issuers->size(), 10);
    QStringList names;
    for (const Agency& a : issuers.value())
        names << a.name;
    // "Đ" sorts after "D" and before "E"; "Ủy" with the U's.
    const auto at = [&](const QString& name) { return names.indexOf(name); };
    ASSERT_GE(at(u"Đài Phát thanh – Truyền hình tỉnh Điện Biên"_s), 0);
    EXPECT_LT(at(u"Chính phủ"_s), at(u"Đài Phát thanh – Truyền hình tỉnh Điện Biên"_s));
    EXPECT_LT(at(u"Đài Phát thanh – Truyền hình tỉnh Điện Biên"_s),
              at(u"Hội đồng bầu cử quốc gia"_s));
    EXPECT_LT(at(u"Thường trực Tỉnh ủy Bình Phước"_s), at(u"Ủy ban nhân dân tỉnh Điện Biên"_s));
    EXPECT_EQ(names.first(), u"Ban bảo vệ và chăm sóc sức khỏe cán bộ tỉnh Bình Phước"_s);
}

TEST(LetterheadServiceEmpty, AnEmptyDatabaseStillProposesATypeAndNoIssuer)
{
    TempDir dir;
    FakeClock clock{defaultToday()};
    auto workspace = services::Workspace::open(dir.databasePath(), clock);
    ASSERT_TRUE(workspace.ok());
    for (const ReportKind kind :
         {ReportKind::Meetings, ReportKind::Tasks, ReportKind::Nominations, ReportKind::Results}) {
        const auto l = services::LetterheadService(*workspace.value()).letterhead(kind);
        ASSERT_TRUE(l.ok()) << reportKindCode(kind).toStdString();
        EXPECT_TRUE(l->issuingBody.isEmpty());
        EXPECT_TRUE(l->parentBody.isEmpty());
        EXPECT_FALSE(l->typeCode.isEmpty());
        EXPECT_FALSE(l->typeName.isEmpty());
        EXPECT_FALSE(l->title.isEmpty());
        EXPECT_EQ(l->date, defaultToday());
        EXPECT_EQ(l->layout, DocumentLayout::State);
    }
}

} // namespace
} // namespace ed::test
