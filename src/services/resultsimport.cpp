#include "services/resultsimport.h"

#include "core/searchkey.h"
#include "logging/log.h"
#include "services/resultsimportrows.h"
#include "services/workspace.h"
#include "storage/unitrepository.h"
#include "storage/writetransaction.h"

#include <QElapsedTimer>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace ed::services {

namespace detail {

int ImportRows::column(const QString& name) const
{
    for (const auto& [columnName, index] : columns) {
        if (columnName == name)
            return index;
    }
    return -1;
}

QStringView ImportRows::text(qsizetype row, const QString& name, QString& scratch) const
{
    const QStringView raw = table.field(row, column(name)).trimmed();
    if (std::all_of(raw.begin(), raw.end(), [](QChar c) { return c.unicode() < 0x80; }))
        return raw;
    scratch = normalizedText(raw.toString());
    return scratch;
}

QString ImportRows::field(qsizetype row, const QString& name) const
{
    QString scratch;
    const QStringView view = text(row, name, scratch);
    return scratch.isNull() ? view.toString() : scratch; // ASCII left the scratch untouched
}

void ImportRows::add(Rule rule,
                     int line,
                     const QString& name,
                     const QString& value,
                     const QStringList& expected,
                     const QString& detail)
{
    const int col = column(name) + 1; // 0 when the file has no such column
    ImportProblem problem{line, col, name, value, ruleKey(rule), expected, detail, ruleId(rule)};
    if (severity(rule) == Severity::Error)
        report.problems << problem;
    else
        report.warnings << problem;
}

std::optional<qint64> ImportRows::count(qsizetype row, const QString& name, bool required)
{
    QString scratch;
    const QStringView value = text(row, name, scratch);
    if (value.isEmpty()) {
        if (required)
            add(Rule::Required, line(row), name, {});
        return std::nullopt;
    }
    bool tooLarge = false;
    const std::optional<qint64> parsed = parseCount(value, &tooLarge);
    if (!parsed)
        add(tooLarge ? Rule::NumberTooLarge : Rule::NotWholeNumber, line(row), name,
            value.toString(), {}, QString::number(kMaxCount));
    return parsed;
}

void ImportRows::addFindings(const QList<Finding>& findings, int line)
{
    for (const Finding& f : findings)
        add(f.rule, line, f.field, QString::number(f.value), {}, QString::number(f.limit));
}

} // namespace detail

namespace {

/// The parse errors of the file under the catalogue's ids: E01 the file cannot be read as text,
/// E04 a row has the wrong number of fields, E02 any other fault of the CSV itself.
QList<ImportProblem> parseProblems(const QList<csv::ParseError>& errors)
{
    QList<ImportProblem> problems = importProblems(errors);
    for (ImportProblem& p : problems) {
        Rule rule = Rule::MalformedCsv;
        if (p.code == u"empty_file"_s || p.code == u"not_utf8"_s || p.code == u"file_too_large"_s)
            rule = Rule::UnreadableFile;
        else if (p.code == u"field_count"_s)
            rule = Rule::FieldCount;
        p.rule = ruleId(rule);
    }
    return problems;
}

/// Keeps the first kMaxProblems of each list, in file order, and counts the rest.
void capProblems(QList<ImportProblem>& list, int& more)
{
    std::stable_sort(list.begin(), list.end(), [](const ImportProblem& a, const ImportProblem& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    more = std::max(0, int(list.size()) - kMaxProblems);
    if (more > 0)
        list.resize(kMaxProblems);
}

} // namespace

QStringList ResultsImport::columns(ResultsFile kind)
{
    if (kind == ResultsFile::Units)
        return {u"code"_s,
                u"name"_s,
                u"parent_code"_s,
                u"level"_s,
                u"registered_voters"_s,
                u"voters_voted"_s,
                u"law_study_participants"_s,
                u"reported_at"_s};
    return {u"unit_code"_s,     u"ballot"_s,          u"ballots_issued"_s, u"ballots_received"_s,
            u"valid_ballots"_s, u"invalid_ballots"_s, u"revote"_s,         u"additional_vote"_s};
}

Result<ResultsImportReport> ResultsImport::check(QByteArrayView file)
{
    return process(file, false);
}

Result<ResultsImportReport> ResultsImport::run(QByteArrayView file)
{
    return process(file, true);
}

Result<ResultsImportReport> ResultsImport::process(QByteArrayView file, bool write)
{
    ResultsImportReport report;
    QElapsedTimer timer; // the phases go to the log: what a slow import spent its time on
    timer.start();
    const csv::CompactParseResult parsed = csv::parseCompact(file);
    const qint64 parsedMs = timer.restart();
    if (!parsed.ok()) {
        report.problems = parseProblems(parsed.errors);
        capProblems(report.problems, report.moreProblems);
        return report;
    }
    detail::ImportRows rows(parsed.table, report);
    report.rows = int(parsed.table.rowCount());
    for (const QString& name : columns(m_kind)) {
        const int index = parsed.table.column(name);
        if (index < 0)
            report.problems << ImportProblem{parsed.table.headerLine,
                                             0,
                                             name,
                                             {},
                                             ruleKey(Rule::MissingColumn),
                                             columns(m_kind),
                                             {},
                                             ruleId(Rule::MissingColumn)};
        else
            rows.columns.append({name, index});
    }
    if (!report.problems.isEmpty())
        return report;

    storage::Database& database = m_workspace.database();
    std::optional<storage::WriteTransaction> transaction; // a preview only reads
    storage::BallotResultRepository results(database);
    QStringList pausedTriggers;
    if (write) {
        transaction.emplace(database);
        // Checked first so that the user reads why; the triggers refuse it in any case.
        const auto lock = results.lockState();
        if (!lock)
            return lock.error();
        if (lock.value().isLocked())
            return Error{ErrorCode::Locked, u"import refused: results are official"_s};
        // The lock is open and this transaction keeps it so: the per-row lock checks can rest.
        const auto paused = results.suspendInsertLockTriggers();
        if (!paused)
            return paused.error();
        pausedTriggers = paused.value();
    }
    const Status status = m_kind == ResultsFile::Units
                                  ? detail::importUnits(database, rows, write)
                                  : detail::importBallots(database, rows, write);
    if (!status)
        return status.error();
    const qint64 importedMs = timer.restart();
    capProblems(report.problems, report.moreProblems);
    capProblems(report.warnings, report.moreWarnings);
    if (!write || report.refused())
        return report; // the guard rolls back: nothing of a refused file stays
    if (auto s = results.restoreTriggers(pausedTriggers); !s)
        return s.error();
    if (auto s = transaction->commit(); !s)
        return s.error();
    report.written = true;
    log::services()->info("{} import: {} rows, {} added, {} updated, {} unchanged, {} warnings; "
                          "{} ms parsing, {} ms checking and writing, {} ms committing",
                          m_kind == ResultsFile::Units ? "units" : "results", report.rows,
                          report.added, report.updated, report.unchanged,
                          report.warnings.size() + report.moreWarnings, parsedMs, importedMs,
                          timer.elapsed());
    return report;
}

} // namespace ed::services
