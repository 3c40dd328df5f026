#pragma once

#include "core/electionunit.h"
#include "core/evaluation.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTableWidget;

namespace ed::gui {

class ProblemLabel;

/// Why the selected unit passes or fails, in words: one sentence per criterion with the exact
/// fraction, the near misses, the order in which it reported among its siblings, how many
/// polling areas are still to report, and its figures per ballot.
class UnitDetailPanel final : public QWidget
{
    Q_OBJECT

public:
    enum BallotColumn {
        BallotNameColumn,
        IssuedColumn,
        ReceivedColumn,
        ValidColumn,
        InvalidColumn,
        InvalidShareColumn,
        AdditionalColumn,
        RevoteColumn,
        BallotColumnCount
    };

    explicit UnitDetailPanel(QWidget* parent = nullptr);

    /// Shows `unit`, or a hint to select one for nullptr. `minutes` are the stored minutes of
    /// a leaf, for the source of each ballot's figures.
    void showUnit(const UnitEvaluation* unit,
                  bool hasCriteria,
                  const std::optional<UnitMinutes>& minutes = std::nullopt);

private:
    void fillBallots(const UnitEvaluation& unit, const std::optional<UnitMinutes>& minutes);

    QLabel* m_title;
    QLabel* m_explanation;
    ProblemLabel* m_nearMisses;
    QLabel* m_reportOrder;
    QLabel* m_pending;
    QLabel* m_source;
    QTableWidget* m_ballots;
};

} // namespace ed::gui
