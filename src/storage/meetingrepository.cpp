#include "storage/meetingrepository.h"

#include "core/codes.h"
#include "core/searchkey.h"
#include "storage/rows.h"
#include "storage/rowversion.h"
#include "storage/writetransaction.h"

using namespace Qt::StringLiterals;

namespace ed::storage {

namespace {

Meeting* meetingById(QList<Meeting>& meetings, qint64 id)
{
    for (Meeting& m : meetings) {
        if (m.id.raw() == id)
            return &m;
    }
    return nullptr;
}

} // namespace

Result<MeetingId> MeetingRepository::add(const Meeting& meeting)
{
    return insert(meeting, std::nullopt);
}

Result<MeetingId> MeetingRepository::restore(const Meeting& meeting, int position)
{
    if (!meeting.id.isValid())
        return Error{ErrorCode::InvalidInput, u"restore meeting: no id"_s};
    return insert(meeting, position);
}

Result<MeetingId> MeetingRepository::insert(const Meeting& meeting, std::optional<int> position)
{
    WriteTransaction tx(m_database);
    if (!tx.isActive())
        return tx.beginError();
    const Result<DeadlineId> deadline = insertDeadline(m_database, meeting.deadline);
    if (!deadline)
        return deadline.error();
    MeetingId id;
    {
        // A restored meeting takes back its id and its place when the place is still free.
        Statement insert(connectionOf(m_database),
                         u"INSERT INTO meeting (id, plan_id, position, number, label, section, "
                         "deadline_id, requested_by, status, held_on, conclusions, notes) "
                         "VALUES (:id, :plan, CASE WHEN :position IS NOT NULL AND NOT EXISTS "
                         "(SELECT 1 FROM meeting WHERE plan_id = :plan2 AND position = "
                         ":position2) THEN :position3 ELSE (SELECT coalesce(max(position), -1) + 1 "
                         "FROM meeting WHERE plan_id = :plan3) END, :number, :label, :section, "
                         ":deadline, :requested_by, :status, :held_on, :conclusions, :notes) "
                         "RETURNING id"_s,
                         "insert meeting");
        const QVariant at = position ? QVariant(*position) : QVariant();
        insert.bind(u":id"_s, meeting.id)
                .bind(u":plan"_s, meeting.plan)
                .bind(u":plan2"_s, meeting.plan)
                .bind(u":plan3"_s, meeting.plan)
                .bind(u":position"_s, at)
                .bind(u":position2"_s, at)
                .bind(u":position3"_s, at)
                .bind(u":deadline"_s, deadline.value());
        bindFields(insert, meeting);
        if (auto s = insert.exec(); !s)
            return s.error();
        if (!insert.next())
            return insert.lastError();
        id = insert.id<MeetingId>(0);
    }
    if (auto s = insertChildren(id, meeting); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

void MeetingRepository::bindFields(Statement& statement, const Meeting& meeting)
{
    statement.bind(u":number"_s, meeting.number ? QVariant(*meeting.number) : QVariant())
            .bind(u":label"_s, normalizedText(meeting.label))
            .bind(u":section"_s, normalizedText(meeting.section))
            .bind(u":requested_by"_s, normalizedText(meeting.requestedBy))
            .bind(u":status"_s, toCode(meeting.status))
            .bind(u":held_on"_s, meeting.heldOn)
            .bind(u":conclusions"_s, normalizedText(meeting.conclusions))
            .bind(u":notes"_s, normalizedText(meeting.notes));
}

Status MeetingRepository::insertChildren(MeetingId id, const Meeting& meeting)
{
    if (auto s = insertItems(id, meeting.items); !s)
        return s;
    if (auto s = insertReferences(id, meeting.referenceDeadlines); !s)
        return s;
    Statement insert(connectionOf(m_database),
                     u"INSERT INTO meeting_milestone (meeting_id, position, milestone, relation) "
                     "VALUES (:owner, :position, :milestone, :relation)"_s,
                     "insert meeting milestone");
    return insertPositioned(
            insert, id.raw(), meeting.milestones, [](Statement& st, const MilestoneDependency& d) {
                st.bind(u":milestone"_s, d.milestone).bind(u":relation"_s, toCode(d.relation));
            });
}

Result<RowStamp> MeetingRepository::update(const Meeting& meeting)
{
    WriteTransaction tx(m_database);
    if (!tx.isActive())
        return tx.beginError();
    const Result<RowStamp> stamp =
            claimRow(m_database, u"meeting"_s, meeting.id.raw(), meeting.stamp);
    if (!stamp)
        return stamp.error();
    DeadlineId deadline;
    {
        Statement select(connectionOf(m_database),
                         u"SELECT deadline_id FROM meeting WHERE id = :id"_s,
                         "find meeting deadline");
        select.bind(u":id"_s, meeting.id);
        if (auto s = select.exec(); !s)
            return s.error();
        if (!select.next())
            return Error{ErrorCode::NotFound, u"update meeting %1"_s.arg(meeting.id.raw())};
        deadline = select.id<DeadlineId>(0);
    }
    if (auto s = updateDeadline(m_database, deadline, meeting.deadline); !s)
        return s.error();
    {
        Statement update(connectionOf(m_database),
                         u"UPDATE meeting SET number = :number, label = :label, "
                         "section = :section, requested_by = :requested_by, status = :status, "
                         "held_on = :held_on, conclusions = :conclusions, notes = :notes "
                         "WHERE id = :id"_s,
                         "update meeting");
        update.bind(u":id"_s, meeting.id);
        bindFields(update, meeting);
        if (auto s = update.exec(); !s)
            return s.error();
    }
    // The children are replaced whole: items, links, reference deadlines (their deadline rows go
    // by trigger) and milestone ties.
    for (const QString& table :
         {u"meeting_item"_s, u"reference_deadline"_s, u"meeting_milestone"_s}) {
        Statement clear(connectionOf(m_database),
                        u"DELETE FROM %1 WHERE meeting_id = :id"_s.arg(table),
                        "clear meeting children");
        clear.bind(u":id"_s, meeting.id);
        if (auto s = clear.exec(); !s)
            return s.error();
    }
    if (auto s = insertChildren(meeting.id, meeting); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return stamp;
}

Result<RowStamp> MeetingRepository::stamp(MeetingId id) const
{
    return rowStamp(m_database, u"meeting"_s, id.raw());
}

Result<int> MeetingRepository::positionOf(MeetingId id) const
{
    return storage::positionOf(m_database, u"meeting"_s, id.raw());
}

Status MeetingRepository::insertItems(MeetingId id, const QList<MeetingItem>& items)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        qint64 itemId = 0;
        {
            Statement insert(connectionOf(m_database),
                             u"INSERT INTO meeting_item (meeting_id, position, content, "
                             "content_search) VALUES (:meeting, :position, :content, :search) "
                             "RETURNING id"_s,
                             "insert meeting item");
            const QString content = normalizedText(items[i].content);
            insert.bind(u":meeting"_s, id)
                    .bind(u":position"_s, static_cast<int>(i))
                    .bind(u":content"_s, content)
                    .bind(u":search"_s, searchKey(content));
            if (auto s = insert.exec(); !s)
                return s;
            if (!insert.next())
                return insert.lastError();
            itemId = insert.integer(0);
        }
        if (auto s = insertAssignments(m_database, AssignmentTable::MeetingItem, itemId,
                                       items[i].agencies);
            !s)
            return s;
    }
    return success();
}

Status MeetingRepository::insertReferences(MeetingId id, const QList<ReferenceDeadline>& list)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Result<DeadlineId> deadline = insertDeadline(m_database, list[i].deadline);
        if (!deadline)
            return deadline.error();
        Statement insert(connectionOf(m_database),
                         u"INSERT INTO reference_deadline (meeting_id, position, issuer_id, "
                         "description, deadline_id, legal_note) VALUES (:meeting, :position, "
                         ":issuer, :description, :deadline, :note)"_s,
                         "insert reference deadline");
        insert.bind(u":meeting"_s, id)
                .bind(u":position"_s, static_cast<int>(i))
                .bind(u":issuer"_s, list[i].issuer)
                .bind(u":description"_s, normalizedText(list[i].description))
                .bind(u":deadline"_s, deadline.value())
                .bind(u":note"_s, normalizedText(list[i].legalNote));
        if (auto s = insert.exec(); !s)
            return s;
    }
    return success();
}

