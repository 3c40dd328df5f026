#include "gui/startup.h"

#include "core/clock.h"
#include "gui/settingsdialog.h"
#include "i18n/errormessages.h"
#include "logging/log.h"
#include "services/backupservice.h"
#include "services/demodata.h"
#include "services/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QFile>
#include <QMessageBox>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <optional>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

void printError(const QString& text)
{
    std::fputs(qUtf8Printable(text + u'\n'), stderr);
}

/// Milliseconds since the kernel started this process (10 ms steps); nothing off Linux.
std::optional<qint64> msSinceExec()
{
#ifdef Q_OS_LINUX
    QFile stat(u"/proc/self/stat"_s);
    QFile uptime(u"/proc/uptime"_s);
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces: count the fields after its ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int kStartTimeField = 22 - 3; // starttime, in clock ticks after boot
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    bool ok = false;
    const double started = fields.value(kStartTimeField).toDouble(&ok);
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    if (!ok || ticksPerSecond <= 0 || now <= 0)
        return std::nullopt;
    return static_cast<qint64>((now - started / static_cast<double>(ticksPerSecond)) * 1000.0);
#else
    return std::nullopt;
#endif
}

/// Waits for the first paint event of a window or any widget in it; see onFirstPaint().
class FirstPaintProbe final : public QObject
{
public:
    FirstPaintProbe(QWidget& window, std::function<void()> painted)
        : QObject(&window), m_window(window), m_painted(std::move(painted))
    {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()) {
            auto* widget = static_cast<QWidget*>(watched);
            if (widget == &m_window || m_window.isAncestorOf(widget)) {
                m_seen = true;
                qApp->removeEventFilter(this);
                // Painting runs to its end and the backing store is flushed before the event
                // loop turns again: only then is the window really painted.
                QTimer::singleShot(0, this, [this] {
                    m_painted();
                    deleteLater();
                });
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget& m_window;
    std::function<void()> m_painted;
    bool m_seen = false;
};

} // namespace

std::optional<StartupOptions> Startup::parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Election steering office workbench."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption db(u"db"_s, tr("Open the database file <path>."), tr("path"),
                                services::Workspace::defaultDatabasePath());
    const QCommandLineOption today(u"today"_s,
                                   tr("Take <date> (YYYY-MM-DD) as today's date, for "
                                      "demonstrations and checks."),
                                   tr("date"));
    const QCommandLineOption startupTiming(
            u"startup-timing"_s,
            tr("Measure the start-up: print \"first_paint_ms <milliseconds>\" (from the start "
               "of the program to the first paint of the main window) and quit. The offer of "
               "demo data for an empty database is skipped."));
    const QCommandLineOption readOnly(
            u"read-only"_s,
            tr("Open the database for viewing only: nothing can be changed or saved. A file you "
               "may not write is opened so anyway."));
    parser.addOption(db);
    parser.addOption(readOnly);
    parser.addOption(today);
    parser.addOption(startupTiming);
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return std::nullopt;
    }
    if (parser.isSet(help))
        parser.showHelp(0); // does not return
    if (parser.isSet(version))
        parser.showVersion(); // does not return

    StartupOptions options{
            parser.value(db), {}, parser.isSet(startupTiming), parser.isSet(readOnly)};
    if (parser.isSet(today)) {
        options.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!options.today.isValid()) {
            printError(tr("--today expects a date written YYYY-MM-DD, such as 2021-02-10; "
                          "\"%1\" is not one.")
                               .arg(parser.value(today)));
            return std::nullopt;
        }
    }
    return options;
}

std::unique_ptr<services::Workspace>
Startup::openWorkspace(const QString& path, const Clock& clock, bool readOnly)
{
    auto workspace = services::Workspace::open(path, clock,
                                               readOnly ? services::Workspace::Access::ReadOnly
                                                        : services::Workspace::Access::ReadWrite);
    if (!workspace) {
        QMessageBox::critical(nullptr, tr("ElectionDesk"),
                              i18n::errorMessage(workspace.error(), path));
        return nullptr;
    }
    return std::move(workspace).value();
}

void Startup::offerDemoData(services::Workspace& workspace)
{
    if (workspace.isReadOnly())
        return; // nothing could be loaded into it
    const auto empty = workspace.isEmpty();
    if (!empty) {
        log::gui()->error("first-start check failed: code {}",
                          static_cast<int>(empty.error().code));
        QMessageBox::warning(nullptr, tr("ElectionDesk"),
                             i18n::errorMessage(empty.error(), workspace.filePath()));
        return;
    }
    if (!empty.value())
        return;
    const bool askNothing = qEnvironmentVariable("ELECTIONDESK_DEMO") == u"1"_s;
    if (!askNothing
        && QMessageBox::question(
                   nullptr, tr("ElectionDesk"),
                   tr("The database is empty. Fill it with the demo data of the two sample "
                      "plans, %1 and %2, with their meetings, tasks and agencies?")
                           .arg(u"01-KH/BCĐ"_s, u"508/KH-UBND"_s),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                   != QMessageBox::Yes) {
        log::gui()->info("demo data declined");
        return;
    }
    const Status loaded = services::DemoDataService(workspace).load();
    if (!loaded) {
        log::gui()->error("demo data not loaded: code {}", static_cast<int>(loaded.error().code));
        QMessageBox::warning(nullptr, tr("ElectionDesk"),
                             i18n::errorMessage(loaded.error(), workspace.filePath()));
        return;
    }
    log::gui()->info("demo data loaded");
}

QString Startup::dailyBackup(services::Workspace& workspace)
{
    if (workspace.isReadOnly())
        return {}; // nothing can change it from here, and its folder may refuse the copy
    const auto written =
            services::BackupService(workspace).dailyBackup(SettingsDialog::dailyBackupsKept());
    if (written)
        return {};
    log::gui()->error("daily backup failed: code {}", static_cast<int>(written.error().code));
    return tr("Today's backup could not be written: %1")
            .arg(i18n::errorMessage(written.error(),
                                    services::BackupService(workspace).backupFolder()));
}

void Startup::reportFirstPaint(QWidget& window, QElapsedTimer sinceMain)
{
    onFirstPaint(window, [sinceMain] {
        const qint64 ms = sinceMain.elapsed();
        std::printf("first_paint_ms %lld\n", static_cast<long long>(ms));
        std::fflush(stdout);
        if (const std::optional<qint64> sinceExec = msSinceExec())
            std::fprintf(stderr, "first_paint_since_exec_ms %lld\n",
                         static_cast<long long>(*sinceExec));
        log::gui()->info("first paint {} ms after main() started", ms);
        QCoreApplication::exit(0);
    });
}

void Startup::onFirstPaint(QWidget& window, std::function<void()> painted)
{
    qApp->installEventFilter(new FirstPaintProbe(window, std::move(painted)));
}

} // namespace ed::gui
