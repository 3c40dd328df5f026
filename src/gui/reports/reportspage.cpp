#include "gui/reports/reportspage.h"

#include "core/clock.h"
#include "gui/modal.h"
#include "gui/reports/letterheaddialog.h"
#include "gui/reports/reportoutput.h"
#include "gui/reports/reportpreviewdialog.h"
#include "gui/reports/reportwording.h"
#include "i18n/errormessages.h"
#include "logging/log.h"
#include "reports/reportbuilder.h"
#include "services/workspace.h"

#include "ui_reportspage.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

constexpr int kKindRole = Qt::UserRole + 1;

QIcon themeIcon(const QString& name, QStyle::StandardPixmap fallback, const QWidget* widget)
{
    return QIcon::fromTheme(name, widget->style()->standardIcon(fallback));
}

} // namespace

ReportsPage::ReportsPage(services::Workspace& workspace, QWidget* parent)
    : Page(parent), m_ui(std::make_unique<Ui::ReportsPage>()), m_workspace(workspace),
      m_letterheads(workspace), m_printAction(new QAction(this))
{
    m_ui->setupUi(this);
    m_output = std::make_unique<ReportOutput>(this, m_ui->renderProgressBar, m_ui->cancelButton);
    connect(m_output.get(), &ReportOutput::busyChanged, this, &ReportsPage::setBusy);
    connect(m_output.get(), &ReportOutput::statusMessage, this,
            [this](const QString& text, const QString& folder) {
                m_ui->jobStatusLabel->setText(ReportOutput::statusHtml(text, folder));
            });
    m_ui->jobStatusLabel->setOpenExternalLinks(true);

    m_ui->letterheadButton->setIcon(
            themeIcon(u"document-properties"_s, QStyle::SP_FileDialogDetailedView, this));
    m_ui->previewButton->setIcon(
            themeIcon(u"document-print-preview"_s, QStyle::SP_FileDialogContentsView, this));
    m_ui->printButton->setIcon(themeIcon(u"document-print"_s, QStyle::SP_FileIcon, this));
    m_ui->exportPdfButton->setIcon(
            themeIcon(u"document-save-as"_s, QStyle::SP_DialogSaveButton, this));
    m_ui->exportHtmlButton->setIcon(themeIcon(u"text-html"_s, QStyle::SP_DialogSaveButton, this));
    m_ui->cancelButton->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));

    // Ctrl+P: a window shortcut that holds only while this page is the one shown.
    m_printAction->setObjectName(u"printReportAction"_s);
    m_printAction->setText(tr("&Print…"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_printAction);
    m_ui->printButton->setToolTip(
            tr("Print the report (%1)")
                    .arg(m_printAction->shortcut().toString(QKeySequence::NativeText)));

    connect(m_ui->reportList, &QListWidget::currentRowChanged, this, &ReportsPage::showCurrent);
    connect(m_ui->reportList, &QListWidget::activated, this, &ReportsPage::preview);
    connect(m_ui->letterheadButton, &QPushButton::clicked, this, &ReportsPage::editLetterhead);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &ReportsPage::preview);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ReportsPage::print);
    connect(m_printAction, &QAction::triggered, this, &ReportsPage::print);
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, &ReportsPage::exportPdf);
    connect(m_ui->exportHtmlButton, &QPushButton::clicked, this, &ReportsPage::exportHtml);

    fillList();
    setBusy(false);
}

ReportsPage::~ReportsPage()
{
    m_output->cancelAndWait();
}

void ReportsPage::fillList()
{
    QListWidget* list = m_ui->reportList;
    const QIcon icon = style()->standardIcon(QStyle::SP_FileIcon);
    for (const ReportKind kind : ReportWording::kinds()) {
        auto* item = new QListWidgetItem(icon, ReportWording::name(kind), list);
        item->setData(kKindRole, static_cast<int>(kind));
        item->setToolTip(ReportWording::description(kind));
        item->setSizeHint(QSize(0, list->fontMetrics().height() * 2 + 8));
    }
    list->setCurrentRow(0);
}

ReportKind ReportsPage::currentReport() const
{
    const QListWidgetItem* item = m_ui->reportList->currentItem();
    return item ? static_cast<ReportKind>(item->data(kKindRole).toInt()) : ReportKind::Meetings;
}

void ReportsPage::selectReport(ReportKind kind)
{
    const QList<ReportKind> kinds = ReportWording::kinds();
    m_ui->reportList->setCurrentRow(static_cast<int>(kinds.indexOf(kind)));
}

