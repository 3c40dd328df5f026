#pragma once

#include <QStringList>
#include <QTextStream>

namespace ed::cli {

/// Exit statuses: the input was refused (and nothing was changed), or the call was malformed.
enum ExitCode { kSuccess = 0, kRefused = 1, kUsage = 2 };

/// Runs `electiondesk-cli [--db PATH] [--today YYYY-MM-DD] COMMAND [ARGS]`. `arguments` excludes
/// the program name. Output for the user goes to `out`, errors to `err`. Needs a
/// QCoreApplication (for translations and the per-user paths).
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

/// True when the command among `arguments` (the program name excluded, global options anywhere)
/// paints text, which needs a QGuiApplication for its fonts: `report`. The others run on a
/// QCoreApplication, which starts faster and needs no display.
[[nodiscard]] bool needsGuiApplication(const QStringList& arguments);

} // namespace ed::cli
