#pragma once

#include "core/clock.h"
#include "gui/mainwindow.h"
#include "gui/modal.h"
#include "gui/page.h"
#include "services/demodata.h"
#include "services/planservice.h"
#include "services/workspace.h"

#include <QAction>
#include <QDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace ed::test {

/// A main window over a fresh database with the demo data, today fixed at 10/02/2021, settings
/// in a temporary folder. Modal dialogs are answered by `answer` (see gui/modal.h); a test that
/// meets a dialog it did not expect fails instead of hanging.
class WindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        auto workspace =
                services::Workspace::open(m_dir.filePath(QStringLiteral("desk.sqlite")), m_clock);
        ASSERT_TRUE(workspace.ok());
        m_workspace = std::move(workspace).value();
        ASSERT_TRUE(services::DemoDataService(*m_workspace).load().ok());
        m_window = std::make_unique<gui::MainWindow>(*m_workspace);
        gui::modal::setHandler([this](QDialog& dialog) {
            ++m_dialogs;
            if (!answer) {
                ADD_FAILURE() << "unexpected dialog " << dialog.objectName().toStdString();
                return static_cast<int>(QDialog::Rejected);
            }
            return answer(dialog);
        });
    }
    void TearDown() override
    {
        gui::modal::setHandler({});
        m_window.reset();
        m_workspace.reset();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }

    template <typename T>
    T* onPage(gui::MainWindow::Area area, const QString& name) const
    {
        auto* widget = m_window->page(area)->findChild<T*>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }
    template <typename T>
    static T* childOf(const QWidget& parent, const QString& name)
    {
        auto* widget = parent.findChild<T*>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }
    QAction* windowAction(const QString& name) const
    {
        auto* action = m_window->findChild<QAction*>(name);
        EXPECT_NE(action, nullptr) << name.toStdString();
        return action;
    }
    [[nodiscard]] services::PlanService planService() const
    {
        return services::PlanService(*m_workspace);
    }

    /// Answers the next modal dialogs; empty: any dialog is a failure.
    std::function<int(QDialog&)> answer;
    int m_dialogs = 0;

    QTemporaryDir m_dir;
    FixedClock m_clock{QDate(2021, 2, 10)};
    std::unique_ptr<services::Workspace> m_workspace;
    std::unique_ptr<gui::MainWindow> m_window;
};

} // namespace ed::test
