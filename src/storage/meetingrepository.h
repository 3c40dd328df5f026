#pragma once

#include "core/meeting.h"
#include "core/result.h"

#include <QList>

namespace ed::storage {

class Database;

/// Meetings with their content items, agencies by role, deadline and reference deadlines.
class MeetingRepository
{
public:
    explicit MeetingRepository(Database& database) : m_database(database) {}

    /// Inserts the meeting and everything it holds in one transaction; its position in the
    /// plan is after the meetings already there.
    [[nodiscard]] Result<MeetingId> add(const Meeting& meeting);
    /// The plan's meetings in the plan's order, complete.
    [[nodiscard]] Result<QList<Meeting>> forPlan(PlanId plan) const;
    /// Deletes the meeting with its items, links and deadlines.
    [[nodiscard]] Status remove(MeetingId id);

private:
    [[nodiscard]] Status insertItems(MeetingId id, const QList<MeetingItem>& items);
    [[nodiscard]] Status insertReferences(MeetingId id, const QList<ReferenceDeadline>& list);
    [[nodiscard]] Status readItems(PlanId plan, QList<Meeting>& meetings) const;
    [[nodiscard]] Status readReferences(PlanId plan, QList<Meeting>& meetings) const;

    Database& m_database;
};

} // namespace ed::storage
