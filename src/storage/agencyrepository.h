#pragma once

#include "core/agency.h"
#include "core/result.h"

#include <QList>

#include <optional>

namespace ed::storage {

class Database;

/// The agency directory.
class AgencyRepository
{
public:
    explicit AgencyRepository(Database& database) : m_database(database) {}

    /// Inserts the agency; one with a valid id takes that id back (the undo of a delete).
    [[nodiscard]] Result<AgencyId> add(const Agency& agency);
    [[nodiscard]] Status update(const Agency& agency);
    /// Refused with ErrorCode::InUse while a meeting, task, plan or child agency refers to it.
    [[nodiscard]] Status remove(AgencyId id);
    [[nodiscard]] Result<QList<Agency>> all() const;
    [[nodiscard]] Result<std::optional<Agency>> find(AgencyId id) const;
    /// The agency with exactly this name (NFC); Conflict when several share it.
    [[nodiscard]] Result<std::optional<Agency>> findByName(const QString& name) const;
    /// Everything that refers to the agency and so keeps it from being deleted.
    [[nodiscard]] Result<AgencyReferences> references(AgencyId id) const;

private:
    Database& m_database;
};

} // namespace ed::storage
