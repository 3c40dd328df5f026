#include "gui/reports/reportoutput.h"

#include "gui/modal.h"
#include "gui/reports/reportjob.h"
#include "i18n/errormessages.h"
#include "logging/log.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

constexpr auto kLastFolderKey = "reports/lastFolder";

std::optional<QString>& nextSaveFileName()
{
    static std::optional<QString> answer;
    return answer;
}

} // namespace

ReportOutput::ReportOutput(QWidget* window, QProgressBar* bar, QAbstractButton* cancelButton)
    : m_window(window), m_bar(bar), m_cancelButton(cancelButton)
{
    m_bar->setVisible(false);
    m_bar->setTextVisible(true);
    m_cancelButton->setVisible(false);
    connect(m_cancelButton, &QAbstractButton::clicked, this, &ReportOutput::cancel);
}

ReportOutput::~ReportOutput()
{
    cancelAndWait();
}

bool ReportOutput::isBusy() const
{
    return m_job != nullptr;
}

ReportJob* ReportOutput::job() const
{
    return m_job.get();
}

void ReportOutput::setNextSaveFileName(const QString& path)
{
    nextSaveFileName() = path;
}

QString ReportOutput::lastFolder()
{
    const QString folder = QSettings().value(QLatin1String(kLastFolderKey)).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString ReportOutput::statusHtml(const QString& text, const QString& folder)
{
    if (folder.isEmpty())
        return text.toHtmlEscaped();
    const QString url = QUrl::fromLocalFile(folder).toString(QUrl::FullyEncoded);
    return u"%1 <a href=\"%2\">%3</a>"_s.arg(text.toHtmlEscaped(), url.toHtmlEscaped(),
                                             tr("Open folder").toHtmlEscaped());
}

std::optional<QString> ReportOutput::askFile(const QString& title,
                                             const QString& fileName,
                                             const QString& filter,
                                             const QString& suffix) const
{
    QString path;
    if (nextSaveFileName()) {
        path = *std::exchange(nextSaveFileName(), std::nullopt);
    } else {
        path = QFileDialog::getSaveFileName(m_window, title, QDir(lastFolder()).filePath(fileName),
                                            filter);
    }
    if (path.isEmpty())
        return std::nullopt;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    QSettings().setValue(QLatin1String(kLastFolderKey), QFileInfo(path).absolutePath());
    return path;
}

void ReportOutput::print(const reports::ReportDocument& document, const QString& name)
{
    if (isBusy())
        return;
    // The job keeps the printer until it has painted the last page.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setFullPage(true); // the report draws its own margins
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setDocName(name);
    QPrintDialog dialog(printer.get(), m_window);
    dialog.setObjectName(u"printDialog"_s);
    dialog.setWindowTitle(tr("Print report"));
    // Every page is printed, each turned to its own orientation: no ranges or selections.
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
    dialog.setOption(QAbstractPrintDialog::PrintSelection, false);
    dialog.setOption(QAbstractPrintDialog::PrintCurrentPage, false);
    if (modal::exec(dialog) != QDialog::Accepted)
        return;
    const bool toFile = printer->outputFormat() == QPrinter::PdfFormat;
    const QString where = toFile ? printer->outputFileName() : printer->printerName();
    m_painting = std::make_shared<std::atomic_bool>(false);
    run(std::make_unique<ReportJob>(ReportJob::print(document, printer, m_painting)),
        toFile ? Target::Pdf : Target::Printer, tr("Print report"), where);
}

void ReportOutput::exportPdf(const reports::ReportDocument& document, const QString& fileName)
{
    if (isBusy())
        return;
    const QString title = tr("Export PDF");
    m_painting.reset();
    const auto path = askFile(title, fileName, tr("PDF documents (*.pdf)"), u"pdf"_s);
    if (path)
        run(std::make_unique<ReportJob>(ReportJob::writePdf(document, *path)), Target::Pdf, title,
            *path);
}

void ReportOutput::exportHtml(const reports::ReportDocument& document, const QString& fileName)
{
    if (isBusy())
        return;
    const QString title = tr("Export HTML");
    m_painting.reset();
    const auto path = askFile(title, fileName, tr("Web pages (*.html *.htm)"), u"html"_s);
    if (path)
        run(std::make_unique<ReportJob>(ReportJob::writeHtml(document, *path)), Target::Html, title,
            *path);
}

void ReportOutput::cancel()
{
    if (!m_job || (m_painting && m_painting->load()))
        return;
    m_job->cancel();
    if (m_cancelButton)
        m_cancelButton->setEnabled(false);
    if (m_bar)
        m_bar->setFormat(tr("Cancelling…"));
}

void ReportOutput::cancelAndWait()
{
    if (m_job)
        m_job->cancelAndWait();
}

void ReportOutput::run(std::unique_ptr<ReportJob> job,
                       Target target,
                       const QString& title,
                       const QString& path)
{
    m_job = std::move(job);
    m_target = target;
    m_title = title;
    m_path = path;
    connect(m_job.get(), &ReportJob::progress, this, &ReportOutput::showProgress);
    connect(m_job.get(), &ReportJob::finished, this, &ReportOutput::jobFinished);
    m_bar->setRange(0, 0); // busy until the first page is counted
    m_bar->setValue(0);
    m_bar->setFormat(tr("Preparing…"));
    m_bar->setVisible(true);
    m_cancelButton->setEnabled(true);
    m_cancelButton->setVisible(true);
    log::gui()->info("report job started ({})", static_cast<int>(target));
    m_job->start();
    emit busyChanged(true);
}

void ReportOutput::showProgress(int done, int total)
{
    if (!m_job || m_job->isCancelRequested() || !m_bar)
        return;
    if (total <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    m_bar->setRange(0, total);
    m_bar->setValue(std::clamp(done, 0, total));
    if (m_painting && m_painting->load()) {
        // The printer has the first pages: the rest must follow (see ReportJob::print).
        m_bar->setFormat(tr("Printing page %1 of %2").arg(done).arg(total));
        if (m_cancelButton)
            m_cancelButton->setEnabled(false);
        return;
    }
    m_bar->setFormat(tr("Page %1 of %2").arg(done).arg(total));
}

void ReportOutput::jobFinished(const Status& status)
{
    // Called from the job's own signal: delete it once the signal has returned.
    const int pages = m_job ? m_job->reportedPages() : 0;
    if (m_job)
        m_job.release()->deleteLater();
    if (m_bar)
        m_bar->setVisible(false);
    if (m_cancelButton)
        m_cancelButton->setVisible(false);
    emit busyChanged(false);

    if (!status.ok()) {
        const Error& error = status.error();
        if (error.code == ErrorCode::Cancelled) {
            emit statusMessage(i18n::errorMessage(error, m_path), QString());
            return;
        }
        log::gui()->error("{} failed: code {} ({})", m_title, static_cast<int>(error.code),
                          error.detail);
        modal::tell(m_window, QMessageBox::Warning, m_title, i18n::errorMessage(error, m_path));
        return;
    }
    const QString name = QFileInfo(m_path).fileName();
    const QString folder = QFileInfo(m_path).absolutePath();
    switch (m_target) {
    case Target::Pdf:
        emit statusMessage(pages > 0 ? tr("Wrote %1 (%n page(s)).", nullptr, pages).arg(name)
                                     : tr("Wrote %1.").arg(name),
                           folder);
        return;
    case Target::Html: emit statusMessage(tr("Wrote %1.").arg(name), folder); return;
    case Target::Printer:
        emit statusMessage(
                pages > 0 ? tr("Sent %n page(s) to the printer %1.", nullptr, pages).arg(m_path)
                          : tr("Sent the report to the printer %1.").arg(m_path),
                QString());
        return;
    }
}

} // namespace ed::gui
