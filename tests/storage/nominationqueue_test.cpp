#include "core/campaign.h"
#include "storage/campaignrepository.h"
#include "storage/nominationqueuequery.h"
#include "storage/nominationqueuerepository.h"
#include "storage/nominationrepository.h"
#include "storage/planrepository.h"
#include "storage/writetransaction.h"
#include "storagetest.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::test {
namespace {

const QString kPlanSql =
        u"INSERT INTO plan (code, symbol, symbol_as_printed, document_type, title, title_search, "
        "document_kind, province) VALUES ('508', '508/KH-UBND', '508/KH-UBND', 'KH', 'Kế hoạch', "
        "'ke hoach', 'state', 'Điện Biên')"_s;

/// The queue's SQL over rows whose stored facts the test writes itself, so that every filter,
/// order and page is checked against an answer worked out by hand.
class NominationQueueQueryTest : public StorageTest
{
protected:
    void SetUp() override
    {
        StorageTest::SetUp();
        m_agencies = {
                addAgency({}, u"Ủy ban A"_s, u"UBA"_s, AgencyLevel::District, AgencyKind::State),
                addAgency({}, u"Ủy ban B"_s, u"UBB"_s, AgencyLevel::District, AgencyKind::State)};
        QSqlQuery plan(storage::connectionOf(*m_db));
        ASSERT_TRUE(plan.exec(kPlanSql));
        m_forms = forms();
        ASSERT_EQ(m_forms.size(), 2);
    }

    QList<AwardFormId> forms()
    {
        Campaign campaign;
        campaign.plan = storage::PlanRepository(*m_db).all().value().first().id;
        campaign.theme = u"Thi đua"_s;
        for (const QString& code : {u"provincial_bang_khen"_s, u"local_giay_khen"_s}) {
            AwardForm form;
            form.code = code;
            form.nameAsWritten = code;
            campaign.awardForms << form;
        }
        EXPECT_TRUE(storage::CampaignRepository(*m_db).add(campaign).ok());
        // Held in a local: a range-for over all().value()… would read a destroyed temporary.
        const auto campaigns = storage::CampaignRepository(*m_db).all();
        QList<AwardFormId> ids;
        for (const AwardForm& f : campaigns.value().first().awardForms)
            ids << f.id;
        return ids;
    }

    /// Stores a nomination and its queue row as `facts` say (the id is filled in).
    NominationId add(QueueFacts facts)
    {
        Nomination n;
        n.name = u"Người %1"_s.arg(m_added++);
        n.nominatingAgency = facts.agency.isValid() ? facts.agency : m_agencies[0];
        n.awardForm = facts.awardForm.isValid() ? facts.awardForm : m_forms[0];
        n.receivedOn = QDate(2021, 6, 1);
        const auto id = storage::NominationRepository(*m_db).add(n);
        EXPECT_TRUE(id.ok());
        facts.id = id.value();
        facts.agency = n.nominatingAgency;
        facts.awardForm = n.awardForm;
        if (!facts.appraisalDue.isValid())
            facts.appraisalDue = QDate(2021, 6, 15);
        EXPECT_TRUE(storage::NominationQueueRepository(*m_db).put({facts}).ok());
        return facts.id;
    }

    static QList<qint64> idsOf(const QList<QueueEntry>& entries)
    {
        QList<qint64> ids;
        for (const QueueEntry& e : entries)
            ids << e.id.raw();
        return ids;
    }

    /// Every row of the selection, a page of `page` at a time from the top.
    static QList<qint64> allPages(const storage::NominationQueueQuery& query, int page)
    {
        QList<qint64> ids;
        for (int first = 0; first < query.count(); first += page) {
            const auto rows = query.rows(first, page);
            EXPECT_TRUE(rows.ok());
            ids << idsOf(rows.value());
        }
        return ids;
    }

    QList<qint64> select(const QueueFilter& filter, QueueOrder order = {})
    {
        storage::NominationQueueQuery query(*m_db);
        const auto count = query.select(filter, order, QDate(2021, 6, 15));
        EXPECT_TRUE(count.ok());
        const QList<qint64> ids = allPages(query, 1000);
        EXPECT_EQ(ids.size(), count.value());
        return ids;
    }

