#include "core/letterhead.h"
#include "gui/editing/fieldmarker.h"
#include "gui/reports/letterheaddialog.h"
#include "gui/reports/reportpreviewdialog.h"
#include "gui/reports/reportwording.h"
#include "gui/widgets/problemlabel.h"
#include "nominationstest.h"
#include "reportstest.h"
#include "services/letterheadservice.h"
#include "services/nominationimport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using ed::DocumentLayout;
using ed::ErrorCode;
using ed::Letterhead;
using ed::ReportKind;
using ed::gui::LetterheadDialog;
using ed::gui::MainWindow;
using ed::gui::ReportJob;
using ed::gui::ReportOutput;
using ed::gui::ReportPreviewDialog;
using ed::gui::ReportWording;
using ed::test::fileStart;
using ed::test::longDocument;

namespace {

/// QTest::keyClicks() aborts on Vietnamese letters (engineering §3.7): one event per character.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

void replaceText(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
}

QPushButton* okOf(QDialog& dialog)
{
    auto* buttons = dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s);
    EXPECT_NE(buttons, nullptr);
    return buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
}

class ReportsPageTest : public ed::test::ReportsTest
{
protected:
    [[nodiscard]] ed::services::LetterheadService letterheads() const
    {
        return ed::services::LetterheadService(*m_workspace);
    }
    /// Runs the letterhead dialog of the current report through `fill`, which returns the
    /// dialog's result.
    void editLetterhead(const std::function<int(LetterheadDialog&)>& fill)
    {
        int seen = 0;
        answer = [&](QDialog& dialog) {
            auto* letterhead = qobject_cast<LetterheadDialog*>(&dialog);
            EXPECT_NE(letterhead, nullptr) << dialog.metaObject()->className();
            ++seen;
            return letterhead ? fill(*letterhead) : int(QDialog::Rejected);
        };
        button(u"letterheadButton"_s)->click();
        EXPECT_EQ(seen, 1);
        answer = nullptr;
    }
};

// --- The page ---------------------------------------------------------------------------------

TEST_F(ReportsPageTest, ListsTheFourReportsAndDescribesTheChosenOne)
{
    auto* list = onPage<QListWidget>(MainWindow::Area::Reports, u"reportList"_s);
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->count(), 4);
    EXPECT_EQ(list->item(0)->text(), u"Meeting schedule status"_s);
    EXPECT_EQ(list->item(1)->text(), u"Tasks status by agency"_s);
    EXPECT_EQ(list->item(2)->text(), u"Nomination list (attachment to a submission)"_s);
    EXPECT_EQ(list->item(3)->text(), u"Campaign results by district"_s);

    auto* title = onPage<QLabel>(MainWindow::Area::Reports, u"reportTitleLabel"_s);
    auto* description = onPage<QLabel>(MainWindow::Area::Reports, u"descriptionLabel"_s);
    auto* number = onPage<QLabel>(MainWindow::Area::Reports, u"numberLineLabel"_s);
    list->setCurrentRow(3);
    EXPECT_EQ(m_page->currentReport(), ReportKind::Results);
    EXPECT_EQ(title->text(), u"Campaign results by district"_s);
    EXPECT_EQ(description->text(), ReportWording::description(ReportKind::Results));
    const auto letterhead = letterheads().letterhead(ReportKind::Results);
    ASSERT_TRUE(letterhead.ok());
    EXPECT_EQ(number->text(), ed::numberLine(letterhead.value()));

    for (const QString& name : {u"letterheadButton"_s, u"previewButton"_s, u"printButton"_s,
                                u"exportPdfButton"_s, u"exportHtmlButton"_s})
        EXPECT_TRUE(button(name)->isEnabled()) << name.toStdString();
    EXPECT_TRUE(progressBar()->isHidden());
    EXPECT_TRUE(button(u"cancelButton"_s)->isHidden());
}

