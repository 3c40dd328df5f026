#include "gui/agencies/importproblemsdialog.h"

#include "gui/modal.h"
#include "i18n/schedulewording.h"
#include "logging/log.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

QPlainTextEdit* listView(QWidget* parent, const QString& name, const QString& accessibleName)
{
    auto* text = new QPlainTextEdit(parent);
    text->setObjectName(name);
    text->setAccessibleName(accessibleName);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return text;
}

/// The lines, then "… and N more" when the list was cut.
QString listText(const QStringList& lines, int more)
{
    QStringList all = lines;
    if (more > 0)
        all << ImportProblemsDialog::tr("… and %n more", nullptr, more);
    return all.join(u'\n');
}

} // namespace

ImportProblemsDialog::ImportProblemsDialog(const QString& fileName,
                                           const QList<ImportProblem>& problems,
                                           QWidget* parent)
    : QDialog(parent),
      m_text(listView(this, u"importProblemsPlainTextEdit"_s, tr("Problems of the file"))),
      m_warnings(listView(this, u"importWarningsPlainTextEdit"_s, tr("Warnings of the file")))
{
    // In file order, as the user reads the file; the import reports them pass by pass.
    QList<ImportProblem> sorted = problems;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ImportProblem& a, const ImportProblem& b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    ImportFindings findings;
    for (const ImportProblem& problem : sorted)
        findings.problems << i18n::importProblemMessage(problem);
    setUp(fileName, findings, false);
}

ImportProblemsDialog::ImportProblemsDialog(const QString& fileName,
                                           const ImportFindings& findings,
                                           QWidget* parent)
    : QDialog(parent),
      m_text(listView(this, u"importProblemsPlainTextEdit"_s, tr("Problems of the file"))),
      m_warnings(listView(this, u"importWarningsPlainTextEdit"_s, tr("Warnings of the file")))
{
    setUp(fileName, findings, true);
}

void ImportProblemsDialog::setUp(const QString& fileName,
                                 const ImportFindings& findings,
                                 bool preview)
{
    const bool refused = !findings.problems.isEmpty() || findings.moreProblems > 0;
    const bool warned = !findings.warnings.isEmpty() || findings.moreWarnings > 0;
    m_offersImport = preview && !refused;
    setObjectName(u"importProblemsDialog"_s);
    setWindowTitle(refused ? tr("Import refused") : tr("Import preview"));

    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    const QStyle::StandardPixmap pixmap =
            refused || warned ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxQuestion;
    icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    const int problemCount = static_cast<int>(findings.problems.size()) + findings.moreProblems;
    const int warningCount = static_cast<int>(findings.warnings.size()) + findings.moreWarnings;
    QString summaryText;
    if (refused && !preview) {
        summaryText = tr("Nothing was imported: the file “%1” has %n problem(s). Correct the file "
                         "and import it again. You can select and copy the list below.",
                         nullptr, problemCount)
                              .arg(fileName);
    } else if (refused) {
        summaryText = tr("Nothing can be imported: the file “%1” has %n problem(s), and a file "
                         "with any problem is refused whole. Correct the file and import it "
                         "again. You can select and copy the list below.",
                         nullptr, problemCount)
                              .arg(fileName);
    } else {
        summaryText = tr("The file “%1” has no problem. Importing it changes: %2.")
                              .arg(fileName, findings.changes);
        if (warned)
            summaryText += u"\n\n"_s
                           + tr("It has %n warning(s): the figures are possible but must be "
                                "explained. Import only if you have checked them.",
                                nullptr, warningCount);
        summaryText += u"\n\n"_s
                       + tr("An import cannot be undone with Edit ▸ Undo, and the edits made "
                            "before it can no longer be undone either.");
    }
    auto* summary = new QLabel(summaryText, this);
    summary->setObjectName(u"importSummaryLabel"_s);
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);

    m_text->setPlainText(listText(findings.problems, findings.moreProblems));
    m_warnings->setPlainText(listText(findings.warnings, findings.moreWarnings));

    auto* buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"buttonBox"_s);
    if (m_offersImport) {
        QPushButton* import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
        import->setObjectName(u"importButton"_s);
        buttons->addButton(QDialogButtonBox::Cancel);
        import->setDefault(!warned); // with warnings, Enter alone does not confirm them
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    QPushButton* copy = buttons->addButton(tr("&Copy the list"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyProblemsButton"_s);
    copy->setEnabled(refused || warned);
    connect(copy, &QPushButton::clicked, this, [this] {
        const QString warnings = warningText();
        QApplication::clipboard()->setText(
                warnings.isEmpty()
                        ? problemText()
                        : (problemText().isEmpty() ? warnings : problemText() + u'\n' + warnings));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(summary, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    if (refused) {
        if (preview) {
            auto* label = new QLabel(tr("Problems (%1):").arg(problemCount), this);
            label->setBuddy(m_text);
            layout->addWidget(label);
        }
        layout->addWidget(m_text, 2);
    } else {
        m_text->hide();
    }
    if (preview && warned) {
        auto* label = new QLabel(tr("Warnings (%1):").arg(warningCount), this);
        label->setBuddy(m_warnings);
        layout->addWidget(label);
        layout->addWidget(m_warnings, 1);
    } else {
        m_warnings->hide();
    }
    if (!refused && !warned)
        layout->addStretch(1);
    layout->addWidget(buttons);
    resize(760, refused || warned ? 420 : 220);
}

QString ImportProblemsDialog::problemText() const
{
    return m_text->toPlainText();
}

QString ImportProblemsDialog::warningText() const
{
    return m_warnings->isHidden() ? QString() : m_warnings->toPlainText();
}

std::optional<QByteArray> readImportFile(QWidget* parent, const QString& title, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        modal::tell(parent, QMessageBox::Warning, title,
                    ImportProblemsDialog::tr("The file “%1” cannot be read: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<services::ImportReport>
previewAndImport(QWidget* parent,
                 const QString& title,
                 const QString& fileName,
                 const ImportPass& check,
                 const ImportPass& run,
                 const std::function<ImportFindings(const services::ImportReport&)>& findings,
                 const std::function<void(const Error&)>& showError)
{
    const Result<services::ImportReport> checked = check();
    if (!checked) {
        showError(checked.error());
        return std::nullopt;
    }
    log::gui()->info("import checked: {} rows, {} problems, {} warnings", checked->rows,
                     checked->problems.size() + checked->moreProblems,
                     checked->warnings.size() + checked->moreWarnings);
    ImportProblemsDialog preview(fileName, findings(*checked), parent);
    preview.setWindowTitle(title + u" – "_s + preview.windowTitle());
    if (modal::exec(preview) != QDialog::Accepted || !preview.offersImport())
        return std::nullopt;

    const Result<services::ImportReport> report = run();
    if (!report) {
        showError(report.error());
        return std::nullopt;
    }
    if (report->refused()) {
        ImportProblemsDialog problems(fileName, findings(*report), parent);
        modal::exec(problems);
        return std::nullopt;
    }
    log::gui()->info("imported: {} added, {} updated, {} unchanged", report->added, report->updated,
                     report->unchanged);
    return report.value();
}

} // namespace ed::gui
