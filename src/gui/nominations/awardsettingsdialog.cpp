#include "gui/nominations/awardsettingsdialog.h"

#include "core/codes.h"
#include "core/validation.h"
#include "gui/editing/fieldmarker.h"
#include "gui/widgets/problemlabel.h"
#include "gui/wording.h"
#include "i18n/nominationwording.h"
#include "i18n/resultswording.h"
#include "i18n/schedulewording.h"

#include "ui_awardsettingsdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>

#include <algorithm>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

/// The enum value of a level or kind cell; its display role holds the words.
constexpr int kValueRole = Qt::UserRole + 1;
/// A valid cell's tool tip (a coefficient's money), shown while it has no problem.
constexpr int kHintRole = Qt::UserRole + 2;

constexpr std::array kTracks{AppraisalTrack::ProvinceDecides, AppraisalTrack::ForwardPrimeMinister,
                             AppraisalTrack::ForwardHigher, AppraisalTrack::LocalDecides};
/// The limits law.md §9 sets, in kTracks order, for a track the stored data lacks.
constexpr std::array kStatutoryLimits{10, 15, 30, 10};

/// The words and values a level or kind cell chooses from.
using Choices = QList<std::pair<QString, int>>;

/// Dates as dd/MM/yyyy with a date editor; a combo box for the columns that choose a value.
class CellDelegate final : public QStyledItemDelegate
{
public:
    CellDelegate(QHash<int, Choices> choices, QObject* parent)
        : QStyledItemDelegate(parent), m_choices(std::move(choices))
    {}

    QString displayText(const QVariant& value, const QLocale& locale) const override
    {
        if (value.userType() == QMetaType::QDate)
            return value.toDate().toString(u"dd/MM/yyyy"_s);
        return QStyledItemDelegate::displayText(value, locale);
    }

    QWidget* createEditor(QWidget* parent,
                          const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        if (m_choices.contains(index.column())) {
            auto* combo = new QComboBox(parent);
            for (const auto& [text, value] : m_choices.value(index.column()))
                combo->addItem(text, value);
            return combo;
        }
        if (index.data().userType() == QMetaType::QDate) {
            auto* edit = new QDateEdit(parent);
            edit->setDisplayFormat(u"dd/MM/yyyy"_s);
            edit->setCalendarPopup(true);
            return edit;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(editor))
            combo->setCurrentIndex(combo->findData(index.data(kValueRole)));
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget* editor,
                      QAbstractItemModel* model,
                      const QModelIndex& index) const override
    {
        auto* combo = qobject_cast<QComboBox*>(editor);
        if (!combo) {
            QStyledItemDelegate::setModelData(editor, model, index);
            return;
        }
        model->setData(index, combo->currentData(), kValueRole);
        model->setData(index, combo->currentText(), Qt::DisplayRole);
    }

private:
    QHash<int, Choices> m_choices;
};

/// A cell showing `display` (a date as dd/MM/yyyy), with the enum `value` of a level or kind.
QTableWidgetItem* cell(const QVariant& display, const QVariant& value = {})
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, display);
    item->setData(kValueRole, value);
    return item;
}

QTableWidgetItem* numberItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QDate dateAt(const QTableWidget* table, int row, int column)
{
    return table->item(row, column)->data(Qt::DisplayRole).toDate();
}

QString textAt(const QTableWidget* table, int row, int column)
{
    return table->item(row, column)->text().trimmed();
}

int valueAt(const QTableWidget* table, int row, int column)
{
    return table->item(row, column)->data(kValueRole).toInt();
}

/// Đồng typed with or without grouping ("2.340.000", "2340000 đ"); nullopt when not a number.
std::optional<qint64> parseMoney(QString text)
{
    text = text.trimmed();
    if (text.endsWith(u'đ') || text.endsWith(u'd'))
        text.chop(1);
    QString digits;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digits += c;
        else if (c != u'.' && c != u',' && !c.isSpace())
            return std::nullopt;
    }
    if (digits.isEmpty() || digits.size() > 13)
        return std::nullopt;
    return digits.toLongLong();
}

