#include "services/demodata.h"

#include "logging/log.h"
#include "services/demodatareader.h"
#include "services/workspace.h"
#include "storage/agencyrepository.h"
#include "storage/campaignrepository.h"
#include "storage/meetingrepository.h"
#include "storage/planrepository.h"
#include "storage/taskrepository.h"
#include "storage/writetransaction.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace ed::services {

namespace {

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, u"demo file missing: "_s + QDir(path).dirName()};
    return file.readAll();
}

Result<QHash<QString, AgencyId>> insertAgencies(storage::Database& db,
                                                const QList<DemoAgency>& agencies)
{
    storage::AgencyRepository repository(db);
    QHash<QString, AgencyId> ids;
    for (const DemoAgency& demo : agencies) {
        Agency agency = demo.agency;
        if (ids.contains(agency.code))
            return Error{ErrorCode::InvalidInput,
                         u"agencies.json: duplicate code "_s + agency.code};
        if (!demo.parentCode.isEmpty()) {
            if (!ids.contains(demo.parentCode))
                return Error{ErrorCode::InvalidInput,
                             u"agencies.json: parent '%1' of '%2' must come before it"_s.arg(
                                     demo.parentCode, agency.code)};
            agency.parent = ids.value(demo.parentCode);
        }
        const Result<AgencyId> id = repository.add(agency);
        if (!id)
            return id.error();
        ids.insert(agency.code, id.value());
    }
    return ids;
}

Status insertPlan(storage::Database& db, DemoPlan demo)
{
    const Result<PlanId> planId = storage::PlanRepository(db).add(demo.plan);
    if (!planId)
        return planId.error();
    storage::MeetingRepository meetings(db);
    for (Meeting& meeting : demo.meetings) {
        meeting.plan = planId.value();
        if (auto id = meetings.add(meeting); !id)
            return id.error();
    }
    storage::TaskRepository tasks(db);
    for (StandingTask& task : demo.tasks) {
        task.plan = planId.value();
        if (auto id = tasks.add(task); !id)
            return id.error();
    }
    if (demo.inspection) {
        demo.inspection->plan = planId.value();
        if (auto id = storage::InspectionRepository(db).add(*demo.inspection); !id)
            return id.error();
    }
    if (demo.campaign) {
        demo.campaign->plan = planId.value();
        if (auto id = storage::CampaignRepository(db).add(*demo.campaign); !id)
            return id.error();
    }
    return success();
}

} // namespace

Status DemoDataService::load()
{
    const Result<bool> empty = m_workspace.isEmpty();
    if (!empty)
        return empty.error();
    if (!empty.value())
        return Error{ErrorCode::Conflict, u"demo data: database is not empty"_s};

    const QDir folder(m_folder);
    const auto agenciesJson = readFile(folder.filePath(u"agencies.json"_s));
    if (!agenciesJson)
        return agenciesJson.error();
    const auto agencies = readDemoAgencies(agenciesJson.value(), u"agencies.json"_s);
    if (!agencies)
        return agencies.error();

    storage::Database& db = m_workspace.database();
    storage::WriteTransaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    const auto ids = insertAgencies(db, agencies.value());
    if (!ids)
        return ids.error();
    const QStringList planFiles = folder.entryList({u"plan-*.json"_s}, QDir::Files, QDir::Name);
    for (const QString& name : planFiles) {
        const auto json = readFile(folder.filePath(name));
        if (!json)
            return json.error();
        auto plan = readDemoPlan(json.value(), name, ids.value());
        if (!plan)
            return plan.error();
        if (auto s = insertPlan(db, std::move(plan).value()); !s)
            return s;
    }
    if (auto s = tx.commit(); !s)
        return s;
    log::services()->info("demo data loaded: {} agencies, {} plans", ids->size(), planFiles.size());
    return success();
}

} // namespace ed::services
