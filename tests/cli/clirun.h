#pragma once

#include "cli/cli.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace ed::test {

/// What an in-process run of electiondesk-cli returned and printed.
struct Outcome
{
    int status = -1;
    QString out;
    QString err;
};

inline Outcome cli(const QStringList& arguments)
{
    Outcome outcome;
    QTextStream out(&outcome.out);
    QTextStream err(&outcome.err);
    outcome.status = ed::cli::run(arguments, out, err);
    return outcome;
}

} // namespace ed::test