/// "1,0", "0,3" or "1.5" in thousandths; nullopt for anything else or more than three
/// decimals. Both decimal signs are taken: clerks type the comma, pasted figures have a point.
std::optional<qint64> parseCoefficient(const QString& text)
{
    static const QRegularExpression pattern(u"^([0-9]{0,4})(?:[.,]([0-9]*))?$"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    const QString whole = match.captured(1);
    const QString fraction = match.captured(2);
    if (!match.hasMatch() || (whole.isEmpty() && fraction.isEmpty()) || fraction.size() > 3)
        return std::nullopt;
    return whole.toLongLong() * 1000 + fraction.leftJustified(3, u'0').toLongLong();
}

/// 300 → "0,3", 1000 → "1,0", 125 → "0,125" (with the UI language's decimal sign).
QString coefficientText(qint64 thousandths)
{
    const QLocale locale;
    QString fraction = u"%1"_s.arg(thousandths % 1000, 3, 10, QChar(u'0'));
    while (fraction.size() > 1 && fraction.endsWith(u'0'))
        fraction.chop(1);
    return locale.toString(thousandths / 1000) + locale.decimalPoint() + fraction;
}

bool coefficientLess(const AwardCoefficient& a, const AwardCoefficient& b)
{
    return std::tie(a.level, a.kind, a.effectiveFrom) < std::tie(b.level, b.kind, b.effectiveFrom);
}

QList<QTableWidgetItem*> holidayRow(const PublicHoliday& holiday)
{
    return {cell(holiday.date), new QTableWidgetItem(holiday.name)};
}

QList<QTableWidgetItem*> salaryRow(const BaseSalary& salary)
{
    return {cell(salary.effectiveFrom),
            numberItem(salary.amount > 0 ? i18n::localCount(salary.amount) : QString())};
}

QList<QTableWidgetItem*> coefficientRow(const AwardCoefficient& c)
{
    return {cell(Wording::awardLevel(c.level), static_cast<int>(c.level)),
            cell(i18n::nomineeKindName(c.kind), static_cast<int>(c.kind)), cell(c.effectiveFrom),
            numberItem(c.thousandths > 0 ? coefficientText(c.thousandths) : QString())};
}

/// The latest date of a column: where a new row starts.
QDate latest(const QTableWidget* table, int column)
{
    QDate last;
    for (int row = 0; row < table->rowCount(); ++row)
        last = std::max(last, dateAt(table, row, column));
    return last;
}

void setUpTable(QTableWidget* table, QHash<int, Choices> choices = {})
{
    table->setItemDelegate(new CellDelegate(std::move(choices), table));
    table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
}

} // namespace

struct AwardSettingsDialog::Private
{
    Ui::AwardSettingsDialog ui;
    QList<QSpinBox*> limitSpins; ///< in kTracks order

    /// Appends a row; a sorted table sorts it in once its cells are all set.
    static void append(QTableWidget* table, const QList<QTableWidgetItem*>& items)
    {
        // A half-built row is no edit to check; sorting would move it between setItem() calls.
        const QSignalBlocker blocker(table);
        const bool sorted = table->isSortingEnabled();
        table->setSortingEnabled(false);
        const int row = table->rowCount();
        table->insertRow(row);
        for (int column = 0; column < items.size(); ++column)
            table->setItem(row, column, items[column]);
        table->setSortingEnabled(sorted);
    }
    /// Wires `table` to its add and remove buttons; every edit checks the tables again.
    void connectTable(AwardSettingsDialog* q,
                      QTableWidget* table,
                      QPushButton* add,
                      QPushButton* remove,
                      const std::function<QList<QTableWidgetItem*>()>& newRow);
    /// Checks every row, marks the cells with a problem and lists them under their table.
    void validate(const AwardSettingsDialog& q) const;
};

