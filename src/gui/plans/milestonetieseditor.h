#pragma once

#include "core/legalcalendar.h"
#include "core/meeting.h"
#include "core/validation.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace ed::gui {

class ProblemLabel;

/// Which steps of the legal calendar a meeting must come after (it reviews their outcome) or
/// before (it prepares them): the plan's regime's milestones with their dates for the plan's
/// election day, two tick boxes each, and the conflicts the meeting has as edited.
class MilestoneTiesEditor final : public QWidget
{
    Q_OBJECT

public:
    enum Column { MilestoneColumn, OffsetColumn, DateColumn, AfterColumn, BeforeColumn };

    explicit MilestoneTiesEditor(QWidget* parent = nullptr);
    ~MilestoneTiesEditor() override;

    void setCalendar(QDate electionDay, ElectionRegime regime);
    void setTies(const QList<MilestoneDependency>& ties);
    /// The ticked ties, in calendar order; ties to steps the regime does not list are kept.
    [[nodiscard]] QList<MilestoneDependency> ties() const;
    /// Shows the problems of the field "milestones".
    void showProblems(const QList<FieldProblem>& problems);
    /// The conflicts of the meeting as edited, one sentence each; empty hides them.
    void showConflicts(const QStringList& sentences);
    [[nodiscard]] bool hasProblems() const { return m_hasProblems; }

signals:
    void changed();

private:
    void fill();

    QLabel* m_regimeLabel;
    QTableWidget* m_table;
    ProblemLabel* m_problem;
    ProblemLabel* m_conflicts;
    QDate m_electionDay;
    ElectionRegime m_regime = ElectionRegime::Law2015;
    QList<MilestoneDependency> m_ties;
    bool m_filling = false;
    bool m_hasProblems = false;
};

} // namespace ed::gui
