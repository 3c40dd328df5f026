#include "storage/agencyrepository.h"

#include "core/codes.h"
#include "core/searchkey.h"
#include "storage/rows.h"

using namespace Qt::StringLiterals;

namespace ed::storage {

namespace {

const QString kSelect =
        u"SELECT id, code, name, abbreviation, level, kind, parent_id FROM agency "_s;

Agency readAgency(const Statement& row)
{
    Agency a;
    a.id = row.id<AgencyId>(0);
    a.code = row.text(1);
    a.name = row.text(2);
    a.abbreviation = row.text(3);
    a.level = fromCode<AgencyLevel>(row.text(4)).value_or(AgencyLevel::Province);
    a.kind = fromCode<AgencyKind>(row.text(5)).value_or(AgencyKind::Other);
    a.parent = row.id<AgencyId>(6);
    return a;
}

void bindAgency(Statement& statement, const Agency& agency)
{
    const QString name = normalizedText(agency.name);
    statement.bind(u":code"_s, agency.code.isEmpty() ? QVariant() : QVariant(agency.code))
            .bind(u":name"_s, name)
            .bind(u":name_search"_s, searchKey(name))
            .bind(u":abbreviation"_s, normalizedText(agency.abbreviation))
            .bind(u":level"_s, toCode(agency.level))
            .bind(u":kind"_s, toCode(agency.kind))
            .bind(u":parent"_s, agency.parent);
}

} // namespace

Result<AgencyId> AgencyRepository::add(const Agency& agency)
{
    Statement insert(connectionOf(m_database),
                     u"INSERT INTO agency (code, name, name_search, abbreviation, level, kind, "
                     "parent_id) VALUES (:code, :name, :name_search, :abbreviation, :level, "
                     ":kind, :parent) RETURNING id"_s,
                     "insert agency");
    bindAgency(insert, agency);
    if (auto s = insert.exec(); !s)
        return s.error();
    if (!insert.next())
        return insert.lastError();
    const AgencyId id = insert.id<AgencyId>(0);
    insert.finish(); // an unfinished INSERT ... RETURNING makes a later COMMIT fail
    return id;
}

Status AgencyRepository::update(const Agency& agency)
{
    Statement update(connectionOf(m_database),
                     u"UPDATE agency SET code = :code, name = :name, name_search = :name_search, "
                     "abbreviation = :abbreviation, level = :level, kind = :kind, "
                     "parent_id = :parent WHERE id = :id"_s,
                     "update agency");
    bindAgency(update, agency);
    update.bind(u":id"_s, agency.id);
    return update.exec();
}

Status AgencyRepository::remove(AgencyId id)
{
    Statement remove(connectionOf(m_database), u"DELETE FROM agency WHERE id = :id"_s,
                     "delete agency");
    remove.bind(u":id"_s, id);
    Status status = remove.exec();
    if (!status && status.error().code == ErrorCode::Conflict)
        return Error{ErrorCode::InUse, status.error().detail};
    return status;
}

Result<QList<Agency>> AgencyRepository::all() const
{
    Statement select(connectionOf(m_database), kSelect + u"ORDER BY id"_s, "list agencies");
    if (auto s = select.exec(); !s)
        return s.error();
    QList<Agency> agencies;
    while (select.next())
        agencies << readAgency(select);
    return agencies;
}

Result<std::optional<Agency>> AgencyRepository::find(AgencyId id) const
{
    Statement select(connectionOf(m_database), kSelect + u"WHERE id = :id"_s, "find agency");
    select.bind(u":id"_s, id);
    if (auto s = select.exec(); !s)
        return s.error();
    if (!select.next())
        return std::optional<Agency>();
    return std::optional<Agency>(readAgency(select));
}

} // namespace ed::storage
