#include "gui/results/unlockdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ed::gui {

UnlockDialog::UnlockDialog(QWidget* parent)
    : QDialog(parent), m_reason(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"unlockDialog"_s);
    setWindowTitle(tr("Unlock the official results"));
    auto* text = new QLabel(tr("The results are official. Unlocking them allows imports and "
                               "manual entry again; the reason is recorded with your name and the "
                               "time, and shown in the lock history."),
                            this);
    text->setWordWrap(true);
    auto* label = new QLabel(tr("&Reason (required):"), this);
    label->setBuddy(m_reason);
    m_reason->setObjectName(u"reasonPlainTextEdit"_s);
    m_reason->setAccessibleName(tr("Reason for unlocking"));
    m_reason->setPlaceholderText(tr("e.g. Correction of area 07's minutes after a recount, "
                                    "decided by the Ủy ban bầu cử on …"));
    m_reason->setTabChangesFocus(true);
    m_buttons->setObjectName(u"buttonBox"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    connect(m_reason, &QPlainTextEdit::textChanged, this, &UnlockDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(label);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_buttons);
    resize(520, 260);
    updateOk();
}

QString UnlockDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void UnlockDialog::accept()
{
    if (!reason().isEmpty())
        QDialog::accept();
}

void UnlockDialog::updateOk()
{
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!reason().isEmpty());
    ok->setToolTip(reason().isEmpty() ? tr("Type the reason first.") : QString());
}

} // namespace ed::gui
