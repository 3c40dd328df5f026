// One QCoreApplication for a whole test binary (storage, services, cli): Qt Sql and the
// per-user paths need one. Standard paths are in test mode, so nothing touches the user's data.
#include "logging/log.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    ed::log::init(QString(), true);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
