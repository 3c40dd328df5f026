#include "gui/agencies/importproblemsdialog.h"

#include "i18n/schedulewording.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace ed::gui {

ImportProblemsDialog::ImportProblemsDialog(const QString& fileName,
                                           const QList<ImportProblem>& problems,
                                           QWidget* parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this))
{
    setObjectName(u"importProblemsDialog"_s);
    setWindowTitle(tr("Import refused"));
    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    auto* summary = new QLabel(
            tr("Nothing was imported: the file “%1” has %n problem(s). Correct the file and "
               "import it again. You can select and copy the list below.",
               nullptr, static_cast<int>(problems.size()))
                    .arg(fileName),
            this);
    summary->setObjectName(u"importSummaryLabel"_s);
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);

    // In file order, as the user reads the file; the import reports them pass by pass.
    QList<ImportProblem> sorted = problems;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ImportProblem& a, const ImportProblem& b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    QStringList lines;
    for (const ImportProblem& problem : sorted)
        lines << i18n::importProblemMessage(problem);
    m_text->setObjectName(u"importProblemsPlainTextEdit"_s);
    m_text->setAccessibleName(tr("Problems of the file"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setPlainText(lines.join(u'\n'));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"buttonBox"_s);
    QPushButton* copy = buttons->addButton(tr("&Copy the list"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyProblemsButton"_s);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(problemText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(summary, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(720, 360);
}

QString ImportProblemsDialog::problemText() const
{
    return m_text->toPlainText();
}

} // namespace ed::gui
