#include "support/crashtrial.h"

#include "core/clock.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <fcntl.h>
#include <random>
#include <signal.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ed::test::crash {

namespace {

/// SQLite's WAL write lock is an fcntl lock on byte 120 of the -shm file: the first of the eight
/// locks that follow the wal-index header (os_unix.c, UNIX_SHM_BASE; WAL_WRITE_LOCK is lock 0).
/// A writer holds it from BEGIN IMMEDIATE until its COMMIT or ROLLBACK has ended.
constexpr off_t kWalWriteLockByte = 120;

/// True while another process holds the write lock. This process must not have the database
/// open meanwhile: closing the probe's descriptor drops every fcntl lock it holds on the file.
bool writeLockHeld(const QString& database)
{
    const QByteArray shm = QFile::encodeName(database + u"-shm"_s);
    const int fd = ::open(shm.constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return false; // no -shm file: nobody has the database open in WAL mode
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = kWalWriteLockByte;
    lock.l_len = 1;
    const bool held = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return held;
}

/// The state letter of /proc/PID/stat; 'X' when the process is gone.
char processState(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 'X';
    const QByteArray text = stat.readAll();
    const qsizetype paren = text.lastIndexOf(')'); // the name in parentheses may hold spaces
    return paren >= 0 && paren + 2 < text.size() ? text.at(paren + 2) : 'X';
}

/// After SIGSTOP: waits until the child is stopped (true) or has exited (false). A process in
/// uninterruptible sleep (an fsync) stops when the call returns; 10 s is far beyond that.
bool waitStopped(qint64 pid)
{
    QElapsedTimer timer;
    timer.start();
    while (!timer.hasExpired(10'000)) {
        const char state = processState(pid);
        if (state == 'T' || state == 't')
            return true;
        if (state == 'Z' || state == 'X')
            return false;
        QThread::usleep(50);
    }
    return true;
}

qint64 elapsedUs(const QElapsedTimer& timer)
{
    return timer.nsecsElapsed() / 1000;
}

/// What the database holds after a run, read as the application opens it.
struct State
{
    QByteArray ballots; ///< SHA-256 of every ballot_result row in key order
    QByteArray schema;  ///< SHA-256 of sqlite_schema (the import drops and restores triggers)
    QString problem;
};

QByteArray digest(QSqlQuery& query, int columns)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (query.next()) {
        for (int c = 0; c < columns; ++c) {
            hash.addData(query.value(c).toString().toUtf8());
            hash.addData(QByteArrayView(c + 1 < columns ? "\x1f" : "\x1e"));
        }
    }
    return hash.result();
}

State inspect(const QString& path)
{
    State state;
    const FixedClock clock(QDate(2021, 6, 1));
    storage::Database::Options options;
    options.path = path;
    options.clock = &clock;
    auto opened = storage::Database::open(options); // replays or drops the WAL: the recovery
    if (!opened) {
        state.problem = u"open: "_s + opened.error().detail;
        return state;
    }
    const std::unique_ptr<storage::Database> database = std::move(opened).value();
    const auto report = database->check();
    if (!report) {
        state.problem = u"check: "_s + report.error().detail;
        return state;
    }
    if (!report.value().integrityOk || !report.value().foreignKeysOk) {
        state.problem = u"integrity %1, foreign keys %2: %3"_s.arg(
                report.value().integrityOk ? u"ok"_s : u"FAILED"_s,
                report.value().foreignKeysOk ? u"ok"_s : u"FAILED"_s, report.value().firstProblem);
        return state;
    }
    const QSqlDatabase db = QSqlDatabase::database(database->connectionName(), false);
    QSqlQuery ballots(db);
    ballots.setForwardOnly(true);
    if (!ballots.exec(u"SELECT unit_id, ballot, ballots_issued, ballots_received, valid_ballots, "
                      u"invalid_ballots, revote, additional_vote, source FROM ballot_result "
                      u"ORDER BY unit_id, ballot"_s)) {
        state.problem = u"reading ballot_result failed"_s;
        return state;
    }
    state.ballots = digest(ballots, 9);
    QSqlQuery schema(db);
    schema.setForwardOnly(true);
    if (!schema.exec(
                u"SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name"_s)) {
        state.problem = u"reading sqlite_schema failed"_s;
        return state;
    }
    state.schema = digest(schema, 4);
    return state;
}

void prepare(QProcess& child, const Options& options, const QString& file)
{
    child.setProgram(options.cli);
    child.setArguments({u"--db"_s, options.database, u"results"_s, u"import"_s, file});
    child.setProcessEnvironment(options.environment);
    child.setStandardOutputFile(QProcess::nullDevice());
}

/// One import to its end, polling the write lock meanwhile.
QString timeUncut(const Options& options, const QString& file, Timing& timing)
{
    QProcess child;
    prepare(child, options, file);
    QElapsedTimer timer;
    timer.start();
    child.start();
    if (!child.waitForStarted(options.timeoutMs))
        return u"cannot start %1: %2"_s.arg(options.cli, child.errorString());
    for (;;) {
        const qint64 now = elapsedUs(timer);
        if (writeLockHeld(options.database)) {
            if (timing.lockFirstUs < 0)
                timing.lockFirstUs = now;
            timing.lockLastUs = now;
        }
        child.waitForFinished(0);
        if (child.state() == QProcess::NotRunning)
            break;
        if (now > qint64(options.timeoutMs) * 1000) {
            child.kill();
            child.waitForFinished();
            return u"the import of %1 did not finish"_s.arg(file);
        }
        QThread::usleep(2000); // finer polling takes CPU from the child and slows it down
    }
    timing.durationUs = elapsedUs(timer);
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        return u"the uncut import of %1 failed (exit %2): %3"_s.arg(
                file, QString::number(child.exitCode()),
                QString::fromUtf8(child.readAllStandardError()));
    return {};
}

/// One import stopped after `delayUs`, classified, killed.
QString killAfter(const Options& options,
                  const QString& file,
                  qint64 delayUs,
                  Trial& trial,
                  bool& exitedCleanly)
{
    QProcess child;
    prepare(child, options, file);
    child.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    child.start();
    if (!child.waitForStarted(options.timeoutMs))
        return u"cannot start %1: %2"_s.arg(options.cli, child.errorString());
    const qint64 pid = child.processId();
    for (qint64 left = delayUs - elapsedUs(timer); left > 0; left = delayUs - elapsedUs(timer))
        QThread::usleep(static_cast<unsigned long>(std::min<qint64>(left, 1000)));
    ::kill(pid_t(pid), SIGSTOP);
    if (waitStopped(pid)) {
        // Frozen: the lock it holds now is the lock it held when the SIGKILL arrives.
        trial.moment =
                writeLockHeld(options.database) ? Moment::InTransaction : Moment::BeforeTransaction;
        ::kill(pid_t(pid), SIGKILL);
        child.waitForFinished(options.timeoutMs);
        exitedCleanly = false;
    } else {
        trial.moment = Moment::AfterExit;
        child.waitForFinished(options.timeoutMs);
        exitedCleanly = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
    }
    return {};
}

} // namespace

const char* momentName(Moment moment)
{
    switch (moment) {
    case Moment::BeforeTransaction: return "before the transaction";
    case Moment::InTransaction: return "holding the write lock";
    case Moment::AfterCommit: return "after the commit";
    case Moment::AfterExit: return "after the exit";
    }
    return "?";
}

int Summary::count(Moment moment) const
{
    return int(std::count_if(trials.begin(), trials.end(),
                             [&](const Trial& t) { return t.moment == moment; }));
}

int Summary::committed(Moment moment) const
{
    return int(std::count_if(trials.begin(), trials.end(),
                             [&](const Trial& t) { return t.moment == moment && t.committed; }));
}

int Summary::survived() const
{
    return int(std::count_if(trials.begin(), trials.end(),
                             [](const Trial& t) { return t.problem.isEmpty(); }));
}

QString Summary::figures() const
{
    QString text = u"seed %1: %2 trials, %3 survived; killed %4 %5, %6 %7 (%8 of them with the "
                   u"commit already written), %9 %10, %11 %12"_s.arg(QString::number(seed))
                           .arg(trials.size())
                           .arg(survived())
                           .arg(count(Moment::BeforeTransaction))
                           .arg(QString::fromUtf8(momentName(Moment::BeforeTransaction)))
                           .arg(count(Moment::InTransaction))
                           .arg(QString::fromUtf8(momentName(Moment::InTransaction)))
                           .arg(committed(Moment::InTransaction))
                           .arg(count(Moment::AfterCommit))
                           .arg(QString::fromUtf8(momentName(Moment::AfterCommit)))
                           .arg(count(Moment::AfterExit))
                           .arg(QString::fromUtf8(momentName(Moment::AfterExit)));
    for (qsizetype i = 0; i < uncut.size(); ++i) {
        const Timing& t = uncut.at(i);
        text += u"\nuncut import %1: %2 ms, write lock held from %3 to %4 ms"_s.arg(i + 1)
                        .arg(double(t.durationUs) / 1000, 0, 'f', 1)
                        .arg(double(t.lockFirstUs) / 1000, 0, 'f', 1)
                        .arg(double(t.lockLastUs) / 1000, 0, 'f', 1);
    }
    return text;
}

QString run(const Options& options, Summary& summary)
{
    summary = {};
    summary.seed = options.seed;
    const qsizetype files = options.resultsFiles.size();
    if (files < 2)
        return u"two results files are needed"_s;

    // Each file uncut, three times round: the rows it leaves, and from the later rounds (which
    // replace rows, as every trial does, rather than add them) its duration and lock window,
    // the mean of the two.
    QList<QByteArray> expected(files);
    QByteArray schema;
    summary.uncut.resize(files);
    for (qsizetype round = 0; round < 3 * files; ++round) {
        const QString& file = options.resultsFiles.at(round % files);
        Timing timing;
        if (QString error = timeUncut(options, file, timing); !error.isEmpty())
            return error;
        const State state = inspect(options.database);
        if (!state.problem.isEmpty())
            return u"after the uncut import of %1: %2"_s.arg(file, state.problem);
        if (round < files && expected.contains(state.ballots))
            return u"%1 leaves the same rows as another file"_s.arg(file);
        if (round >= files && state.ballots != expected.at(round % files))
            return u"importing %1 again left other rows"_s.arg(file);
        Timing& kept = summary.uncut[round % files];
        if (round < 2 * files) {
            kept = timing;
        } else { // the mean of the two replacing runs
            kept.durationUs = (kept.durationUs + timing.durationUs) / 2;
            kept.lockFirstUs = (kept.lockFirstUs + timing.lockFirstUs) / 2;
            kept.lockLastUs = (kept.lockLastUs + timing.lockLastUs) / 2;
        }
        expected[round % files] = state.ballots;
        schema = state.schema;
    }

    std::mt19937_64 rng(options.seed);
    const auto uniform = [&rng](qint64 low, qint64 high) {
        return high <= low ? low : low + qint64(rng() % quint64(high - low + 1));
    };
    qsizetype present = files - 1; // the file whose rows the database holds
    for (int i = 0; i < options.trials; ++i) {
        const qsizetype target = (present + 1) % files;
        const Timing& timing = summary.uncut.at(target);
        Trial trial;
        trial.index = i;
        // A third of the kills anywhere in the run and a little after, a third inside the
        // window in which the uncut run held the write lock, a third around its end: the commit
        // appending to the WAL, the checkpoint on closing, the exit.
        const qint64 window = timing.lockLastUs - timing.lockFirstUs;
        if (timing.lockFirstUs < 0 || i % 3 == 0)
            trial.delayUs = uniform(0, timing.durationUs * 6 / 5);
        else if (i % 3 == 1)
            trial.delayUs = uniform(timing.lockFirstUs, timing.lockLastUs);
        else
            trial.delayUs = uniform(timing.lockLastUs - window / 10, timing.durationUs * 6 / 5);
        bool exitedCleanly = false;
        if (QString error = killAfter(options, options.resultsFiles.at(target), trial.delayUs,
                                      trial, exitedCleanly);
            !error.isEmpty())
            return error;
        const State state = inspect(options.database);
        trial.committed = state.ballots == expected.at(target);
        if (!state.problem.isEmpty())
            trial.problem = state.problem;
        else if (state.schema != schema)
            trial.problem = u"the schema changed (a trigger lost?)"_s;
        else if (!trial.committed && state.ballots != expected.at(present))
            trial.problem = u"ballot_result holds neither the previous rows nor the new ones"_s;
        else if (trial.moment == Moment::AfterExit && !exitedCleanly)
            trial.problem = u"the import failed on its own"_s;
        else if (trial.moment == Moment::AfterExit && !trial.committed)
            trial.problem = u"the import exited with success but its rows are not there"_s;
        if (trial.moment == Moment::BeforeTransaction && trial.committed)
            trial.moment = Moment::AfterCommit; // it had let go of the lock after committing
        if (trial.committed)
            present = target;
        summary.trials << trial;
        if (options.progress)
            options.progress(trial);
    }

    // The database still takes an import after all that.
    Timing last;
    const qsizetype target = (present + 1) % files;
    if (QString error = timeUncut(options, options.resultsFiles.at(target), last); !error.isEmpty())
        return u"after the trials: "_s + error;
    const State state = inspect(options.database);
    if (!state.problem.isEmpty() || state.ballots != expected.at(target))
        return u"after the trials the import did not land: "_s + state.problem;
    return {};
}

} // namespace ed::test::crash
