#pragma once

// What the four report builders share: the appendix header, the words of schedule states and
// agency roles, deadline and day cells, table columns. Internal to ed_reports.

#include "core/agency.h"
#include "core/deadline.h"
#include "core/letterhead.h"
#include "core/meeting.h"
#include "core/schedule.h"
#include "reports/reportdocument.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ed::reports {

/// The warning window of the schedule reports, as the CLI uses it (the GUI's default setting).
inline constexpr int kSoonDays = 7;

[[nodiscard]] AgencyNames agencyNames(const QList<Agency>& agencies);

/// "I", "II", … "XII": appendices and groups of official tables.
[[nodiscard]] QString romanNumeral(int number);
/// "BÁO CÁO" → "Báo cáo": the first letter capital, the rest small.
[[nodiscard]] QString sentenceCase(const QString& text);
/// The issuing body as running text writes it: the name of the agency whose capitalised name
/// begins with the letterhead's ("SỞ NỘI VỤ" → "Sở Nội vụ"), else in sentence case.
[[nodiscard]] QString issuingBodyInText(const Letterhead& letterhead,
                                        const QList<Agency>& agencies);

/// The top of an appendix section: "PHỤ LỤC I" (none when `number` is 0), the title in
/// capitals, and "(Kèm theo Báo cáo số 15/BC-SNV ngày 15/06/2021 của Sở Nội vụ)" with "…"
/// for a missing number or date.
[[nodiscard]] QList<Block> appendixHeader(const Letterhead& letterhead,
                                          const QList<Agency>& agencies,
                                          int number,
                                          const QString& title);

/// The column "No." (STT), narrow and centred.
[[nodiscard]] TableColumn numberColumn();
[[nodiscard]] TableColumn textColumn(const QString& title, int weight);
[[nodiscard]] TableColumn figureColumn(const QString& title, int weight);
[[nodiscard]] TableColumn centredColumn(const QString& title, int weight);

/// A group row spanning the table: "I. BAN TỔ CHỨC TỈNH ỦY".
[[nodiscard]] TableRow groupRow(int index, const QString& title, int columns);
/// A row of `columns` cells, the given ones first and the rest empty.
[[nodiscard]] TableRow
row(QStringList cells, int columns, TableRow::Kind kind = TableRow::Kind::Data);

/// What a meeting or a task is, for the words of a state ("Held on time", "Done on time").
enum class ScheduleSubject { Meeting, Task };
/// The state in words, never a colour: "Overdue", "Due soon", "Held late", ….
[[nodiscard]] QString stateWord(ScheduleState state, ScheduleSubject subject);
/// Days to or past the last allowed day for what is still open: "12 days overdue", "3 days
/// left", "due today"; for a meeting held late, "held 2 days late"; empty otherwise.
[[nodiscard]] QString daysWord(ScheduleState state,
                               std::optional<qint64> daysLeft,
                               std::optional<qint64> daysLate = std::nullopt);
/// The deadline in the plan's words, then "Last allowed day: 03/06/2021" on its own line, or
/// "No date yet" when there is none.
[[nodiscard]] QString deadlineCell(const Deadline& deadline,
                                   const std::optional<QDate>& lastAllowed);

/// "Lead", "Staff", "Co-ordinating", "Reporting" (chủ trì, tham mưu, phối hợp, báo cáo).
[[nodiscard]] QString roleWord(AgencyRole role);
/// One line per role in the order lead, staff, co-ordinating, reporting: "Lead: A; B" (names
/// may hold commas).
[[nodiscard]] QStringList agenciesByRole(const QList<AgencyAssignment>& assignments,
                                         const AgencyNames& names);

/// How many meetings or tasks stand in each state, in the order overdue, due soon, upcoming,
/// without a date, done late, done on time, cancelled (states that occur only), and a total.
[[nodiscard]] Table stateCountTable(const QList<ScheduleState>& states,
                                    ScheduleSubject subject,
                                    const QString& countTitle);

/// "I. GENERAL SITUATION": the first heading of a report's body.
[[nodiscard]] Paragraph situationHeading();

/// The note under a schedule table: the day of the states and what "due soon" means.
[[nodiscard]] Paragraph statusNote(QDate today);

/// "As of 15/06/2021": the day the figures of a report stand at.
[[nodiscard]] QString asOf(QDate today);

} // namespace ed::reports