    QList<AgencyId> m_agencies;
    QList<AwardFormId> m_forms;
    int m_added = 0;
};

QueueFacts facts(NominationStatus status, QueueEligibility eligibility, const QString& search)
{
    QueueFacts f;
    f.status = status;
    f.eligibility = eligibility;
    f.tied = eligibility != QueueEligibility::NotTied;
    f.search = search;
    f.nameSort = search;
    return f;
}

TEST_F(NominationQueueQueryTest, EachFilterKeepsTheRowsItsStoredFactsSay)
{
    using S = NominationStatus;
    using E = QueueEligibility;
    QueueFacts f1 = facts(S::Received, E::Flagged, u"xa muong toong c01"_s);
    f1.appraisalDue = QDate(2021, 6, 3); // overdue on 15/06
    QueueFacts f2 = facts(S::UnderAppraisal, E::Eligible, u"xa an binh c03"_s);
    f2.agency = m_agencies[1];
    QueueFacts f3 = facts(S::Received, E::NotTied, u"nguyen van an ubnd xa phu loi"_s);
    f3.duplicates = 1;
    f3.awardForm = m_forms[1];
    QueueFacts f4 = facts(S::Proposed, E::NotTied, u"nguyen van an ubnd xa phu loi"_s);
    f4.duplicates = 1;
    f4.appraisalDue = QDate(2021, 6, 14); // overdue
    QueueFacts f5 = facts(S::Returned, E::Pending, u"xa phu loi c02"_s);
    f5.appraisalDue = QDate(2021, 6, 1); // past, but returned: the clock stopped
    QueueFacts f6 = facts(S::Approved, E::Flagged, u"100% xa_muong"_s);
    f6.agency = m_agencies[1];
    f6.appraisalDue = QDate(2021, 6, 1); // past, but decided
    const QList<NominationId> ids{add(f1), add(f2), add(f3), add(f4), add(f5), add(f6)};
    ASSERT_EQ(ids.last().raw(), 6);

    EXPECT_EQ(select({}), (QList<qint64>{1, 2, 3, 4, 5, 6}));
    QueueFilter filter;
    filter.status = S::Received;
    EXPECT_EQ(select(filter), (QList<qint64>{1, 3}));
    filter = {};
    filter.agency = m_agencies[1];
    EXPECT_EQ(select(filter), (QList<qint64>{2, 6}));
    filter = {};
    filter.awardForm = m_forms[1];
    EXPECT_EQ(select(filter), QList<qint64>{3});
    filter = {};
    filter.eligibility = QueueEligibilityFilter::Eligible;
    EXPECT_EQ(select(filter), QList<qint64>{2});
    filter.eligibility = QueueEligibilityFilter::Failing;
    EXPECT_EQ(select(filter), (QList<qint64>{1, 6}));
    filter.eligibility = QueueEligibilityFilter::NotTied;
    EXPECT_EQ(select(filter), (QList<qint64>{3, 4}));
    filter.eligibility = QueueEligibilityFilter::Duplicates;
    EXPECT_EQ(select(filter), (QList<qint64>{3, 4}));
    filter = {};
    filter.overdueOnly = true;
    EXPECT_EQ(select(filter), (QList<qint64>{1, 4}));
    filter = {};
    filter.search = u"phu loi"_s;
    EXPECT_EQ(select(filter), (QList<qint64>{3, 4, 5}));
    filter.search = u"xa m"_s;
    EXPECT_EQ(select(filter), QList<qint64>{1});
    // The pattern's own characters are plain text: "_" and "%" match only themselves.
    filter.search = u"xa_m"_s;
    EXPECT_EQ(select(filter), QList<qint64>{6});
    filter.search = u"0%"_s;
    EXPECT_EQ(select(filter), QList<qint64>{6});
    // Filters combine.
    filter = {};
    filter.status = S::Received;
    filter.search = u"nguyen"_s;
    filter.eligibility = QueueEligibilityFilter::Duplicates;
    EXPECT_EQ(select(filter), QList<qint64>{3});
    filter.status = S::Proposed;
    filter.overdueOnly = true;
    EXPECT_EQ(select(filter), QList<qint64>{4});
}

TEST_F(NominationQueueQueryTest, EachKeySortsBothWaysWithTheNumberBreakingTies)
{
    QueueFacts a = facts(NominationStatus::Approved, QueueEligibility::Eligible, u"b"_s);
    a.nameSort = u"B"_s;
    a.awardMoney = 2'980'000;
    a.appraisalDue = QDate(2021, 6, 20);
    QueueFacts b = facts(NominationStatus::Received, QueueEligibility::Flagged, u"a"_s);
    b.nameSort = u"A"_s;
    b.awardMoney = -1;
    b.appraisalDue = QDate(2021, 6, 10);
    QueueFacts c = facts(NominationStatus::Received, QueueEligibility::Pending, u"c"_s);
    c.nameSort = u"B"_s; // the same key as the first: the number decides
    c.awardMoney = 1'490'000;
    c.appraisalDue = QDate(2021, 6, 10);
    add(a);
    add(b);
    add(c);
    const auto order = [](QueueSortKey key, bool descending) {
        return QueueOrder{key, descending};
    };
    EXPECT_EQ(select({}, order(QueueSortKey::Nominee, false)), (QList<qint64>{2, 1, 3}));
    EXPECT_EQ(select({}, order(QueueSortKey::Nominee, true)), (QList<qint64>{3, 1, 2}));
    EXPECT_EQ(select({}, order(QueueSortKey::Status, false)), (QList<qint64>{2, 3, 1}));
    EXPECT_EQ(select({}, order(QueueSortKey::Eligibility, false)), (QList<qint64>{2, 3, 1}));
    EXPECT_EQ(select({}, order(QueueSortKey::Money, false)), (QList<qint64>{2, 3, 1}));
    EXPECT_EQ(select({}, order(QueueSortKey::Money, true)), (QList<qint64>{1, 3, 2}));
    EXPECT_EQ(select({}, order(QueueSortKey::Due, false)), (QList<qint64>{2, 3, 1}));
    EXPECT_EQ(select({}, order(QueueSortKey::Id, true)), (QList<qint64>{3, 2, 1}));
    // The same with a filter (the matches sorted on their own).
    QueueFilter received;
    received.status = NominationStatus::Received;
    EXPECT_EQ(select(received, order(QueueSortKey::Nominee, true)), (QList<qint64>{3, 2}));
}

/// 240 rows whose names repeat, so that ties are many.
class NominationQueuePagingTest : public NominationQueueQueryTest
{
protected:
    void SetUp() override
    {
        NominationQueueQueryTest::SetUp();
        storage::WriteTransaction transaction(*m_db);
        for (int i = 0; i < 240; ++i) {
            QueueFacts f = facts(i % 3 == 0 ? NominationStatus::Received
                                            : NominationStatus::UnderAppraisal,
                                 QueueEligibility::Pending, u"ten %1"_s.arg(i % 17));
            f.nameSort = u"K%1"_s.arg(i % 17, 2, 10, QChar(u'0'));
            f.awardMoney = (i * 7919) % 50;
            add(f);
        }
        ASSERT_TRUE(transaction.commit().ok());
    }

