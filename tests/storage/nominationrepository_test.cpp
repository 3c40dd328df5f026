#include "core/campaign.h"
#include "storage/awardsettingsrepository.h"
#include "storage/campaignrepository.h"
#include "storage/nominationrepository.h"
#include "storage/planrepository.h"
#include "storagetest.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace ed::test {
namespace {

class NominationRepositoryTest : public StorageTest
{
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        m_agency = addAgency({}, u"UBND huyện Mường Nhé"_s, u"UBND huyện"_s, AgencyLevel::District,
                             AgencyKind::State);
        // The smallest plan, straight in SQL (the plan repository is tested elsewhere), and a
        // campaign with one award form.
        ASSERT_TRUE(exec(u"INSERT INTO plan (code, symbol, symbol_as_printed, document_type, "
                         "title, title_search, document_kind, province) VALUES ('508', "
                         "'508/KH-UBND', '508/KH-UBND', 'KH', 'Kế hoạch', 'ke hoach', 'state', "
                         "'Điện Biên')"_s));
        m_form = formId();
        ASSERT_TRUE(m_form.isValid());
    }

    AwardFormId formId()
    {
        Campaign campaign;
        const auto plans = storage::PlanRepository(*m_db).all();
        if (!plans.ok() || plans.value().isEmpty())
            return AwardFormId();
        campaign.plan = plans.value().first().id;
        campaign.theme = u"Thi đua"_s;
        AwardForm form;
        form.code = u"provincial_bang_khen"_s;
        form.nameAsWritten = u"Bằng khen của UBND tỉnh"_s;
        campaign.awardForms = {form};
        const auto id = storage::CampaignRepository(*m_db).add(campaign);
        EXPECT_TRUE(id.ok());
        const auto all = storage::CampaignRepository(*m_db).all();
        return all.ok() && !all.value().isEmpty() && !all.value().first().awardForms.isEmpty()
                       ? all.value().first().awardForms.first().id
                       : AwardFormId();
    }

    Nomination nomination() const
    {
        Nomination n;
        n.name = u"Xã Chung Chải"_s;
        n.nominatingAgency = m_agency;
        n.awardForm = m_form;
        n.receivedOn = QDate(2021, 6, 1);
        return n;
    }

    bool exec(const QString& sql)
    {
        QSqlQuery query(storage::connectionOf(*m_db));
        return query.exec(sql);
    }

    AgencyId m_agency;
    AwardFormId m_form;
};

TEST_F(NominationRepositoryTest, TheTrailRefusesUpdateAndDelete)
{
    storage::NominationRepository repository(*m_db);
    const auto id = repository.add(nomination());
    ASSERT_TRUE(id.ok()) << id.error().detail.toStdString();
    NominationEvent event;
    event.nomination = id.value();
    event.at = QDateTime(QDate(2021, 6, 1), QTime(9, 0));
    event.by = u"clerk"_s;
    event.to = NominationStatus::Received;
    ASSERT_TRUE(repository.appendEvent(event).ok());

    EXPECT_FALSE(exec(u"UPDATE nomination_event SET note = 'sửa'"_s));
    EXPECT_FALSE(exec(u"UPDATE nomination_event SET by_user = 'someone else'"_s));
    EXPECT_FALSE(exec(u"DELETE FROM nomination_event"_s));
    // The nomination cannot go either: its trail refers to it.
    EXPECT_FALSE(exec(u"DELETE FROM nomination"_s));
    EXPECT_EQ(count(u"nomination_event"_s), 1);
    EXPECT_EQ(count(u"nomination"_s), 1);
    const auto events = repository.events(id.value());
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events.value().size(), 1);
    EXPECT_EQ(events.value().first().by, u"clerk"_s);
    EXPECT_TRUE(events.value().first().note.isEmpty());
}