TEST_F(ReportsPageTest, SuggestsADatedVietnameseFileNameInTheDocumentsFolder)
{
    EXPECT_EQ(m_page->fileBaseName(ReportKind::Meetings), u"bao-cao-lich-hop-2021-02-10"_s);
    EXPECT_EQ(m_page->fileBaseName(ReportKind::Results), u"bao-cao-ket-qua-bau-cu-2021-02-10"_s);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    EXPECT_EQ(ReportOutput::lastFolder(),
              QFileInfo(documents).isDir() ? documents : QDir::homePath());
}

TEST_F(ReportsPageTest, ExportPdfOfEachReportWritesAPdfAndRemembersTheFolder)
{
    for (const ReportKind kind : ReportWording::kinds()) {
        SCOPED_TRACE(ed::reportKindCode(kind).toStdString());
        m_page->selectReport(kind);
        const QString path = outPath(m_page->fileBaseName(kind) + u".pdf"_s);
        ReportOutput::setNextSaveFileName(path);
        button(u"exportPdfButton"_s)->click();
        ASSERT_TRUE(waitUntilIdle());
        EXPECT_GT(QFileInfo(path).size(), 0);
        EXPECT_EQ(fileStart(path), "%PDF-");
        const QString status =
                onPage<QLabel>(MainWindow::Area::Reports, u"jobStatusLabel"_s)->text();
        EXPECT_TRUE(status.contains(QFileInfo(path).fileName())) << status.toStdString();
    }
    EXPECT_EQ(ReportOutput::lastFolder(), QFileInfo(outPath(u"x"_s)).absolutePath());
}

TEST_F(ReportsPageTest, ExportHtmlWritesOneWebPage)
{
    m_page->selectReport(ReportKind::Tasks);
    const QString path = outPath(u"tasks"_s); // the extension is added
    ReportOutput::setNextSaveFileName(path);
    button(u"exportHtmlButton"_s)->click();
    ASSERT_TRUE(waitUntilIdle());
    QFile file(path + u".html"_s);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(html.contains(u"<html"_s, Qt::CaseInsensitive)) << html.left(200).toStdString();
}

TEST_F(ReportsPageTest, AnExportCancelledInTheFileDialogStartsNoJob)
{
    ReportOutput::setNextSaveFileName(QString());
    button(u"exportPdfButton"_s)->click();
    EXPECT_FALSE(m_page->output().isBusy());
    EXPECT_TRUE(progressBar()->isHidden());
    EXPECT_TRUE(outFiles().isEmpty());
}

TEST_F(ReportsPageTest, CtrlPOpensThePrintDialogOnlyWhileThePageIsShown)
{
    m_window->show();
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QStringList dialogs;
    answer = [&](QDialog& dialog) {
        dialogs << QString::fromLatin1(dialog.metaObject()->className());
        return int(QDialog::Rejected);
    };
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    EXPECT_EQ(dialogs, QStringList{u"QPrintDialog"_s});
    EXPECT_FALSE(m_page->output().isBusy()); // rejected: nothing printed

    m_window->showArea(MainWindow::Area::Overview);
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    EXPECT_EQ(dialogs.size(), 1);
}

TEST_F(ReportsPageTest, PrintingToAFileThroughThePrintDialogWritesAPdf)
{
    const QString path = outPath(u"printed.pdf"_s);
    answer = [&](QDialog& dialog) {
        auto* print = qobject_cast<QPrintDialog*>(&dialog);
        EXPECT_NE(print, nullptr);
        if (!print)
            return int(QDialog::Rejected);
        EXPECT_TRUE(print->printer()->fullPage());
        EXPECT_EQ(print->printer()->docName(), m_page->fileBaseName(ReportKind::Meetings));
        print->printer()->setOutputFormat(QPrinter::PdfFormat);
        print->printer()->setOutputFileName(path);
        return int(QDialog::Accepted);
    };
    m_page->selectReport(ReportKind::Meetings);
    button(u"printButton"_s)->click();
    EXPECT_FALSE(button(u"printButton"_s)->isEnabled());
    ASSERT_TRUE(waitUntilIdle());
    EXPECT_EQ(fileStart(path), "%PDF-");
    EXPECT_TRUE(button(u"printButton"_s)->isEnabled());
}

