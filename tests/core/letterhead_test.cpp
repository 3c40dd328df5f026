#include "core/letterhead.h"

#include <gtest/gtest.h>

namespace ed {
namespace {

Letterhead stateLetterhead()
{
    Letterhead letterhead;
    letterhead.parentBody = QStringLiteral("UBND TỈNH ĐIỆN BIÊN");
    letterhead.issuingBody = QStringLiteral("SỞ NỘI VỤ");
    letterhead.number = QStringLiteral("5");
    letterhead.typeCode = QStringLiteral("BC");
    letterhead.issuerCode = QStringLiteral("SNV");
    letterhead.place = QStringLiteral("Điện Biên");
    letterhead.date = QDate(2021, 2, 2);
    letterhead.typeName = QStringLiteral("BÁO CÁO");
    return letterhead;
}

TEST(Letterhead, StateNumberHasAColonAndPadsNumbersBelowTen)
{
    EXPECT_EQ(numberLine(stateLetterhead()), QStringLiteral("Số: 05/BC-SNV"));
}

TEST(Letterhead, PartyNumberHasNoColonAndPutsTheTypeBeforeTheSlash)
{
    Letterhead letterhead = stateLetterhead();
    letterhead.layout = DocumentLayout::Party;
    letterhead.number = QStringLiteral("1");
    letterhead.typeCode = QStringLiteral("KH");
    letterhead.issuerCode = QStringLiteral("BCĐ");
    EXPECT_EQ(numberLine(letterhead), QStringLiteral("Số 01-KH/BCĐ"));
    EXPECT_EQ(documentSymbol(letterhead), QStringLiteral("01-KH/BCĐ"));
}

TEST(Letterhead, DatePadsDaysAndOnlyTheFirstTwoMonths)
{
    Letterhead letterhead = stateLetterhead();
    EXPECT_EQ(placeDateLine(letterhead), QStringLiteral("Điện Biên, ngày 02 tháng 02 năm 2021"));
    letterhead.date = QDate(2018, 4, 3);
    EXPECT_EQ(placeDateLine(letterhead), QStringLiteral("Điện Biên, ngày 03 tháng 4 năm 2018"));
    letterhead.date = QDate(2021, 12, 25);
    EXPECT_EQ(placeDateLine(letterhead), QStringLiteral("Điện Biên, ngày 25 tháng 12 năm 2021"));
}

TEST(Letterhead, ABlankNumberAndDateLeaveRoomForThePen)
{
    Letterhead letterhead = stateLetterhead();
    letterhead.number.clear();
    letterhead.date.reset();
    EXPECT_TRUE(numberLine(letterhead).startsWith(QStringLiteral("Số:  ")));
    EXPECT_TRUE(numberLine(letterhead).endsWith(QStringLiteral("/BC-SNV")));
    EXPECT_TRUE(placeDateLine(letterhead).startsWith(QStringLiteral("Điện Biên, ngày   ")));
}

TEST(Letterhead, FormulasAreWrittenWithADotForTheStateAndASlashForTheParty)
{
    Letterhead letterhead = stateLetterhead();
    letterhead.formula = SigningFormula::OnBehalf;
    letterhead.authority = QStringLiteral("Ủy ban nhân dân");
    letterhead.signerTitle = QStringLiteral("Chủ tịch");
    EXPECT_EQ(signatureLines(letterhead),
              QStringList({QStringLiteral("TM. ỦY BAN NHÂN DÂN"), QStringLiteral("CHỦ TỊCH")}));
    letterhead.layout = DocumentLayout::Party;
    EXPECT_EQ(signatureLines(letterhead).first(), QStringLiteral("T/M ỦY BAN NHÂN DÂN"));
    letterhead.formula = SigningFormula::None;
    EXPECT_EQ(signatureLines(letterhead), QStringList({QStringLiteral("CHỦ TỊCH")}));
}

TEST(Letterhead, RecipientsEndWithSemicolonsAndTheArchiveWithAFullStop)
{
    Letterhead letterhead = stateLetterhead();
    letterhead.recipients = {QStringLiteral("UBND tỉnh (b/c)"), QStringLiteral("  "),
                             QStringLiteral("Như trên")};
    letterhead.archive = QStringLiteral("VT, XDCQ");
    EXPECT_EQ(recipientLines(letterhead),
              QStringList({QStringLiteral("- UBND tỉnh (b/c);"), QStringLiteral("- Như trên;"),
                           QStringLiteral("- Lưu: VT, XDCQ.")}));
    letterhead.recipients.clear();
    letterhead.archive.clear();
    EXPECT_TRUE(recipientLines(letterhead).isEmpty());
}

TEST(Letterhead, ChecksRequiredFieldsAndADigitsOnlyNumber)
{
    Letterhead letterhead = stateLetterhead();
    EXPECT_TRUE(checkLetterhead(letterhead).isEmpty());
    letterhead.issuingBody = QStringLiteral(" ");
    letterhead.number = QStringLiteral("15a");
    letterhead.formula = SigningFormula::Deputy;
    letterhead.signerName = QStringLiteral("Lò Văn A");
    const QList<FieldProblem> problems = checkLetterhead(letterhead);
    EXPECT_TRUE(problems.contains(FieldProblem{QStringLiteral("issuingBody"), Problem::Required}));
    EXPECT_TRUE(problems.contains(FieldProblem{QStringLiteral("number"), Problem::OutOfRange}));
    EXPECT_TRUE(problems.contains(FieldProblem{QStringLiteral("authority"), Problem::Required}));
    EXPECT_TRUE(problems.contains(FieldProblem{QStringLiteral("signerTitle"), Problem::Required}));
}

TEST(Letterhead, APartyBodyPicksThePartyLayout)
{
    EXPECT_EQ(layoutForAgency(AgencyKind::Party), DocumentLayout::Party);
    EXPECT_EQ(layoutForAgency(AgencyKind::State), DocumentLayout::State);
    EXPECT_EQ(layoutForAgency(AgencyKind::ElectionBody), DocumentLayout::State);
}

TEST(Letterhead, CodesRoundTrip)
{
    for (const ReportKind kind :
         {ReportKind::Meetings, ReportKind::Tasks, ReportKind::Nominations, ReportKind::Results})
        EXPECT_EQ(reportKindFromCode(reportKindCode(kind)), kind);
    EXPECT_EQ(reportKindFromCode(QStringLiteral("minutes")), std::nullopt);
    EXPECT_EQ(signingFormulaFromCode(QStringLiteral("TUQ.")), SigningFormula::Authorised);
    EXPECT_EQ(documentLayoutFromCode(QStringLiteral("party")), DocumentLayout::Party);
}

} // namespace
} // namespace ed
