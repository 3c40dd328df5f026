#pragma once

#include <QStringList>

namespace ed::cli {

struct CommandContext;

/// `report meetings|tasks|nominations|results --out FILE [--format pdf|html]`: a printed report
/// under its remembered (or proposed) letterhead, dated --today. Needs a QGuiApplication for a
/// PDF (the CLI's main creates one for this command).
int reportCommand(const QStringList& arguments, const CommandContext& context);

} // namespace ed::cli
