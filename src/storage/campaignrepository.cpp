#include "storage/campaignrepository.h"

#include "core/codes.h"
#include "core/searchkey.h"
#include "storage/rows.h"
#include "storage/writetransaction.h"

using namespace Qt::StringLiterals;

namespace ed::storage {

namespace {

Campaign* campaignById(QList<Campaign>& campaigns, qint64 id)
{
    for (Campaign& c : campaigns) {
        if (c.id.raw() == id)
            return &c;
    }
    return nullptr;
}

bool hasThreshold(Comparison comparison)
{
    return comparison == Comparison::AtLeast || comparison == Comparison::Above
           || comparison == Comparison::AtMost || comparison == Comparison::Below;
}

} // namespace

Result<CampaignId> CampaignRepository::add(const Campaign& campaign)
{
    WriteTransaction tx(m_database);
    if (!tx.isActive())
        return tx.beginError();
    CampaignId id;
    {
        Statement insert(connectionOf(m_database),
                         u"INSERT INTO campaign (plan_id, theme, starts_on, ends_on, end_event) "
                         "VALUES (:plan, :theme, :starts, :ends, :event) RETURNING id"_s,
                         "insert campaign");
        insert.bind(u":plan"_s, campaign.plan)
                .bind(u":theme"_s, normalizedText(campaign.theme))
                .bind(u":starts"_s, campaign.startsOn)
                .bind(u":ends"_s, campaign.endsOn)
                .bind(u":event"_s, normalizedText(campaign.endEvent));
        if (auto s = insert.exec(); !s)
            return s.error();
        if (!insert.next())
            return insert.lastError();
        id = insert.id<CampaignId>(0);
    }
    if (auto s = insertLists(id, campaign); !s)
        return s.error();
    if (auto s = insertAwardForms(id, campaign.awardForms); !s)
        return s.error();
    if (auto s = insertCriteria(id, campaign.criteria); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Status CampaignRepository::insertLists(CampaignId id, const Campaign& campaign)
{
    const QSqlDatabase db = connectionOf(m_database);
    Statement kind(db,
                   u"INSERT INTO campaign_participant_kind (campaign_id, position, nominee_kind, "
                   "label) VALUES (:owner, :position, :kind, :label)"_s,
                   "insert participant kind");
    Status status = insertPositioned(kind, id.raw(), campaign.participantKinds,
                                     [](Statement& st, const ParticipantKind& k) {
                                         st.bind(u":kind"_s, toCode(k.nomineeKind))
                                                 .bind(u":label"_s, normalizedText(k.label));
                                     });
    if (!status)
        return status;
    Statement area(db,
                   u"INSERT INTO campaign_goal_area (campaign_id, position, code, title, goals) "
                   "VALUES (:owner, :position, :code, :title, :goals)"_s,
                   "insert goal area");
    status = insertPositioned(area, id.raw(), campaign.goalAreas,
                              [](Statement& st, const GoalArea& g) {
                                  st.bind(u":code"_s, g.code)
                                          .bind(u":title"_s, normalizedText(g.title))
                                          .bind(u":goals"_s, normalizedText(g.goals));
                              });
    if (!status)
        return status;
    Statement content(db,
                      u"INSERT INTO campaign_content (campaign_id, position, code, text) "
                      "VALUES (:owner, :position, :code, :text)"_s,
                      "insert campaign content");
    return insertPositioned(
            content, id.raw(), campaign.contents, [](Statement& st, const CampaignContent& c) {
                st.bind(u":code"_s, c.code).bind(u":text"_s, normalizedText(c.text));
            });
}

Status CampaignRepository::insertAwardForms(CampaignId id, const QList<AwardForm>& forms)
{
    Statement insert(connectionOf(m_database),
                     u"INSERT INTO award_form (campaign_id, position, code, printed_number, "
                     "name_as_written, usual_name, level, decided_by, note) VALUES (:owner, "
                     ":position, :code, :printed, :name, :usual, :level, :decided_by, :note)"_s,
                     "insert award form");
    return insertPositioned(insert, id.raw(), forms, [](Statement& st, const AwardForm& f) {
        st.bind(u":code"_s, f.code)
                .bind(u":printed"_s, f.printedNumber)
                .bind(u":name"_s, normalizedText(f.nameAsWritten))
                .bind(u":usual"_s, normalizedText(f.usualName))
                .bind(u":level"_s, toCode(f.level))
                .bind(u":decided_by"_s, normalizedText(f.decidedBy))
                .bind(u":note"_s, normalizedText(f.note));
    });
}

Status CampaignRepository::insertCriteria(CampaignId id, const QList<Criterion>& criteria)
{
    Statement insert(connectionOf(m_database),
                     u"INSERT INTO criterion (campaign_id, position, code, label, measurable, "
                     "comparison, threshold_num, threshold_den, applies_to) VALUES (:owner, "
                     ":position, :code, :label, :measurable, :comparison, :num, :den, "
                     ":applies_to)"_s,
                     "insert criterion");
    return insertPositioned(insert, id.raw(), criteria, [](Statement& st, const Criterion& c) {
        const bool threshold = hasThreshold(c.comparison);
        st.bind(u":code"_s, c.code)
                .bind(u":label"_s, normalizedText(c.label))
                .bind(u":measurable"_s, c.measurable ? 1 : 0)
                .bind(u":comparison"_s, toCode(c.comparison))
                .bind(u":num"_s, threshold ? QVariant(c.threshold.numerator) : QVariant())
                .bind(u":den"_s, threshold ? QVariant(c.threshold.denominator) : QVariant())
                .bind(u":applies_to"_s, toCode(c.appliesTo));
    });
}

Result<QList<Campaign>> CampaignRepository::all() const
{
    QList<Campaign> campaigns;
    {
        Statement select(connectionOf(m_database),
                         u"SELECT id, plan_id, theme, starts_on, ends_on, end_event FROM campaign "
                         "ORDER BY id"_s,
                         "list campaigns");
        if (auto s = select.exec(); !s)
            return s.error();
        while (select.next()) {
            Campaign c;
            c.id = select.id<CampaignId>(0);
            c.plan = select.id<PlanId>(1);
            c.theme = select.text(2);
            c.startsOn = select.date(3);
            c.endsOn = select.date(4);
            c.endEvent = select.text(5);
            campaigns << c;
        }
    }
    if (auto s = readLists(campaigns); !s)
        return s.error();
    if (auto s = readRules(campaigns); !s)
        return s.error();
    return campaigns;
}

Status CampaignRepository::readLists(QList<Campaign>& campaigns) const
{
    const QSqlDatabase db = connectionOf(m_database);
    Statement kinds(db,
                    u"SELECT campaign_id, nominee_kind, label FROM campaign_participant_kind "
                    "ORDER BY campaign_id, position"_s,
                    "list participant kinds");
    if (auto s = kinds.exec(); !s)
        return s;
    while (kinds.next()) {
        if (Campaign* c = campaignById(campaigns, kinds.integer(0)))
            c->participantKinds << ParticipantKind{
                    fromCode<NomineeKind>(kinds.text(1)).value_or(NomineeKind::Collective),
                    kinds.text(2)};
    }
    Statement areas(db,
                    u"SELECT campaign_id, code, title, goals FROM campaign_goal_area "
                    "ORDER BY campaign_id, position"_s,
                    "list goal areas");
    if (auto s = areas.exec(); !s)
        return s;
    while (areas.next()) {
        if (Campaign* c = campaignById(campaigns, areas.integer(0)))
            c->goalAreas << GoalArea{areas.text(1), areas.text(2), areas.text(3)};
    }
    Statement contents(db,
                       u"SELECT campaign_id, code, text FROM campaign_content "
                       "ORDER BY campaign_id, position"_s,
                       "list campaign contents");
    if (auto s = contents.exec(); !s)
        return s;
    while (contents.next()) {
        if (Campaign* c = campaignById(campaigns, contents.integer(0)))
            c->contents << CampaignContent{contents.text(1), contents.text(2)};
    }
    return success();
}

Status CampaignRepository::readRules(QList<Campaign>& campaigns) const
{
    const QSqlDatabase db = connectionOf(m_database);
    Statement forms(db,
                    u"SELECT campaign_id, id, code, printed_number, name_as_written, usual_name, "
                    "level, decided_by, note FROM award_form ORDER BY campaign_id, position"_s,
                    "list award forms");
    if (auto s = forms.exec(); !s)
        return s;
    while (forms.next()) {
        if (Campaign* c = campaignById(campaigns, forms.integer(0)))
            c->awardForms << AwardForm{
                    forms.id<AwardFormId>(1),
                    forms.text(2),
                    forms.text(3),
                    forms.text(4),
                    forms.text(5),
                    fromCode<AwardLevel>(forms.text(6)).value_or(AwardLevel::Province),
                    forms.text(7),
                    forms.text(8)};
    }
    Statement criteria(db,
                       u"SELECT campaign_id, id, code, label, measurable, comparison, "
                       "threshold_num, threshold_den, applies_to FROM criterion "
                       "ORDER BY campaign_id, position"_s,
                       "list criteria");
    if (auto s = criteria.exec(); !s)
        return s;
    while (criteria.next()) {
        Campaign* c = campaignById(campaigns, criteria.integer(0));
        if (!c)
            continue;
        Criterion k;
        k.id = criteria.id<CriterionId>(1);
        k.code = criteria.text(2);
        k.label = criteria.text(3);
        k.measurable = criteria.integer(4) != 0;
        k.comparison = fromCode<Comparison>(criteria.text(5)).value_or(Comparison::Judgement);
        if (!criteria.isNull(6))
            k.threshold = Ratio{criteria.integer(6), criteria.integer(7)};
        k.appliesTo = fromCode<Applicability>(criteria.text(8)).value_or(Applicability::Both);
        c->criteria << k;
    }
    return success();
}

} // namespace ed::storage
