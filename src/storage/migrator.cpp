#include "storage/migrator.h"

#include "logging/log.h"
#include "storage/database.h"
#include "storage/onlinebackup.h"
#include "storage/writetransaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ed::storage {

namespace {

QString readScript(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

Migrator::Migrator(Database& database, const QString& folder)
    : m_database(database), m_db(QSqlDatabase::database(database.connectionName(), false))
{
    static const QRegularExpression pattern(u"^(\\d{4})_[a-z0-9_]+\\.sql$"_s);
    const QStringList names = QDir(folder).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const auto match = pattern.match(name);
        // Versions must run 1, 2, 3 ... without gaps: a gap means a lost file, so refuse all.
        if (!match.hasMatch() || match.captured(1).toInt() != m_scripts.size() + 1) {
            log::storage()->critical("migration file out of sequence: {}", name);
            m_scripts.clear();
            return;
        }
        m_scripts << QDir(folder).filePath(name);
    }
}

QStringList Migrator::splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    for (const QString& rawLine : script.split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u"--"))
            continue;
        if (current.isEmpty() && line.startsWith(u"CREATE TRIGGER", Qt::CaseInsensitive))
            inTrigger = true;
        current += rawLine + u'\n';
        const bool ends =
                inTrigger ? line.compare(u"END;", Qt::CaseInsensitive) == 0 : line.endsWith(u';');
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed(); // a last statement without ';' still runs
    return statements;
}

qint64 Migrator::pragma(const QString& name) const
{
    QSqlQuery query(m_db);
    // PRAGMA takes no bound parameters; the names are our constants, not input.
    if (!query.exec(u"PRAGMA "_s + name) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

qint64 Migrator::userVersion() const
{
    return pragma(u"user_version"_s);
}

bool Migrator::isFresh() const
{
    QSqlQuery query(m_db);
    return query.exec(u"SELECT 1 FROM sqlite_schema LIMIT 1"_s) && !query.next();
}

bool Migrator::exec(const QString& sql) const
{
    QSqlQuery query(m_db);
    const bool ok = query.exec(sql);
    if (!ok)
        log::storage()->error("migration statement failed [{}]: {}",
                              query.lastError().nativeErrorCode(),
                              query.lastError().databaseText());
    return ok;
}

Migrator::Outcome Migrator::inspect() const
{
    if (latestVersion() == 0)
        return Outcome::Failed;
    const qint64 appId = pragma(u"application_id"_s);
    const qint64 version = pragma(u"user_version"_s);
    if (appId < 0 || version < 0)
        return Outcome::NotOurFile; // not even readable as SQLite
    const bool fresh = appId == 0 && version == 0 && isFresh();
    if (!fresh && appId != kApplicationId)
        return Outcome::NotOurFile;
    if (version > latestVersion())
        return Outcome::NewerThanApp;
    return version == latestVersion() ? Outcome::UpToDate : Outcome::Migrated;
}

Migrator::Outcome Migrator::run(const QString& backupFile)
{
    const Outcome state = inspect();
    if (state != Outcome::Migrated)
        return state;
    const qint64 version = pragma(u"user_version"_s);
    // The online backup, outside the transaction below, as for every other backup.
    if (!isFresh() && !backupFile.isEmpty()) {
        if (auto s = backupToFile(sqliteHandle(m_db), backupFile); !s) {
            log::storage()->error("pre-migration backup failed: {}", s.error().detail);
            return Outcome::BackupFailed;
        }
    }

    WriteTransaction tx(m_database);
    if (!tx.isActive())
        return Outcome::Failed;
    for (qint64 v = version + 1; v <= latestVersion(); ++v) {
        const QString script = readScript(m_scripts.at(v - 1));
        if (script.isEmpty())
            return Outcome::Failed;
        // QSQLITE refuses a string holding two statements: one exec() per statement.
        for (const QString& statement : splitStatements(script)) {
            if (!exec(statement)) {
                log::storage()->error("schema step {} failed; nothing of this run was kept", v);
                return Outcome::Failed; // the guard undoes every step of this run
            }
        }
        log::storage()->info("schema step {} applied", v);
    }
    QSqlQuery fkCheck(m_db);
    if (!fkCheck.exec(u"PRAGMA foreign_key_check"_s) || fkCheck.next())
        return Outcome::Failed;
    fkCheck.finish();
    // Both numbers are our constants, not input; the pragmas roll back with the steps.
    if (!exec(u"PRAGMA application_id = %1"_s.arg(kApplicationId))
        || !exec(u"PRAGMA user_version = %1"_s.arg(latestVersion())) || !tx.commit().ok())
        return Outcome::Failed;
    return Outcome::Migrated;
}

} // namespace ed::storage
