// One QApplication for the whole GUI test binary, on the offscreen platform.
#include "i18n/translations.h"
#include "logging/log.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    // Before QApplication exists: build servers have no display, and ctest's ENVIRONMENT
    // property does not reach every way the binary is started.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    ed::log::init(QString(), true);
    ed::i18n::install(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