TEST_F(ReportsPageTest, EnterOnTheListOpensThePreviewWithPageOneAndThePageCount)
{
    int pages = 0;
    QString countText;
    bool firstShown = false;
    answer = [&](QDialog& dialog) {
        auto* preview = qobject_cast<ReportPreviewDialog*>(&dialog);
        EXPECT_NE(preview, nullptr) << dialog.metaObject()->className();
        if (!preview)
            return int(QDialog::Rejected);
        preview->show();
        firstShown = QTest::qWaitFor(
                [&] { return preview->pageCount() > 0 && preview->isPageRendered(1); }, 60000);
        pages = preview->pageCount();
        countText = childOf<QLabel>(dialog, u"pageCountLabel"_s)->text();
        EXPECT_EQ(childOf<QSpinBox>(dialog, u"pageSpinBox"_s)->value(), 1);
        EXPECT_EQ(preview->currentPage(), 1);
        const QLabel* first = childOf<QLabel>(dialog, u"page1Label"_s);
        EXPECT_FALSE(first->pixmap().isNull());
        EXPECT_TRUE(childOf<QPushButton>(dialog, u"printButton"_s)->isEnabled());
        preview->reject();
        return dialog.result();
    };
    auto* list = onPage<QListWidget>(MainWindow::Area::Reports, u"reportList"_s);
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    EXPECT_TRUE(firstShown);
    EXPECT_GE(pages, 1);
    EXPECT_EQ(countText, u"of %1"_s.arg(pages));
}

// --- Long jobs --------------------------------------------------------------------------------

TEST(ReportJob, TheGuiThreadKeepsTickingWhileALongPdfIsWritten)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"long.pdf"_s);
    ReportJob job(ReportJob::writePdf(longDocument(3000), path));
    std::optional<ed::Status> status;
    QObject::connect(&job, &ReportJob::finished, &job, [&](const ed::Status& s) { status = s; });
    int ticks = 0;
    QTimer timer;
    timer.setInterval(5);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (job.isRunning())
            ++ticks;
    });
    timer.start();
    job.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return status.has_value(); }, 180000));
    ASSERT_TRUE(status->ok()) << status->error().detail.toStdString();
    EXPECT_EQ(fileStart(path), "%PDF-");
    EXPECT_GT(job.reportedPages(), 10);
    // A GUI thread doing the work itself would see one (coalesced) tick at most.
    EXPECT_GE(ticks, 3);
}

TEST(ReportJob, CancellingHalfWayEndsCancelledAndLeavesNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"long.pdf"_s);
    ReportJob job(ReportJob::writePdf(longDocument(3000), path));
    std::optional<ed::Status> status;
    QObject::connect(&job, &ReportJob::finished, &job, [&](const ed::Status& s) { status = s; });
    int progress = 0;
    QObject::connect(&job, &ReportJob::progress, &job, [&](int, int) {
        if (++progress == 1)
            job.cancel(); // after some of the work, not before it
    });
    job.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return status.has_value(); }, 180000));
    EXPECT_GE(progress, 1);
    ASSERT_FALSE(status->ok());
    EXPECT_EQ(status->error().code, ErrorCode::Cancelled);
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST(ReportJob, APrintCanBeCancelledUntilThePrinterHasPagesAndNotAfter)
{
    QTemporaryDir dir;
    for (const bool whilePainting : {false, true}) {
        SCOPED_TRACE(whilePainting ? "while painting" : "while laying out");
        const QString path = dir.filePath(whilePainting ? u"late.pdf"_s : u"early.pdf"_s);
        auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        printer->setFullPage(true);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(path);
        auto painting = std::make_shared<std::atomic_bool>(false);
        ReportJob job(ReportJob::print(longDocument(3000), printer, painting));
        std::optional<ed::Status> status;
        QObject::connect(&job, &ReportJob::finished, &job,
                         [&](const ed::Status& s) { status = s; });
        QObject::connect(&job, &ReportJob::progress, &job, [&](int, int) {
            if (painting->load() == whilePainting)
                job.cancel();
        });
        job.start();
        ASSERT_TRUE(QTest::qWaitFor([&] { return status.has_value(); }, 180000));
        if (whilePainting) {
            // Ending the painter would send the pages painted so far: the job goes on.
            EXPECT_TRUE(status->ok());
            EXPECT_EQ(fileStart(path), "%PDF-");
        } else {
            ASSERT_FALSE(status->ok());
            EXPECT_EQ(status->error().code, ErrorCode::Cancelled);
            EXPECT_FALSE(painting->load());
            EXPECT_FALSE(QFile::exists(path));
        }
    }
}

