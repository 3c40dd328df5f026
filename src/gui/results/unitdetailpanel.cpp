#include "gui/results/unitdetailpanel.h"

#include "gui/results/resultstext.h"
#include "gui/viewsetup.h"
#include "gui/widgets/problemlabel.h"
#include "gui/wording.h"
#include "i18n/resultswording.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

QLabel* textLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QTableWidgetItem* cell(const QString& text, bool number = true)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

/// "Yes"/"No" for a leaf; "2 of 14 areas" for an aggregate.
QString flagText(const UnitEvaluation& unit, int flagged, int leaves)
{
    if (unit.isLeaf)
        return Wording::yesNo(flagged > 0);
    if (flagged == 0)
        return Wording::yesNo(false);
    return UnitDetailPanel::tr("%1 of %n area(s)", nullptr, leaves).arg(flagged);
}

} // namespace

UnitDetailPanel::UnitDetailPanel(QWidget* parent)
    : QWidget(parent), m_title(textLabel(this, u"unitTitleLabel"_s)),
      m_explanation(textLabel(this, u"unitExplanationLabel"_s)),
      m_nearMisses(new ProblemLabel(this)), m_reportOrder(textLabel(this, u"reportOrderLabel"_s)),
      m_pending(textLabel(this, u"pendingLeavesLabel"_s)),
      m_source(textLabel(this, u"figureSourceLabel"_s)), m_ballots(new QTableWidget(this))
{
    setObjectName(u"unitDetailPanel"_s);
    m_title->setTextFormat(Qt::RichText);
    m_nearMisses->setObjectName(u"nearMissProblemLabel"_s);
    m_nearMisses->setAccessibleName(tr("Near misses"));
    m_explanation->setAccessibleName(tr("Why the unit passes or fails"));

    m_ballots->setObjectName(u"ballotsTableWidget"_s);
    m_ballots->setAccessibleName(tr("Figures per ballot"));
    m_ballots->setColumnCount(BallotColumnCount);
    m_ballots->setHorizontalHeaderLabels({tr("Ballot"), tr("Issued"), tr("Received"), tr("Valid"),
                                          tr("Invalid"), tr("Invalid %"), tr("Bầu cử thêm"),
                                          tr("Bầu cử lại")});
    m_ballots->horizontalHeaderItem(InvalidShareColumn)
            ->setToolTip(tr("Floored to two decimals; hover a cell for the exact fraction."));
    setUpRowView(m_ballots);
    m_ballots->setSelectionMode(QAbstractItemView::NoSelection);
    m_ballots->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ballots->horizontalHeader()->setStretchLastSection(true);

    auto* words = new QVBoxLayout;
    words->addWidget(m_title);
    words->addWidget(m_explanation);
    words->addWidget(m_nearMisses);
    words->addWidget(m_reportOrder);
    words->addWidget(m_pending);
    words->addWidget(m_source);
    words->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(words, 2);
    layout->addWidget(m_ballots, 3);
    showUnit(nullptr, true);
}

