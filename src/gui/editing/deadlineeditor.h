#pragma once

#include "core/deadline.h"
#include "core/validation.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ed::gui {

class ProblemLabel;

/// Edits a deadline the way plans word it: a kind (on a date, no later than, strictly before, a
/// window, a week of a month, on request, days from election day) and only the fields that kind
/// needs, plus the wording "as the plan words it". The wording follows the fields until the
/// user types their own. Shared by the meeting and task dialogs.
class DeadlineEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit DeadlineEditor(QWidget* parent = nullptr);
    ~DeadlineEditor() override;

    /// With `optional`, the kind list starts with "No deadline" (optionalDeadline() is then
    /// nullopt). Off by default.
    void setOptional(bool optional);
    [[nodiscard]] bool isOptional() const { return m_optional; }

    void setDeadline(const Deadline& deadline);
    /// nullopt selects "No deadline" (only when optional).
    void setOptionalDeadline(const std::optional<Deadline>& deadline);
    /// The deadline the fields state; with "No deadline" chosen, an on-request deadline.
    [[nodiscard]] Deadline deadline() const;
    /// nullopt while "No deadline" is chosen.
    [[nodiscard]] std::optional<Deadline> optionalDeadline() const;

    /// Election day, for the "last allowed day" hint of deadlines counted from it (optional).
    void setElectionDay(QDate electionDay);
    /// The day that new dates start from (today, in the dialogs); the system date by default.
    void setReferenceDate(QDate date);

    /// The wording the fields give when the user has typed none: "No later than 22/02/2021".
    [[nodiscard]] static QString wordingFor(const Deadline& deadline);

    /// Marks the fields that `problems` name under `prefix` ("deadline." for "deadline.date")
    /// and shows each problem's words beside its field; problems of other fields are ignored.
    void showProblems(const QList<FieldProblem>& problems, const QString& prefix);

signals:
    /// Any field or the wording changed through the user or a setter.
    void changed();

private:
    static constexpr int kNoDeadline = -1;

    void buildForm();
    void kindChosen();
    void fieldsEdited();
    void updateRows();
    void updateWording();
    void updateHint();
    [[nodiscard]] int chosenKind() const;
    [[nodiscard]] QDate referenceDate() const;
    /// The deadline the fields state, wording excluded.
    [[nodiscard]] Deadline fieldsDeadline() const;

    QFormLayout* m_form = nullptr;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_date = nullptr;
    QDateEdit* m_endDate = nullptr;
    QComboBox* m_week = nullptr;
    QSpinBox* m_month = nullptr;
    QSpinBox* m_year = nullptr;
    QSpinBox* m_offset = nullptr;
    QLineEdit* m_wording = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_dateLabel = nullptr;
    ProblemLabel* m_dateProblem = nullptr;
    ProblemLabel* m_endDateProblem = nullptr;
    ProblemLabel* m_weekProblem = nullptr;
    QWidget* m_dateRow = nullptr;
    QWidget* m_endDateRow = nullptr;
    QWidget* m_weekRow = nullptr;

    bool m_optional = false;
    bool m_autoWording = true;
    bool m_yearInferred = false;
    bool m_loading = false;
    QDate m_electionDay;
    QDate m_referenceDate;
};

} // namespace ed::gui