TEST(ReportJob, DestroyingARunningJobCancelsAndWaitsForItsThread)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"long.pdf"_s);
    {
        ReportJob job(ReportJob::writePdf(longDocument(3000), path));
        job.start();
        EXPECT_TRUE(job.isRunning());
    } // must neither crash nor leave the thread running
    EXPECT_FALSE(QFile::exists(path));
}

/// The demo data plus 1,500 nominations: a nominations report of dozens of pages.
class LongNominationsReportTest : public ed::test::NominationsTest
{
protected:
    void SetUp() override
    {
        NominationsTest::SetUp();
        if (HasFatalFailure())
            return;
        QByteArray csv = "nominee_kind,nominee_name,position,unit_code,nominating_agency,"
                         "award_form,achievement,received_on\n";
        for (int n = 1; n <= 1500; ++n)
            csv += "collective,Tổ bầu cử số " + QByteArray::number(n)
                   + ",,A05,Ủy ban bầu cử tỉnh Bình Phước,bang_khen_tinh,Hoàn thành sớm,"
                     "2021-02-09\n";
        const auto report = ed::services::NominationImport(*m_workspace).run(csv);
        ASSERT_TRUE(report.ok()) << report.error().detail.toStdString();
        ASSERT_EQ(report->added, 1500);
        m_window->reloadPages();
        m_window->showArea(MainWindow::Area::Reports);
        m_reports = qobject_cast<ed::gui::ReportsPage*>(m_window->page(MainWindow::Area::Reports));
        ASSERT_NE(m_reports, nullptr);
        m_reports->selectReport(ReportKind::Nominations);
    }
    QPushButton* button(const QString& name) const
    {
        return onPage<QPushButton>(MainWindow::Area::Reports, name);
    }

    ed::gui::ReportsPage* m_reports = nullptr;
};

TEST_F(LongNominationsReportTest, TheProgressBarShowsPagesAndCancelLeavesNoFile)
{
    const QString path = m_dir.filePath(u"nominations.pdf"_s);
    ReportOutput::setNextSaveFileName(path);
    button(u"exportPdfButton"_s)->click();
    auto* bar = onPage<QProgressBar>(MainWindow::Area::Reports, u"renderProgressBar"_s);
    auto* cancel = button(u"cancelButton"_s);
    EXPECT_TRUE(m_reports->output().isBusy());
    EXPECT_FALSE(bar->isHidden());
    EXPECT_FALSE(cancel->isHidden());
    for (const QString& name :
         {u"previewButton"_s, u"printButton"_s, u"exportPdfButton"_s, u"exportHtmlButton"_s})
        EXPECT_FALSE(button(name)->isEnabled()) << name.toStdString();
    // A second job cannot start while one runs.
    const ReportJob* running = m_reports->output().job();
    m_reports->exportHtml();
    EXPECT_EQ(m_reports->output().job(), running);

    EXPECT_TRUE(QTest::qWaitFor([&] { return bar->maximum() > 0; }, 60000));
    EXPECT_TRUE(bar->text().startsWith(u"Page "_s)) << bar->text().toStdString();
    cancel->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_reports->output().isBusy(); }, 120000));
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(bar->isHidden());
    EXPECT_TRUE(cancel->isHidden());
    EXPECT_TRUE(button(u"exportPdfButton"_s)->isEnabled());
    const QString status = onPage<QLabel>(MainWindow::Area::Reports, u"jobStatusLabel"_s)->text();
    EXPECT_TRUE(status.contains(u"Cancelled"_s)) << status.toStdString();
}

