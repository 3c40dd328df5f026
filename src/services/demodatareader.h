#pragma once

#include "core/agency.h"
#include "core/campaign.h"
#include "core/meeting.h"
#include "core/plan.h"
#include "core/result.h"
#include "core/task.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

namespace ed::services {

/// An agency of the demo files, its parent still named by code.
struct DemoAgency
{
    Agency agency;
    QString parentCode;
};

/// One plan of the demo files with everything that belongs to it; agency ids resolved.
struct DemoPlan
{
    Plan plan;
    QList<Meeting> meetings;
    QList<StandingTask> tasks;
    std::optional<Inspection> inspection;
    std::optional<Campaign> campaign;
};

/// Reads resources/demo/agencies.json (format: docs/demo-data.md). An error names the file,
/// the JSON path and what was expected.
[[nodiscard]] Result<QList<DemoAgency>> readDemoAgencies(const QByteArray& json,
                                                         const QString& fileName);

/// Reads one plan file; every agency code must be a key of `agencies`.
[[nodiscard]] Result<DemoPlan> readDemoPlan(const QByteArray& json,
                                            const QString& fileName,
                                            const QHash<QString, AgencyId>& agencies);

} // namespace ed::services
