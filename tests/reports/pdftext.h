#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace ed::test {

/// Runs a poppler tool (installed by ./scripts/test) and returns its standard output, failing
/// the test when the tool is missing rather than skipping it.
inline QString popplerOutput(const QString& tool, const QStringList& arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        ADD_FAILURE() << tool.toStdString()
                      << " is missing or failed: run ./scripts/test, which installs poppler-utils";
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The text of one page (1-based) of a PDF, or of the whole file with page 0.
inline QString pdfText(const QString& pdf, int page = 0)
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    return popplerOutput(QStringLiteral("pdftotext"), arguments);
}

} // namespace ed::test
