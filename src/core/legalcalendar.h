#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ed {

/// The election law a plan follows: Law 85/2015/QH13 as applied in 2021, or as amended by
/// Law 83/2025/QH15 for two-tier local government (the 2026 cycle).
enum class ElectionRegime { Law2015, Law2025 };

/// How a milestone's offsets bound the work: on one day, within a window, no later than a
/// day, or strictly before a day (its last allowed day is then the day before).
enum class MilestoneBound { OnDay, Window, NoLaterThan, StrictlyBefore };

/// A step of the legal calendar, as days counted from election day E.
struct Milestone
{
    QString code;    ///< stable key: "hiep_thuong_2"
    int firstOffset; ///< first day of the period, from E (negative before E)
    int lastOffset;  ///< last allowed day, from E; the day before for StrictlyBefore
    MilestoneBound bound = MilestoneBound::OnDay;
    bool confirmed = true; ///< false where no legal source confirmed the offset
    QString basis;         ///< the article or body that sets it: "Art. 39"

    [[nodiscard]] QDate firstDay(QDate electionDay) const
    {
        return electionDay.addDays(firstOffset);
    }
    [[nodiscard]] QDate lastDay(QDate electionDay) const { return electionDay.addDays(lastOffset); }
};

/// The milestones of a regime, in calendar order. Only offsets a source gives are listed: the
/// 2025 amendment's table names fewer steps than the 2015 law's.
[[nodiscard]] const QList<Milestone>& legalMilestones(ElectionRegime regime);

/// The milestone with `code` in `regime`, if the regime has it.
[[nodiscard]] std::optional<Milestone> findMilestone(ElectionRegime regime, const QString& code);

/// Every milestone code any regime knows, for validating stored dependencies.
[[nodiscard]] bool isKnownMilestone(const QString& code);

/// Election day must be a Sunday (Law 85/2015).
[[nodiscard]] inline bool isValidElectionDay(QDate day)
{
    return day.isValid() && day.dayOfWeek() == Qt::Sunday;
}

} // namespace ed