TEST_F(NominationRepositoryTest, TheDatabaseRequiresAReasonToReturnOrReject)
{
    storage::NominationRepository repository(*m_db);
    const auto id = repository.add(nomination());
    ASSERT_TRUE(id.ok());
    NominationEvent event;
    event.nomination = id.value();
    event.at = QDateTime(QDate(2021, 6, 2), QTime(9, 0));
    event.by = u"clerk"_s;
    event.action = NominationAction::Reject;
    event.from = NominationStatus::Received;
    event.to = NominationStatus::Rejected;
    EXPECT_FALSE(repository.appendEvent(event).ok());
    event.note = u"Không đúng đối tượng"_s;
    EXPECT_TRUE(repository.appendEvent(event).ok());
}

TEST_F(NominationRepositoryTest, ReadsBackWhatItStores)
{
    storage::NominationRepository repository(*m_db);
    Nomination n = nomination();
    n.kind = NomineeKind::Individual;
    n.name = u"Lo\u0300 Văn Pành"_s; // a decomposed grave accent: stored NFC
    n.position = u"Chủ tịch UBND xã"_s;
    n.workplace = u"UBND xã Chung Chải"_s;
    const auto id = repository.add(n);
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(repository.setDossier(id.value(), {{u"to_trinh"_s, true, u"bản chính"_s}}).ok());
    const auto found = repository.find(id.value());
    ASSERT_TRUE(found.ok() && found.value());
    const Nomination& back = *found.value();
    EXPECT_EQ(back.name, u"Lò Văn Pành"_s);
    EXPECT_EQ(back.kind, NomineeKind::Individual);
    EXPECT_EQ(back.position, n.position);
    EXPECT_EQ(back.receivedOn, QDate(2021, 6, 1));
    EXPECT_EQ(back.status, NominationStatus::Received);
    EXPECT_TRUE(back.campaign.isValid());
    ASSERT_EQ(back.dossier.size(), 1);
    EXPECT_EQ(back.dossier.first().note, u"bản chính"_s);

    Nomination decided = back;
    decided.status = NominationStatus::Approved;
    decided.decision = AwardDecision{u"1234/QĐ-UBND"_s, QDate(2021, 7, 1), u"Lê Thành Đô"_s};
    ASSERT_TRUE(repository.updateWorkflow(decided).ok());
    EXPECT_EQ(repository.find(id.value()).value()->decision, decided.decision);
    // A decision on a nomination that is not approved is refused by the schema.
    decided.status = NominationStatus::Proposed;
    EXPECT_FALSE(repository.updateWorkflow(decided).ok());
}

TEST_F(NominationRepositoryTest, SettingsHaveThe2021Defaults)
{
    storage::AwardSettingsRepository settings(*m_db);
    const auto holidays = settings.holidays();
    ASSERT_TRUE(holidays.ok());
    EXPECT_EQ(holidays.value().size(), 14);
    EXPECT_EQ(holidays.value().at(1).date, QDate(2021, 2, 10));
    EXPECT_EQ(holidays.value().at(1).name, u"Tết Nguyên đán"_s);
    const auto limits = settings.limits();
    ASSERT_TRUE(limits.ok());
    EXPECT_EQ(limits.value().size(), 4);
    const auto money = settings.moneyTables();
    ASSERT_TRUE(money.ok());
    EXPECT_EQ(money.value().baseSalaries.first(), (BaseSalary{QDate(2019, 7, 1), 1'490'000}));

    ASSERT_TRUE(settings.setHolidays({{QDate(2022, 1, 3), u"Nghỉ bù"_s}}).ok());
    EXPECT_EQ(settings.holidays().value().size(), 1);
    // A limit outside 1–365 is refused by the schema, and the table stays as it was.
    EXPECT_FALSE(settings.setLimits({{AppraisalTrack::ProvinceDecides, 0}}).ok());
    EXPECT_EQ(settings.limits().value().size(), 4);
}

} // namespace
} // namespace ed::test
