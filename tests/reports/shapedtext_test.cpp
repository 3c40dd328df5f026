#include "reports/pagecontent.h"
#include "reports/pagelayouter.h"
#include "reports/reportbuilder.h"
#include "reports/reportdatatest.h"
#include "reports/sampledocument.h"
#include "services/letterheadservice.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

// The layout shapes each text once and painting draws the glyphs it kept (pagecontent.h). These
// tests hold that to what Qt draws when it shapes the text itself (QPainter::drawText,
// QTextLine::draw), which is how the reports were painted before: the same pixels on a preview
// image and the same PDF, operator for operator.
namespace ed::test {
namespace {

using reports::PageContent;
using reports::TextPainting;

QList<PageContent> pagesOf(const reports::ReportDocument& document)
{
    const reports::RenderControl control;
    std::optional<QList<PageContent>> pages = reports::PageLayouter(document, control).run();
    EXPECT_TRUE(pages);
    return pages.value_or(QList<PageContent>());
}

QImage image(const PageContent& page, int dotsPerInch, TextPainting mode)
{
    const QSizeF paper = page.landscape ? QSizeF(297, 210) : QSizeF(210, 297);
    QImage image((paper / 25.4 * dotsPerInch).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(dotsPerInch / reports::kLayoutDpi, dotsPerInch / reports::kLayoutDpi);
    reports::PaintFaces faces;
    reports::paintContent(page, painter, faces, mode);
    return image;
}

QByteArray pdf(const QList<PageContent>& pages, TextPainting mode)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(int(reports::kLayoutDpi));
        QPainter painter;
        reports::PaintFaces faces;
        for (qsizetype i = 0; i < pages.size(); ++i) {
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                             pages.at(i).landscape ? QPageLayout::Landscape
                                                                   : QPageLayout::Portrait,
                                             QMarginsF()));
            if (i == 0)
                EXPECT_TRUE(painter.begin(&writer));
            else
                writer.newPage();
            reports::paintContent(pages.at(i), painter, faces, mode);
        }
        painter.end();
    }
    return bytes;
}

void expectSamePictures(const QList<PageContent>& pages, const std::string& what)
{
    for (const int dotsPerInch : {40, 96, 150}) {
        for (qsizetype i = 0; i < pages.size(); ++i) {
            const QImage shaped = image(pages.at(i), dotsPerInch, TextPainting::Shaped);
            const QImage drawn = image(pages.at(i), dotsPerInch, TextPainting::Qt);
            if (shaped == drawn)
                continue;
            int differing = 0;
            for (int y = 0; y < shaped.height(); ++y)
                for (int x = 0; x < shaped.width(); ++x)
                    differing += shaped.pixel(x, y) != drawn.pixel(x, y) ? 1 : 0;
            ADD_FAILURE() << what << ": page " << i + 1 << " at " << dotsPerInch
                          << " dpi: " << differing << " pixels differ";
        }
    }
}

/// The one thing that may differ: the second the file was made.
QByteArray withoutCreationDate(const QByteArray& pdf)
{
    static const QRegularExpression date(QStringLiteral("/CreationDate \\([^)]*\\)"));
    return QString::fromLatin1(pdf).remove(date).toLatin1();
}

void expectSamePdf(const QList<PageContent>& pages, const std::string& what)
{
    const QByteArray shaped = withoutCreationDate(pdf(pages, TextPainting::Shaped));
    const QByteArray drawn = withoutCreationDate(pdf(pages, TextPainting::Qt));
    EXPECT_GT(shaped.size(), 1000) << what;
    EXPECT_TRUE(shaped == drawn) << what << ": the PDFs differ (" << shaped.size() << " and "
                                 << drawn.size() << " bytes)";
}

TEST(ShapedTextTest, EveryTextOfALongTableIsShapedAtLayout)
{
    const QList<PageContent> pages = pagesOf(sampleDocument(120));
    ASSERT_GT(pages.size(), 3);
    qsizetype texts = 0;
    for (const PageContent& page : pages) {
        for (const reports::TextItem& text : page.texts) {
            if (!text.vertical && !text.text.isEmpty()) {
                EXPECT_TRUE(text.shaped) << text.text.toStdString();
                ++texts;
            }
        }
        for (const reports::FlowItem& flow : page.flows)
            EXPECT_TRUE(flow.shaped) << flow.text.toStdString();
    }
    EXPECT_GT(texts, 120);
}

