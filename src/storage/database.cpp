#include "storage/database.h"

#include "core/clock.h"
#include "logging/log.h"
#include "storage/migrator.h"
#include "storage/onlinebackup.h"
#include "storage/statement.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

using namespace Qt::StringLiterals;

namespace ed::storage {

namespace {

constexpr int kBackupsKept = 10;

QSqlDatabase connection(const QString& name)
{
    return QSqlDatabase::database(name, false);
}

/// Runs a statement whose text is ours (pragmas take no bound parameters).
Status run(const QString& name, const QString& sql, const char* operation)
{
    QSqlQuery query(connection(name));
    if (query.exec(sql))
        return success();
    const Error error = toError(query.lastError(), operation);
    log::storage()->error("{}", error.detail);
    return error;
}

QString backupName(const QString& path, qint64 version, const Clock& clock)
{
    return u"%1.v%2.%3.bak"_s.arg(path).arg(version).arg(
            clock.now().toString(u"yyyyMMdd-HHmmss"_s));
}

/// Keeps the newest kBackupsKept pre-migration copies of this file; older ones are removed.
void pruneBackups(const QString& path)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    const QFileInfoList backups =
            dir.entryInfoList({info.fileName() + u".v*.bak"_s}, QDir::Files, QDir::Time);
    for (qsizetype i = kBackupsKept; i < backups.size(); ++i)
        QFile::remove(backups.at(i).absoluteFilePath());
}

Error refusal(Migrator::Outcome outcome, const QString& path)
{
    switch (outcome) {
    case Migrator::Outcome::NotOurFile: return {ErrorCode::NotOurFile, u"open: not ours"_s};
    case Migrator::Outcome::NewerThanApp:
        return {ErrorCode::NewerThanApp, u"open: schema newer than this build"_s};
    case Migrator::Outcome::BackupFailed:
        return {ErrorCode::BackupFailed, u"open: pre-migration backup failed"_s};
    default: return {ErrorCode::MigrationFailed, u"open: migration failed for "_s + path};
    }
}

} // namespace

Database::Database(QString connectionName, QString path, bool readOnly)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path)), m_readOnly(readOnly)
{}

Database::~Database()
{
    {
        QSqlDatabase db = connection(m_connectionName);
        if (db.isOpen())
            db.close();
    } // the copy is gone before removeDatabase(), which would warn "still in use"
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion(const QString& migrationsFolder)
{
    // Counting the files is enough: the Migrator refuses a folder with gaps.
    return static_cast<int>(QDir(migrationsFolder).entryList({u"*.sql"_s}, QDir::Files).size());
}

Result<std::unique_ptr<Database>> Database::connect(const QString& name,
                                                    const QString& target,
                                                    const QString& connectOptions,
                                                    bool readOnly)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(target);
        db.setConnectOptions(connectOptions);
        if (!db.open()) {
            const Error error = toError(db.lastError(), "open");
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Error{ErrorCode::CannotOpen, error.detail};
        }
    }
    std::unique_ptr<Database> database(new Database(name, target, readOnly));
    // foreign_keys is per connection and a no-op inside a transaction: set it first.
    if (auto s = run(name, u"PRAGMA foreign_keys = ON"_s, "foreign keys"); !s)
        return s.error();
    // A first read tells a file another program holds locked, one that cannot be read here, or
    // one that is not a database at all, before the header is trusted.
    // (SQLITE_CANTOPEN comes only now: opening is lazy.)
    if (auto s = run(name, u"SELECT count(*) FROM sqlite_schema"_s, "first read"); !s)
        return s.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const Options& options)
{
    if (!options.clock || options.path.isEmpty())
        return Error{ErrorCode::InvalidInput, u"open: no path or clock"_s};
    static std::atomic<int> counter{0};
    const QString name = u"electiondesk-%1"_s.arg(counter++);
    const QFileInfo file(options.path);
    // access(2) answers for this user; an immutable file is refused even to root.
    const bool readOnly = options.readOnly || (file.exists() && !file.isWritable());
    if (readOnly && !file.exists())
        return Error{ErrorCode::CannotOpen, u"open read-only: no such file"_s};
    if (!readOnly)
        QDir().mkpath(file.absolutePath());
    const QString connectOptions = u"QSQLITE_BUSY_TIMEOUT=%1%2"_s.arg(options.busyTimeoutMs)
                                           .arg(readOnly ? u";QSQLITE_OPEN_READONLY"_s : QString());
    Result<std::unique_ptr<Database>> connected =
            connect(name, options.path, connectOptions, readOnly);
    if (!connected && readOnly
        && (connected.error().code == ErrorCode::CannotOpen
            || connected.error().code == ErrorCode::DatabaseReadOnly)) {
        // A WAL file in a folder this user may not write: SQLite cannot create the "-shm"
        // beside it (SQLITE_READONLY_DIRECTORY). Nobody can be writing it from here either, so
        // read it as immutable.
        const QString uri =
                QUrl::fromLocalFile(file.absoluteFilePath()).toString() + u"?immutable=1"_s;
        connected = connect(name, uri, connectOptions + u";QSQLITE_OPEN_URI"_s, readOnly);
    }
    if (!connected) {
        const ErrorCode code = connected.error().code;
        if (code == ErrorCode::DatabaseLocked || code == ErrorCode::CannotOpen
            || code == ErrorCode::DatabaseReadOnly)
            return connected.error();
        return refusal(Migrator::Outcome::NotOurFile, options.path);
    }
    std::unique_ptr<Database> database = std::move(connected).value();
    database->m_path = options.path;
    // Nothing that writes the file (WAL switch included) runs before it is known to be ours.
    Migrator migrator(*database, options.migrationsFolder);
    const Migrator::Outcome state = migrator.inspect();
    if (state == Migrator::Outcome::NotOurFile || state == Migrator::Outcome::NewerThanApp
        || state == Migrator::Outcome::Failed)
        return refusal(state, options.path);
    if (state == Migrator::Outcome::Migrated && readOnly)
        return Error{ErrorCode::ReadOnlyOutdated, u"open: read-only and older than this build"_s};
    if (state == Migrator::Outcome::Migrated && !options.migrate)
        return Error{ErrorCode::MigrationFailed, u"open: schema older than this build"_s};

    if (!readOnly) {
        if (auto s = run(name, u"PRAGMA journal_mode = WAL"_s, "journal mode"); !s)
            return s.error();
        if (auto s = run(name, u"PRAGMA synchronous = FULL"_s, "synchronous"); !s)
            return s.error();
    }
    // 64 MiB of page cache (SQLite's default is 2 MiB): a national import touches ~30 MiB of
    // pages, and a smaller cache spills them to the WAL and reads them back mid-transaction.
    // Memory is taken only as pages are read.
    if (auto s = run(name, u"PRAGMA cache_size = -65536"_s, "cache size"); !s)
        return s.error();

    if (state == Migrator::Outcome::Migrated) {
        const qint64 from = migrator.userVersion();
        const Migrator::Outcome outcome =
                migrator.run(backupName(options.path, from, *options.clock));
        if (outcome != Migrator::Outcome::Migrated)
            return refusal(outcome, options.path);
        if (from > 0)
            pruneBackups(options.path);
        log::storage()->info("database migrated from schema {} to {}", from,
                             migrator.latestVersion());
    }
    return database;
}

