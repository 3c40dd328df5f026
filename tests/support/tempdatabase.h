#pragma once

#include "core/clock.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ostream>

class QDate;

namespace ed::test {

/// A fresh folder per test, removed afterwards, with a database path inside it.
class TempDir
{
public:
    TempDir();
    [[nodiscard]] QString path(const QString& name) const { return m_dir.filePath(name); }
    [[nodiscard]] QString databasePath() const { return path(QStringLiteral("test.sqlite")); }

private:
    QTemporaryDir m_dir;
};

/// The test's "today": 10/02/2021, between meetings 1 and 2 of 01-KH/BCĐ.
inline QDate defaultToday()
{
    return QDate(2021, 2, 10);
}

/// A clock the test sets: FixedClock under a test-friendly name.
using FakeClock = FixedClock;

/// The bytes of a file, to show that something was left untouched.
[[nodiscard]] QByteArray fileBytes(const QString& path);

} // namespace ed::test

QT_BEGIN_NAMESPACE
void PrintTo(const QString& text, std::ostream* os);
void PrintTo(const QDate& date, std::ostream* os);
QT_END_NAMESPACE
