#pragma once

#include <QStringList>

namespace ed::cli {

struct CommandContext;

// The election results' commands: the units and results imports, the evaluation of every unit
// against the campaign's criteria, and the official lock.
int unitsCommand(const QStringList& arguments, const CommandContext& context);
int resultsCommand(const QStringList& arguments, const CommandContext& context);
/// `rules list`: the numbered catalogue of checks, in the UI language (rulescommand.cpp).
int rulesCommand(const QStringList& arguments, const CommandContext& context);

} // namespace ed::cli