void AwardSettingsDialog::Private::connectTable(
        AwardSettingsDialog* q,
        QTableWidget* table,
        QPushButton* add,
        QPushButton* remove,
        const std::function<QList<QTableWidgetItem*>()>& newRow)
{
    remove->setEnabled(false);
    QObject::connect(add, &QPushButton::clicked, q, [this, q, table, newRow] {
        const QList<QTableWidgetItem*> items = newRow();
        append(table, items);
        // The last cell (name, amount, coefficient) is what a new row lacks; the row may have
        // been sorted in elsewhere.
        QTableWidgetItem* edit = items.constLast();
        table->setCurrentItem(edit);
        table->editItem(edit);
        validate(*q);
    });
    QObject::connect(table, &QTableWidget::itemSelectionChanged, remove, [table, remove] {
        remove->setEnabled(!table->selectionModel()->selectedRows().isEmpty());
    });
    QObject::connect(remove, &QPushButton::clicked, q, [this, q, table] {
        QList<int> rows;
        for (const QModelIndex& index : table->selectionModel()->selectedRows())
            rows << index.row();
        std::sort(rows.rbegin(), rows.rend());
        for (const int row : rows)
            table->removeRow(row);
        validate(*q);
    });
    QObject::connect(table, &QTableWidget::itemChanged, q, [this, q] { validate(*q); });
}

void AwardSettingsDialog::Private::validate(const AwardSettingsDialog& q) const
{
    QTableWidget* holidays = ui.holidaysTable;
    QTableWidget* salaries = ui.baseSalaryTable;
    QTableWidget* coefficients = ui.coefficientTable;
    QTabWidget* tabs = ui.settingsTabs;
    // Marking and tidying the figures must not count as edits, which would validate again.
    const QSignalBlocker b1(holidays), b2(salaries), b3(coefficients);
    const QString required = i18n::problemMessage(Problem::Required);
    QHash<QTableWidgetItem*, QString> found;
    QSet<QString> seen;
    const auto once = [&](QTableWidgetItem* item, const QString& key) {
        if (seen.contains(key))
            found.insert(item, i18n::problemMessage(Problem::DuplicateEntry));
        seen.insert(key);
    };
    for (int row = 0; row < holidays->rowCount(); ++row) {
        once(holidays->item(row, 0), dateAt(holidays, row, 0).toString(Qt::ISODate));
        if (textAt(holidays, row, 1).isEmpty())
            found.insert(holidays->item(row, 1), required);
    }
    seen.clear();
    for (int row = 0; row < salaries->rowCount(); ++row) {
        once(salaries->item(row, 0), dateAt(salaries, row, 0).toString(Qt::ISODate));
        QTableWidgetItem* amount = salaries->item(row, 1);
        const std::optional<qint64> value = parseMoney(amount->text());
        if (amount->text().trimmed().isEmpty())
            found.insert(amount, required);
        else if (!value || *value <= 0)
            found.insert(amount, AwardSettingsDialog::tr("Type the amount in đồng, greater than "
                                                         "0, e.g. %1.")
                                         .arg(i18n::localCount(2340000)));
        else
            amount->setText(i18n::localCount(*value)); // "2340000" → "2.340.000"
    }
    seen.clear();
    const AwardMoneyTables money = q.moneyTables();
    for (int row = 0; row < coefficients->rowCount(); ++row) {
        const auto level = static_cast<AwardLevel>(valueAt(coefficients, row, 0));
        const auto kind = static_cast<NomineeKind>(valueAt(coefficients, row, 1));
        const QDate date = dateAt(coefficients, row, 2);
        once(coefficients->item(row, 2),
             u"%1/%2/%3"_s.arg(toCode(level), toCode(kind), date.toString(Qt::ISODate)));
        QTableWidgetItem* factor = coefficients->item(row, 3);
        const std::optional<qint64> value = parseCoefficient(factor->text());
        factor->setData(kHintRole, QString());
        if (factor->text().trimmed().isEmpty()) {
            found.insert(factor, required);
        } else if (!value || *value <= 0) {
            found.insert(
                    factor,
                    AwardSettingsDialog::tr(
                            "Type a number above 0 with at most three decimals, e.g. %1 or %2.")
                            .arg(coefficientText(1000), coefficientText(300)));
        } else {
            factor->setText(coefficientText(*value));
            // What the row pays at the base salary in force on its effective date.
            if (const auto amount = awardAmount(money, level, kind, date))
                factor->setData(kHintRole, AwardSettingsDialog::tr("Pays %1 from %2")
                                                   .arg(i18n::moneyText(*amount),
                                                        date.toString(u"dd/MM/yyyy"_s)));
        }
    }

    const QIcon warning = q.style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QSet<int> badTabs;
    for (QTableWidget* table : {holidays, salaries, coefficients}) {
        // An icon set on a date cell re-sorts the table, which may swap rows of equal dates:
        // mark the cells through a list taken first, then read the rows for the messages.
        QList<QTableWidgetItem*> items;
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column)
                items << table->item(row, column);
        }
        for (QTableWidgetItem* item : std::as_const(items)) {
            const bool bad = found.contains(item);
            item->setIcon(bad ? warning : QIcon());
            item->setToolTip(bad ? found.value(item) : item->data(kHintRole).toString());
        }
        QStringList lines;
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                if (QTableWidgetItem* item = table->item(row, column); found.contains(item))
                    lines << AwardSettingsDialog::tr("Row %1, %2: %3")
                                     .arg(row + 1)
                                     .arg(table->horizontalHeaderItem(column)->text(),
                                          found.value(item));
            }
        }
        table->parentWidget()
                ->findChild<ProblemLabel*>(table->objectName() + u"ProblemLabel"_s)
                ->setMessages(lines);
        markField(table, !lines.isEmpty(), lines.join(u' '));
        if (!lines.isEmpty())
            badTabs.insert(tabs->indexOf(table->parentWidget()));
    }
    for (int tab = 0; tab < tabs->count(); ++tab)
        tabs->setTabIcon(tab, badTabs.contains(tab) ? warning : QIcon());
    QPushButton* ok = ui.buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(found.isEmpty());
    ok->setToolTip(found.isEmpty() ? QString()
                                   : AwardSettingsDialog::tr("Correct the marked rows first."));
}

