#pragma once

#include <QString>

#include <spdlog/fmt/fmt.h>
#include <spdlog/spdlog.h>

#include <memory>

/// QString arguments in log calls, written as UTF-8.
template <>
struct fmt::formatter<QString> : fmt::formatter<std::string_view>
{
    template <typename FormatContext>
    auto format(const QString& text, FormatContext& ctx) const
    {
        const QByteArray utf8 = text.toUtf8();
        return fmt::formatter<std::string_view>::format(
                std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), ctx);
    }
};

namespace ed::log {

/// Sets up the rotating file `<directory>/electiondesk.log` (5 × 5 MB) and, when asked, stderr;
/// creates one logger per layer and forwards Qt's messages to the "qt" logger. Safe to call
/// again (tests): later calls replace the sinks. With an empty directory only stderr is used.
void init(const QString& directory, bool alsoToStderr);

/// Where the log file lives after init(); empty when logging only to stderr.
[[nodiscard]] QString logFilePath();

/// One logger per layer. Log ids, counts, codes and durations; never names or bound values.
[[nodiscard]] std::shared_ptr<spdlog::logger> storage();
[[nodiscard]] std::shared_ptr<spdlog::logger> services();
[[nodiscard]] std::shared_ptr<spdlog::logger> gui();
[[nodiscard]] std::shared_ptr<spdlog::logger> cli();
[[nodiscard]] std::shared_ptr<spdlog::logger> qt();

} // namespace ed::log
