#include "gui/reports/reportpreviewdialog.h"

#include "gui/modal.h"
#include "gui/reports/reportjob.h"
#include "gui/reports/reportoutput.h"
#include "i18n/errormessages.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

QToolButton* toolButton(QAction* action, const QString& name, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(name);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

ReportPreviewDialog::ReportPreviewDialog(reports::ReportDocument document,
                                         const QString& title,
                                         QString fileName,
                                         QWidget* parent)
    : QDialog(parent), m_document(std::move(document)), m_fileName(std::move(fileName)),
      m_laidOut(std::make_shared<std::optional<reports::PagedReport>>()),
      m_scrollArea(new QScrollArea(this)), m_pagesWidget(new QWidget),
      m_pagesLayout(new QVBoxLayout(m_pagesWidget)), m_pageSpinBox(new QSpinBox(this)),
      m_pageCountLabel(new QLabel(this)), m_zoomLabel(new QLabel(this)),
      m_layoutProgressBar(new QProgressBar(this)), m_statusLabel(new QLabel(this)),
      m_printButton(new QPushButton(tr("&Print…"), this)),
      m_exportPdfButton(new QPushButton(tr("Export P&DF…"), this)),
      m_printAction(new QAction(tr("Print…"), this))
{
    setObjectName(u"reportPreviewDialog"_s);
    setWindowTitle(tr("Preview: %1").arg(title));
    setSizeGripEnabled(true);
    auto* layout = new QVBoxLayout(this);
    setUpToolBar(layout);

    m_scrollArea->setObjectName(u"pagesScrollArea"_s);
    m_scrollArea->setAccessibleName(tr("Pages"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setBackgroundRole(QPalette::Dark);
    m_scrollArea->setFocusPolicy(Qt::StrongFocus);
    m_pagesWidget->setObjectName(u"pagesWidget"_s);
    m_pagesLayout->setContentsMargins(kMargin, kMargin, kMargin, kMargin);
    m_pagesLayout->setSpacing(kSpacing);
    m_pagesLayout->setSizeConstraint(QLayout::SetMinAndMaxSize);
    m_scrollArea->setWidget(m_pagesWidget);
    layout->addWidget(m_scrollArea, 1);

    m_layoutProgressBar->setObjectName(u"layoutProgressBar"_s);
    m_layoutProgressBar->setRange(0, 0);
    m_layoutProgressBar->setFormat(tr("Laying out the pages…"));
    m_layoutProgressBar->setTextVisible(true);
    layout->addWidget(m_layoutProgressBar);

    auto* bottom = new QHBoxLayout;
    auto* outputBar = new QProgressBar(this);
    outputBar->setObjectName(u"outputProgressBar"_s);
    auto* cancel = new QPushButton(tr("&Cancel"), this);
    cancel->setObjectName(u"outputCancelButton"_s);
    m_statusLabel->setObjectName(u"previewStatusLabel"_s);
    m_statusLabel->setTextFormat(Qt::RichText);
    m_statusLabel->setOpenExternalLinks(true);
    m_statusLabel->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"buttonBox"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(m_statusLabel, 1);
    bottom->addWidget(outputBar, 1);
    bottom->addWidget(cancel);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    m_output = std::make_unique<ReportOutput>(this, outputBar, cancel);
    connect(m_output.get(), &ReportOutput::busyChanged, this, &ReportPreviewDialog::setBusy);
    connect(m_output.get(), &ReportOutput::statusMessage, this,
            [this](const QString& text, const QString& folder) {
                m_statusLabel->setText(ReportOutput::statusHtml(text, folder));
            });
    setUpActions();
    connect(m_scrollArea->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &ReportPreviewDialog::scrolled);

    if (const QScreen* screen = this->screen()) {
        const QSize available = screen->availableGeometry().size();
        resize(std::min(980, available.width() * 9 / 10),
               std::min(1000, available.height() * 9 / 10));
    }

    m_layoutJob = std::make_unique<ReportJob>(ReportJob::layOut(m_document, m_laidOut));
    connect(m_layoutJob.get(), &ReportJob::progress, this, [this](int done, int total) {
        if (total > 0)
            m_layoutProgressBar->setRange(0, total);
        m_layoutProgressBar->setValue(done);
        m_layoutProgressBar->setFormat(tr("Laying out page %1…").arg(done));
    });
    connect(m_layoutJob.get(), &ReportJob::finished, this, &ReportPreviewDialog::laidOut);
    m_layoutJob->start();
}

ReportPreviewDialog::~ReportPreviewDialog()
{
    if (m_layoutJob)
        m_layoutJob->cancelAndWait();
    if (m_renderJob)
        m_renderJob->cancelAndWait();
}

void ReportPreviewDialog::setUpToolBar(QVBoxLayout* layout)
{
    auto* bar = new QHBoxLayout;
    auto* zoomOut = new QAction(tr("Zoom &out"), this);
    zoomOut->setObjectName(u"zoomOutAction"_s);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, this, &ReportPreviewDialog::zoomOut);
    auto* zoomIn = new QAction(tr("Zoom &in"), this);
    zoomIn->setObjectName(u"zoomInAction"_s);
    zoomIn->setShortcuts({QKeySequence(QKeySequence::ZoomIn), QKeySequence(u"Ctrl+="_s)});
    connect(zoomIn, &QAction::triggered, this, &ReportPreviewDialog::zoomIn);
    auto* fit = new QAction(tr("Fit &width"), this);
    fit->setObjectName(u"fitWidthAction"_s);
    fit->setShortcut(QKeySequence(u"Ctrl+0"_s));
    connect(fit, &QAction::triggered, this, &ReportPreviewDialog::fitWidth);
    for (QAction* action : {zoomOut, zoomIn, fit}) {
        action->setToolTip(u"%1 (%2)"_s.arg(action->text().remove(u'&'),
                                            action->shortcut().toString(QKeySequence::NativeText)));
        addAction(action);
    }
    bar->addWidget(toolButton(zoomOut, u"zoomOutButton"_s, this));
    bar->addWidget(toolButton(zoomIn, u"zoomInButton"_s, this));
    bar->addWidget(toolButton(fit, u"fitWidthButton"_s, this));
    m_zoomLabel->setObjectName(u"zoomLabel"_s);
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(u"0000 %"_s));
    bar->addWidget(m_zoomLabel);
    bar->addSpacing(24);

    auto* pageLabel = new QLabel(tr("P&age:"), this);
    pageLabel->setBuddy(m_pageSpinBox);
    m_pageSpinBox->setObjectName(u"pageSpinBox"_s);
    m_pageSpinBox->setAccessibleName(tr("Page"));
    m_pageSpinBox->setRange(0, 0);
    m_pageSpinBox->setEnabled(false);
    connect(m_pageSpinBox, &QSpinBox::valueChanged, this, [this](int page) {
        if (!m_syncingPage)
            goToPage(page);
    });
    m_pageCountLabel->setObjectName(u"pageCountLabel"_s);
    bar->addWidget(pageLabel);
    bar->addWidget(m_pageSpinBox);
    bar->addWidget(m_pageCountLabel);
    bar->addStretch(1);

    m_printButton->setObjectName(u"printButton"_s);
    m_exportPdfButton->setObjectName(u"exportPdfButton"_s);
    bar->addWidget(m_printButton);
    bar->addWidget(m_exportPdfButton);
    layout->addLayout(bar);
}

void ReportPreviewDialog::setUpActions()
{
    auto* previous = new QAction(tr("Previous page"), this);
    previous->setObjectName(u"previousPageAction"_s);
    previous->setShortcut(QKeySequence::MoveToPreviousPage);
    connect(previous, &QAction::triggered, this, [this] { goToPage(currentPage() - 1); });
    auto* next = new QAction(tr("Next page"), this);
    next->setObjectName(u"nextPageAction"_s);
    next->setShortcut(QKeySequence::MoveToNextPage);
    connect(next, &QAction::triggered, this, [this] { goToPage(currentPage() + 1); });
    m_printAction->setObjectName(u"printAction"_s);
    m_printAction->setShortcut(QKeySequence::Print);
    addActions({previous, next, m_printAction});

    const auto print = [this] { m_output->print(m_document, m_fileName); };
    connect(m_printAction, &QAction::triggered, this, print);
    connect(m_printButton, &QPushButton::clicked, this, print);
    connect(m_exportPdfButton, &QPushButton::clicked, this,
            [this] { m_output->exportPdf(m_document, m_fileName + u".pdf"_s); });
    m_printButton->setEnabled(false); // until the layout shows there is something to print
    m_exportPdfButton->setEnabled(false);
    m_printAction->setEnabled(false);
}

void ReportPreviewDialog::done(int result)
{
    m_output->cancelAndWait();
    if (m_layoutJob)
        m_layoutJob->cancelAndWait();
    if (m_renderJob)
        m_renderJob->cancelAndWait();
    QDialog::done(result);
}

void ReportPreviewDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    if (m_fitToWidth)
        fitWidth();
    renderNext();
}

void ReportPreviewDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_fitToWidth)
        fitWidth();
    renderNext();
}

void ReportPreviewDialog::setBusy(bool busy)
{
    const bool ready = !busy && pageCount() > 0;
    m_printButton->setEnabled(ready);
    m_exportPdfButton->setEnabled(ready);
    m_printAction->setEnabled(ready);
}

} // namespace ed::gui
