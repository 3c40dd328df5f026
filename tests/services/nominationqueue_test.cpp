#include "core/collationkey.h"
#include "services/nominationderivation.h"
#include "services/nominationqueue.h"
#include "services/nominationservice.h"
#include "storage/nominationqueuerepository.h"
#include "support/resultsfixture.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace ed::test {
namespace {

using services::NominationRow;

/// The base province of the results tests plus commune C2, which fails the turnout: K1 passes
/// everything, C1 has an area still to report, C2 fails.
class NominationQueueTest : public ResultsTest
{
protected:
    void SetUp() override
    {
        ResultsTest::SetUp();
        ASSERT_FALSE(units(unitRows()).refused());
        QStringList resultRows = baseResults();
        resultRows << u"K4,na,998,998,997,1,0,0"_s;
        ASSERT_FALSE(results(resultRows).refused());
        m_clock.setToday(QDate(2021, 6, 1));
        const auto choices = service().choices();
        ASSERT_TRUE(choices.ok());
        m_choices = choices.value();
    }

    static QStringList unitRows()
    {
        QStringList rows = baseUnits();
        rows << u"C2,Xã Mường Toong,D1,commune,,,,"_s
             << u"K4,Khu vực bỏ phiếu số 4,C2,area,1000,998,990,2021-05-23T21:00"_s;
        return rows;
    }

    UnitId unitId(const QString& code) const
    {
        const auto it = std::ranges::find(m_choices.units, code, &ElectionUnit::code);
        return it != m_choices.units.end() ? it->id : UnitId();
    }
    AwardFormId form(AwardLevel level) const
    {
        for (const Campaign& c : m_choices.campaigns) {
            for (const AwardForm& f : c.awardForms) {
                if (f.level == level)
                    return f.id;
            }
        }
        return {};
    }

    NominationId add(const QString& name,
                     const QString& unit = {},
                     NomineeKind kind = NomineeKind::Collective,
                     int agency = 0)
    {
        Nomination n;
        n.kind = kind;
        n.name = name;
        n.unit = unit.isEmpty() ? UnitId() : unitId(unit);
        n.nominatingAgency = m_choices.agencies.at(agency).id;
        n.awardForm = form(AwardLevel::Province);
        n.receivedOn = QDate(2021, 6, 1);
        const auto id = service().add(n, u"clerk"_s);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().detail.toStdString());
        return id.ok() ? id.value() : NominationId();
    }

    services::NominationService service() const
    {
        return services::NominationService(*m_workspace);
    }

    /// The ids `filter` keeps, in `order`, through the queue's SQL.
    QList<qint64> shown(const QueueFilter& filter, QueueOrder order = {}) const
    {
        services::NominationQueue queue(*m_workspace);
        const auto count = queue.select(filter, order);
        EXPECT_TRUE(count.ok());
        const auto rows = queue.rows(0, count.value());
        EXPECT_TRUE(rows.ok());
        QList<qint64> ids;
        for (const QueueEntry& e : rows.value())
            ids << e.id.raw();
        return ids;
    }

    QHash<NominationId, QueueFacts> stored() const
    {
        const auto facts = storage::NominationQueueRepository(m_workspace->database()).all();
        EXPECT_TRUE(facts.ok());
        return facts.ok() ? facts.value() : QHash<NominationId, QueueFacts>{};
    }

    /// What the queue should hold: the facts of every row as the service derives it now.
    QHash<NominationId, QueueFacts> derived() const
    {
        const auto rows = service().list();
        EXPECT_TRUE(rows.ok());
        QHash<NominationId, QueueFacts> facts;
        for (const NominationRow& row : rows.value())
            facts.insert(row.nomination.id, services::detail::queueFacts(row));
        return facts;
    }

    services::NominationChoices m_choices;
};

