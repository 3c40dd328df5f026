#include "reports/pagedreport.h"
#include "reports/reportbuilder.h"
#include "reports/reportdatatest.h"
#include "services/letterheadservice.h"

#include <QDir>
#include <QImage>

#include <gtest/gtest.h>

// Page 1 of each report, built from the demo plans and a sample office, compared with a reviewed
// picture in tests/data/reports. A change to the layout shows up here; once the new page has been
// looked at, ED_UPDATE_REFERENCE_IMAGES=1 rewrites the pictures.
namespace ed::test {
namespace {

constexpr int kDotsPerInch = 40;

class ReferenceImageTest : public ReportDataTest, public ::testing::WithParamInterface<ReportKind>
{
protected:
    QImage firstPage()
    {
        loadSampleOffice();
        const Result<Letterhead> letterhead =
                services::LetterheadService(*m_workspace).letterhead(GetParam());
        EXPECT_TRUE(letterhead.ok());
        const Result<reports::ReportDocument> document =
                reports::buildReport(GetParam(), *m_workspace, letterhead.value());
        EXPECT_TRUE(document.ok());
        const auto report = reports::PagedReport::layOut(document.value());
        EXPECT_TRUE(report);
        return report->pageImage(0, kDotsPerInch).convertToFormat(QImage::Format_Grayscale8);
    }
};

/// The share of pixels that differ by more than a quarter of the grey range. Anti-aliasing and
/// font versions move edges by a pixel; a moved block or a missing line moves many.
double differingShare(const QImage& actual, const QImage& expected)
{
    if (actual.size() != expected.size())
        return 1;
    qint64 differing = 0;
    for (int y = 0; y < actual.height(); ++y) {
        const uchar* a = actual.constScanLine(y);
        const uchar* e = expected.constScanLine(y);
        for (int x = 0; x < actual.width(); ++x)
            if (qAbs(int(a[x]) - int(e[x])) > 64)
                ++differing;
    }
    return double(differing) / double(qint64(actual.width()) * actual.height());
}

TEST_P(ReferenceImageTest, PageOneMatchesTheReviewedPicture)
{
    const QString name = reportKindCode(GetParam()) + QStringLiteral("-page1.png");
    const QString reference = QStringLiteral(ED_SOURCE_DIR "/tests/data/reports/") + name;
    const QImage actual = firstPage();
    if (qEnvironmentVariableIsSet("ED_UPDATE_REFERENCE_IMAGES")) {
        ASSERT_TRUE(actual.save(reference));
        GTEST_SKIP() << "rewrote " << reference.toStdString();
    }
    const QImage expected = QImage(reference).convertToFormat(QImage::Format_Grayscale8);
    ASSERT_FALSE(expected.isNull()) << "missing " << reference.toStdString();
    const double share = differingShare(actual, expected);
    if (share > 0.01) {
        const QString saved = QDir::temp().filePath(QStringLiteral("actual-") + name);
        actual.save(saved);
        ADD_FAILURE() << share * 100 << " % of the pixels differ from " << reference.toStdString()
                      << "; the new page is " << saved.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Reports,
                         ReferenceImageTest,
                         ::testing::Values(ReportKind::Meetings,
                                           ReportKind::Tasks,
                                           ReportKind::Nominations,
                                           ReportKind::Results),
                         [](const auto& info) { return reportKindCode(info.param).toStdString(); });

} // namespace
} // namespace ed::test
