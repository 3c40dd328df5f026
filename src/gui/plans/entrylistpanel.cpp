#include "gui/plans/entrylistpanel.h"

#include <QGridLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::gui {

EntryListPanel::EntryListPanel(const QString& noun,
                               const QString& addText,
                               const QString& removeText,
                               QWidget* parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_add(new QPushButton(addText, this)),
      m_remove(new QPushButton(removeText, this)), m_up(new QPushButton(tr("Move &up"), this)),
      m_down(new QPushButton(tr("Move do&wn"), this))
{
    QString capital = noun;
    capital[0] = capital[0].toUpper();
    m_list->setObjectName(noun + u"sListWidget"_s);
    m_add->setObjectName(u"add%1Button"_s.arg(capital));
    m_remove->setObjectName(u"remove%1Button"_s.arg(capital));
    m_up->setObjectName(u"move%1UpButton"_s.arg(capital));
    m_down->setObjectName(u"move%1DownButton"_s.arg(capital));
    m_add->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // elide instead
    m_list->setUniformItemSizes(true);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 0, 0, 1, 2);
    layout->addWidget(m_add, 1, 0);
    layout->addWidget(m_remove, 1, 1);
    layout->addWidget(m_up, 2, 0);
    layout->addWidget(m_down, 2, 1);

    connect(m_add, &QPushButton::clicked, this, &EntryListPanel::addRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(currentRow()); });
    connect(m_up, &QPushButton::clicked, this, [this] {
        if (currentRow() > 0)
            emit moveRequested(currentRow(), currentRow() - 1);
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0 && currentRow() + 1 < m_list->count())
            emit moveRequested(currentRow(), currentRow() + 1);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        updateButtons();
        emit currentRowChanged(row);
    });
    updateButtons();
}

void EntryListPanel::setEntries(const QStringList& lines)
{
    const int current = currentRow();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const QString& line : lines)
            (new QListWidgetItem(line, m_list))->setToolTip(line);
        m_list->setCurrentRow(std::min<int>(current, m_list->count() - 1));
    }
    updateButtons();
}

void EntryListPanel::setFlags(const QList<bool>& flagged, const QString& flagTip)
{
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int row = 0; row < m_list->count(); ++row) {
        const bool flag = row < flagged.size() && flagged.at(row);
        QListWidgetItem* item = m_list->item(row);
        item->setIcon(flag ? warning : QIcon());
        item->setToolTip(flag ? flagTip + u'\n' + item->text() : item->text());
    }
}

void EntryListPanel::setEntryText(int row, const QString& text)
{
    if (QListWidgetItem* item = m_list->item(row)) {
        item->setText(text);
        item->setToolTip(text);
    }
}

int EntryListPanel::currentRow() const
{
    return m_list->currentRow();
}

void EntryListPanel::setCurrentRow(int row)
{
    m_list->setCurrentRow(row);
    updateButtons();
}

void EntryListPanel::updateButtons()
{
    const int row = currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
}

ListProblems listProblems(const QList<FieldProblem>& all, const QString& listField, qsizetype rows)
{
    ListProblems result;
    const QString listPrefix = listField + u'[';
    for (const FieldProblem& p : all) {
        if (p.field.startsWith(listPrefix))
            result.problems << p;
    }
    for (qsizetype row = 0; row < rows; ++row) {
        const QString prefix = QStringLiteral("%1[%2].").arg(listField).arg(row);
        result.flagged << std::any_of(
                result.problems.cbegin(), result.problems.cend(),
                [&](const FieldProblem& p) { return p.field.startsWith(prefix); });
    }
    return result;
}

} // namespace ed::gui