void UnitDetailPanel::showUnit(const UnitEvaluation* unit,
                               bool hasCriteria,
                               const std::optional<UnitMinutes>& minutes)
{
    if (!unit) {
        m_title->setText(tr("Select a unit to see why it passes or fails."));
        for (QLabel* label : {m_explanation, m_reportOrder, m_pending, m_source})
            label->clear();
        m_nearMisses->setMessages({});
        m_ballots->setRowCount(0);
        m_ballots->setEnabled(false);
        return;
    }
    m_ballots->setEnabled(true);
    const std::optional<bool> pass = ResultsText::eligiblePass(*unit, hasCriteria);
    m_title->setText(u"<b>%1 – %2</b> · %3"_s.arg(
            unit->unit.code.toHtmlEscaped(), unit->unit.name.toHtmlEscaped(),
            i18n::unitLevelName(unit->unit.level).toHtmlEscaped()));
    m_title->setToolTip(!pass ? QString() : *pass ? tr("Eligible") : tr("Not eligible"));

    // The first sentence is the verdict ("Not eligible:"); the reasons follow as a list.
    QStringList sentences;
    if (!hasCriteria)
        sentences << tr("No campaign defines measurable criteria, so nothing is decided.");
    if (unit->isLeaf && !unit->unit.figures)
        sentences << tr("The polling area has not reported: press Enter (or Enter minutes…) to "
                        "type in its counting minutes.");
    const QStringList explanation = i18n::explanation(*unit);
    for (qsizetype i = 0; i < explanation.size(); ++i) {
        const QString mark = !pass ? QString() : *pass ? u"✓ "_s : u"✗ "_s;
        sentences << (i == 0 && hasCriteria ? mark + explanation[i] : u"• "_s + explanation[i]);
    }
    m_explanation->setText(sentences.join(u'\n'));
    m_nearMisses->setMessages(i18n::nearMisses(*unit));
    const QString at = ResultsText::dateTime(unit->totals.reportedAt);
    m_reportOrder->setText(
            unit->reportRank > 0
                    ? tr("Report order among its siblings: %1 of %2 (1 = first); complete at %3.")
                              .arg(unit->reportRank)
                              .arg(unit->reportedSiblings)
                              .arg(at.isEmpty() ? tr("no time given") : at)
                    : tr("Report order among its siblings: none yet (not every polling area "
                         "below has reported)."));
    m_pending->setText(tr("Polling areas reported: %1 of %2; not yet reported: %3.")
                               .arg(unit->totals.reportedLeaves)
                               .arg(unit->totals.leaves)
                               .arg(unit->totals.leaves - unit->totals.reportedLeaves));
    m_source->setText(unit->isLeaf && unit->unit.figures
                                      && unit->unit.source == FigureSource::Manual
                              ? tr("✎ The voter figures were typed in by hand, not imported.")
                              : QString());
    m_source->setVisible(!m_source->text().isEmpty());
    fillBallots(*unit, minutes);
}

void UnitDetailPanel::fillBallots(const UnitEvaluation& unit,
                                  const std::optional<UnitMinutes>& minutes)
{
    const QList<BallotTotals>& ballots = unit.totals.ballots;
    m_ballots->setRowCount(static_cast<int>(ballots.size()));
    for (int row = 0; row < ballots.size(); ++row) {
        const BallotTotals& b = ballots[row];
        auto* name = cell(i18n::ballotName(b.ballot), false);
        if (minutes) {
            const auto stored = std::find_if(
                    minutes->ballots.cbegin(), minutes->ballots.cend(),
                    [&b](const BallotCount& count) { return count.ballot == b.ballot; });
            if (stored != minutes->ballots.cend()) {
                name->setToolTip(ResultsText::figureSource(stored->source));
                if (stored->source == FigureSource::Manual)
                    name->setText(name->text() + u" ✎"_s);
            }
        } else if (!unit.isLeaf) {
            name->setToolTip(tr("Sum over the %n polling area(s) that held this ballot.", nullptr,
                                b.leaves));
        }
        m_ballots->setItem(row, BallotNameColumn, name);
        m_ballots->setItem(row, IssuedColumn, cell(i18n::localCount(b.issued)));
        m_ballots->setItem(row, ReceivedColumn, cell(i18n::localCount(b.received)));
        m_ballots->setItem(row, ValidColumn, cell(i18n::localCount(b.valid)));
        m_ballots->setItem(row, InvalidColumn, cell(i18n::localCount(b.invalid)));
        auto* share = cell(b.received > 0 ? ResultsText::percent(b.invalid, b.received) : u"–"_s);
        share->setToolTip(b.received > 0 ? tr("%1 invalid of %2 received, floored to two decimals")
                                                   .arg(i18n::localCount(b.invalid),
                                                        i18n::localCount(b.received))
                                         : tr("No ballot received: not computable"));
        m_ballots->setItem(row, InvalidShareColumn, share);
        m_ballots->setItem(row, AdditionalColumn,
                           cell(flagText(unit, b.additionalLeaves, b.leaves), false));
        m_ballots->setItem(row, RevoteColumn,
                           cell(flagText(unit, b.revoteLeaves, b.leaves), false));
    }
}

} // namespace ed::gui
