#include "services/backupservice.h"

#include "core/clock.h"
#include "logging/log.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/restore.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ed::services {

namespace {

const QString kStampFormat = u"yyyyMMdd-HHmmss"_s;
const QString kDailySuffix = u".daily.bak"_s;
const QString kSafetySuffix = u".before-restore.bak"_s;

/// `<folder>/<name>.<stamp><suffix>`, with "-2", "-3" … after the stamp when that file exists
/// (two restores within a second, or a clock fixed by --today).
QString
freshName(const QString& folder, const QString& name, const QString& stamp, const QString& suffix)
{
    const QDir dir(folder);
    QString path = dir.filePath(name + u'.' + stamp + suffix);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(u"%1.%2-%3%4"_s.arg(name, stamp).arg(n).arg(suffix));
    return path;
}

} // namespace

QString BackupService::backupFolder() const
{
    return QFileInfo(m_workspace.filePath()).absoluteDir().filePath(u"backups"_s);
}

Result<QString> BackupService::dailyBackup(int kept) const
{
    const QString name = QFileInfo(m_workspace.filePath()).fileName();
    const QDir dir(backupFolder());
    const QDateTime now = m_workspace.clock().now();
    const QString today = now.date().toString(u"yyyyMMdd"_s);
    if (!dir.entryList({name + u'.' + today + u"-*"_s + kDailySuffix}, QDir::Files).isEmpty())
        return QString();
    const auto empty = m_workspace.isEmpty();
    if (!empty)
        return empty.error();
    if (empty.value())
        return QString(); // nothing worth keeping yet
    if (!QDir().mkpath(dir.path())) {
        log::services()->error("daily backup: backups folder not created");
        return Error{ErrorCode::CannotWrite, u"daily backup: folder not created"_s};
    }
    const QString file = freshName(dir.path(), name, now.toString(kStampFormat), kDailySuffix);
    if (auto s = m_workspace.backupTo(file); !s) {
        log::services()->error("daily backup failed: code {} ({})",
                               static_cast<int>(s.error().code), s.error().detail);
        return s.error();
    }
    // The stamp sorts by time: the newest `kept` stay.
    const QStringList daily = dir.entryList({name + u".*"_s + kDailySuffix}, QDir::Files,
                                            QDir::Name | QDir::Reversed);
    int removed = 0;
    for (qsizetype i = std::max(kept, 1); i < daily.size(); ++i)
        removed += QFile::remove(dir.filePath(daily.at(i))) ? 1 : 0;
    log::services()->info("daily backup written; {} older removed", removed);
    return file;
}

QString BackupService::safetyCopyPath() const
{
    return freshName(backupFolder(), QFileInfo(m_workspace.filePath()).fileName(),
                     m_workspace.clock().now().toString(kStampFormat), kSafetySuffix);
}

Result<BackupFacts> BackupService::inspect(const QString& file) const
{
    const auto version = storage::backupSchemaVersion(file);
    if (!version)
        return version.error();
    BackupFacts facts;
    facts.schemaVersion = version.value();
    facts.appSchemaVersion = storage::Database::latestSchemaVersion();
    static const QRegularExpression stamp(u"\\.(\\d{8}-\\d{6})(-\\d+)?\\.[a-z-]*\\.?bak$"_s);
    if (const auto match = stamp.match(QFileInfo(file).fileName()); match.hasMatch())
        facts.takenAt = QDateTime::fromString(match.captured(1), kStampFormat);
    if (!facts.takenAt.isValid())
        facts.takenAt = QFileInfo(file).lastModified();
    return facts;
}

Result<RestoreOutcome> BackupService::restore(const QString& file, const QString& safetyCopy)
{
    storage::Database& live = m_workspace.database();
    const auto prepared =
            storage::PreparedRestore::prepare({file, live.filePath(), &m_workspace.clock()});
    if (!prepared) {
        log::services()->error("restore refused: code {} ({})",
                               static_cast<int>(prepared.error().code), prepared.error().detail);
        return prepared.error();
    }
    RestoreOutcome outcome{safetyCopy.isEmpty() ? safetyCopyPath() : safetyCopy,
                           prepared.value()->backupSchemaVersion()};
    QDir().mkpath(QFileInfo(outcome.safetyCopy).absolutePath());
    if (auto s = m_workspace.backupTo(outcome.safetyCopy); !s) {
        log::services()->error("restore stopped: the safety copy failed: code {} ({})",
                               static_cast<int>(s.error().code), s.error().detail);
        return Error{ErrorCode::BackupFailed, s.error().detail};
    }
    if (auto s = prepared.value()->applyTo(live); !s) {
        log::services()->error("restore failed: code {} ({})", static_cast<int>(s.error().code),
                               s.error().detail);
        return s.error();
    }
    log::services()->info("database restored from a schema {} backup", outcome.backupSchemaVersion);
    return outcome;
}

} // namespace ed::services
