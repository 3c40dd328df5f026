#include "core/legalcalendar.h"

using namespace Qt::StringLiterals;

namespace ed {

namespace {

Milestone day(const char* code, int offset, const char* basis, bool confirmed = true)
{
    return {QString::fromLatin1(code), offset,    offset,
            MilestoneBound::OnDay,     confirmed, QString::fromUtf8(basis)};
}

Milestone window(const char* code, int first, int last, const char* basis)
{
    return {QString::fromLatin1(code), first, last,
            MilestoneBound::Window,    true,  QString::fromUtf8(basis)};
}

Milestone noLaterThan(const char* code, int offset, const char* basis)
{
    return {QString::fromLatin1(code),   offset, offset,
            MilestoneBound::NoLaterThan, true,   QString::fromUtf8(basis)};
}

// Offsets from ../shared/domain/law.md §3 (2021 column), checked against the 2021 dates:
// E = Sun 23/05/2021, so E−105 = 07/02, E−65 = 19/03, E−35 = 18/04, E+10 = 02/06.
QList<Milestone> law2015()
{
    return {
            noLaterThan("election_day_announced", -115, "Law 85/2015"),
            day("election_committees_set_up", -105, "Art. 9"),
            day("hiep_thuong_1", -95, "Art. 39"),
            window("constituency_drafts_sent", -90, -85, "HĐBCQG"),
            day("constituencies_published", -80, "Art. 10"),
            day("election_boards_set_up", -70, "Art. 24; Art. 36"),
            day("hiep_thuong_2", -65, "Law 85/2015"),
            day("election_teams_set_up", -50, "Law 85/2015"),
            day("voter_lists_posted", -40, "Law 85/2015"),
            day("hiep_thuong_3", -35, "Art. 56"),
            day("hiep_thuong_3_minutes_sent", -30, "Art. 57"),
            day("na_candidates_published", -25, "", false),
            day("council_candidates_published", -20, "", false),
            day("early_voting", -2, "HĐBCQG", false),
            day("election_day", 0, "Law 85/2015"),
            noLaterThan("council_results_published", 10, "Law 85/2015"),
            noLaterThan("additional_vote_deadline", 15, "Art. 79, 80"),
            day("na_results_published", 20, "Law 85/2015"),
            {u"wrap_up"_s, 0, 29, MilestoneBound::StrictlyBefore, true, u"HĐBCQG"_s},
    };
}

// Law 83/2025/QH15 as the 2026 cycle applied it (E = Sun 15/03/2026): law.md §3 lists only
// these steps, so the others are not guessed.
QList<Milestone> law2025()
{
    return {
            noLaterThan("election_day_announced", -115, "Law 85/2015"),
            noLaterThan("election_committees_set_up", -105, "Law 83/2025"),
            window("hiep_thuong_1", -104, -95, "Law 83/2025"),
            noLaterThan("election_boards_set_up", -70, "Law 83/2025"),
            noLaterThan("election_teams_set_up", -43, "Law 83/2025"),
            window("hiep_thuong_2", -41, -40, "Law 83/2025"),
            window("hiep_thuong_3", -34, -23, "Law 83/2025"),
            day("election_day", 0, "Law 85/2015"),
    };
}

} // namespace

const QList<Milestone>& legalMilestones(ElectionRegime regime)
{
    static const QList<Milestone> old = law2015();
    static const QList<Milestone> amended = law2025();
    return regime == ElectionRegime::Law2015 ? old : amended;
}

std::optional<Milestone> findMilestone(ElectionRegime regime, const QString& code)
{
    for (const Milestone& m : legalMilestones(regime)) {
        if (m.code == code)
            return m;
    }
    return std::nullopt;
}

bool isKnownMilestone(const QString& code)
{
    return findMilestone(ElectionRegime::Law2015, code)
           || findMilestone(ElectionRegime::Law2025, code);
}

} // namespace ed