Result<int> Database::schemaVersion() const
{
    Statement query(connection(m_connectionName), u"PRAGMA user_version"_s, "schema version");
    if (auto s = query.exec(); !s)
        return s.error();
    if (!query.next())
        return query.lastError();
    return static_cast<int>(query.integer(0));
}

Result<CheckReport> Database::check() const
{
    CheckReport report;
    report.appSchemaVersion = latestSchemaVersion();
    const Result<int> version = schemaVersion();
    if (!version)
        return version.error();
    report.schemaVersion = version.value();
    {
        Statement integrity(connection(m_connectionName), u"PRAGMA integrity_check"_s,
                            "integrity check");
        if (auto s = integrity.exec(); !s)
            return s.error();
        QStringList lines;
        while (integrity.next())
            lines << integrity.text(0);
        report.integrityOk = lines == QStringList{u"ok"_s};
        if (!report.integrityOk && !lines.isEmpty())
            report.firstProblem = lines.first();
    }
    Statement foreignKeys(connection(m_connectionName), u"PRAGMA foreign_key_check"_s,
                          "foreign key check");
    if (auto s = foreignKeys.exec(); !s)
        return s.error();
    report.foreignKeysOk = !foreignKeys.next();
    if (!report.foreignKeysOk && report.firstProblem.isEmpty())
        report.firstProblem =
                u"foreign key: %1 row %2"_s.arg(foreignKeys.text(0), foreignKeys.text(1));
    return report;
}

Status Database::backupTo(const QString& targetFile) const
{
    if (QFileInfo::exists(targetFile))
        return Error{ErrorCode::InvalidInput, u"backup: target exists"_s};
    if (m_transactionDepth > 0)
        return Error{ErrorCode::StorageFailed, u"backup: inside a transaction"_s};
    return backupToFile(sqliteHandle(connection(m_connectionName)), targetFile);
}

Result<bool> Database::isEmpty() const
{
    Statement query(connection(m_connectionName),
                    u"SELECT EXISTS (SELECT 1 FROM plan) OR EXISTS (SELECT 1 FROM agency)"_s,
                    "is empty");
    if (auto s = query.exec(); !s)
        return s.error();
    if (!query.next())
        return query.lastError();
    return query.integer(0) == 0;
}

} // namespace ed::storage
