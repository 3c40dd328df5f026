#pragma once

#include "gui/reports/reportjob.h"
#include "gui/reports/reportoutput.h"
#include "gui/reports/reportspage.h"
#include "reports/reportdocument.h"
#include "windowtest.h"

#include <QDir>
#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

namespace ed::test {

/// The main window over the demo data on the Reports page, with a folder for the files the
/// tests write.
class ReportsTest : public WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        if (HasFatalFailure())
            return;
        m_window->showArea(gui::MainWindow::Area::Reports);
        m_page = qobject_cast<gui::ReportsPage*>(m_window->page(gui::MainWindow::Area::Reports));
        ASSERT_NE(m_page, nullptr);
        ASSERT_TRUE(QDir(m_dir.path()).mkpath(QStringLiteral("out")));
    }

    [[nodiscard]] QString outPath(const QString& name) const
    {
        return m_dir.filePath(QStringLiteral("out/") + name);
    }
    [[nodiscard]] QStringList outFiles() const
    {
        return QDir(m_dir.filePath(QStringLiteral("out"))).entryList(QDir::Files | QDir::Hidden);
    }
    QPushButton* button(const QString& name) const
    {
        return onPage<QPushButton>(gui::MainWindow::Area::Reports, name);
    }
    QProgressBar* progressBar() const
    {
        return onPage<QProgressBar>(gui::MainWindow::Area::Reports,
                                    QStringLiteral("renderProgressBar"));
    }
    /// Spins the event loop until the page's job has ended; false after `timeoutMs`.
    bool waitUntilIdle(int timeoutMs = 120000) const
    {
        return QTest::qWaitFor([this] { return !m_page->output().isBusy(); }, timeoutMs);
    }

    gui::ReportsPage* m_page = nullptr;
};

/// The first bytes of a file (empty when it cannot be read).
inline QByteArray fileStart(const QString& path, qint64 bytes = 5)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

/// A report of one long table (`rows` rows): dozens of pages, seconds of work for the layout
/// and the painting, long enough to be cancelled half way.
inline reports::ReportDocument longDocument(int rows)
{
    reports::ReportDocument document;
    Letterhead& l = document.letterhead;
    l.parentBody = QStringLiteral("UBND TỈNH ĐIỆN BIÊN");
    l.issuingBody = QStringLiteral("SỞ NỘI VỤ");
    l.number = QStringLiteral("15");
    l.typeCode = QStringLiteral("BC");
    l.issuerCode = QStringLiteral("SNV");
    l.place = QStringLiteral("Điện Biên");
    l.date = QDate(2021, 2, 10);
    l.typeName = QStringLiteral("BÁO CÁO");
    l.title = QStringLiteral("Danh sách thử nghiệm");
    reports::Table table;
    table.columns = {{QStringLiteral("STT"), 1, Qt::AlignRight},
                     {QStringLiteral("Họ và tên"), 4, Qt::AlignLeft},
                     {QStringLiteral("Đơn vị"), 4, Qt::AlignLeft},
                     {QStringLiteral("Ghi chú"), 3, Qt::AlignLeft}};
    for (int number = 1; number <= rows; ++number) {
        reports::TableRow row;
        row.cells =
                QStringList{QString::number(number), QStringLiteral("Nguyễn Văn An %1").arg(number),
                            QStringLiteral("Ủy ban bầu cử xã Mường Toong"),
                            QStringLiteral("Hoàn thành xuất sắc nhiệm vụ")};
        table.rows.append(row);
    }
    reports::Section section;
    section.blocks.append(reports::Paragraph{QStringLiteral("Danh sách kèm theo.")});
    section.blocks.append(table);
    document.sections.append(section);
    return document;
}

} // namespace ed::test