    /// Checks that the pages of `query`, read every way the model reads them, give every
    /// selected row exactly once and in the same order.
    void checkPages(storage::NominationQueueQuery& query,
                    const QueueFilter& filter,
                    const QueueOrder& order,
                    int expected)
    {
        const auto count = query.select(filter, order, QDate(2021, 6, 15));
        ASSERT_TRUE(count.ok());
        ASSERT_EQ(count.value(), expected);
        const QList<qint64> byOffset = allPages(query, 23);
        ASSERT_EQ(byOffset.size(), expected);
        EXPECT_EQ(QSet<qint64>(byOffset.cbegin(), byOffset.cend()).size(), expected);
        // One page after another, each after the last row of the one before.
        QList<QueueEntry> chain = query.rows(0, 23).value();
        while (chain.size() < expected) {
            const auto next = query.rowsAfter(chain.last(), 23);
            ASSERT_TRUE(next.ok());
            ASSERT_FALSE(next.value().isEmpty());
            chain << next.value();
        }
        EXPECT_EQ(idsOf(chain), byOffset);
        // A page near the end (read backwards from the end) and each row's position.
        EXPECT_EQ(idsOf(query.rows(expected - 10, 10).value()), byOffset.mid(expected - 10));
        for (int row : {0, 1, expected / 2, expected - 1})
            EXPECT_EQ(query.position(NominationId(byOffset[row])).value(), row) << row;
    }
};

TEST_F(NominationQueuePagingTest, PagesGiveEveryRowExactlyOnceInEveryMode)
{
    const QueueOrder byName{QueueSortKey::Nominee, false};
    const QueueOrder byMoneyDown{QueueSortKey::Money, true};
    QueueFilter received;
    received.status = NominationStatus::Received;
    QueueFilter searched;
    searched.search = u"ten 1"_s; // "ten 1" and "ten 10" … "ten 16"
    // A loop, not views::iota: clang 14 cannot compile libstdc++ 12's ranges views.
    int searchedRows = 0;
    for (int i = 0; i < 240; ++i)
        searchedRows += QString::number(i % 17).startsWith(u'1') ? 1 : 0;
    // The whole queue; then filters whose matches are sorted on their own (a few) or found
    // by walking the sort index (many: a sparse limit of 10 makes 80 rows "many").
    for (const int sparseLimit : {storage::NominationQueueQuery::kSparseLimit, 10}) {
        storage::NominationQueueQuery query(*m_db, sparseLimit);
        for (const QueueOrder& order : {byName, byMoneyDown, QueueOrder{}}) {
            SCOPED_TRACE(sparseLimit);
            checkPages(query, {}, order, 240);
            checkPages(query, received, order, 80);
            checkPages(query, searched, order, searchedRows);
        }
    }
}

TEST_F(NominationQueuePagingTest, TypingMoreLettersNarrowsToWhatAFreshSearchFinds)
{
    storage::NominationQueueQuery typing(*m_db);
    QueueFilter filter;
    for (const QString& text : {u"t"_s, u"te"_s, u"ten"_s, u"ten "_s, u"ten 1"_s, u"ten 16"_s}) {
        filter.search = text;
        const auto narrowed = typing.select(filter, {QueueSortKey::Nominee, false}, QDate());
        ASSERT_TRUE(narrowed.ok());
        storage::NominationQueueQuery fresh(*m_db);
        const auto found = fresh.select(filter, {QueueSortKey::Nominee, false}, QDate());
        ASSERT_TRUE(found.ok());
        EXPECT_EQ(narrowed.value(), found.value()) << text.toStdString();
        EXPECT_EQ(allPages(typing, 50), allPages(fresh, 50)) << text.toStdString();
    }
    // Data changed: forget() reads again instead of narrowing what it had.
    QueueFacts extra = facts(NominationStatus::Received, QueueEligibility::Pending, u"ten 16 b"_s);
    add(extra);
    EXPECT_EQ(typing.select(filter, {}, QDate()).value(), 14); // i % 17 == 16 for 14 of 240
    typing.forget();
    EXPECT_EQ(typing.select(filter, {}, QDate()).value(), 15);
}

TEST_F(NominationQueueQueryTest, CountersCountStatusesOverdueAndFlaggedRows)
{
    using S = NominationStatus;
    QueueFacts late = facts(S::UnderAppraisal, QueueEligibility::Flagged, u"a"_s);
    late.appraisalDue = QDate(2021, 6, 14);
    QueueFacts due = facts(S::Received, QueueEligibility::Eligible, u"b"_s);
    due.appraisalDue = QDate(2021, 6, 15); // due today: not overdue yet
    QueueFacts stopped = facts(S::Returned, QueueEligibility::Flagged, u"c"_s);
    stopped.appraisalDue = QDate(2021, 6, 1);
    add(late);
    add(due);
    add(stopped);
    const auto counters = storage::NominationQueueRepository(*m_db).counters(QDate(2021, 6, 15));
    ASSERT_TRUE(counters.ok());
    EXPECT_EQ(counters->total, 3);
    EXPECT_EQ(counters->byStatus[static_cast<size_t>(S::Received)], 1);
    EXPECT_EQ(counters->byStatus[static_cast<size_t>(S::UnderAppraisal)], 1);
    EXPECT_EQ(counters->byStatus[static_cast<size_t>(S::Returned)], 1);
    EXPECT_EQ(counters->overdue, 1);
    EXPECT_EQ(counters->flagged, 2);
}

/// A database written by schema 5 (no queue table), opened by this build.
class NominationQueueMigrationTest : public ::testing::Test
{
protected:
    QString folderUpTo(int version)
    {
        const QString folder = m_dir.path(u"migrations-v%1"_s.arg(version));
        QDir().mkpath(folder);
        const QStringList names =
                QDir(u":/migrations"_s).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
        for (const QString& name : names.mid(0, version))
            EXPECT_TRUE(QFile::copy(u":/migrations/"_s + name, QDir(folder).filePath(name)));
        return folder;
    }

