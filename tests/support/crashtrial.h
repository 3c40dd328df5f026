#pragma once

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace ed::test::crash {

/// Where a SIGKILL found the child: before it took SQLite's write lock, holding it (inside the
/// import's transaction, its commit included; also, briefly, while rebuilding the WAL index on
/// opening), after it let go of it with the import committed, or after the child had exited.
enum class Moment { BeforeTransaction, InTransaction, AfterCommit, AfterExit };

[[nodiscard]] const char* momentName(Moment moment);

/// How one uncut import went: its wall time from start to exit and the part of it during which
/// it held SQLite's write lock (empty when the lock was never seen held).
struct Timing
{
    qint64 durationUs = 0;
    qint64 lockFirstUs = -1;
    qint64 lockLastUs = -1;
};

struct Trial
{
    int index = 0;
    qint64 delayUs = 0;
    Moment moment = Moment::BeforeTransaction;
    bool committed = false; ///< the database held the new file's rows afterwards
    QString problem;        ///< empty when the database passed every check
};

struct Summary
{
    quint64 seed = 0;
    QList<Timing> uncut; ///< one per results file, measured before the trials
    QList<Trial> trials;

    [[nodiscard]] int count(Moment moment) const;
    [[nodiscard]] int committed(Moment moment) const;
    [[nodiscard]] int survived() const;
    /// "trials 20, survived 20; before the transaction 6, in it 8 (2 committed), ..." for a log.
    [[nodiscard]] QString figures() const;
};

struct Options
{
    QString cli;              ///< the electiondesk-cli binary
    QString database;         ///< a database with the units of the results files imported
    QStringList resultsFiles; ///< two or more files of the same (unit, ballot) rows
    int trials = 20;
    quint64 seed = 0;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    /// Child runs get this long before they count as hung (a national import takes seconds).
    int timeoutMs = 600'000;
    /// Called after each trial, e.g. to print progress.
    std::function<void(const Trial&)> progress;
};

/// Imports the results files uncut, three times round (recording the checksum of the
/// ballot_result table each leaves, and measuring the later rounds, which replace rows as the
/// trials do), then runs `trials` imports of the file whose rows are not in
/// the database, each stopped with SIGSTOP after a seeded random delay, classified by whether it
/// held the write lock (an fcntl probe of the -shm file) and killed with SIGKILL. A third of the
/// delays are spread over [0, 1.2 × the uncut duration], a third over the window in which the
/// uncut run held the lock, a third from the last tenth of that window to 1.2 × the duration. After
/// each kill the database is opened as the application opens it (WAL recovery) and must pass
/// integrity_check and foreign_key_check, keep its schema, and hold exactly the rows of the
/// previous file or exactly those of the new one. A last uncut import must then succeed. Fills
/// `problem` of the trials that fail and returns an empty string, or returns why the runs could not
/// take place.
[[nodiscard]] QString run(const Options& options, Summary& summary);

} // namespace ed::test::crash
