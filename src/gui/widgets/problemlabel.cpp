#include "gui/widgets/problemlabel.h"

#include "i18n/schedulewording.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace ed::gui {

ProblemLabel::ProblemLabel(QWidget* parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setIcon(QStyle::SP_MessageBoxWarning);
    m_text->setObjectName(u"problemTextLabel"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void ProblemLabel::setIcon(QStyle::StandardPixmap pixmap)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
}

void ProblemLabel::setMessages(const QStringList& messages)
{
    m_text->setText(messages.join(u'\n'));
    setAccessibleDescription(m_text->text());
    setVisible(!messages.isEmpty());
}

QString ProblemLabel::text() const
{
    return m_text->text();
}

QStringList problemMessages(const QList<FieldProblem>& problems, const QString& field)
{
    QStringList messages;
    for (const FieldProblem& p : problems) {
        const QString message = i18n::problemMessage(p.problem);
        if (p.field == field && !messages.contains(message))
            messages << message;
    }
    return messages;
}

} // namespace ed::gui
