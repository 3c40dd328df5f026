// The NominationsPage's filters, its counters per status and its decisions table.

#include "core/vnformat.h"
#include "gui/nominations/nominationspage.h"
#include "gui/nominations/nominationtablemodel.h"
#include "i18n/nominationwording.h"

#include "ui_nominationspage.h"

#include <QCollator>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

/// The counters above the queue, in their order; each also filters the queue when pressed.
enum Counter { Received, UnderAppraisal, Returned, Proposed, Approved, Rejected, Overdue, Flagged };
constexpr int kCounterCount = 8;

} // namespace

void NominationsPage::setUpFilters()
{
    QComboBox* status = m_ui->statusFilterComboBox;
    status->addItem(tr("All statuses"), -1);
    for (const NominationStatus s :
         {NominationStatus::Received, NominationStatus::UnderAppraisal, NominationStatus::Returned,
          NominationStatus::Proposed, NominationStatus::Approved, NominationStatus::Rejected})
        status->addItem(i18n::nominationStatusName(s), static_cast<int>(s));
    using Filter = QueueEligibilityFilter;
    QComboBox* eligibility = m_ui->eligibilityFilterComboBox;
    eligibility->addItem(tr("All"), static_cast<int>(Filter::All));
    eligibility->addItem(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Eligible"),
                         static_cast<int>(Filter::Eligible));
    eligibility->addItem(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                         tr("Failing a criterion"), static_cast<int>(Filter::Failing));
    eligibility->addItem(tr("Not tied to a unit"), static_cast<int>(Filter::NotTied));
    eligibility->addItem(style()->standardIcon(QStyle::SP_MessageBoxInformation), tr("Duplicates"),
                         static_cast<int>(Filter::Duplicates));
    m_ui->agencyFilterComboBox->addItem(tr("All agencies"), qint64(0));
    m_ui->awardFormFilterComboBox->addItem(tr("All award forms"), qint64(0));

    // Each change selects the rows in SQL again; the search is folded by the service.
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &NominationsPage::applyFilter);
    for (QComboBox* combo :
         {status, m_ui->agencyFilterComboBox, m_ui->awardFormFilterComboBox, eligibility})
        connect(combo, &QComboBox::currentIndexChanged, this, &NominationsPage::applyFilter);
    connect(m_ui->overdueOnlyCheckBox, &QCheckBox::toggled, this, &NominationsPage::applyFilter);
}

QueueFilter NominationsPage::filterFromWidgets() const
{
    QueueFilter filter;
    const int status = m_ui->statusFilterComboBox->currentData().toInt();
    if (status >= 0 && m_ui->statusFilterComboBox->currentIndex() > 0)
        filter.status = static_cast<NominationStatus>(status);
    filter.agency = AgencyId(m_ui->agencyFilterComboBox->currentData().toLongLong());
    filter.awardForm = AwardFormId(m_ui->awardFormFilterComboBox->currentData().toLongLong());
    filter.eligibility = static_cast<QueueEligibilityFilter>(
            m_ui->eligibilityFilterComboBox->currentData().toInt());
    filter.overdueOnly = m_ui->overdueOnlyCheckBox->isChecked();
    filter.search = m_ui->searchLineEdit->text();
    return filter;
}

void NominationsPage::applyFilter()
{
    if (!m_model->isActive())
        return; // not read yet: the first reload() reads with the filter shown
    m_model->setFilter(filterFromWidgets()); // keeps the selection
    updateCount();
    updateActions();
}

void NominationsPage::setUpCounters()
{
    static const std::array<const char16_t*, kCounterCount> names{
            u"receivedCounterButton", u"underAppraisalCounterButton", u"returnedCounterButton",
            u"proposedCounterButton", u"approvedCounterButton",       u"rejectedCounterButton",
            u"overdueCounterButton",  u"flaggedCounterButton"};
    for (int i = 0; i < kCounterCount; ++i) {
        auto* button = new QToolButton(this);
        button->setObjectName(QString::fromUtf16(names[static_cast<size_t>(i)]));
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        if (i == Overdue)
            button->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
        else if (i == Flagged)
            button->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        connect(button, &QToolButton::clicked, this, [this, i] { applyCounter(i); });
        m_ui->countersLayout->addWidget(button);
        m_counters << button;
    }
    m_ui->countersLayout->addStretch(1);
    updateCounters();
}

