#pragma once

#include "core/importproblem.h"

#include <QList>

namespace ed::services {

/// What an import of a CSV file did, or would do, or why it does nothing.
struct ImportReport
{
    int rows = 0;      ///< data rows read
    int added = 0;     ///< records new to the database
    int updated = 0;   ///< existing ones whose values change
    int unchanged = 0; ///< existing ones the file repeats as they are
    /// Errors: the file is refused whole and nothing is written. Capped at
    /// kMaxProblems; `moreProblems` counts the rest.
    QList<ImportProblem> problems;
    int moreProblems = 0;
    /// Warnings: legal but to be explained; they never block.
    QList<ImportProblem> warnings;
    int moreWarnings = 0;
    bool written = false; ///< true after run() stored the file

    [[nodiscard]] bool refused() const { return !problems.isEmpty(); }
};

/// Problems listed per import before "and N more".
inline constexpr int kMaxProblems = 200;

} // namespace ed::services