TEST_F(NominationQueueTest, EveryChangeToANominationRewritesItsRowAndItsNamesakes)
{
    const NominationId k1 = add(u"Tổ bầu cử khu vực 1"_s, u"K1"_s);
    const NominationId c2 = add(u"Xã Mường Toong"_s, u"C2"_s);
    const NominationId a = add(u"Nguyễn Văn An"_s, {}, NomineeKind::Individual);
    EXPECT_EQ(stored(), derived());
    // A namesake makes both duplicates: the first one's row changes too.
    const NominationId b = add(u"NGUYỄN VĂN AN"_s, {}, NomineeKind::Individual, 1);
    EXPECT_EQ(stored().value(a).duplicates, 1);
    EXPECT_EQ(stored(), derived());

    // Renamed: neither is a duplicate any more.
    Nomination renamed = service().row(b).value().nomination;
    renamed.name = u"Nguyễn Văn Bình"_s;
    ASSERT_TRUE(service().update(renamed).ok());
    EXPECT_EQ(stored().value(a).duplicates, 0);
    EXPECT_EQ(stored().value(b).nameSort, collationKey(u"Nguyễn Văn Bình"_s));
    EXPECT_EQ(stored(), derived());

    // A step, its revert, a judgement and the checklist.
    services::StepRequest start{k1, NominationAction::StartAppraisal, {}, u"clerk"_s, {}, {}, {}};
    const auto events = service().perform({start});
    ASSERT_TRUE(events.ok());
    EXPECT_EQ(stored().value(k1).status, NominationStatus::UnderAppraisal);
    EXPECT_EQ(stored(), derived());
    ASSERT_TRUE(service().revert(events.value()).ok());
    EXPECT_EQ(stored().value(k1).status, NominationStatus::Received);
    const Campaign& campaign = m_choices.campaigns.first();
    const auto judged = std::ranges::find_if(campaign.criteria, [](const Criterion& c) {
        return !c.measurable && c.appliesTo != Applicability::Individual;
    });
    ASSERT_NE(judged, campaign.criteria.end());
    EXPECT_EQ(stored().value(k1).eligibility, QueueEligibility::Eligible);
    ASSERT_TRUE(service().setJudgement(k1, judged->id, false, u"không đạt"_s).ok());
    EXPECT_EQ(stored().value(k1).eligibility, QueueEligibility::Flagged);
    EXPECT_EQ(stored(), derived());
    QList<DossierItemState> checklist = service().row(c2).value().nomination.dossier;
    ASSERT_FALSE(checklist.isEmpty());
    const int missing = stored().value(c2).dossierMissing;
    checklist.first().present = true;
    ASSERT_TRUE(service().setDossier(c2, checklist).ok());
    EXPECT_EQ(stored().value(c2).dossierMissing, missing - 1);
    EXPECT_EQ(stored(), derived());
}

TEST_F(NominationQueueTest, EachFilterKeepsWhatTheRowsSay)
{
    const NominationId k1 = add(u"Tổ bầu cử khu vực 1"_s, u"K1"_s); // eligible
    const NominationId c1 = add(u"Xã Chung Chải"_s, u"C1"_s);       // K3 not reported
    const NominationId c2 = add(u"Xã Mường Toong"_s, u"C2"_s);      // fails the turnout
    const NominationId a = add(u"Lò Văn Páo"_s, {}, NomineeKind::Individual);
    const NominationId b = add(u"Lò Văn Páo"_s, {}, NomineeKind::Individual, 1);
    QueueFilter filter;
    EXPECT_EQ(shown(filter).size(), 5);
    filter.eligibility = QueueEligibilityFilter::Eligible;
    EXPECT_EQ(shown(filter), QList<qint64>{k1.raw()});
    filter.eligibility = QueueEligibilityFilter::Failing;
    EXPECT_EQ(shown(filter), (QList<qint64>{c1.raw(), c2.raw()}));
    filter.eligibility = QueueEligibilityFilter::NotTied;
    EXPECT_EQ(shown(filter), (QList<qint64>{a.raw(), b.raw()}));
    filter.eligibility = QueueEligibilityFilter::Duplicates;
    EXPECT_EQ(shown(filter), (QList<qint64>{a.raw(), b.raw()}));
    filter = {};
    filter.agency = m_choices.agencies.at(1).id;
    EXPECT_EQ(shown(filter), QList<qint64>{b.raw()});

    services::StepRequest start{c2, NominationAction::StartAppraisal, {}, u"clerk"_s, {}, {}, {}};
    ASSERT_TRUE(service().perform({start}).ok());
    filter = {};
    filter.status = NominationStatus::UnderAppraisal;
    EXPECT_EQ(shown(filter), QList<qint64>{c2.raw()});

    // Received on Tuesday 01/06/2021, ten working days: due 15/06, overdue from 16/06.
    filter = {};
    filter.overdueOnly = true;
    m_clock.setToday(QDate(2021, 6, 15));
    EXPECT_TRUE(shown(filter).isEmpty());
    m_clock.setToday(QDate(2021, 6, 16));
    EXPECT_EQ(shown(filter).size(), 5);
    const auto counters = services::NominationQueue(*m_workspace).counters();
    ASSERT_TRUE(counters.ok());
    EXPECT_EQ(counters->overdue, 5);
    EXPECT_EQ(counters->flagged, 2);
    EXPECT_EQ(counters->byStatus[static_cast<size_t>(NominationStatus::Received)], 4);
    EXPECT_EQ(counters->total, 5);
}

