#include "logging/log.h"

#include <QDir>
#include <QMutex>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

#include <vector>

namespace ed::log {

namespace {

constexpr size_t kFileSize = 5 * 1024 * 1024;
constexpr size_t kFileCount = 5;
constexpr const char* kLayers[] = {"storage", "services", "gui", "cli", "qt"};

QString g_logFile;

std::vector<spdlog::sink_ptr> makeSinks(const QString& directory, bool alsoToStderr)
{
    std::vector<spdlog::sink_ptr> sinks;
    g_logFile.clear();
    if (!directory.isEmpty() && QDir().mkpath(directory)) {
        const QString file = QDir(directory).filePath(QStringLiteral("electiondesk.log"));
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    file.toStdString(), kFileSize, kFileCount));
            g_logFile = file;
        } catch (const spdlog::spdlog_ex&) {
            // An unwritable log folder must not stop the application; stderr still works.
        }
    }
    if (alsoToStderr || sinks.empty()) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(spdlog::level::warn);
        sinks.push_back(console);
    }
    return sinks;
}

std::shared_ptr<spdlog::logger> layer(const char* name)
{
    if (auto existing = spdlog::get(name))
        return existing;
    // Not initialised yet (a unit test of one layer): stderr, warnings only.
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    if (auto existing = spdlog::get(name))
        return existing;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    auto logger = std::make_shared<spdlog::logger>(name, console);
    logger->set_level(spdlog::level::warn);
    spdlog::register_logger(logger);
    return logger;
}

void forwardQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const auto logger = layer("qt");
    const char* category = context.category ? context.category : "default";
    switch (type) {
    case QtDebugMsg: logger->debug("[{}] {}", category, message); break;
    case QtInfoMsg: logger->info("[{}] {}", category, message); break;
    case QtWarningMsg: logger->warn("[{}] {}", category, message); break;
    case QtCriticalMsg: logger->error("[{}] {}", category, message); break;
    case QtFatalMsg:
        logger->critical("[{}] {}", category, message);
        logger->flush();
        std::abort();
    }
}

} // namespace

void init(const QString& directory, bool alsoToStderr)
{
    const auto sinks = makeSinks(directory, alsoToStderr);
    for (const char* name : kLayers) {
        spdlog::drop(name);
        auto logger = std::make_shared<spdlog::logger>(name, sinks.begin(), sinks.end());
        logger->set_level(spdlog::level::info);
        logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %l [%n] %v");
        logger->flush_on(spdlog::level::warn);
        spdlog::register_logger(logger);
    }
    qInstallMessageHandler(forwardQtMessage);
}

QString logFilePath()
{
    return g_logFile;
}

std::shared_ptr<spdlog::logger> storage()
{
    return layer("storage");
}
std::shared_ptr<spdlog::logger> services()
{
    return layer("services");
}
std::shared_ptr<spdlog::logger> gui()
{
    return layer("gui");
}
std::shared_ptr<spdlog::logger> cli()
{
    return layer("cli");
}
std::shared_ptr<spdlog::logger> qt()
{
    return layer("qt");
}

} // namespace ed::log
