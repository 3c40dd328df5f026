#pragma once

#include <QStringList>

namespace ed::cli {

struct CommandContext;

// The schedule's commands: lists of meetings, tasks and agencies, the agencies import and the
// calendar export.
int meetingsCommand(const QStringList& arguments, const CommandContext& context);
int tasksCommand(const QStringList& arguments, const CommandContext& context);
int agenciesCommand(const QStringList& arguments, const CommandContext& context);
int calendarCommand(const QStringList& arguments, const CommandContext& context);

} // namespace ed::cli