TEST_F(LongNominationsReportTest, ClosingTheWindowDuringAnExportCancelsIt)
{
    const QString path = m_dir.filePath(u"nominations.pdf"_s);
    ReportOutput::setNextSaveFileName(path);
    button(u"exportPdfButton"_s)->click();
    EXPECT_TRUE(m_reports->output().isBusy());
    m_window.reset(); // waits for the job's thread
    m_reports = nullptr;
    EXPECT_FALSE(QFile::exists(path));
}

// --- The preview ------------------------------------------------------------------------------

TEST(ReportPreview, MovesByPageZoomsAndRendersOnlyThePagesInView)
{
    ReportPreviewDialog preview(longDocument(3000), u"Test"_s, u"test"_s);
    preview.resize(900, 700);
    preview.show();
    preview.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&preview));
    ASSERT_TRUE(QTest::qWaitFor([&] { return preview.pageCount() > 0; }, 120000));
    ASSERT_GT(preview.pageCount(), 10);
    ASSERT_TRUE(QTest::qWaitFor([&] { return preview.isPageRendered(1); }, 30000));
    QTest::qWait(200); // let it render what it wants to
    int rendered = 0;
    for (int page = 1; page <= preview.pageCount(); ++page)
        rendered += preview.isPageRendered(page) ? 1 : 0;
    EXPECT_LT(rendered, preview.pageCount()); // lazily: not every page

    auto* spin = preview.findChild<QSpinBox*>(u"pageSpinBox"_s);
    ASSERT_NE(spin, nullptr);
    EXPECT_EQ(spin->maximum(), preview.pageCount());
    QTest::keyClick(&preview, Qt::Key_PageDown);
    EXPECT_EQ(preview.currentPage(), 2);
    EXPECT_EQ(spin->value(), 2);
    spin->setValue(7);
    EXPECT_EQ(preview.currentPage(), 7);
    EXPECT_TRUE(QTest::qWaitFor([&] { return preview.isPageRendered(7); }, 30000));
    QTest::keyClick(&preview, Qt::Key_PageUp);
    EXPECT_EQ(preview.currentPage(), 6);

    const double fitted = preview.zoom();
    QTest::keyClick(&preview, Qt::Key_Plus, Qt::ControlModifier);
    EXPECT_GT(preview.zoom(), fitted);
    QTest::keyClick(&preview, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(&preview, Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_LT(preview.zoom(), fitted);
    QTest::keyClick(&preview, Qt::Key_0, Qt::ControlModifier);
    EXPECT_NEAR(preview.zoom(), fitted, 0.02);
    preview.reject(); // cancels and waits for the renderer
}

TEST(ReportPreview, ClosingDuringTheLayoutCancelsIt)
{
    auto preview = std::make_unique<ReportPreviewDialog>(longDocument(3000), u"Test"_s, u"t"_s);
    preview->show();
    preview->reject();
    EXPECT_EQ(preview->pageCount(), 0);
    preview.reset();
}

// --- The letterhead dialog --------------------------------------------------------------------

TEST_F(ReportsPageTest, ChoosingAPartyAgencyFillsTheIssuerAndSwitchesTheLayout)
{
    const auto issuers = letterheads().issuers();
    ASSERT_TRUE(issuers.ok());
    const auto party = std::ranges::find(issuers.value(), ed::AgencyKind::Party, &ed::Agency::kind);
    ASSERT_NE(party, issuers->end()) << "the demo data has a Party body";
    const auto state = std::ranges::find(issuers.value(), ed::AgencyKind::State, &ed::Agency::kind);
    ASSERT_NE(state, issuers->end());
    editLetterhead([&](LetterheadDialog& dialog) {
        auto* issuer = childOf<QComboBox>(dialog, u"issuingBodyComboBox"_s);
        auto* layout = childOf<QComboBox>(dialog, u"layoutComboBox"_s);
        auto* parent = childOf<QLineEdit>(dialog, u"parentBodyLineEdit"_s);
        EXPECT_TRUE(issuer->isEditable());
        EXPECT_EQ(issuer->count(), issuers->size());
        issuer->setCurrentIndex(issuer->findText(party->name));
        EXPECT_EQ(issuer->currentText(), party->name.toUpper());
        EXPECT_EQ(dialog.letterhead().layout, DocumentLayout::Party);
        EXPECT_EQ(layout->currentData().toInt(), static_cast<int>(DocumentLayout::Party));
        const auto above = std::ranges::find(issuers.value(), party->parent, &ed::Agency::id);
        EXPECT_EQ(parent->text(), party->parent.isValid() && above != issuers->end()
                                          ? above->name.toUpper()
                                          : QString());
        // The formula shows the Party word.
        auto* formula = childOf<QComboBox>(dialog, u"formulaComboBox"_s);
        EXPECT_TRUE(formula->itemText(1).startsWith(u"T/M"_s))
                << formula->itemText(1).toStdString();

        issuer->setCurrentIndex(issuer->findText(state->name));
        EXPECT_EQ(dialog.letterhead().layout, DocumentLayout::State);
        EXPECT_TRUE(formula->itemText(1).startsWith(u"TM."_s));
        // The layout can still be changed by hand.
        layout->setCurrentIndex(layout->findData(static_cast<int>(DocumentLayout::Party)));
        EXPECT_EQ(dialog.letterhead().layout, DocumentLayout::Party);
        EXPECT_EQ(dialog.letterhead().issuingBody, state->name.toUpper());
        return int(QDialog::Rejected);
    });
}

TEST_F(ReportsPageTest, LettersInTheNumberDisableOkAndShowTheProblem)
{
    editLetterhead([&](LetterheadDialog& dialog) {
        auto* number = childOf<QLineEdit>(dialog, u"numberLineEdit"_s);
        auto* problem = childOf<ed::gui::ProblemLabel>(dialog, u"numberProblemLabel"_s);
        auto* preview = childOf<QLabel>(dialog, u"previewLabel"_s);
        replaceText(number, u"12a"_s);
        EXPECT_FALSE(okOf(dialog)->isEnabled());
        EXPECT_FALSE(problem->isHidden());
        EXPECT_FALSE(problem->text().isEmpty());
        EXPECT_TRUE(ed::gui::isFieldMarked(number));
        replaceText(number, u"7"_s);
        EXPECT_TRUE(okOf(dialog)->isEnabled());
        EXPECT_TRUE(problem->isHidden());
        EXPECT_FALSE(ed::gui::isFieldMarked(number));
        EXPECT_EQ(preview->text().section(u'\n', 0, 0), ed::numberLine(dialog.letterhead()));
        EXPECT_TRUE(preview->text().contains(u"07"_s));
        // Blank is allowed: the clerk writes the number by hand.
        replaceText(number, QString());
        EXPECT_TRUE(okOf(dialog)->isEnabled());
        // A required field emptied shows its own problem.
        replaceText(childOf<QLineEdit>(dialog, u"typeCodeLineEdit"_s), QString());
        EXPECT_FALSE(okOf(dialog)->isEnabled());
        EXPECT_FALSE(childOf<ed::gui::ProblemLabel>(dialog, u"typeCodeProblemLabel"_s)->isHidden());
        return int(QDialog::Rejected);
    });
}

TEST_F(ReportsPageTest, OkRemembersTheLetterheadForThePageAndTheService)
{
    m_page->selectReport(ReportKind::Results);
    editLetterhead([&](LetterheadDialog& dialog) {
        replaceText(childOf<QLineEdit>(dialog, u"numberLineEdit"_s), u"15"_s);
        replaceText(childOf<QLineEdit>(dialog, u"placeLineEdit"_s), u"Điện Biên"_s);
        replaceText(childOf<QLineEdit>(dialog, u"signerTitleLineEdit"_s), u"GIÁM ĐỐC"_s);
        replaceText(childOf<QLineEdit>(dialog, u"signerNameLineEdit"_s), u"Nguyễn Văn An"_s);
        auto* recipients = childOf<QPlainTextEdit>(dialog, u"recipientsPlainTextEdit"_s);
        recipients->setPlainText(u"- Như trên;\nUBND tỉnh (b/c)\n\n"_s);
        okOf(dialog)->click();
        return dialog.result();
    });
    const auto stored = letterheads().letterhead(ReportKind::Results);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->number, u"15"_s);
    EXPECT_EQ(stored->place, u"Điện Biên"_s);
    EXPECT_EQ(stored->signerName, u"Nguyễn Văn An"_s);
    EXPECT_EQ(stored->recipients, (QStringList{u"Như trên"_s, u"UBND tỉnh (b/c)"_s}));
    EXPECT_EQ(onPage<QLabel>(MainWindow::Area::Reports, u"numberLineLabel"_s)->text(),
              ed::numberLine(stored.value()));
    // The other reports keep their own letterheads.
    EXPECT_NE(letterheads().letterhead(ReportKind::Meetings)->number, u"15"_s);

    editLetterhead([&](LetterheadDialog& dialog) {
        EXPECT_EQ(childOf<QLineEdit>(dialog, u"numberLineEdit"_s)->text(), u"15"_s);
        EXPECT_EQ(childOf<QLineEdit>(dialog, u"placeLineEdit"_s)->text(), u"Điện Biên"_s);
        EXPECT_EQ(childOf<QPlainTextEdit>(dialog, u"recipientsPlainTextEdit"_s)->toPlainText(),
                  u"Như trên\nUBND tỉnh (b/c)"_s);
        EXPECT_EQ(dialog.letterhead(), m_page->letterhead(ReportKind::Results).value());
        return int(QDialog::Rejected);
    });
}