Result<QList<Meeting>> MeetingRepository::forPlan(PlanId plan) const
{
    QList<Meeting> meetings;
    {
        Statement select(connectionOf(m_database),
                         u"SELECT m.id, m.plan_id, m.number, m.label, m.section, m.requested_by, "
                         "m.status, m.held_on, m.conclusions, m.notes, "_s
                                 + rowStampColumns(u"m."_s) + u", "_s + deadlineColumns()
                                 + u" FROM meeting m JOIN deadline d ON d.id = m.deadline_id "
                                   "WHERE m.plan_id = :plan ORDER BY m.position"_s,
                         "list meetings");
        select.bind(u":plan"_s, plan);
        if (auto s = select.exec(); !s)
            return s.error();
        while (select.next()) {
            Meeting m;
            m.id = select.id<MeetingId>(0);
            m.plan = select.id<PlanId>(1);
            if (!select.isNull(2))
                m.number = static_cast<int>(select.integer(2));
            m.label = select.text(3);
            m.section = select.text(4);
            m.requestedBy = select.text(5);
            m.status = fromCode<MeetingStatus>(select.text(6)).value_or(MeetingStatus::Planned);
            m.heldOn = select.date(7);
            m.conclusions = select.text(8);
            m.notes = select.text(9);
            m.stamp = readRowStamp(select, 10);
            m.deadline = readDeadline(select, 13);
            meetings << m;
        }
    }
    if (auto s = readItems(plan, meetings); !s)
        return s.error();
    if (auto s = readReferences(plan, meetings); !s)
        return s.error();
    if (auto s = readMilestones(plan, meetings); !s)
        return s.error();
    return meetings;
}

