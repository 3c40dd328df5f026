#pragma once

#include <QStringList>

namespace ed::cli {

struct CommandContext;

/// `nominations import FILE | list | decide ID STEP | decisions`: the award nominations of
/// the Home Affairs review, each subcommand with its own options and --help.
int nominationsCommand(const QStringList& arguments, const CommandContext& context);

} // namespace ed::cli
