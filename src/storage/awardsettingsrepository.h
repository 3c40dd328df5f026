#pragma once

#include "core/awardmoney.h"
#include "core/nomination.h"
#include "core/result.h"
#include "core/workingdays.h"

#include <QList>

namespace ed::storage {

class Database;

/// The data behind deadlines and award money: public holidays, appraisal limits per track, base
/// salaries and award coefficients. Each setter replaces its whole table.
class AwardSettingsRepository
{
public:
    explicit AwardSettingsRepository(Database& database) : m_database(database) {}

    [[nodiscard]] Result<QList<PublicHoliday>> holidays() const;
    [[nodiscard]] Status setHolidays(const QList<PublicHoliday>& holidays);
    [[nodiscard]] Result<QList<AppraisalLimit>> limits() const;
    [[nodiscard]] Status setLimits(const QList<AppraisalLimit>& limits);
    [[nodiscard]] Result<AwardMoneyTables> moneyTables() const;
    [[nodiscard]] Status setMoneyTables(const AwardMoneyTables& tables);

private:
    Database& m_database;
};

} // namespace ed::storage