Result<Letterhead> ReportsPage::letterhead(ReportKind kind) const
{
    auto remembered = m_letterheads.letterhead(kind);
    if (!remembered.ok() || !m_sessionDates.contains(kind))
        return remembered;
    Letterhead l = std::move(remembered).value();
    l.date = m_sessionDates.value(kind);
    return l;
}

QString ReportsPage::fileBaseName(ReportKind kind) const
{
    return ReportWording::fileBaseName(kind, m_workspace.clock().today());
}

void ReportsPage::reload()
{
    showCurrent();
}

void ReportsPage::showCurrent()
{
    const ReportKind kind = currentReport();
    m_ui->reportTitleLabel->setText(ReportWording::name(kind));
    m_ui->descriptionLabel->setText(ReportWording::description(kind));
    const auto l = take(letterhead(kind), "load letterhead");
    if (!l) {
        for (QLabel* label : {m_ui->issuerLabel, m_ui->numberLineLabel, m_ui->placeDateLabel,
                              m_ui->layoutLabel, m_ui->signatureLabel})
            label->clear();
        return;
    }
    m_ui->issuerLabel->setText(l->parentBody.isEmpty() ? l->issuingBody
                                                       : l->parentBody + u'\n' + l->issuingBody);
    m_ui->numberLineLabel->setText(numberLine(*l));
    m_ui->placeDateLabel->setText(placeDateLine(*l));
    m_ui->layoutLabel->setText(ReportWording::layoutName(l->layout));
    QStringList signature = signatureLines(*l);
    if (!l->signerName.isEmpty())
        signature << l->signerName;
    m_ui->signatureLabel->setText(signature.isEmpty() ? tr("(no signature block)")
                                                      : signature.join(u" · "_s));
}

void ReportsPage::setBusy(bool busy)
{
    for (QWidget* button :
         {m_ui->previewButton, m_ui->printButton, m_ui->exportPdfButton, m_ui->exportHtmlButton})
        button->setEnabled(!busy);
    m_printAction->setEnabled(!busy);
    if (busy)
        m_ui->jobStatusLabel->clear();
}

void ReportsPage::showError(const QString& title, const Error& error)
{
    log::gui()->error("{} failed: code {} ({})", title, static_cast<int>(error.code), error.detail);
    modal::tell(this, QMessageBox::Warning, title,
                i18n::errorMessage(error, m_workspace.filePath()));
}

std::optional<reports::ReportDocument> ReportsPage::buildDocument(ReportKind kind,
                                                                  const QString& title)
{
    const auto l = letterhead(kind);
    if (!l.ok()) {
        showError(title, l.error());
        return std::nullopt;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto document = reports::buildReport(kind, m_workspace, l.value());
    QApplication::restoreOverrideCursor();
    if (!document.ok()) {
        showError(title, document.error());
        return std::nullopt;
    }
    return std::move(document).value();
}

void ReportsPage::editLetterhead()
{
    const ReportKind kind = currentReport();
    const QString title = tr("Letterhead");
    const auto l = letterhead(kind);
    if (!l.ok()) {
        showError(title, l.error());
        return;
    }
    const auto issuers = m_letterheads.issuers();
    if (!issuers.ok()) {
        showError(title, issuers.error());
        return;
    }
    LetterheadDialog dialog(kind, l.value(), issuers.value(), m_workspace.clock().today(),
                            m_letterheads, this);
    if (modal::exec(dialog) != QDialog::Accepted)
        return;
    m_sessionDates.insert(kind, dialog.letterhead().date);
    log::gui()->info("letterhead of report {} remembered", reportKindCode(kind));
    showCurrent();
}

void ReportsPage::preview()
{
    if (m_output->isBusy())
        return;
    const ReportKind kind = currentReport();
    auto document = buildDocument(kind, tr("Preview"));
    if (!document)
        return;
    ReportPreviewDialog dialog(std::move(*document), ReportWording::name(kind), fileBaseName(kind),
                               this);
    modal::exec(dialog);
}

void ReportsPage::print()
{
    if (m_output->isBusy())
        return;
    const ReportKind kind = currentReport();
    if (const auto document = buildDocument(kind, tr("Print report")))
        m_output->print(*document, fileBaseName(kind));
}

void ReportsPage::exportPdf()
{
    if (m_output->isBusy())
        return;
    const ReportKind kind = currentReport();
    if (const auto document = buildDocument(kind, tr("Export PDF")))
        m_output->exportPdf(*document, fileBaseName(kind) + u".pdf"_s);
}

void ReportsPage::exportHtml()
{
    if (m_output->isBusy())
        return;
    const ReportKind kind = currentReport();
    if (const auto document = buildDocument(kind, tr("Export HTML")))
        m_output->exportHtml(*document, fileBaseName(kind) + u".html"_s);
}

} // namespace ed::gui
