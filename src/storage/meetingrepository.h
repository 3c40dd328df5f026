#pragma once

#include "core/meeting.h"
#include "core/result.h"

#include <QList>

#include <optional>

namespace ed::storage {

class Database;
class Statement;

/// Meetings with their content items, agencies by role, deadline and reference deadlines.
class MeetingRepository
{
public:
    explicit MeetingRepository(Database& database) : m_database(database) {}

    /// Inserts the meeting and everything it holds in one transaction; its position in the
    /// plan is after the meetings already there.
    [[nodiscard]] Result<MeetingId> add(const Meeting& meeting);
    /// Puts a deleted meeting back with its id, at `position` when that place is still free
    /// (the undo of a delete).
    [[nodiscard]] Result<MeetingId> restore(const Meeting& meeting, int position);
    /// Replaces the meeting's fields, deadline and children. `meeting.stamp` carries the
    /// version it was read at (Stale when it changed since; 0 checks nothing) and who
    /// changes it now, when. Returns the new stamp.
    [[nodiscard]] Result<RowStamp> update(const Meeting& meeting);
    /// The meeting's version and last change.
    [[nodiscard]] Result<RowStamp> stamp(MeetingId id) const;
    /// The meeting's place in its plan.
    [[nodiscard]] Result<int> positionOf(MeetingId id) const;
    /// The plan's meetings in the plan's order, complete.
    [[nodiscard]] Result<QList<Meeting>> forPlan(PlanId plan) const;
    /// Deletes the meeting with its items, links and deadlines.
    [[nodiscard]] Status remove(MeetingId id);

private:
    [[nodiscard]] Result<MeetingId> insert(const Meeting& meeting, std::optional<int> position);
    static void bindFields(Statement& statement, const Meeting& meeting);
    [[nodiscard]] Status insertChildren(MeetingId id, const Meeting& meeting);
    [[nodiscard]] Status readMilestones(PlanId plan, QList<Meeting>& meetings) const;
    [[nodiscard]] Status insertItems(MeetingId id, const QList<MeetingItem>& items);
    [[nodiscard]] Status insertReferences(MeetingId id, const QList<ReferenceDeadline>& list);
    [[nodiscard]] Status readItems(PlanId plan, QList<Meeting>& meetings) const;
    [[nodiscard]] Status readReferences(PlanId plan, QList<Meeting>& meetings) const;

    Database& m_database;
};

} // namespace ed::storage