TEST_F(NominationQueueTest, TheSearchFoldsDiacriticsAndCaseAndLooksAtEveryText)
{
    const NominationId c2 = add(u"Ủy ban bầu cử xã"_s, u"C2"_s);
    const NominationId dang = add(u"Đặng Thị Hương"_s, {}, NomineeKind::Individual);
    QueueFilter filter;
    filter.search = u"xa muong"_s; // the unit's name
    EXPECT_EQ(shown(filter), QList<qint64>{c2.raw()});
    filter.search = u"ĐẶNG"_s;
    EXPECT_EQ(shown(filter), QList<qint64>{dang.raw()});
    filter.search = u"dang thi"_s;
    EXPECT_EQ(shown(filter), QList<qint64>{dang.raw()});
    filter.search = u"c2"_s; // the unit's code
    EXPECT_EQ(shown(filter), QList<qint64>{c2.raw()});
    const Agency& agency = m_choices.agencies.at(0);
    filter.search = agency.name.toUpper(); // the agency's name, whatever the case
    EXPECT_EQ(shown(filter).size(), 2);
    filter.search = u"uy ban bau cu xa"_s;
    EXPECT_EQ(shown(filter), QList<qint64>{c2.raw()});
}

TEST_F(NominationQueueTest, NamesSortInVietnameseOrder)
{
    for (const QString& name : {u"Đặng Văn Lâm"_s, u"Dương Văn Bảy"_s, u"Ánh Dương"_s,
                                u"An Khang"_s, u"Ấn Hòa"_s, u"Bùi Thị Xuân"_s})
        add(name, {}, NomineeKind::Individual);
    // An, Ánh (a), Ấn (â), Bùi, Dương (d), Đặng (đ) — not the code-point order.
    EXPECT_EQ(shown({}, {QueueSortKey::Nominee, false}), (QList<qint64>{4, 3, 5, 6, 2, 1}));
    EXPECT_EQ(shown({}, {QueueSortKey::Nominee, true}), (QList<qint64>{1, 2, 6, 5, 3, 4}));
}

TEST_F(NominationQueueTest, ARefreshFillsTheRowsAMigrationLeftAndThenHasNothingToDo)
{
    add(u"Tổ bầu cử khu vực 1"_s, u"K1"_s);
    add(u"Xã Mường Toong"_s, u"C2"_s);
    add(u"Lò Văn Páo"_s, {}, NomineeKind::Individual);
    // What 0006_nomination_queue.sql leaves for an existing nomination: no keys, no facts.
    QList<QueueFacts> placeholders;
    for (QueueFacts f : stored()) {
        f.nameSort = f.unitSort = f.agencySort = f.formSort = QString();
        f.eligibility = f.tied ? QueueEligibility::Pending : QueueEligibility::NotTied;
        f.awardMoney = -1;
        placeholders << f;
    }
    ASSERT_TRUE(storage::NominationQueueRepository(m_workspace->database()).put(placeholders).ok());
    EXPECT_NE(stored(), derived());
    const auto written = services::NominationQueue::refresh(*m_workspace);
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(written.value(), 3);
    EXPECT_EQ(stored(), derived());
    EXPECT_EQ(services::NominationQueue::refresh(*m_workspace).value(), 0);
}

