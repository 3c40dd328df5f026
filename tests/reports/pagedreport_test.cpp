#include "reports/pagecontent.h"
#include "reports/pagedreport.h"
#include "reports/pdftext.h"
#include "reports/sampledocument.h"

#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace ed::test {
namespace {

using reports::PagedReport;

class PagedReportTest : public ::testing::Test
{
protected:
    QString writeSample(int rows, DocumentLayout layout = DocumentLayout::State)
    {
        const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(rows));
        const Status written = reports::writePdf(sampleDocument(rows, layout), path);
        EXPECT_TRUE(written.ok());
        return path;
    }
    QTemporaryDir m_dir;
};

TEST_F(PagedReportTest, PageCountGrowsWithTheRows)
{
    const auto few = PagedReport::layOut(sampleDocument(5));
    const auto many = PagedReport::layOut(sampleDocument(300));
    ASSERT_TRUE(few && many);
    EXPECT_EQ(few->pageCount(), 2); // the body, then one appendix page
    EXPECT_GT(many->pageCount(), few->pageCount() + 5);
}

TEST_F(PagedReportTest, AWideTableTurnsItsPagesToLandscapeAndTheBodyStaysPortrait)
{
    const auto report = PagedReport::layOut(sampleDocument(60));
    ASSERT_TRUE(report);
    EXPECT_EQ(report->pageLayout(0).orientation(), QPageLayout::Portrait);
    for (int page = 1; page < report->pageCount(); ++page)
        EXPECT_EQ(report->pageLayout(page).orientation(), QPageLayout::Landscape) << page;
}

TEST_F(PagedReportTest, TheStateLetterheadIsInThePdfText)
{
    const QString text = pdfText(writeSample(3), 1);
    for (const char* line :
         {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "UBND TỈNH ĐIỆN BIÊN", "SỞ NỘI VỤ", "Số: 15/BC-SNV",
          "Điện Biên, ngày 15 tháng 6 năm 2021", "BÁO CÁO",
          "Kết quả thực hiện phong trào thi đua đặc biệt", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
          "Lò Văn Mến", "Nơi nhận:", "- UBND tỉnh (b/c);", "- Lưu: VT, XDCQ."})
        EXPECT_TRUE(text.contains(QString::fromUtf8(line))) << line;
}

TEST_F(PagedReportTest, ThePartyLetterheadHasThePartyHeaderAndNumber)
{
    const QString text = pdfText(writeSample(3, DocumentLayout::Party), 1);
    EXPECT_TRUE(text.contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM")));
    EXPECT_TRUE(text.contains(QStringLiteral("Số 15-BC/SNV")));
    EXPECT_TRUE(text.contains(QStringLiteral("K/T GIÁM ĐỐC")));
    EXPECT_FALSE(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
}

TEST_F(PagedReportTest, TheHeaderRowRepeatsOnEveryPageAndNoRowIsSplit)
{
    const QString pdf = writeSample(200);
    const int pages = PagedReport::layOut(sampleDocument(200))->pageCount();
    ASSERT_GT(pages, 3);
    QString all;
    for (int page = 2; page <= pages; ++page) {
        const QString text = pdfText(pdf, page);
        EXPECT_TRUE(text.contains(QStringLiteral("Tiêu chí chưa đạt"))) << "page " << page;
        EXPECT_TRUE(text.contains(QStringLiteral("(10)"))) << "page " << page;
        all += text;
    }
    for (int row = 1; row <= 200; ++row)
        EXPECT_EQ(all.count(QRegularExpression(QStringLiteral("\\bRow %1\\b").arg(row))), 1)
                << "row " << row;
}

TEST_F(PagedReportTest, PagesAreNumberedInTheTopMarginFromPageTwo)
{
    const QString pdf = writeSample(100);
    EXPECT_FALSE(pdfText(pdf, 1).trimmed().startsWith(QLatin1Char('1')));
    EXPECT_TRUE(pdfText(pdf, 2).trimmed().startsWith(QLatin1Char('2')));
    EXPECT_TRUE(pdfText(pdf, 3).trimmed().startsWith(QLatin1Char('3')));
}

TEST_F(PagedReportTest, EveryFontIsEmbedded)
{
    const QString fonts = popplerOutput(QStringLiteral("pdffonts"), {writeSample(3)});
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(lines.isEmpty()) << fonts.toStdString();
    for (const QString& line : lines) {
        // name type encoding emb sub uni object ID: "emb" is the fourth column from the right.
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(columns.size(), 7) << line.toStdString();
        EXPECT_EQ(columns.at(columns.size() - 5), QStringLiteral("yes")) << line.toStdString();
    }
}

TEST_F(PagedReportTest, TheReportFontHasEveryVietnameseLetter)
{
    // Liberation Serif 1.x lacks some of them (ỉ, ờ, …) and the PDF then mixes in another
    // font's glyphs with misplaced marks; the scripts install version 2.
    const QString letters = QStringLiteral(
            "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ");
    for (const bool bold : {false, true}) {
        const QFontMetricsF metrics(reports::reportFont({14, bold}));
        for (const QChar letter : letters + letters.toUpper())
            EXPECT_TRUE(metrics.inFont(letter)) << QString(letter).toStdString() << " in "
                                                << reports::reportFontFamily().toStdString();
    }
}

TEST_F(PagedReportTest, CancellingStopsTheJobAndLeavesNoFile)
{
    std::atomic_bool cancel = true;
    reports::RenderControl control;
    control.cancel = &cancel;
    EXPECT_FALSE(PagedReport::layOut(sampleDocument(500), control));
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    const Status written = reports::writePdf(sampleDocument(500), path, control);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::Cancelled);
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(PagedReportTest, CancellingWhilePagesArePaintedStopsTheLayoutTooAndLeavesNoFile)
{
    // The layout runs ahead on its own thread and may be waiting for the painting to take
    // pages: cancelling must end both, whatever each was doing.
    std::atomic_bool cancel = false;
    int painted = 0;
    reports::RenderControl control;
    control.cancel = &cancel;
    control.progress = [&](int done, int) {
        painted = done;
        if (done == 3)
            cancel = true;
    };
    const QString path = m_dir.filePath(QStringLiteral("cancelled-late.pdf"));
    const Status written = reports::writePdf(sampleDocument(3000), path, control);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(painted, 3);
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files), QStringList()); // no temporary left
}

