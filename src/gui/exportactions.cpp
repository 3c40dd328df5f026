#include "gui/exportactions.h"

#include "core/csv.h"
#include "gui/settingsdialog.h"
#include "i18n/errormessages.h"
#include "i18n/schedulewording.h"
#include "services/calendarexport.h"
#include "services/schedulelisting.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

/// Writes all or nothing: QSaveFile renames into place only after every byte is on disk.
QString writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return ExportActions::tr("%1 could not be written: %2").arg(path, file.errorString());
    return {};
}

QByteArray excelCsv(const services::TextTable& table)
{
    return csv::write(table.header, table.rows, {true, "\r\n"});
}

} // namespace

ExportActions::ExportActions(services::Workspace& workspace, QWidget* window)
    : QObject(window), m_workspace(workspace), m_window(window)
{}

void ExportActions::addTo(QMenu* menu, QAction* before)
{
    auto* exportMenu = new QMenu(tr("&Export"), menu);
    exportMenu->setObjectName(u"exportMenu"_s);
    QAction* calendar = exportMenu->addAction(tr("&Calendar (iCalendar .ics)…"));
    calendar->setObjectName(u"exportCalendarAction"_s);
    connect(calendar, &QAction::triggered, this, [this] {
        run(tr("Export calendar"), u"electiondesk.ics"_s, tr("iCalendar (*.ics)"),
            &ExportActions::exportCalendar);
    });
    QAction* meetings = exportMenu->addAction(tr("&Meetings (CSV for Excel)…"));
    meetings->setObjectName(u"exportMeetingsAction"_s);
    connect(meetings, &QAction::triggered, this, [this] {
        run(tr("Export meetings"), u"meetings.csv"_s, tr("CSV (*.csv)"),
            &ExportActions::exportMeetings);
    });
    QAction* tasks = exportMenu->addAction(tr("&Tasks (CSV for Excel)…"));
    tasks->setObjectName(u"exportTasksAction"_s);
    connect(tasks, &QAction::triggered, this, [this] {
        run(tr("Export tasks"), u"tasks.csv"_s, tr("CSV (*.csv)"), &ExportActions::exportTasks);
    });
    menu->insertMenu(before, exportMenu);
    menu->insertSeparator(before);
}

void ExportActions::run(const QString& title,
                        const QString& suggestedName,
                        const QString& filter,
                        QString (ExportActions::*write)(const QString&) const)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_window, title,
                                                      QDir(folder).filePath(suggestedName), filter);
    if (path.isEmpty())
        return;
    if (const QString problem = (this->*write)(path); !problem.isEmpty())
        QMessageBox::warning(m_window, title, problem);
}

QString ExportActions::exportCalendar(const QString& path) const
{
    const services::CalendarWords words{tr("ElectionDesk schedule"), tr("Meeting"), tr("Task"),
                                        tr("Legal milestone"), &i18n::milestoneTitle};
    const auto calendar = services::CalendarExport(m_workspace).calendar(words);
    if (!calendar)
        return i18n::errorMessage(calendar.error());
    return writeFile(path, calendar.value());
}

QString ExportActions::exportMeetings(const QString& path) const
{
    const auto meetings =
            services::ScheduleListing(m_workspace, SettingsDialog::dueSoonDays()).meetings();
    if (!meetings)
        return i18n::errorMessage(meetings.error());
    return writeFile(path, excelCsv(services::ScheduleListing::meetingTable(meetings.value())));
}

QString ExportActions::exportTasks(const QString& path) const
{
    const auto tasks =
            services::ScheduleListing(m_workspace, SettingsDialog::dueSoonDays()).tasks();
    if (!tasks)
        return i18n::errorMessage(tasks.error());
    return writeFile(path, excelCsv(services::ScheduleListing::taskTable(tasks.value())));
}

} // namespace ed::gui
