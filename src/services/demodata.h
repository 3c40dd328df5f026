#pragma once

#include "core/result.h"

#include <QString>

namespace ed::services {

class Workspace;

/// Fills an empty database with the two seed plans shipped under ":/demo" (01-KH/BCĐ and
/// 508/KH-UBND with their agencies), all in one transaction: on any error nothing is written.
class DemoDataService
{
public:
    explicit DemoDataService(Workspace& workspace, QString folder = QStringLiteral(":/demo"))
        : m_workspace(workspace), m_folder(std::move(folder))
    {}

    /// Refused with ErrorCode::Conflict when the database already holds plans or agencies.
    [[nodiscard]] Status load();

private:
    Workspace& m_workspace;
    QString m_folder;
};

} // namespace ed::services