    TempDir m_dir;
    FakeClock m_clock{defaultToday()};
};

TEST_F(NominationQueueMigrationTest, ExistingNominationsGetAQueueRow)
{
    {
        storage::Database::Options options{m_dir.databasePath(), &m_clock};
        options.migrationsFolder = folderUpTo(5);
        auto v5 = storage::Database::open(options);
        ASSERT_TRUE(v5.ok());
        EXPECT_EQ(v5.value()->schemaVersion().value(), 5);
        QSqlQuery sql(storage::connectionOf(*v5.value()));
        ASSERT_TRUE(sql.exec(kPlanSql));
        ASSERT_TRUE(sql.exec(u"INSERT INTO agency (name, name_search, level, kind) VALUES "
                             "('Sở Nội vụ', 'so noi vu', 'province', 'state')"_s));
        ASSERT_TRUE(sql.exec(u"INSERT INTO campaign (plan_id, theme) VALUES (1, 'Thi đua')"_s));
        ASSERT_TRUE(sql.exec(u"INSERT INTO award_form (campaign_id, position, code, "
                             "name_as_written, level) VALUES (1, 0, 'bk', 'Bằng khen', "
                             "'province')"_s));
        ASSERT_TRUE(sql.exec(u"INSERT INTO election_unit (code, name, name_search, level) "
                             "VALUES ('C01', 'Xã Mường Nhé', 'xa muong nhe', 'commune')"_s));
        ASSERT_TRUE(sql.exec(
                u"INSERT INTO nomination (award_form_id, nominee_kind, nominee_name, name_search, "
                "workplace, workplace_search, unit_id, nominating_agency_id, received_on, "
                "restarted_on, status) VALUES "
                "(1, 'collective', 'Xã Mường Nhé', 'xa muong nhe', '', '', 1, 1, '2021-06-01', "
                "NULL, 'received'), "
                "(1, 'individual', 'Lò Văn Páo', 'lo van pao', 'UBND xã', 'ubnd xa', NULL, 1, "
                "'2021-06-01', '2021-06-07', 'under_appraisal')"_s));
    }
    auto opened = storage::Database::open({m_dir.databasePath(), &m_clock});
    ASSERT_TRUE(opened.ok());
    storage::Database& db = *opened.value();
    EXPECT_EQ(db.schemaVersion().value(), storage::Database::latestSchemaVersion());
    const auto rows = storage::NominationQueueRepository(db).all();
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 2);
    const QueueFacts commune = rows->value(NominationId(1));
    EXPECT_EQ(commune.status, NominationStatus::Received);
    EXPECT_EQ(commune.kind, NomineeKind::Collective);
    EXPECT_TRUE(commune.tied);
    EXPECT_EQ(commune.eligibility, QueueEligibility::Pending); // until the first refresh
    EXPECT_EQ(commune.appraisalDue, QDate(2021, 6, 1));
    EXPECT_EQ(commune.search, u"xa muong nhe "_s);
    const QueueFacts person = rows->value(NominationId(2));
    EXPECT_EQ(person.status, NominationStatus::UnderAppraisal);
    EXPECT_FALSE(person.tied);
    EXPECT_EQ(person.eligibility, QueueEligibility::NotTied);
    EXPECT_EQ(person.appraisalDue, QDate(2021, 6, 7)); // the clock restarted
    EXPECT_EQ(person.search, u"lo van pao ubnd xa"_s);
    EXPECT_EQ(person.awardMoney, -1);
    // The migrated rows already answer the queue's SQL; a new nomination's row is the
    // service's to write.
    storage::NominationQueueQuery query(db);
    QueueFilter tied;
    tied.eligibility = QueueEligibilityFilter::NotTied;
    EXPECT_EQ(query.select(tied, {}, QDate(2021, 6, 15)).value(), 1);
    const auto check = db.check();
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->integrityOk);
    EXPECT_TRUE(check->foreignKeysOk);
}

} // namespace
} // namespace ed::test
