#include "storage/taskrepository.h"

#include "core/codes.h"
#include "core/searchkey.h"
#include "storage/rows.h"
#include "storage/writetransaction.h"

using namespace Qt::StringLiterals;

namespace ed::storage {

Result<TaskId> TaskRepository::add(const StandingTask& task)
{
    WriteTransaction tx(m_database);
    if (!tx.isActive())
        return Error{ErrorCode::DatabaseLocked, u"add task: begin"_s};
    QVariant deadlineId;
    if (task.deadline) {
        const Result<DeadlineId> deadline = insertDeadline(m_database, *task.deadline);
        if (!deadline)
            return deadline.error();
        deadlineId = deadline->raw();
    }
    TaskId id;
    {
        Statement insert(connectionOf(m_database),
                         u"INSERT INTO task (plan_id, position, section, printed_number, content, "
                         "content_search, deadline_id, status, progress_note) VALUES (:plan, "
                         "(SELECT coalesce(max(position), -1) + 1 FROM task WHERE plan_id = "
                         ":plan2), :section, :printed, :content, :search, :deadline, :status, "
                         ":note) RETURNING id"_s,
                         "insert task");
        const QString content = normalizedText(task.content);
        insert.bind(u":plan"_s, task.plan)
                .bind(u":plan2"_s, task.plan)
                .bind(u":section"_s, normalizedText(task.section))
                .bind(u":printed"_s, normalizedText(task.printedNumber))
                .bind(u":content"_s, content)
                .bind(u":search"_s, searchKey(content))
                .bind(u":deadline"_s, deadlineId)
                .bind(u":status"_s, toCode(task.status))
                .bind(u":note"_s, normalizedText(task.progressNote));
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
        return Error{ErrorCode::DatabaseLocked, u"add inspection: begin"_s};
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
