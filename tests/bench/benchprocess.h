#pragma once

#include <QString>
#include <QStringList>

namespace ed::bench {

/// One finished child process.
struct Run
{
    double seconds = 0; ///< wall-clock time from start to exit
    qint64 peakKb = 0;  ///< its maximum resident set size
    int exitCode = -1;  ///< -1 when it could not start or died of a signal
    QString log;        ///< where its standard error went
};

/// Runs `argv` (argv[0] looked up in PATH) to its end with standard output to `stdoutFile` and
/// standard error to `stderrFile`, and measures it with wait4(): the wall time and the peak
/// memory of that process alone.
[[nodiscard]] Run
runProcess(const QStringList& argv, const QString& stdoutFile, const QString& stderrFile);

} // namespace ed::bench