AwardSettingsDialog::AwardSettingsDialog(const QList<PublicHoliday>& holidays,
                                         const QList<AppraisalLimit>& limits,
                                         const AwardMoneyTables& money,
                                         QWidget* parent)
    : QDialog(parent), d(std::make_unique<Private>())
{
    Ui::AwardSettingsDialog& ui = d->ui;
    ui.setupUi(this);
    setObjectName(u"awardSettingsDialog"_s);
    setUpTable(ui.holidaysTable);
    d->connectTable(this, ui.holidaysTable, ui.addHolidayButton, ui.removeHolidayButton, [this] {
        const QDate last = latest(d->ui.holidaysTable, 0);
        return holidayRow({last.isValid() ? last.addDays(1) : QDate::currentDate(), {}});
    });

    for (const AppraisalTrack track : kTracks) {
        const QString code = toCode(track);
        auto* spin = findChild<QSpinBox*>(u"limitSpin_"_s + code);
        findChild<QLabel*>(u"limitLabel_"_s + code)
                ->setText(i18n::appraisalTrackName(track) + u':');
        spin->setAccessibleName(i18n::appraisalTrackName(track));
        const auto stored =
                std::find_if(limits.cbegin(), limits.cend(),
                             [track](const AppraisalLimit& l) { return l.track == track; });
        spin->setValue(stored != limits.cend() ? stored->workingDays
                                               : kStatutoryLimits[d->limitSpins.size()]);
        d->limitSpins << spin;
    }

    setUpTable(ui.baseSalaryTable);
    d->connectTable(this, ui.baseSalaryTable, ui.addBaseSalaryButton, ui.removeBaseSalaryButton,
                    [] {
                        return salaryRow({QDate::currentDate(), 0});
                    });
    Choices levels;
    for (const AwardLevel level :
         {AwardLevel::State, AwardLevel::Province, AwardLevel::DistrictOrAgency})
        levels.append({Wording::awardLevel(level), static_cast<int>(level)});
    Choices kinds;
    for (const NomineeKind kind : {NomineeKind::Collective, NomineeKind::Individual})
        kinds.append({i18n::nomineeKindName(kind), static_cast<int>(kind)});
    setUpTable(ui.coefficientTable, {{0, levels}, {1, kinds}});
    d->connectTable(this, ui.coefficientTable, ui.addCoefficientButton, ui.removeCoefficientButton,
                    [] {
                        return coefficientRow({AwardLevel::Province, NomineeKind::Individual,
                                               QDate::currentDate(), 0});
                    });

    // Holidays and salaries sort by date as they are edited; coefficients stay grouped by
    // level and kind, as they are read.
    for (const PublicHoliday& holiday : holidays)
        Private::append(d->ui.holidaysTable, holidayRow(holiday));
    for (const BaseSalary& salary : money.baseSalaries)
        Private::append(d->ui.baseSalaryTable, salaryRow(salary));
    QList<AwardCoefficient> coefficients = money.coefficients;
    std::stable_sort(coefficients.begin(), coefficients.end(), coefficientLess);
    for (const AwardCoefficient& c : coefficients)
        Private::append(d->ui.coefficientTable, coefficientRow(c));
    for (QTableWidget* table :
         {d->ui.holidaysTable, d->ui.baseSalaryTable, d->ui.coefficientTable}) {
        table->setSortingEnabled(table != d->ui.coefficientTable);
        // Room for the warning icon a cell may get, so that a marked date is not elided.
        table->resizeColumnsToContents();
        const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize) + 8;
        for (int column = 0; column + 1 < table->columnCount(); ++column)
            table->setColumnWidth(column, table->columnWidth(column) + icon);
    }
    d->validate(*this);
}

