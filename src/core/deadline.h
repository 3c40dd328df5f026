#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace ed {

/// How a plan words a deadline. The kind decides the last day on which the work is still on time.
enum class DeadlineKind {
    OnDate,         ///< "Ngày 06/02/2021": on that day
    NoLaterThan,    ///< "chậm nhất là ngày 22/02/2021": on or before
    StrictlyBefore, ///< "Trước ngày 04/6/2021": the day before at the latest
    Window,         ///< "từ 22 – 27/2": from one date to another, both included
    WeekOfMonth,    ///< "Tuần cuối tháng 2/2021": a week of a month
    OnRequest,      ///< "theo đề nghị": no date until someone asks
    ElectionOffset, ///< "E−105": a number of days from election day
};

/// A deadline as the plan words it, plus the fields its kind needs.
struct Deadline
{
    DeadlineKind kind = DeadlineKind::OnRequest;
    QString wording;           ///< exactly as the plan words it
    QDate date;                ///< OnDate, NoLaterThan, StrictlyBefore; the first day of a Window
    QDate endDate;             ///< the last day of a Window
    int year = 0;              ///< WeekOfMonth
    int month = 0;             ///< WeekOfMonth, 1..12
    int week = 0;              ///< WeekOfMonth: 1..5, or kLastWeek
    int offsetDays = 0;        ///< ElectionOffset: negative before election day
    bool yearInferred = false; ///< the text gave no year; it was inferred from the plan

    static constexpr int kLastWeek = -1;

    /// True when the fields the kind needs are present and consistent.
    [[nodiscard]] bool isComplete() const;

    /// The last day on which the work is on time; none for OnRequest, and none for
    /// ElectionOffset while election day is unknown.
    [[nodiscard]] std::optional<QDate> lastAllowedDate(QDate electionDay = {}) const;

    /// The first day of the period the deadline names (same as the last for single days).
    [[nodiscard]] std::optional<QDate> firstAllowedDate(QDate electionDay = {}) const;

    friend bool operator==(const Deadline&, const Deadline&) = default;
};

} // namespace ed
