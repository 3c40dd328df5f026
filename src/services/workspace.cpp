#include "services/workspace.h"

#include "logging/log.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ed::services {

Workspace::Workspace(std::unique_ptr<storage::Database> database, const Clock& clock)
    : m_database(std::move(database)), m_clock(clock)
{}

Workspace::~Workspace() = default;

Result<std::unique_ptr<Workspace>>
Workspace::open(const QString& path, const Clock& clock, Access access)
{
    storage::Database::Options options{path, &clock};
    options.readOnly = access == Access::ReadOnly;
    auto database = storage::Database::open(options);
    if (!database) {
        log::services()->error("open database refused: code {} ({})",
                               static_cast<int>(database.error().code), database.error().detail);
        return database.error();
    }
    log::services()->info(database.value()->isReadOnly() ? "database opened read-only"
                                                         : "database opened");
    return std::unique_ptr<Workspace>(new Workspace(std::move(database).value(), clock));
}

void Workspace::identifyApplication()
{
    QCoreApplication::setOrganizationName(u"ElectionDesk"_s);
    QCoreApplication::setApplicationName(u"electiondesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ED_VERSION));
}

QString Workspace::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dir).filePath(u"electiondesk.sqlite"_s);
}

QString Workspace::logDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dir).filePath(u"logs"_s);
}

QString Workspace::filePath() const
{
    return m_database->filePath();
}

bool Workspace::isReadOnly() const
{
    return m_database->isReadOnly();
}

Result<DatabaseHealth> Workspace::check() const
{
    const auto report = m_database->check();
    if (!report)
        return report.error();
    return DatabaseHealth{report->schemaVersion, report->appSchemaVersion, report->integrityOk,
                          report->foreignKeysOk, report->firstProblem};
}

Status Workspace::backupTo(const QString& file) const
{
    Status status = m_database->backupTo(file);
    if (status)
        log::services()->info("online backup written");
    return status;
}

Result<bool> Workspace::isEmpty() const
{
    return m_database->isEmpty();
}

QString Workspace::userName() const
{
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QDir::home().dirName(); // the login name on every desktop system we support
}

} // namespace ed::services
