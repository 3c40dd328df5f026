#include "storage/awardsettingsrepository.h"

#include "core/codes.h"
#include "storage/rows.h"
#include "storage/statement.h"
#include "storage/writetransaction.h"

using namespace Qt::StringLiterals;

namespace ed::storage {

namespace {

Status clear(Database& database, const QString& table)
{
    // The table names are constants of this file, never user input.
    Statement remove(connectionOf(database), u"DELETE FROM %1"_s.arg(table), "clear settings");
    return remove.exec();
}

} // namespace

Result<QList<PublicHoliday>> AwardSettingsRepository::holidays() const
{
    Statement select(connectionOf(m_database),
                     u"SELECT day, name FROM public_holiday ORDER BY day"_s, "select holidays");
    if (auto s = select.exec(); !s)
        return s.error();
    QList<PublicHoliday> holidays;
    while (select.next())
        holidays << PublicHoliday{select.date(0), select.text(1)};
    return holidays;
}

Status AwardSettingsRepository::setHolidays(const QList<PublicHoliday>& holidays)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.beginError();
    if (auto s = clear(m_database, u"public_holiday"_s); !s)
        return s;
    Statement insert(connectionOf(m_database),
                     u"INSERT INTO public_holiday (day, name) VALUES (:day, :name)"_s,
                     "insert holiday");
    for (const PublicHoliday& h : holidays) {
        insert.bind(u":day"_s, h.date).bind(u":name"_s, h.name);
        if (auto s = insert.exec(); !s)
            return s;
    }
    return transaction.commit();
}

Result<QList<AppraisalLimit>> AwardSettingsRepository::limits() const
{
    Statement select(connectionOf(m_database), u"SELECT track, working_days FROM appraisal_limit"_s,
                     "select limits");
    if (auto s = select.exec(); !s)
        return s.error();
    QList<AppraisalLimit> limits;
    while (select.next()) {
        if (const auto track = fromCode<AppraisalTrack>(select.text(0)))
            limits << AppraisalLimit{*track, int(select.integer(1))};
    }
    return limits;
}

Status AwardSettingsRepository::setLimits(const QList<AppraisalLimit>& limits)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.beginError();
    if (auto s = clear(m_database, u"appraisal_limit"_s); !s)
        return s;
    Statement insert(connectionOf(m_database),
                     u"INSERT INTO appraisal_limit (track, working_days) VALUES (:track, :days)"_s,
                     "insert limit");
    for (const AppraisalLimit& l : limits) {
        insert.bind(u":track"_s, toCode(l.track)).bind(u":days"_s, l.workingDays);
        if (auto s = insert.exec(); !s)
            return s;
    }
    return transaction.commit();
}

Result<AwardMoneyTables> AwardSettingsRepository::moneyTables() const
{
    AwardMoneyTables tables;
    Statement salaries(connectionOf(m_database),
                       u"SELECT effective_from, amount FROM base_salary ORDER BY effective_from"_s,
                       "select base salaries");
    if (auto s = salaries.exec(); !s)
        return s.error();
    while (salaries.next())
        tables.baseSalaries << BaseSalary{salaries.date(0), salaries.integer(1)};
    Statement coefficients(connectionOf(m_database),
                           u"SELECT award_level, nominee_kind, effective_from, thousandths "
                           "FROM award_coefficient ORDER BY effective_from, award_level, "
                           "nominee_kind"_s,
                           "select award coefficients");
    if (auto s = coefficients.exec(); !s)
        return s.error();
    while (coefficients.next()) {
        const auto level = fromCode<AwardLevel>(coefficients.text(0));
        const auto kind = fromCode<NomineeKind>(coefficients.text(1));
        if (level && kind)
            tables.coefficients << AwardCoefficient{*level, *kind, coefficients.date(2),
                                                    coefficients.integer(3)};
    }
    return tables;
}

Status AwardSettingsRepository::setMoneyTables(const AwardMoneyTables& tables)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.beginError();
    if (auto s = clear(m_database, u"base_salary"_s); !s)
        return s;
    if (auto s = clear(m_database, u"award_coefficient"_s); !s)
        return s;
    Statement salary(connectionOf(m_database),
                     u"INSERT INTO base_salary (effective_from, amount) VALUES (:from, :amount)"_s,
                     "insert base salary");
    for (const BaseSalary& b : tables.baseSalaries) {
        salary.bind(u":from"_s, b.effectiveFrom).bind(u":amount"_s, b.amount);
        if (auto s = salary.exec(); !s)
            return s;
    }
    Statement coefficient(connectionOf(m_database),
                          u"INSERT INTO award_coefficient (award_level, nominee_kind, "
                          "effective_from, thousandths) VALUES (:level, :kind, :from, :value)"_s,
                          "insert award coefficient");
    for (const AwardCoefficient& c : tables.coefficients) {
        coefficient.bind(u":level"_s, toCode(c.level))
                .bind(u":kind"_s, toCode(c.kind))
                .bind(u":from"_s, c.effectiveFrom)
                .bind(u":value"_s, c.thousandths);
        if (auto s = coefficient.exec(); !s)
            return s;
    }
    return transaction.commit();
}

} // namespace ed::storage