Status MeetingRepository::readItems(PlanId plan, QList<Meeting>& meetings) const
{
    const auto assignments = readAssignments(
            m_database, AssignmentTable::MeetingItem,
            u"o.meeting_id IN (SELECT id FROM meeting WHERE plan_id = :key)"_s, plan.raw());
    if (!assignments)
        return assignments.error();
    Statement select(connectionOf(m_database),
                     u"SELECT i.id, i.meeting_id, i.content FROM meeting_item i "
                     "JOIN meeting m ON m.id = i.meeting_id WHERE m.plan_id = :plan "
                     "ORDER BY i.meeting_id, i.position"_s,
                     "list meeting items");
    select.bind(u":plan"_s, plan);
    if (auto s = select.exec(); !s)
        return s;
    while (select.next()) {
        if (Meeting* m = meetingById(meetings, select.integer(1))) {
            const qint64 itemId = select.integer(0);
            m->items << MeetingItem{MeetingItemId{itemId}, select.text(2),
                                    assignments->value(itemId)};
        }
    }
    return success();
}

Status MeetingRepository::readReferences(PlanId plan, QList<Meeting>& meetings) const
{
    Statement select(connectionOf(m_database),
                     u"SELECT r.meeting_id, r.issuer_id, r.description, r.legal_note, "_s
                             + deadlineColumns()
                             + u" FROM reference_deadline r JOIN deadline d ON d.id = r.deadline_id"
                               " JOIN meeting m ON m.id = r.meeting_id WHERE m.plan_id = :plan "
                               "ORDER BY r.meeting_id, r.position"_s,
                     "list reference deadlines");
    select.bind(u":plan"_s, plan);
    if (auto s = select.exec(); !s)
        return s;
    while (select.next()) {
        if (Meeting* m = meetingById(meetings, select.integer(0))) {
            m->referenceDeadlines << ReferenceDeadline{select.id<AgencyId>(1), select.text(2),
                                                       readDeadline(select, 4), select.text(3)};
        }
    }
    return success();
}

Status MeetingRepository::readMilestones(PlanId plan, QList<Meeting>& meetings) const
{
    Statement select(connectionOf(m_database),
                     u"SELECT d.meeting_id, d.milestone, d.relation FROM meeting_milestone d "
                     "JOIN meeting m ON m.id = d.meeting_id WHERE m.plan_id = :plan "
                     "ORDER BY d.meeting_id, d.position"_s,
                     "list meeting milestones");
    select.bind(u":plan"_s, plan);
    if (auto s = select.exec(); !s)
        return s;
    while (select.next()) {
        if (Meeting* m = meetingById(meetings, select.integer(0))) {
            m->milestones << MilestoneDependency{
                    select.text(1),
                    fromCode<MilestoneRelation>(select.text(2)).value_or(MilestoneRelation::After)};
        }
    }
    return success();
}

Status MeetingRepository::remove(MeetingId id)
{
    // Items, links and reference deadlines go by cascade; the triggers remove the deadlines.
    Statement remove(connectionOf(m_database), u"DELETE FROM meeting WHERE id = :id"_s,
                     "delete meeting");
    remove.bind(u":id"_s, id);
    if (auto s = remove.exec(); !s)
        return s;
    if (remove.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, u"delete meeting %1"_s.arg(id.raw())};
    return success();
}

} // namespace ed::storage