AwardSettingsDialog::~AwardSettingsDialog() = default;

QList<PublicHoliday> AwardSettingsDialog::holidays() const
{
    QList<PublicHoliday> list;
    for (int row = 0; row < d->ui.holidaysTable->rowCount(); ++row)
        list << PublicHoliday{dateAt(d->ui.holidaysTable, row, 0),
                              textAt(d->ui.holidaysTable, row, 1)};
    std::stable_sort(list.begin(), list.end(), [](const PublicHoliday& a, const PublicHoliday& b) {
        return a.date < b.date;
    });
    return list;
}

QList<AppraisalLimit> AwardSettingsDialog::limits() const
{
    QList<AppraisalLimit> list;
    for (size_t i = 0; i < kTracks.size(); ++i)
        list << AppraisalLimit{kTracks[i], d->limitSpins[static_cast<qsizetype>(i)]->value()};
    return list;
}

AwardMoneyTables AwardSettingsDialog::moneyTables() const
{
    AwardMoneyTables tables;
    for (int row = 0; row < d->ui.baseSalaryTable->rowCount(); ++row)
        tables.baseSalaries << BaseSalary{
                dateAt(d->ui.baseSalaryTable, row, 0),
                parseMoney(textAt(d->ui.baseSalaryTable, row, 1)).value_or(0)};
    std::stable_sort(tables.baseSalaries.begin(), tables.baseSalaries.end(),
                     [](const BaseSalary& a, const BaseSalary& b) {
                         return a.effectiveFrom < b.effectiveFrom;
                     });
    const QTableWidget* table = d->ui.coefficientTable;
    for (int row = 0; row < table->rowCount(); ++row)
        tables.coefficients << AwardCoefficient{
                static_cast<AwardLevel>(valueAt(table, row, 0)),
                static_cast<NomineeKind>(valueAt(table, row, 1)), dateAt(table, row, 2),
                parseCoefficient(textAt(table, row, 3)).value_or(0)};
    std::stable_sort(tables.coefficients.begin(), tables.coefficients.end(), coefficientLess);
    return tables;
}

} // namespace ed::gui
