#include "services/nominationimport.h"

#include "core/agency.h"
#include "core/campaign.h"
#include "core/clock.h"
#include "core/codes.h"
#include "core/csv.h"
#include "core/nomination.h"
#include "core/searchkey.h"
#include "logging/log.h"
#include "services/nominationservice.h"
#include "services/workspace.h"
#include "storage/agencyrepository.h"
#include "storage/campaignrepository.h"
#include "storage/nominationrepository.h"
#include "storage/unitrepository.h"
#include "storage/writetransaction.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace ed::services {

namespace {

// A list from one agency is a few hundred rows; the limits only stop a wrong or hostile file
// before it fills memory or holds the write lock for long.
constexpr qint64 kMaxFileBytes = qint64{50} * 1024 * 1024;
constexpr int kMaxRows = 100'000;
// How many known agencies an unknown one is answered with.
constexpr int kClosestAgencies = 3;

const QString kKind = u"nominee_kind"_s;
const QString kName = u"nominee_name"_s;
const QString kPosition = u"position"_s;
const QString kUnit = u"unit_code"_s;
const QString kAgency = u"nominating_agency"_s;
const QString kAwardForm = u"award_form"_s;
const QString kAchievement = u"achievement"_s;
const QString kReceivedOn = u"received_on"_s;
const QString kWorkplace = u"workplace"_s;

/// Levenshtein distance, two rows of the table at a time.
int editDistance(const QString& a, const QString& b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

/// The agency directory as the file may name it: by name or abbreviation, exactly or folded
/// (case and diacritics ignored), the exact spelling winning over the folded one.
class AgencyIndex
{
public:
    explicit AgencyIndex(const QList<Agency>& agencies) : m_agencies(agencies)
    {
        for (const Agency& a : agencies) {
            m_foldedNames << searchKey(a.name);
            m_foldedAbbreviations << searchKey(a.abbreviation);
        }
    }

    /// The matches of the first way of naming that finds any: one is the agency, several
    /// are ambiguous, none is unknown.
    [[nodiscard]] QList<qsizetype> find(const QString& text) const
    {
        const QString folded = searchKey(text);
        const std::function<bool(qsizetype)> ways[] = {
                [&](qsizetype i) { return m_agencies[i].name == text; },
                [&](qsizetype i) { return m_foldedNames[i] == folded; },
                [&](qsizetype i) { return m_agencies[i].abbreviation == text; },
                [&](qsizetype i) {
                    return !folded.isEmpty() && m_foldedAbbreviations[i] == folded;
                },
        };
        for (const auto& matches : ways) {
            QList<qsizetype> found;
            for (qsizetype i = 0; i < m_agencies.size(); ++i) {
                if (matches(i))
                    found << i;
            }
            if (!found.isEmpty())
                return found;
        }
        return {};
    }

    /// The names of the agencies closest to an unknown `text`: those whose folded name or
    /// abbreviation contains it (or is contained in it) first, then by edit distance.
    [[nodiscard]] QStringList closest(const QString& text) const
    {
        const QString folded = searchKey(text);
        struct Candidate
        {
            bool contained;
            int distance;
            qsizetype index;
        };
        const QString words = u' ' + folded + u' ';
        QList<Candidate> candidates;
        for (qsizetype i = 0; i < m_agencies.size(); ++i) {
            const QString& name = m_foldedNames[i];
            const QString& abbreviation = m_foldedAbbreviations[i];
            int distance = editDistance(folded, name);
            bool contained = folded.size() >= 3 && (name.contains(folded) || folded.contains(name));
            if (!abbreviation.isEmpty()) {
                distance = std::min(distance, editDistance(folded, abbreviation));
                // A short abbreviation counts only as a whole word: "tu" is in "tuyen giao".
                contained = contained || (folded.size() >= 2 && abbreviation.contains(folded))
                            || words.contains(u' ' + abbreviation + u' ');
            }
            candidates << Candidate{contained, distance, i};
        }
        std::ranges::stable_sort(candidates, [](const Candidate& a, const Candidate& b) {
            return std::pair(!a.contained, a.distance) < std::pair(!b.contained, b.distance);
        });
        QStringList names;
        for (const Candidate& c : candidates) {
            if (names.size() == kClosestAgencies)
                break;
            if (!names.contains(m_agencies[c.index].name))
                names << m_agencies[c.index].name;
        }
        return names;
    }

    [[nodiscard]] const Agency& at(qsizetype i) const { return m_agencies[i]; }

private:
    QList<Agency> m_agencies;
    QStringList m_foldedNames;
    QStringList m_foldedAbbreviations;
};

/// Everything the rows are checked against, read once.
struct Directory
{
    QList<Agency> agencies;
    QHash<QString, ElectionUnit> unitsByCode;
    QHash<QString, QStringList> unitCodesByKey; ///< folded code → codes, for a case slip
    QHash<AwardLevel, AwardForm> formsByLevel;  ///< the first campaign's form of each level
    QHash<AwardFormId, CampaignId> campaignOf;
    QStringList formCodes; ///< the import codes the campaigns offer
};

Result<Directory> readDirectory(storage::Database& database)
{
    Directory directory;
    const auto agencies = storage::AgencyRepository(database).all();
    if (!agencies)
        return agencies.error();
    directory.agencies = agencies.value();
    const auto units = storage::UnitRepository(database).all();
    if (!units)
        return units.error();
    for (const ElectionUnit& u : units.value()) {
        directory.unitsByCode.insert(u.code, u);
        directory.unitCodesByKey[searchKey(u.code)] << u.code;
    }
    const auto campaigns = storage::CampaignRepository(database).all();
    if (!campaigns)
        return campaigns.error();
    for (const Campaign& c : campaigns.value()) {
        for (const AwardForm& f : c.awardForms) {
            if (!directory.formsByLevel.contains(f.level))
                directory.formsByLevel.insert(f.level, f);
            directory.campaignOf.insert(f.id, c.id);
        }
    }
    for (AwardLevel level :
         {AwardLevel::State, AwardLevel::Province, AwardLevel::DistrictOrAgency}) {
        if (directory.formsByLevel.contains(level))
            directory.formCodes << awardFormImportCode(level);
    }
    return directory;
}

/// The keys under which a nomination counts as already there: the nominee, the agency that
/// proposes it and the award form.
QStringList repeatKeys(const Nomination& n)
{
    QStringList keys;
    for (const QString& key : nomineeKeys(n))
        keys << u"%1|%2|%3"_s.arg(key).arg(n.nominatingAgency.raw()).arg(n.awardForm.raw());
    return keys;
}

/// Keeps the first kMaxProblems in file order and counts the rest.
void capProblems(ImportReport& report)
{
    std::ranges::stable_sort(report.problems, [](const ImportProblem& a, const ImportProblem& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    report.moreProblems = std::max(0, int(report.problems.size()) - kMaxProblems);
    if (report.moreProblems > 0)
        report.problems.resize(kMaxProblems);
}

/// One file being checked: the table, where each column stands, and the problems found.
class RowReader
{
public:
    RowReader(const csv::Table& table,
              const Directory& directory,
              QDate today,
              ImportReport& report)
        : m_table(table), m_directory(directory), m_agencies(directory.agencies), m_today(today),
          m_report(report)
    {}

    /// Finds the columns; false (with a problem for each one missing) when some are.
    bool findColumns()
    {
        for (const QString& name : NominationImport::columns()) {
            const int index = m_table.column(name);
            if (index < 0)
                m_report.problems << ImportProblem{
                        m_table.headerLine,          0,  name, {}, u"missing_column"_s,
                        NominationImport::columns(), {}, {}};
            m_column.insert(name, index);
        }
        m_column.insert(kWorkplace, m_table.column(kWorkplace));
        return m_report.problems.isEmpty();
    }

    /// The row's nomination, or nullopt after adding what is wrong with it.
    std::optional<Nomination> read(qsizetype r)
    {
        const qsizetype before = m_report.problems.size();
        const int line = m_table.rowLines[r];
        Nomination n;
        n.status = NominationStatus::Received;
        const QString kind = field(r, kKind);
        if (const auto parsed = fromCode<NomineeKind>(kind.toLower()))
            n.kind = *parsed;
        else
            problem(line, kKind, kind, kind.isEmpty() ? u"required"_s : u"unknown_value"_s,
                    codeList<NomineeKind>().split(u", "_s));
        n.name = field(r, kName);
        if (n.name.isEmpty())
            problem(line, kName, {}, u"required"_s);
        n.position = field(r, kPosition);
        n.workplace = field(r, kWorkplace);
        n.achievement = field(r, kAchievement);
        readUnit(r, line, n);
        readAgency(r, line, n);
        readAwardForm(r, line, n);
        readDate(r, line, n);
        if (m_report.problems.size() > before)
            return std::nullopt;
        return n;
    }

    void problem(int line,
                 const QString& name,
                 const QString& value,
                 const QString& code,
                 const QStringList& expected = {},
                 const QString& detail = {})
    {
        const int index = m_column.value(name, -1);
        m_report.problems << ImportProblem{line, index + 1, name,   value,
                                           code, expected,  detail, {}};
    }

private:
    [[nodiscard]] QString field(qsizetype r, const QString& name) const
    {
        const int index = m_column.value(name, -1);
        return index < 0 ? QString() : normalizedText(m_table.rows[r][index].trimmed());
    }

    void readUnit(qsizetype r, int line, Nomination& n)
    {
        const QString code = field(r, kUnit);
        if (code.isEmpty())
            return; // a nominee not tied to an election unit
        const auto unit = m_directory.unitsByCode.constFind(code);
        if (unit != m_directory.unitsByCode.cend())
            n.unit = unit->id;
        else // the codes that differ only in case or marks, if any: the closed list is long
            problem(line, kUnit, code, u"unknown_unit"_s,
                    m_directory.unitCodesByKey.value(searchKey(code)));
    }

    void readAgency(qsizetype r, int line, Nomination& n)
    {
        const QString text = field(r, kAgency);
        if (text.isEmpty()) {
            problem(line, kAgency, {}, u"required"_s);
            return;
        }
        const QList<qsizetype> found = m_agencies.find(text);
        if (found.size() == 1) {
            n.nominatingAgency = m_agencies.at(found.first()).id;
        } else if (found.size() > 1) {
            QStringList names;
            for (qsizetype i : found)
                names << m_agencies.at(i).name;
            problem(line, kAgency, text, u"ambiguous_name"_s, names);
        } else {
            // Suggestions cost a pass over the directory: only for problems that are shown.
            const bool shown = m_report.problems.size() < kMaxProblems;
            problem(line, kAgency, text, u"unknown_agency"_s,
                    shown ? m_agencies.closest(text) : QStringList());
        }
    }

    void readAwardForm(qsizetype r, int line, Nomination& n)
    {
        const QString code = field(r, kAwardForm);
        const auto level = awardLevelFromImportCode(code.toLower());
        if (!level || !m_directory.formsByLevel.contains(*level)) {
            const QString why = code.isEmpty()                    ? u"required"_s
                                : m_directory.formCodes.isEmpty() ? u"no_award_form"_s
                                                                  : u"unknown_value"_s;
            problem(line, kAwardForm, code, why, m_directory.formCodes);
            return;
        }
        const AwardForm& form = m_directory.formsByLevel[*level];
        n.awardForm = form.id;
        n.campaign = m_directory.campaignOf.value(form.id);
    }

    void readDate(qsizetype r, int line, Nomination& n)
    {
        static const QRegularExpression iso(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
        const QString text = field(r, kReceivedOn);
        if (text.isEmpty()) {
            problem(line, kReceivedOn, {}, u"required"_s);
            return;
        }
        const QRegularExpressionMatch match = iso.match(text);
        const QDate date = match.hasMatch()
                                   ? QDate(match.captured(1).toInt(), match.captured(2).toInt(),
                                           match.captured(3).toInt())
                                   : QDate();
        if (!date.isValid())
            problem(line, kReceivedOn, text, u"invalid_date"_s, {}, u"YYYY-MM-DD"_s);
        else if (date > m_today)
            problem(line, kReceivedOn, text, u"date_in_future"_s, {},
                    m_today.toString(Qt::ISODate));
        else
            n.receivedOn = date;
    }

    const csv::Table& m_table;
    const Directory& m_directory;
    AgencyIndex m_agencies;
    QDate m_today;
    ImportReport& m_report;
    QHash<QString, int> m_column; ///< name → 0-based field index, -1 when absent
};

} // namespace

QStringList NominationImport::columns()
{
    return {kKind, kName, kPosition, kUnit, kAgency, kAwardForm, kAchievement, kReceivedOn};
}

Result<ImportReport> NominationImport::check(QByteArrayView file)
{
    return process(file, false);
}

Result<ImportReport> NominationImport::run(QByteArrayView file)
{
    return process(file, true);
}

Result<ImportReport> NominationImport::process(QByteArrayView file, bool write)
{
    ImportReport report;
    csv::Limits limits;
    limits.maxBytes = kMaxFileBytes;
    const csv::ParseResult parsed = csv::parse(file, limits);
    if (!parsed.ok()) {
        report.problems = importProblems(parsed.errors);
        capProblems(report);
        return report;
    }
    const csv::Table& table = parsed.table;
    report.rows = int(table.rows.size());
    if (table.rows.size() > kMaxRows) {
        // Placed on the first row over the limit, so that the user sees where to split.
        report.problems << ImportProblem{
                table.rowLines[kMaxRows],  0, {}, {}, u"too_many_rows"_s, {},
                QString::number(kMaxRows), {}};
        return report;
    }

    storage::Database& database = m_workspace.database();
    auto directory = readDirectory(database);
    if (!directory)
        return directory.error();
    RowReader reader(table, directory.value(), m_workspace.clock().today(), report);
    if (!reader.findColumns())
        return report;
    const auto stored = storage::NominationRepository(database).all();
    if (!stored)
        return stored.error();
    QSet<QString> storedKeys;
    for (const Nomination& n : stored.value()) {
        for (const QString& key : repeatKeys(n))
            storedKeys.insert(key);
    }

    QList<Nomination> toAdd;
    QHash<QString, int> lineOfKey; // the file's first line with each repeat key
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const std::optional<Nomination> n = reader.read(r);
        if (!n)
            continue;
        const int line = table.rowLines[r];
        const QStringList keys = repeatKeys(*n);
        std::optional<int> earlier;
        for (const QString& key : keys) {
            if (const auto it = lineOfKey.constFind(key); it != lineOfKey.cend() && !earlier)
                earlier = *it;
        }
        if (earlier) {
            reader.problem(line, kName, n->name, u"duplicate"_s, {}, QString::number(*earlier));
            continue;
        }
        for (const QString& key : keys)
            lineOfKey.insert(key, line);
        if (std::ranges::any_of(keys, [&](const QString& k) { return storedKeys.contains(k); }))
            ++report.unchanged;
        else
            toAdd << *n;
    }
    capProblems(report);
    if (report.refused())
        return report;
    report.added = int(toAdd.size());
    if (!write)
        return report;

    // addAll() stores every row in one transaction, so a failure leaves nothing behind.
    if (auto ids = NominationService(m_workspace).addAll(toAdd); !ids)
        return ids.error();
    report.written = true;
    log::services()->info("nominations import: {} rows, {} added, {} unchanged", report.rows,
                          report.added, report.unchanged);
    return report;
}

} // namespace ed::services