TEST_F(PagedReportTest, LayingOutWhilePaintingWritesTheSamePdfAsOneStepAfterTheOther)
{
    // writePdf() lays out on one thread while it paints on another; painting a finished
    // layout must give the same file, but for the second it was made at.
    const reports::ReportDocument document = sampleDocument(400);
    const QString piped = m_dir.filePath(QStringLiteral("piped.pdf"));
    ASSERT_TRUE(reports::writePdf(document, piped).ok());
    const auto report = PagedReport::layOut(document);
    ASSERT_TRUE(report);
    const QString serial = m_dir.filePath(QStringLiteral("serial.pdf"));
    {
        QFile file(serial);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        QPdfWriter writer(&file);
        writer.setResolution(int(reports::kLayoutDpi));
        writer.setCreator(QStringLiteral("ElectionDesk"));
        writer.setTitle(document.letterhead.typeName + QLatin1Char(' ')
                        + document.letterhead.title);
        ASSERT_TRUE(report->paint(writer).ok());
    }
    const auto bytes = [](const QString& path) {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        static const QRegularExpression date(QStringLiteral("/CreationDate \\([^)]*\\)"));
        return QString::fromLatin1(file.readAll()).remove(date);
    };
    const QString pipedBytes = bytes(piped);
    EXPECT_GT(pipedBytes.size(), 10000);
    EXPECT_TRUE(pipedBytes == bytes(serial));
}

TEST_F(PagedReportTest, AnUnwritableFileIsRefusedWithCannotWrite)
{
    const Status written = reports::writePdf(
            sampleDocument(3), m_dir.filePath(QStringLiteral("no/such/folder/report.pdf")));
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::CannotWrite);
}

TEST_F(PagedReportTest, ProgressCountsUpToTheLastPage)
{
    int last = 0;
    int total = 0;
    reports::RenderControl control;
    control.progress = [&](int done, int of) {
        last = done;
        total = of;
    };
    const auto report = PagedReport::layOut(sampleDocument(300));
    ASSERT_TRUE(report);
    QImage image(10, 10, QImage::Format_RGB32);
    const QString path = m_dir.filePath(QStringLiteral("progress.pdf"));
    ASSERT_TRUE(reports::writePdf(sampleDocument(300), path, control).ok());
    EXPECT_EQ(last, report->pageCount());
    EXPECT_EQ(total, report->pageCount());
}

} // namespace
} // namespace ed::test
