#pragma once

#include "core/campaign.h"
#include "core/result.h"

#include <QList>

#include <optional>

namespace ed::storage {

class Database;

/// The emulation campaign of a plan with its participant kinds, goal areas, contents, award
/// forms and criteria.
class CampaignRepository
{
public:
    explicit CampaignRepository(Database& database) : m_database(database) {}

    [[nodiscard]] Result<CampaignId> add(const Campaign& campaign);
    [[nodiscard]] Result<QList<Campaign>> all() const;

private:
    [[nodiscard]] Status insertLists(CampaignId id, const Campaign& campaign);
    [[nodiscard]] Status insertAwardForms(CampaignId id, const QList<AwardForm>& forms);
    [[nodiscard]] Status insertCriteria(CampaignId id, const QList<Criterion>& criteria);
    [[nodiscard]] Status readLists(QList<Campaign>& campaigns) const;
    [[nodiscard]] Status readRules(QList<Campaign>& campaigns) const;

    Database& m_database;
};

} // namespace ed::storage