TEST(ShapedTextTest, RepeatedCellsShareOneShaping)
{
    const QList<PageContent> pages = pagesOf(sampleDocument(120));
    QSet<const reports::ShapedText*> distinct;
    qsizetype flows = 0;
    for (const PageContent& page : pages)
        for (const reports::FlowItem& flow : page.flows) {
            distinct.insert(flow.shaped.get());
            ++flows;
        }
    EXPECT_GT(flows, 120);
    EXPECT_LT(distinct.size(), 40); // the wrapped criteria cell is the same on every row
}

TEST(ShapedTextTest, ASampleReportPaintsTheSamePixelsAsQtDrawingItsText)
{
    expectSamePictures(pagesOf(sampleDocument(40)), "state");
    expectSamePictures(pagesOf(sampleDocument(3, DocumentLayout::Party)), "party");
}

TEST(ShapedTextTest, ASampleReportWritesTheSamePdfAsQtDrawingItsText)
{
    expectSamePdf(pagesOf(sampleDocument(40)), "state");
    expectSamePdf(pagesOf(sampleDocument(3, DocumentLayout::Party)), "party");
}

TEST(ShapedTextTest, AnEmptyTextAndAnOverflowingOneAreDrawnAsQtDrawsThem)
{
    PageContent page;
    const reports::FontSpec bold{12, true};
    page.texts.append(
            {QRectF(1000, 1000, 3000, 300), bold, int(Qt::AlignLeft | Qt::AlignTop), QString()});
    // Narrower and lower than the text: drawText clips it to the rectangle. "Ⅰ" is in no
    // report font: its glyph comes from a fallback face.
    page.texts.append({QRectF(1000, 2000, 400, 80), bold, int(Qt::AlignRight | Qt::AlignTop),
                       QStringLiteral("Tổng cộng Ⅰ: 1.234")});
    page.texts.append({QRectF(1000, 3000, 3000, 400), bold,
                       int(Qt::AlignHCenter | Qt::AlignVCenter), QStringLiteral("(12)")});
    page.texts.append({QRectF(1000, 4000, 3000, 400), bold, int(Qt::AlignRight | Qt::AlignBottom),
                       QStringLiteral("Đã tiếp nhận")});
    for (reports::TextItem& text : page.texts)
        text.shaped = reports::shapeBoxText(text.text, text.font);
    EXPECT_FALSE(page.texts.at(0).shaped);
    ASSERT_TRUE(page.texts.at(1).shaped);
    reports::PaintFaces faces;
    for (const reports::GlyphRun& run : page.texts.at(1).shaped->lines.first())
        EXPECT_TRUE(faces.face(bold, run).isValid()) << run.family.toStdString();
    expectSamePictures({page}, "boxes");
    expectSamePdf({page}, "boxes");
}

class ShapedReportTest : public ReportDataTest, public ::testing::WithParamInterface<ReportKind>
{
};

TEST_P(ShapedReportTest, EveryPagePaintsAndWritesAsQtDrawingItsText)
{
    loadSampleOffice();
    const Result<Letterhead> letterhead =
            services::LetterheadService(*m_workspace).letterhead(GetParam());
    ASSERT_TRUE(letterhead.ok());
    const Result<reports::ReportDocument> document =
            reports::buildReport(GetParam(), *m_workspace, letterhead.value());
    ASSERT_TRUE(document.ok());
    const QList<PageContent> pages = pagesOf(document.value());
    const std::string what = reportKindCode(GetParam()).toStdString();
    expectSamePictures(pages, what);
    expectSamePdf(pages, what);
}

INSTANTIATE_TEST_SUITE_P(Reports,
                         ShapedReportTest,
                         ::testing::Values(ReportKind::Meetings,
                                           ReportKind::Tasks,
                                           ReportKind::Nominations,
                                           ReportKind::Results),
                         [](const auto& info) { return reportKindCode(info.param).toStdString(); });

} // namespace
} // namespace ed::test