void NominationsPage::applyCounter(int counter)
{
    if (counter <= Rejected) {
        QComboBox* status = m_ui->statusFilterComboBox;
        status->setCurrentIndex(std::max(0, status->findData(counter)));
    } else if (counter == Overdue) {
        m_ui->overdueOnlyCheckBox->setChecked(true);
    } else {
        QComboBox* eligibility = m_ui->eligibilityFilterComboBox;
        eligibility->setCurrentIndex(
                eligibility->findData(static_cast<int>(QueueEligibilityFilter::Failing)));
    }
}

void NominationsPage::updateCounters()
{
    std::array<int, kCounterCount> counts{};
    for (size_t status = 0; status < m_queueCounters.byStatus.size(); ++status)
        counts[status] = m_queueCounters.byStatus[status];
    counts[Overdue] = m_queueCounters.overdue;
    counts[Flagged] = m_queueCounters.flagged;
    const std::array<QString, kCounterCount> texts{
            tr("%n received", nullptr, counts[Received]),
            tr("%n under appraisal", nullptr, counts[UnderAppraisal]),
            tr("%n returned for supplement", nullptr, counts[Returned]),
            tr("%n proposed", nullptr, counts[Proposed]),
            tr("%n approved", nullptr, counts[Approved]),
            tr("%n rejected", nullptr, counts[Rejected]),
            tr("%n overdue", nullptr, counts[Overdue]),
            tr("%n flagged", nullptr, counts[Flagged])};
    for (int i = 0; i < kCounterCount; ++i) {
        QToolButton* button = m_counters[i];
        button->setText(texts[static_cast<size_t>(i)]);
        button->setToolTip(i == Overdue   ? tr("Show only the overdue nominations")
                           : i == Flagged ? tr("Show only the nominations failing a criterion")
                                          : tr("Show only the nominations with this status"));
    }
}

void NominationsPage::fillFilterChoices()
{
    // Only agencies and forms that some nomination names, in Vietnamese order.
    const auto choices = take(m_queue->choices(), "load the queue's filter choices");
    if (!choices)
        return;
    QList<std::pair<qint64, QString>> agencies, forms;
    for (const Agency& agency : choices->agencies)
        agencies << std::pair(agency.id.raw(), agency.name);
    for (const AwardForm& form : choices->awardForms)
        forms << std::pair(form.id.raw(), form.usualName);
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    const auto fill = [&collator](QComboBox* combo, QList<std::pair<qint64, QString>> items) {
        std::ranges::stable_sort(items, [&collator](const auto& a, const auto& b) {
            return collator.compare(a.second, b.second) < 0;
        });
        const qint64 chosen = combo->currentData().toLongLong();
        const QSignalBlocker blocker(combo);
        while (combo->count() > 1) // the first item is "All …"
            combo->removeItem(1);
        for (const auto& [id, name] : items) {
            combo->addItem(name, id);
            combo->setItemData(combo->count() - 1, name, Qt::ToolTipRole);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    };
    fill(m_ui->agencyFilterComboBox, agencies);
    fill(m_ui->awardFormFilterComboBox, forms);
}

void NominationsPage::showDecisions(const QList<services::DecisionSummary>& decisions)
{
    QTableWidget* table = m_ui->decisionsTableWidget;
    table->setRowCount(static_cast<int>(decisions.size()));
    qint64 total = 0;
    for (int row = 0; row < decisions.size(); ++row) {
        const services::DecisionSummary& d = decisions[row];
        total += d.total;
        QString money = i18n::moneyText(d.total);
        if (d.withoutAmount > 0)
            money = tr("%1 (%n without a rate)", nullptr, d.withoutAmount).arg(money);
        const QStringList cells{d.decision.number, formatDate(d.decision.date), d.decision.signer,
                                QString::number(d.nominations), money};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setToolTip(cells[column]);
            if (column >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column, item);
        }
    }
    m_ui->decisionsTotalLabel->setText(
            tr("%n decision(s), %1 of award money in total.", nullptr, decisions.size())
                    .arg(i18n::moneyText(total)));
}

void NominationsPage::updateCount()
{
    QString text =
            tr("%1 of %n nomination(s)", nullptr, m_queueCounters.total).arg(m_model->rowCount());
    if (isRefreshing())
        text = tr("%1 — updating eligibility, duplicates and deadlines…").arg(text);
    m_ui->countLabel->setText(text);
}

} // namespace ed::gui
