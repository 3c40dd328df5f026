#include "core/letterhead.h"
#include "storage/letterheadrepository.h"
#include "storagetest.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace ed::test {
namespace {

class LetterheadRepositoryTest : public StorageTest
{
protected:
    [[nodiscard]] static Letterhead stateLetterhead()
    {
        Letterhead l;
        l.layout = DocumentLayout::State;
        l.parentBody = u"UBND TỈNH ĐIỆN BIÊN"_s;
        l.issuingBody = u"SỞ NỘI VỤ"_s;
        l.number = u"15"_s;
        l.typeCode = u"TTr"_s;
        l.issuerCode = u"SNV"_s;
        l.place = u"Điện Biên"_s;
        l.date = QDate(); // dated when printed
        l.typeName = u"DANH SÁCH"_s;
        l.title = u"Đề nghị khen thưởng trong đợt thi đua đặc biệt"_s;
        l.formula = SigningFormula::Deputy;
        l.authority = u"GIÁM ĐỐC"_s;
        l.signerTitle = u"PHÓ GIÁM ĐỐC"_s;
        l.signerName = u"Nguyễn Thị Hường"_s;
        l.recipients = {u"UBND tỉnh (b/c)"_s, u"Ban TĐKT tỉnh"_s};
        l.archive = u"VT, TĐKT(An)"_s;
        return l;
    }

    /// Runs SQL outside the repository, to reach what its API cannot.
    bool exec(const QString& sql) const
    {
        QSqlQuery query(storage::connectionOf(*m_db));
        return query.exec(sql);
    }
};

TEST_F(LetterheadRepositoryTest, AReportNeverPrintedHasNoLetterhead)
{
    const auto found = storage::LetterheadRepository(*m_db).find(ReportKind::Results);
    ASSERT_TRUE(found.ok());
    EXPECT_FALSE(found->has_value());
}

TEST_F(LetterheadRepositoryTest, EveryFieldRoundTripsWithVietnameseTextAndSeveralRecipients)
{
    storage::LetterheadRepository repository(*m_db);
    const Letterhead saved = stateLetterhead();
    ASSERT_TRUE(repository.save(ReportKind::Nominations, saved).ok());
    const auto found = repository.find(ReportKind::Nominations);
    ASSERT_TRUE(found.ok());
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ(**found, saved);
    // Kept per report: the others still have none.
    EXPECT_FALSE(repository.find(ReportKind::Meetings)->has_value());
    EXPECT_EQ(count(u"report_letterhead"_s), 1);
}

TEST_F(LetterheadRepositoryTest, EveryFormulaAndThePartyLayoutRoundTrip)
{
    storage::LetterheadRepository repository(*m_db);
    for (const SigningFormula formula :
         {SigningFormula::None, SigningFormula::OnBehalf, SigningFormula::Deputy,
          SigningFormula::ByOrder, SigningFormula::Authorised, SigningFormula::Acting}) {
        Letterhead l = stateLetterhead();
        l.layout = DocumentLayout::Party;
        l.formula = formula;
        ASSERT_TRUE(repository.save(ReportKind::Meetings, l).ok()) << int(formula);
        const auto found = repository.find(ReportKind::Meetings);
        ASSERT_TRUE(found.ok() && found->has_value());
        EXPECT_EQ((*found)->formula, formula);
        EXPECT_EQ((*found)->layout, DocumentLayout::Party);
    }
}

TEST_F(LetterheadRepositoryTest, TheDayIsNeverStoredOnlyThatItWasLeftBlank)
{
    storage::LetterheadRepository repository(*m_db);
    Letterhead dated = stateLetterhead();
    dated.date = QDate(2021, 6, 1);
    ASSERT_TRUE(repository.save(ReportKind::Results, dated).ok());
    const auto found = repository.find(ReportKind::Results);
    ASSERT_TRUE(found.ok() && found->has_value());
    // Engaged but invalid: "date it when printing", filled in by the service.
    ASSERT_TRUE((*found)->date.has_value());
    EXPECT_FALSE((*found)->date->isValid());

    Letterhead blank = stateLetterhead();
    blank.date = std::nullopt;
    ASSERT_TRUE(repository.save(ReportKind::Results, blank).ok());
    const auto again = repository.find(ReportKind::Results);
    ASSERT_TRUE(again.ok() && again->has_value());
    EXPECT_FALSE((*again)->date.has_value());
}

TEST_F(LetterheadRepositoryTest, SavingAgainReplacesTheReportsLetterhead)
{
    storage::LetterheadRepository repository(*m_db);
    ASSERT_TRUE(repository.save(ReportKind::Tasks, stateLetterhead()).ok());
    Letterhead changed = stateLetterhead();
    changed.number = u"7"_s;
    changed.recipients = {u"Thường trực Tỉnh ủy (b/c)"_s};
    changed.formula = SigningFormula::None;
    changed.authority.clear();
    ASSERT_TRUE(repository.save(ReportKind::Tasks, changed).ok());
    const auto found = repository.find(ReportKind::Tasks);
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ(**found, changed);
    EXPECT_EQ(count(u"report_letterhead"_s), 1);
}

TEST_F(LetterheadRepositoryTest, TextIsStoredNfcAndTrimmedAndBlankRecipientsAreDropped)
{
    storage::LetterheadRepository repository(*m_db);
    Letterhead l = stateLetterhead();
    // "Điện Biên" decomposed: the same text a Mac or a PDF copy may deliver.
    l.place = u"  Điện Biên "_s.normalized(QString::NormalizationForm_D);
    l.recipients = {u"UBND tỉnh (b/c)"_s, u"  "_s,
                    u"Sở Nội vụ"_s.normalized(QString::NormalizationForm_D)};
    ASSERT_TRUE(repository.save(ReportKind::Nominations, l).ok());
    const auto found = repository.find(ReportKind::Nominations);
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ((*found)->place, u"Điện Biên"_s);
    EXPECT_EQ((*found)->recipients, (QStringList{u"UBND tỉnh (b/c)"_s, u"Sở Nội vụ"_s}));
}

TEST_F(LetterheadRepositoryTest, TheDatabaseRefusesAnUnknownReportLayoutOrFormula)
{
    EXPECT_FALSE(exec(u"INSERT INTO report_letterhead (report, layout) VALUES ('meetings', "
                      "'letter')"_s));
    EXPECT_FALSE(exec(u"INSERT INTO report_letterhead (report, layout) VALUES ('minutes', "
                      "'state')"_s));
    EXPECT_FALSE(exec(u"INSERT INTO report_letterhead (report, layout, formula) VALUES "
                      "('meetings', 'state', 'xx')"_s));
    EXPECT_FALSE(exec(u"INSERT INTO report_letterhead (report, layout, date_blank) VALUES "
                      "('meetings', 'state', 2)"_s));
    EXPECT_EQ(count(u"report_letterhead"_s), 0);
    EXPECT_TRUE(exec(u"INSERT INTO report_letterhead (report, layout) VALUES ('meetings', "
                     "'party')"_s));
}

} // namespace
} // namespace ed::test
