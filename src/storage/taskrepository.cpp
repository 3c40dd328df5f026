#include "storage/taskrepository.h"

#include "core/codes.h"
#include "core/searchkey.h"
#include "storage/rows.h"
#include "storage/writetransaction.h"

using namespace Qt::StringLiterals;

namespace ed::storage {

Result<TaskId> TaskRepository::add(const StandingTask& task)
{
    return insert(task, std::nullopt);
}

Result<TaskId> TaskRepository::restore(const StandingTask& task, int position)
{
    if (!task.id.isValid())
        return Error{ErrorCode::InvalidInput, u"restore task: no id"_s};
    return insert(task, position);
}

Result<TaskId> TaskRepository::insert(const StandingTask& task, std::optional<int> position)
{
    WriteTransaction tx(m_database);
    if (!tx.isActive())
        return tx.beginError();
    QVariant deadlineId;
    if (task.deadline) {
        const Result<DeadlineId> deadline = insertDeadline(m_database, *task.deadline);
        if (!deadline)
            return deadline.error();
        deadlineId = deadline->raw();
    }
    TaskId id;
    {
        // A restored task takes back its id and its place when the place is still free.
        Statement insert(connectionOf(m_database),
                         u"INSERT INTO task (id, plan_id, position, section, printed_number, "
                         "content, content_search, deadline_id, status, progress_note) VALUES "
                         "(:id, :plan, CASE WHEN :position IS NOT NULL AND NOT EXISTS (SELECT 1 "
                         "FROM task WHERE plan_id = :plan2 AND position = :position2) THEN "
                         ":position3 ELSE (SELECT coalesce(max(position), -1) + 1 FROM task "
                         "WHERE plan_id = :plan3) END, :section, :printed, :content, :search, "
                         ":deadline, :status, :note) RETURNING id"_s,
                         "insert task");
        const QVariant at = position ? QVariant(*position) : QVariant();
        insert.bind(u":id"_s, task.id)
                .bind(u":plan"_s, task.plan)
                .bind(u":plan2"_s, task.plan)
                .bind(u":plan3"_s, task.plan)
                .bind(u":position"_s, at)
                .bind(u":position2"_s, at)
                .bind(u":position3"_s, at)
                .bind(u":deadline"_s, deadlineId);
        bindFields(insert, task);
        if (auto s = insert.exec(); !s)
            return s.error();
        if (!insert.next())
            return insert.lastError();
        id = insert.id<TaskId>(0);
    }
    if (auto s = insertAssignments(m_database, AssignmentTable::Task, id.raw(), task.agencies); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

void TaskRepository::bindFields(Statement& statement, const StandingTask& task)
{
    const QString content = normalizedText(task.content);
    statement.bind(u":section"_s, normalizedText(task.section))
            .bind(u":printed"_s, normalizedText(task.printedNumber))
            .bind(u":content"_s, content)
            .bind(u":search"_s, searchKey(content))
            .bind(u":status"_s, toCode(task.status))
            .bind(u":note"_s, normalizedText(task.progressNote));
}

Status TaskRepository::update(const StandingTask& task)
{
    WriteTransaction tx(m_database);
    if (!tx.isActive())
        return tx.beginError();
    QVariant oldDeadline;
    {
        Statement select(connectionOf(m_database), u"SELECT deadline_id FROM task WHERE id = :id"_s,
                         "find task deadline");
        select.bind(u":id"_s, task.id);
        if (auto s = select.exec(); !s)
            return s;
        if (!select.next())
            return Error{ErrorCode::NotFound, u"update task %1"_s.arg(task.id.raw())};
        oldDeadline = select.value(0);
    }
    QVariant newDeadline = oldDeadline;
    if (task.deadline && !oldDeadline.isNull()) {
        if (auto s = updateDeadline(m_database, DeadlineId{oldDeadline.toLongLong()},
                                    *task.deadline);
            !s)
            return s;
    } else if (task.deadline) {
        const Result<DeadlineId> inserted = insertDeadline(m_database, *task.deadline);
        if (!inserted)
            return inserted.error();
        newDeadline = inserted->raw();
    } else {
        newDeadline = QVariant();
    }
    {
        Statement update(connectionOf(m_database),
                         u"UPDATE task SET section = :section, printed_number = :printed, "
                         "content = :content, content_search = :search, deadline_id = :deadline, "
                         "status = :status, progress_note = :note WHERE id = :id"_s,
                         "update task");
        update.bind(u":id"_s, task.id).bind(u":deadline"_s, newDeadline);
        bindFields(update, task);
        if (auto s = update.exec(); !s)
            return s;
    }
    if (!task.deadline && !oldDeadline.isNull()) {
        Statement drop(connectionOf(m_database), u"DELETE FROM deadline WHERE id = :id"_s,
                       "delete task deadline");
        drop.bind(u":id"_s, oldDeadline);
        if (auto s = drop.exec(); !s)
            return s;
    }
    {
        Statement clear(connectionOf(m_database), u"DELETE FROM task_agency WHERE task_id = :id"_s,
                        "clear task agencies");
        clear.bind(u":id"_s, task.id);
        if (auto s = clear.exec(); !s)
            return s;
    }
    if (auto s = insertAssignments(m_database, AssignmentTable::Task, task.id.raw(), task.agencies);
        !s)
        return s;
    return tx.commit();
}

Status TaskRepository::remove(TaskId id)
{
    // Links go by cascade; the trigger removes the deadline.
    Statement remove(connectionOf(m_database), u"DELETE FROM task WHERE id = :id"_s, "delete task");
    remove.bind(u":id"_s, id);
    if (auto s = remove.exec(); !s)
        return s;
    if (remove.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, u"delete task %1"_s.arg(id.raw())};
    return success();
}

Result<int> TaskRepository::positionOf(TaskId id) const
{
    return storage::positionOf(m_database, u"task"_s, id.raw());
}

Result<QList<StandingTask>> TaskRepository::forPlan(PlanId plan) const
{
    const auto assignments =
            readAssignments(m_database, AssignmentTable::Task, u"o.plan_id = :key"_s, plan.raw());
    if (!assignments)
        return assignments.error();
    Statement select(connectionOf(m_database),
                     u"SELECT t.id, t.plan_id, t.section, t.printed_number, t.content, t.status, "
                     "t.progress_note, t.deadline_id, "_s
                             + deadlineColumns()
                             + u" FROM task t LEFT JOIN deadline d ON d.id = t.deadline_id "
                               "WHERE t.plan_id = :plan ORDER BY t.position"_s,
                     "list tasks");
    select.bind(u":plan"_s, plan);
    if (auto s = select.exec(); !s)
        return s.error();
    QList<StandingTask> tasks;
    while (select.next()) {
        StandingTask t;
        t.id = select.id<TaskId>(0);
        t.plan = select.id<PlanId>(1);
        t.section = select.text(2);
        t.printedNumber = select.text(3);
        t.content = select.text(4);
        t.status = fromCode<TaskStatus>(select.text(5)).value_or(TaskStatus::Open);
        t.progressNote = select.text(6);
        if (!select.isNull(7))
            t.deadline = readDeadline(select, 8);
        t.agencies = assignments->value(t.id.raw());
        tasks << t;
    }
    return tasks;
}

Result<InspectionId> InspectionRepository::add(const Inspection& inspection)
{
    WriteTransaction tx(m_database);
    if (!tx.isActive())
        return tx.beginError();
    InspectionId id;
    {
        Statement insert(connectionOf(m_database),
                         u"INSERT INTO inspection (plan_id, framework, team_lead, team_lead_title, "
                         "self_inspection_note) VALUES (:plan, :framework, :lead, :title, :note) "
                         "RETURNING id"_s,
                         "insert inspection");
        insert.bind(u":plan"_s, inspection.plan)
                .bind(u":framework"_s, normalizedText(inspection.framework))
                .bind(u":lead"_s, normalizedText(inspection.teamLead))
                .bind(u":title"_s, normalizedText(inspection.teamLeadTitle))
                .bind(u":note"_s, normalizedText(inspection.selfInspectionNote));
        if (auto s = insert.exec(); !s)
            return s.error();
        if (!insert.next())
            return insert.lastError();
        id = insert.id<InspectionId>(0);
    }
    Statement target(connectionOf(m_database),
                     u"INSERT INTO inspection_target (inspection_id, position, agency_id, mode) "
                     "VALUES (:owner, :position, :agency, :mode)"_s,
                     "insert inspection target");
    const Status targets = insertPositioned(
            target, id.raw(), inspection.targets, [](Statement& st, const InspectionTarget& t) {
                st.bind(u":agency"_s, t.agency).bind(u":mode"_s, toCode(t.mode));
            });
    if (!targets)
        return targets.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<std::optional<Inspection>> InspectionRepository::forPlan(PlanId plan) const
{
    Inspection inspection;
    {
        Statement select(connectionOf(m_database),
                         u"SELECT id, plan_id, framework, team_lead, team_lead_title, "
                         "self_inspection_note FROM inspection WHERE plan_id = :plan"_s,
                         "find inspection");
        select.bind(u":plan"_s, plan);
        if (auto s = select.exec(); !s)
            return s.error();
        if (!select.next())
            return std::optional<Inspection>();
        inspection = Inspection{select.id<InspectionId>(0),
                                select.id<PlanId>(1),
                                select.text(2),
                                select.text(3),
                                select.text(4),
                                select.text(5),
                                {}};
    }
    Statement targets(connectionOf(m_database),
                      u"SELECT agency_id, mode FROM inspection_target WHERE inspection_id = :id "
                      "ORDER BY position"_s,
                      "list inspection targets");
    targets.bind(u":id"_s, inspection.id);
    if (auto s = targets.exec(); !s)
        return s.error();
    while (targets.next()) {
        inspection.targets << InspectionTarget{
                targets.id<AgencyId>(0),
                fromCode<InspectionMode>(targets.text(1)).value_or(InspectionMode::Inspected)};
    }
    return std::optional<Inspection>(inspection);
}

} // namespace ed::storage
