// The online backup and the restore: round trips, refusals that leave the live database as it
// was, an older backup migrated on the way in, and a backup taken while another connection
// writes.
#include "core/agency.h"
#include "storage/agencyrepository.h"
#include "storage/migrator.h"
#include "storage/restore.h"
#include "storage/rows.h"
#include "storagetest.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace ed;
using ed::test::StorageTest;

namespace {

Agency agency(const QString& name)
{
    Agency a;
    a.name = name;
    a.level = AgencyLevel::Province;
    a.kind = AgencyKind::Party;
    return a;
}

/// Runs statements on a plain connection of its own to `path`, outside the code under test.
void onFile(const QString& path, const QStringList& statements)
{
    const QString name = u"plain-%1"_s.arg(quintptr(&path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const QString& sql : statements) {
            QSqlQuery query(db);
            EXPECT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

class BackupTest : public StorageTest
{
protected:
    /// Every row of every table, as text: equal snapshots mean equal contents.
    QString snapshot() const
    {
        QSqlDatabase db = storage::connectionOf(*m_db);
        QStringList tables;
        {
            QSqlQuery list(db);
            EXPECT_TRUE(list.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' "
                                  "ORDER BY name"_s));
            while (list.next())
                tables << list.value(0).toString();
        }
        QString all;
        for (const QString& table : tables) {
            QSqlQuery rows(db);
            // Table names from sqlite_schema, not input; ORDER BY 1: some have no rowid.
            EXPECT_TRUE(rows.exec(u"SELECT * FROM \"%1\" ORDER BY 1"_s.arg(table)))
                    << rows.lastError().text().toStdString();
            all += table + u'\n';
            while (rows.next()) {
                for (int i = 0; i < rows.record().count(); ++i)
                    all += rows.value(i).toString() + u'|';
                all += u'\n';
            }
        }
        return all + QString::number(m_db->schemaVersion().value());
    }

    Result<std::unique_ptr<storage::PreparedRestore>>
    prepare(const QString& file, const QString& migrations = u":/migrations"_s)
    {
        storage::PreparedRestore::Options options{file, m_db->filePath(), &m_clock};
        options.migrationsFolder = migrations;
        return storage::PreparedRestore::prepare(options);
    }

    /// A copy of the live database with data of its own, for the refusals to start from.
    QString backupWith(const QString& name)
    {
        EXPECT_TRUE(storage::AgencyRepository(*m_db).add(agency(name)).ok());
        const QString file = m_dir.path(u"backup-%1.sqlite"_s.arg(++m_backups));
        EXPECT_TRUE(m_db->backupTo(file).ok());
        return file;
    }

    /// Expects `file` refused with `code` before anything of the live database was touched.
    void expectRefused(const QString& file, ErrorCode code)
    {
        const QString before = snapshot();
        const auto prepared = prepare(file);
        ASSERT_FALSE(prepared.ok());
        EXPECT_EQ(prepared.error().code, code) << prepared.error().detail.toStdString();
        EXPECT_EQ(snapshot(), before);
        // The temporary folder went with the refusal.
        EXPECT_TRUE(QDir(m_dir.path(u"."_s))
                            .entryList({u".electiondesk-restore-*"_s}, QDir::Dirs | QDir::Hidden)
                            .isEmpty());
    }

    int m_backups = 0;
};

} // namespace

TEST_F(BackupTest, BackupIsOneSelfContainedFileInRollbackMode)
{
    const QString file = backupWith(u"Tỉnh ủy"_s);
    EXPECT_FALSE(QFile::exists(file + u"-wal"_s));
    EXPECT_TRUE(QDir(m_dir.path(u"."_s)).entryList({u"*.part"_s}).isEmpty());
    // Header byte 18: 1 = rollback journal, 2 = WAL.
    EXPECT_EQ(ed::test::fileBytes(file).at(18), 1);
    EXPECT_EQ(storage::backupSchemaVersion(file).value(), storage::Database::latestSchemaVersion());
}

TEST_F(BackupTest, RestoreBringsBackExactlyWhatWasBackedUp)
{
    const QString file = backupWith(u"Tỉnh ủy"_s);
    const QString backedUp = snapshot();
    ASSERT_TRUE(storage::AgencyRepository(*m_db).add(agency(u"Ủy ban nhân dân tỉnh"_s)).ok());
    ASSERT_NE(snapshot(), backedUp);

    const auto prepared = prepare(file);
    ASSERT_TRUE(prepared.ok()) << prepared.error().detail.toStdString();
    EXPECT_EQ(prepared.value()->backupSchemaVersion(), storage::Database::latestSchemaVersion());
    ASSERT_TRUE(prepared.value()->applyTo(*m_db).ok());
    EXPECT_EQ(snapshot(), backedUp);
    const auto report = m_db->check();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->integrityOk && report->foreignKeysOk);
    // The connection is still set up as ours: foreign keys on, WAL.
    EXPECT_EQ(count(u"agency"_s), 1);
    QSqlQuery mode(storage::connectionOf(*m_db));
    ASSERT_TRUE(mode.exec(u"PRAGMA journal_mode"_s) && mode.next());
    EXPECT_EQ(mode.value(0).toString(), u"wal"_s);
}

TEST_F(BackupTest, RestoreIsSeenByAnotherConnectionToTheSameFile)
{
    const QString file = backupWith(u"Tỉnh ủy"_s);
    ASSERT_TRUE(storage::AgencyRepository(*m_db).add(agency(u"Ủy ban nhân dân tỉnh"_s)).ok());
    auto other = storage::Database::open({m_dir.databasePath(), &m_clock});
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(storage::AgencyRepository(*other.value()).all()->size(), 2);
    ASSERT_TRUE(prepare(file).value()->applyTo(*m_db).ok());
    EXPECT_EQ(storage::AgencyRepository(*other.value()).all()->size(), 1);
}

TEST_F(BackupTest, MissingFileIsRefused)
{
    expectRefused(m_dir.path(u"no-such.sqlite"_s), ErrorCode::NotFound);
    EXPECT_EQ(storage::backupSchemaVersion(m_dir.path(u"no-such.sqlite"_s)).error().code,
              ErrorCode::NotFound);
}

TEST_F(BackupTest, TextFileIsRefusedAsNotOurs)
{
    const QString file = m_dir.path(u"agencies.csv"_s);
    QFile text(file);
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write(QByteArray("name,abbreviation\nTỉnh ủy,TU\n").repeated(200));
    text.close();
    expectRefused(file, ErrorCode::NotOurFile);
}

TEST_F(BackupTest, SomeoneElsesAndEmptyDatabasesAreRefusedAsNotOurs)
{
    const QString foreign = m_dir.path(u"foreign.sqlite"_s);
    onFile(foreign, {u"CREATE TABLE other (x INTEGER)"_s, u"INSERT INTO other VALUES (1)"_s});
    expectRefused(foreign, ErrorCode::NotOurFile);
    EXPECT_EQ(storage::backupSchemaVersion(foreign).error().code, ErrorCode::NotOurFile);

    const QString empty = m_dir.path(u"empty.sqlite"_s);
    onFile(empty, {u"PRAGMA user_version = 0"_s});
    expectRefused(empty, ErrorCode::NotOurFile);
}

TEST_F(BackupTest, NewerSchemaIsRefused)
{
    const QString file = backupWith(u"Tỉnh ủy"_s);
    onFile(file, {u"PRAGMA user_version = %1"_s.arg(storage::Database::latestSchemaVersion() + 1)});
    expectRefused(file, ErrorCode::NewerThanApp);
    EXPECT_EQ(storage::backupSchemaVersion(file).error().code, ErrorCode::NewerThanApp);
}

TEST_F(BackupTest, DamagedBackupIsRefused)
{
    // Enough rows for several pages, then garbage over the middle of the file.
    for (int i = 0; i < 200; ++i)
        ASSERT_TRUE(storage::AgencyRepository(*m_db)
                            .add(agency(u"Ủy ban nhân dân xã số %1"_s.arg(i)))
                            .ok());
    const QString file = backupWith(u"Tỉnh ủy"_s);
    QFile damaged(file);
    ASSERT_TRUE(damaged.open(QIODevice::ReadWrite));
    const qint64 size = damaged.size();
    ASSERT_GT(size, 8 * 4096);
    for (qint64 page = 2; page * 4096 < size; page += 2) {
        damaged.seek(page * 4096 + 100);
        damaged.write(QByteArray(600, '\x5a'));
    }
    damaged.close();
    expectRefused(file, ErrorCode::DatabaseCorrupt);
}

TEST_F(BackupTest, FailedApplyLeavesTheLiveDatabaseAsItWas)
{
    const QString file = backupWith(u"Tỉnh ủy"_s);
    ASSERT_TRUE(storage::AgencyRepository(*m_db).add(agency(u"Ủy ban nhân dân tỉnh"_s)).ok());
    const QString before = snapshot();
    const auto prepared = prepare(file);
    ASSERT_TRUE(prepared.ok());
    {
        // A read left open on the live connection: SQLite refuses to copy over it.
        QSqlQuery open(storage::connectionOf(*m_db));
        ASSERT_TRUE(open.exec(u"SELECT id FROM agency"_s) && open.next());
        const Status applied = prepared.value()->applyTo(*m_db);
        EXPECT_FALSE(applied.ok());
    }
    EXPECT_EQ(snapshot(), before);
    // The same preparation applies once the read is over.
    ASSERT_TRUE(prepared.value()->applyTo(*m_db).ok());
    EXPECT_EQ(count(u"agency"_s), 1);
}

TEST_F(BackupTest, OlderSchemaBackupIsMigratedOnTheWayIn)
{
    // A live database at schema 2 of a test migration set, a backup at schema 1 with a row.
    const QString v1 = m_dir.path(u"m1"_s);
    const QString v2 = m_dir.path(u"m2"_s);
    QDir().mkpath(v1);
    QDir().mkpath(v2);
    const auto write = [](const QString& path, const QByteArray& text) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    const QByteArray step1 = "CREATE TABLE thing (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n";
    write(v1 + u"/0001_things.sql"_s, step1);
    write(v2 + u"/0001_things.sql"_s, step1);
    write(v2 + u"/0002_note.sql"_s, "ALTER TABLE thing ADD COLUMN note TEXT DEFAULT 'new';\n");

    const QString old = m_dir.path(u"old.sqlite"_s);
    {
        storage::Database::Options options{old, &m_clock};
        options.migrationsFolder = v1;
        auto db = storage::Database::open(options);
        ASSERT_TRUE(db.ok());
        QSqlQuery insert(storage::connectionOf(*db.value()));
        ASSERT_TRUE(insert.exec(u"INSERT INTO thing (name) VALUES ('Tỉnh ủy')"_s));
    }
    storage::Database::Options liveOptions{m_dir.path(u"live.sqlite"_s), &m_clock};
    liveOptions.migrationsFolder = v2;
    auto live = storage::Database::open(liveOptions);
    ASSERT_TRUE(live.ok());
    EXPECT_EQ(storage::backupSchemaVersion(old, v2).value(), 1);

    storage::PreparedRestore::Options options{old, live.value()->filePath(), &m_clock};
    options.migrationsFolder = v2;
    const auto prepared = storage::PreparedRestore::prepare(options);
    ASSERT_TRUE(prepared.ok()) << prepared.error().detail.toStdString();
    EXPECT_EQ(prepared.value()->backupSchemaVersion(), 1);
    ASSERT_TRUE(prepared.value()->applyTo(*live.value()).ok());
    EXPECT_EQ(live.value()->schemaVersion().value(), 2);
    QSqlQuery read(storage::connectionOf(*live.value()));
    ASSERT_TRUE(read.exec(u"SELECT name, note FROM thing"_s) && read.next());
    EXPECT_EQ(read.value(0).toString(), u"Tỉnh ủy"_s);
    EXPECT_EQ(read.value(1).toString(), u"new"_s);
    // The backup file itself is still at schema 1: only read.
    EXPECT_EQ(storage::backupSchemaVersion(old, v2).value(), 1);
}

TEST_F(BackupTest, BackupWhileAnotherConnectionWritesIsConsistent)
{
    // About 12 MiB, so that the copy takes many steps.
    {
        QSqlQuery fill(storage::connectionOf(*m_db));
        ASSERT_TRUE(fill.exec(u"CREATE TABLE filler (id INTEGER PRIMARY KEY, data BLOB)"_s));
        ASSERT_TRUE(fill.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                              "WHERE i < 3000) INSERT INTO filler (data) "
                              "SELECT randomblob(4000) FROM n"_s));
    }
    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::thread writer([&] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
            db.setDatabaseName(m_dir.databasePath());
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
            if (db.open()) {
                QSqlQuery insert(db);
                insert.prepare(u"INSERT INTO filler (data) VALUES (randomblob(4000))"_s);
                while (!stop && written < 2000) {
                    if (insert.exec())
                        ++written;
                }
            }
        }
        QSqlDatabase::removeDatabase(u"writer"_s);
    });
    while (written == 0)
        std::this_thread::yield();
    const QString file = m_dir.path(u"during.sqlite"_s);
    const Status backup = m_db->backupTo(file);
    stop = true;
    writer.join();
    ASSERT_TRUE(backup.ok()) << backup.error().detail.toStdString();

    auto copy = storage::Database::open({file, &m_clock});
    ASSERT_TRUE(copy.ok());
    const auto report = copy.value()->check();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->integrityOk) << report->firstProblem.toStdString();
    QSqlQuery rows(storage::connectionOf(*copy.value()));
    ASSERT_TRUE(rows.exec(u"SELECT count(*) FROM filler"_s) && rows.next());
    EXPECT_GE(rows.value(0).toInt(), 3000);
    EXPECT_LE(rows.value(0).toInt(), 3000 + written);
}
