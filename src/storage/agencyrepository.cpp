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
                     u"INSERT INTO agency (id, code, name, name_search, abbreviation, level, "
                     "kind, parent_id) VALUES (:id, :code, :name, :name_search, :abbreviation, "
                     ":level, :kind, :parent) RETURNING id"_s,
                     "insert agency");
    bindAgency(insert, agency);
    insert.bind(u":id"_s, agency.id);
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
    if (auto s = update.exec(); !s)
        return s;
    if (update.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, u"update agency %1"_s.arg(agency.id.raw())};
    return success();
}

Status AgencyRepository::remove(AgencyId id)
{
    Statement remove(connectionOf(m_database), u"DELETE FROM agency WHERE id = :id"_s,
                     "delete agency");
    remove.bind(u":id"_s, id);
    Status status = remove.exec();
    if (!status && status.error().code == ErrorCode::Conflict)
        return Error{ErrorCode::InUse, status.error().detail};
    if (status && remove.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, u"delete agency %1"_s.arg(id.raw())};
    return status;
}

Result<AgencyReferences> AgencyRepository::references(AgencyId id) const
{
    // One query per kind of referrer; each yields the text a user recognises.
    struct Source
    {
        QStringList AgencyReferences::*list;
        QString sql;
    };
    const Source sources[] = {
            {&AgencyReferences::meetings,
             u"SELECT DISTINCT m.label || ' (' || p.symbol || ')', p.id, m.position FROM meeting m "
             "JOIN plan p ON p.id = m.plan_id WHERE m.id IN (SELECT i.meeting_id FROM "
             "meeting_item i JOIN meeting_item_agency a ON a.item_id = i.id WHERE a.agency_id = "
             ":id UNION SELECT meeting_id FROM reference_deadline WHERE issuer_id = :id2) "
             "ORDER BY 2, 3"_s},
            {&AgencyReferences::tasks,
             u"SELECT DISTINCT t.section || ' (' || p.symbol || ')', p.id, t.position FROM task t "
             "JOIN plan p ON p.id = t.plan_id JOIN task_agency a ON a.task_id = t.id WHERE "
             "a.agency_id = :id ORDER BY 2, 3"_s},
            {&AgencyReferences::plans,
             u"SELECT symbol, id, 0 FROM plan WHERE issuer_id = :id ORDER BY id"_s},
            {&AgencyReferences::children, u"SELECT name, id, 0 FROM agency WHERE parent_id = :id "
                                          "ORDER BY id"_s},
            {&AgencyReferences::inspections,
             u"SELECT p.symbol, p.id, 0 FROM inspection_target t JOIN inspection i ON i.id = "
             "t.inspection_id JOIN plan p ON p.id = i.plan_id WHERE t.agency_id = :id "
             "ORDER BY p.id"_s},
    };
    AgencyReferences references;
    for (const Source& source : sources) {
        Statement select(connectionOf(m_database), source.sql, "find agency references");
        select.bind(u":id"_s, id);
        if (source.sql.contains(u":id2"_s)) // a placeholder is bound once per use
            select.bind(u":id2"_s, id);
        if (auto s = select.exec(); !s)
            return s.error();
        while (select.next())
            (references.*source.list) << select.text(0);
    }
    return references;
}

Result<std::optional<Agency>> AgencyRepository::findByName(const QString& name) const
{
    Statement select(connectionOf(m_database), kSelect + u"WHERE name = :name ORDER BY id"_s,
                     "find agency by name");
    select.bind(u":name"_s, normalizedText(name));
    if (auto s = select.exec(); !s)
        return s.error();
    if (!select.next())
        return std::optional<Agency>();
    const Agency first = readAgency(select);
    if (select.next())
        return Error{ErrorCode::Conflict, u"agency name is not unique"_s};
    return std::optional<Agency>(first);
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
