#include "core/clock.h"
#include "core/csv.h"
#include "gui/exportactions.h"
#include "gui/mainwindow.h"
#include "services/demodata.h"
#include "services/workspace.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QTemporaryDir>
#include <QWidget>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

class ExportActionsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto workspace = ed::services::Workspace::open(m_dir.filePath(u"desk.sqlite"_s), m_clock);
        ASSERT_TRUE(workspace.ok());
        m_workspace = std::move(workspace).value();
        ASSERT_TRUE(ed::services::DemoDataService(*m_workspace).load().ok());
    }

    QByteArray read(const QString& name) const
    {
        QFile file(m_dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    QTemporaryDir m_dir;
    ed::FixedClock m_clock{QDate(2021, 2, 25)};
    std::unique_ptr<ed::services::Workspace> m_workspace;
};

} // namespace

TEST_F(ExportActionsTest, MeetingsCsvStartsWithABomAndReadsBack)
{
    QWidget window;
    ed::gui::ExportActions actions(*m_workspace, &window);
    ASSERT_TRUE(actions.exportMeetings(m_dir.filePath(u"m.csv"_s)).isEmpty());
    const QByteArray bytes = read(u"m.csv"_s);
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains("\r\n"));
    const auto parsed = ed::csv::parse(bytes);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.table.header.first(), u"plan_number"_s);
    ASSERT_EQ(parsed.table.rows.size(), 6);
    EXPECT_EQ(parsed.table.rows.first().at(2), u"Cuộc họp thứ nhất"_s);
    EXPECT_EQ(parsed.table.rows.first().at(7), u"1"_s); // overdue on 25/02/2021
}

TEST_F(ExportActionsTest, TasksCsvAndCalendarAreWritten)
{
    QWidget window;
    ed::gui::ExportActions actions(*m_workspace, &window);
    ASSERT_TRUE(actions.exportTasks(m_dir.filePath(u"t.csv"_s)).isEmpty());
    EXPECT_TRUE(read(u"t.csv"_s)
                        .startsWith("\xEF\xBB\xBF"
                                    "plan_number,section,"));
    ASSERT_TRUE(actions.exportCalendar(m_dir.filePath(u"c.ics"_s)).isEmpty());
    const QByteArray ics = read(u"c.ics"_s);
    EXPECT_TRUE(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    EXPECT_TRUE(ics.contains("UID:meeting-"));
    EXPECT_TRUE(ics.trimmed().endsWith("END:VCALENDAR"));
}

TEST_F(ExportActionsTest, AnUnwritableTargetIsReportedAndLeavesNothing)
{
    QWidget window;
    ed::gui::ExportActions actions(*m_workspace, &window);
    const QString path = m_dir.filePath(u"missing-folder/m.csv"_s);
    EXPECT_FALSE(actions.exportMeetings(path).isEmpty());
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(ExportActionsTest, TheFileMenuOffersTheExports)
{
    ed::gui::MainWindow window(*m_workspace);
    for (const char* name : {"exportCalendarAction", "exportMeetingsAction", "exportTasksAction"})
        EXPECT_NE(window.findChild<QAction*>(QString::fromLatin1(name)), nullptr) << name;
    EXPECT_NE(window.findChild<QMenu*>(u"editMenu"_s), nullptr);
}
