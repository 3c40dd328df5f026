#include "gui/agencies/agencydialog.h"

#include "core/searchkey.h"
#include "gui/editing/fieldmarker.h"
#include "gui/widgets/foldedcompleter.h"
#include "gui/wording.h"

#include "ui_agencydialog.h"

#include <QCollator>
#include <QPushButton>
#include <QSet>
#include <QStandardItemModel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kKeyRole = Qt::UserRole + 2;

/// The ids of `root` and of every agency under it.
QSet<qint64> subtree(const QList<Agency>& directory, AgencyId root)
{
    QSet<qint64> ids;
    if (!root.isValid())
        return ids;
    ids.insert(root.raw());
    for (bool grew = true; grew;) {
        grew = false;
        for (const Agency& a : directory) {
            if (a.parent.isValid() && ids.contains(a.parent.raw()) && !ids.contains(a.id.raw())) {
                ids.insert(a.id.raw());
                grew = true;
            }
        }
    }
    return ids;
}

QString parentText(const Agency& agency)
{
    return agency.abbreviation.isEmpty() || agency.abbreviation == agency.name
                   ? agency.name
                   : u"%1 (%2)"_s.arg(agency.name, agency.abbreviation);
}

} // namespace

AgencyDialog::AgencyDialog(const QList<Agency>& directory, const Agency& agency, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AgencyDialog>()), m_original(agency),
      m_parents(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(agency.id.isValid() ? tr("Edit agency") : tr("New agency"));
    for (const AgencyLevel level :
         {AgencyLevel::Central, AgencyLevel::Province, AgencyLevel::District, AgencyLevel::Commune})
        m_ui->levelComboBox->addItem(Wording::agencyLevel(level), static_cast<int>(level));
    for (const AgencyKind kind : {AgencyKind::Party, AgencyKind::State, AgencyKind::Front,
                                  AgencyKind::ElectionBody, AgencyKind::Other})
        m_ui->kindComboBox->addItem(Wording::agencyKind(kind), static_cast<int>(kind));
    fillParents(directory);

    m_ui->nameLineEdit->setText(agency.name);
    m_ui->abbreviationLineEdit->setText(agency.abbreviation);
    m_ui->levelComboBox->setCurrentIndex(
            m_ui->levelComboBox->findData(static_cast<int>(agency.level)));
    m_ui->kindComboBox->setCurrentIndex(
            m_ui->kindComboBox->findData(static_cast<int>(agency.kind)));
    const int parentRow = agency.parent.isValid()
                                  ? m_ui->parentComboBox->findData(agency.parent.raw(), kIdRole)
                                  : 0;
    m_ui->parentComboBox->setCurrentIndex(std::max(parentRow, 0));

    resize(width(), minimumSizeHint().height());

    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &AgencyDialog::validate);
    connect(m_ui->parentComboBox, &QComboBox::editTextChanged, this, &AgencyDialog::validate);
    connect(m_ui->parentComboBox, &QComboBox::currentIndexChanged, this, &AgencyDialog::validate);
    validate();
}

AgencyDialog::~AgencyDialog() = default;

void AgencyDialog::fillParents(const QList<Agency>& directory)
{
    const QSet<qint64> excluded = subtree(directory, m_original.id);
    QList<Agency> offered;
    for (const Agency& a : directory) {
        if (!excluded.contains(a.id.raw()))
            offered << a;
    }
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    std::stable_sort(offered.begin(), offered.end(), [&](const Agency& a, const Agency& b) {
        return collator.compare(a.name, b.name) < 0;
    });
    auto* none = new QStandardItem(tr("(none: a top-level agency)"));
    none->setData(qint64(0), kIdRole);
    m_parents->appendRow(none);
    for (const Agency& a : offered) {
        auto* item = new QStandardItem(parentText(a));
        item->setData(a.id.raw(), kIdRole);
        item->setData(searchKey(a.name + u' ' + a.abbreviation), kKeyRole);
        m_parents->appendRow(item);
    }
    QComboBox* combo = m_ui->parentComboBox;
    combo->setModel(m_parents);
    combo->setCompleter(new FoldedCompleter(m_parents, kKeyRole, combo));
    combo->lineEdit()->setPlaceholderText(tr("Type part of a name; empty for a top-level agency"));
}

std::optional<AgencyId> AgencyDialog::chosenParent() const
{
    const QComboBox* combo = m_ui->parentComboBox;
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty())
        return AgencyId();
    const int current = combo->currentIndex();
    const int row = current >= 0 && combo->itemText(current) == text
                            ? current
                            : combo->findText(text, Qt::MatchFixedString);
    if (row < 0)
        return std::nullopt;
    return AgencyId(combo->itemData(row, kIdRole).toLongLong());
}

Agency AgencyDialog::agency() const
{
    Agency agency = m_original;
    agency.name = m_ui->nameLineEdit->text().trimmed();
    agency.abbreviation = m_ui->abbreviationLineEdit->text().trimmed();
    agency.level = static_cast<AgencyLevel>(m_ui->levelComboBox->currentData().toInt());
    agency.kind = static_cast<AgencyKind>(m_ui->kindComboBox->currentData().toInt());
    agency.parent = chosenParent().value_or(AgencyId());
    return agency;
}

void AgencyDialog::validate()
{
    showProblems(checkAgency(agency()));
}

void AgencyDialog::showProblems(const QList<FieldProblem>& problems)
{
    QStringList parentMessages = problemMessages(problems, u"parent"_s);
    if (!chosenParent())
        parentMessages.prepend(tr("No agency is called that: choose one from the list, or leave "
                                  "the field empty for a top-level agency."));
    const QStringList nameMessages = problemMessages(problems, u"name"_s);
    m_ui->nameProblemLabel->setMessages(nameMessages);
    markField(m_ui->nameLineEdit, !nameMessages.isEmpty(), nameMessages.join(u' '));
    m_ui->parentProblemLabel->setMessages(parentMessages);
    markField(m_ui->parentComboBox, !parentMessages.isEmpty(), parentMessages.join(u' '));
    const bool valid = problems.isEmpty() && chosenParent().has_value();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

void AgencyDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (m_save && !m_save(agency()))
        return;
    QDialog::accept();
}

} // namespace ed::gui