TEST_F(NominationQueueTest, ARefreshOfAReadOnlyDatabaseWritesNothing)
{
    const NominationId id = add(u"Tổ bầu cử khu vực 1"_s, u"K1"_s);
    QueueFacts stale = stored().value(id);
    stale.nameSort.clear();
    ASSERT_TRUE(storage::NominationQueueRepository(m_workspace->database()).put({stale}).ok());
    auto viewer = services::Workspace::open(m_dir.databasePath(), m_clock,
                                            services::Workspace::Access::ReadOnly);
    ASSERT_TRUE(viewer.ok());
    const auto written = services::NominationQueue::refresh(*viewer.value());
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    EXPECT_EQ(written.value(), 0);
    EXPECT_EQ(stored().value(id), stale); // shown as last stored
}

TEST_F(NominationQueueTest, ACancelledRefreshStopsAndWritesNothing)
{
    const NominationId id = add(u"Tổ bầu cử khu vực 1"_s, u"K1"_s);
    QueueFacts placeholder = stored().value(id);
    placeholder.nameSort.clear();
    ASSERT_TRUE(
            storage::NominationQueueRepository(m_workspace->database()).put({placeholder}).ok());
    const std::atomic<bool> cancel{true}; // closing the window sets it
    const auto refreshed = services::NominationQueue::refresh(*m_workspace, &cancel);
    ASSERT_FALSE(refreshed.ok());
    EXPECT_EQ(refreshed.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(stored().value(id), placeholder);
}

TEST_F(NominationQueueTest, ARefreshPicksUpResultsImportedSince)
{
    const NominationId c1 = add(u"Xã Chung Chải"_s, u"C1"_s);
    EXPECT_EQ(stored().value(c1).eligibility, QueueEligibility::Flagged); // K3 not reported
    // K3 reports: C1 passes as a whole (3,497 of 3,500 voted).
    QStringList rows = unitRows();
    rows.replaceInStrings(u"K3,Khu vực bỏ phiếu số 3,C1,area,,,,"_s,
                          u"K3,Khu vực bỏ phiếu số 3,C1,area,500,500,490,2021-05-23T20:30"_s);
    ASSERT_FALSE(units(rows).refused());
    ASSERT_FALSE(results({u"K3,na,500,500,500,0,0,0"_s}).refused());
    EXPECT_EQ(stored().value(c1).eligibility, QueueEligibility::Flagged); // not the queue's edit
    ASSERT_EQ(services::NominationQueue::refresh(*m_workspace).value(), 1);
    EXPECT_EQ(stored().value(c1).eligibility, QueueEligibility::Eligible);
}

TEST_F(NominationQueueTest, APageOfRowsIsDerivedAsTheFullListDerivesIt)
{
    add(u"Tổ bầu cử khu vực 1"_s, u"K1"_s);
    add(u"Xã Chung Chải"_s, u"C1"_s);
    add(u"Huyện Mường Nhé"_s, u"D1"_s);
    add(u"Xã Mường Toong"_s, u"C2"_s);
    add(u"Lò Văn Páo"_s, {}, NomineeKind::Individual);
    add(u"Lò Văn Páo"_s, {}, NomineeKind::Individual, 1);
    const auto all = service().list();
    ASSERT_TRUE(all.ok());
    QList<NominationId> ids;
    for (const NominationRow& row : all.value())
        ids.prepend(row.nomination.id); // another order: rows() keeps the one asked for
    const auto page = service().rows(ids);
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->size(), all->size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const NominationRow& p = page->at(i);
        const NominationRow& full = all->at(all->size() - 1 - i);
        SCOPED_TRACE(p.nomination.id.raw());
        EXPECT_EQ(p.nomination, full.nomination);
        EXPECT_EQ(p.unitCode, full.unitCode);
        EXPECT_EQ(p.duplicates, full.duplicates);
        EXPECT_EQ(p.appraisalDue, full.appraisalDue);
        EXPECT_EQ(p.awardMoney, full.awardMoney);
        EXPECT_EQ(p.eligibility.measured, full.eligibility.measured);
        EXPECT_EQ(p.eligibility.judged, full.eligibility.judged);
        EXPECT_EQ(p.eligibility.unitIncomplete(), full.eligibility.unitIncomplete());
        EXPECT_EQ(p.eligibility.unit.has_value(), full.eligibility.unit.has_value());
        if (p.eligibility.unit && full.eligibility.unit) { // the same figures and decision
            EXPECT_EQ(p.eligibility.unit->totals, full.eligibility.unit->totals);
        }
    }
    EXPECT_TRUE(service().rows({NominationId(999)}).value().isEmpty());
}

} // namespace
} // namespace ed::test