TEST_F(ReportsPageTest, CancelChangesNothing)
{
    m_page->selectReport(ReportKind::Nominations);
    const auto before = letterheads().letterhead(ReportKind::Nominations);
    ASSERT_TRUE(before.ok());
    const QString summary = onPage<QLabel>(MainWindow::Area::Reports, u"numberLineLabel"_s)->text();
    editLetterhead([&](LetterheadDialog& dialog) {
        replaceText(childOf<QLineEdit>(dialog, u"numberLineEdit"_s), u"99"_s);
        replaceText(childOf<QLineEdit>(dialog, u"placeLineEdit"_s), u"Hà Nội"_s);
        childOf<QCheckBox>(dialog, u"blankDateCheckBox"_s)->setChecked(true);
        return int(QDialog::Rejected);
    });
    EXPECT_EQ(letterheads().letterhead(ReportKind::Nominations).value(), before.value());
    EXPECT_EQ(m_page->letterhead(ReportKind::Nominations).value(), before.value());
    EXPECT_EQ(onPage<QLabel>(MainWindow::Area::Reports, u"numberLineLabel"_s)->text(), summary);
}

TEST_F(ReportsPageTest, RestoreProposedFillsTheFormFromTheData)
{
    const auto proposed = letterheads().proposed(ReportKind::Meetings);
    ASSERT_TRUE(proposed.ok());
    editLetterhead([&](LetterheadDialog& dialog) {
        replaceText(childOf<QLineEdit>(dialog, u"typeCodeLineEdit"_s), u"TTr"_s);
        childOf<QCheckBox>(dialog, u"blankDateCheckBox"_s)->setChecked(!proposed->date);
        childOf<QPushButton>(dialog, u"restoreProposedButton"_s)->click();
        EXPECT_EQ(dialog.letterhead(), proposed.value());
        return int(QDialog::Rejected);
    });
}

TEST_F(ReportsPageTest, ABlankDateLeavesTheDayForThePen)
{
    editLetterhead([&](LetterheadDialog& dialog) {
        auto* blank = childOf<QCheckBox>(dialog, u"blankDateCheckBox"_s);
        blank->setChecked(true);
        EXPECT_FALSE(dialog.letterhead().date.has_value());
        EXPECT_FALSE(childOf<QWidget>(dialog, u"dateEdit"_s)->isEnabled());
        EXPECT_TRUE(
                childOf<QLabel>(dialog, u"previewLabel"_s)->text().contains(u"ngày      tháng"_s));
        blank->setChecked(false);
        EXPECT_TRUE(dialog.letterhead().date.has_value());
        return int(QDialog::Rejected);
    });
}

} // namespace
