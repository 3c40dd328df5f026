#include "services/agencyimport.h"

#include "core/agency.h"
#include "core/codes.h"
#include "core/searchkey.h"
#include "services/workspace.h"
#include "storage/agencyrepository.h"
#include "storage/writetransaction.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace ed::services {

namespace {

// The file's words for kinds differ from the stored codes in one place: election_body.
const QList<std::pair<QString, AgencyKind>> kKinds = {
        {u"party"_s, AgencyKind::Party}, {u"state"_s, AgencyKind::State},
        {u"front"_s, AgencyKind::Front}, {u"election_body"_s, AgencyKind::ElectionBody},
        {u"other"_s, AgencyKind::Other},
};

QStringList kindWords()
{
    QStringList words;
    for (const auto& [word, kind] : kKinds)
        words << word;
    return words;
}

std::optional<AgencyKind> kindFromWord(const QString& word)
{
    for (const auto& [w, kind] : kKinds) {
        if (w == word)
            return kind;
    }
    return std::nullopt;
}

/// One agency as the file describes it, before the parent is resolved.
struct Row
{
    int line = 0;
    Agency agency;
    QString parentText;
    std::optional<qsizetype> existing; ///< index into the directory
};

/// Looks an agency up by name first, then by abbreviation, among `candidates`.
/// Returns the matches' indices, so the caller can tell none from several.
QList<qsizetype> lookup(const QList<Agency>& candidates, const QString& text)
{
    QList<qsizetype> byName;
    QList<qsizetype> byAbbreviation;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (candidates[i].name == text)
            byName << i;
        else if (!candidates[i].abbreviation.isEmpty() && candidates[i].abbreviation == text)
            byAbbreviation << i;
    }
    return byName.isEmpty() ? byAbbreviation : byName;
}

} // namespace

TextTable AgencyImport::table(const QList<Agency>& agencies)
{
    QHash<qint64, QString> names;
    for (const Agency& a : agencies)
        names.insert(a.id.raw(), a.name);
    // Parents before their children, so that the list imports into an empty directory too;
    // siblings in Vietnamese alphabetical order.
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    QHash<qint64, QList<const Agency*>> children;
    for (const Agency& a : agencies)
        children[names.contains(a.parent.raw()) ? a.parent.raw() : 0] << &a;
    QList<const Agency*> ordered;
    std::function<void(qint64)> visit = [&](qint64 parent) {
        QList<const Agency*> list = children.value(parent);
        std::sort(list.begin(), list.end(), [&](const Agency* x, const Agency* y) {
            return collator.compare(x->name, y->name) < 0;
        });
        for (const Agency* a : list) {
            ordered << a;
            visit(a->id.raw());
        }
    };
    visit(0);
    TextTable table{columns(), {}};
    for (const Agency* agency : ordered) {
        const Agency& a = *agency;
        QString kind;
        for (const auto& [word, k] : kKinds) {
            if (k == a.kind)
                kind = word;
        }
        table.rows << QStringList{a.name, a.abbreviation, toCode(a.level), kind,
                                  a.parent.isValid() ? names.value(a.parent.raw()) : QString()};
    }
    return table;
}

QStringList AgencyImport::columns()
{
    return {u"name"_s, u"abbreviation"_s, u"level"_s, u"kind"_s, u"parent"_s};
}

Result<AgencyImportReport> AgencyImport::run(QByteArrayView file)
{
    AgencyImportReport report;
    const csv::ParseResult parsed = csv::parse(file);
    if (!parsed.ok()) {
        report.problems = importProblems(parsed.errors);
        return report;
    }
    const csv::Table& table = parsed.table;
    QHash<QString, int> column;
    for (const QString& name : columns()) {
        column[name] = table.column(name);
        if (column[name] < 0)
            report.problems << ImportProblem{1,         0,  name, {}, u"missing_column"_s,
                                             columns(), {}, {}};
    }
    if (!report.problems.isEmpty())
        return report;

    storage::AgencyRepository repository(m_workspace.database());
    const auto known = repository.all();
    if (!known)
        return known.error();
    QList<Agency> directory = known.value();

    auto problem = [&](int line, const QString& name, const QString& value, const QString& code,
                       const QStringList& expected = {}) {
        report.problems << ImportProblem{line, column[name] + 1, name, value,
                                         code, expected,         {},   {}};
    };

    // Pass 1: every field on its own.
    QList<Row> rows;
    QSet<QString> namesInFile;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList& fields = table.rows[r];
        const int line = table.rowLines[r];
        auto field = [&](const QString& name) {
            return normalizedText(fields[column[name]].trimmed());
        };
        Row row;
        row.line = line;
        row.agency.name = field(u"name"_s);
        row.agency.abbreviation = field(u"abbreviation"_s);
        row.parentText = field(u"parent"_s);
        if (row.agency.name.isEmpty()) {
            problem(line, u"name"_s, {}, u"required"_s);
        } else if (namesInFile.contains(row.agency.name)) {
            problem(line, u"name"_s, row.agency.name, u"duplicate"_s);
        }
        namesInFile.insert(row.agency.name);
        const QString level = field(u"level"_s).toLower();
        if (const auto parsedLevel = fromCode<AgencyLevel>(level))
            row.agency.level = *parsedLevel;
        else
            problem(line, u"level"_s, field(u"level"_s),
                    level.isEmpty() ? u"required"_s : u"unknown_value"_s,
                    codeList<AgencyLevel>().split(u", "_s));
        const QString kind = field(u"kind"_s).toLower();
        if (const auto parsedKind = kindFromWord(kind))
            row.agency.kind = *parsedKind;
        else
            problem(line, u"kind"_s, field(u"kind"_s),
                    kind.isEmpty() ? u"required"_s : u"unknown_value"_s, kindWords());
        if (!row.agency.name.isEmpty()) {
            // Updates go by the exact name; an abbreviation never selects the row to update.
            QList<qsizetype> sameName;
            for (qsizetype i = 0; i < directory.size(); ++i) {
                if (directory[i].name == row.agency.name)
                    sameName << i;
            }
            if (sameName.size() > 1)
                problem(line, u"name"_s, row.agency.name, u"ambiguous_name"_s);
            else if (sameName.size() == 1)
                row.existing = sameName.first();
        }
        rows << row;
    }

    // Pass 2: parents, from the directory or from rows above. A row that updates an agency
    // stands for it, so the file's view of that agency wins.
    QList<Agency> earlier;        // agencies of the rows above, as the file states them
    QList<qsizetype> earlierRows; // their row indices
    QHash<qsizetype, std::optional<qsizetype>> parentRow; // row → parent row, when in the file
    for (qsizetype r = 0; r < rows.size(); ++r) {
        Row& row = rows[r];
        if (row.existing)
            row.agency.id = directory[*row.existing].id;
        if (!row.parentText.isEmpty()) {
            const QList<qsizetype> inFile = lookup(earlier, row.parentText);
            if (inFile.size() == 1) {
                parentRow[r] = earlierRows[inFile.first()];
                row.agency.parent = rows[earlierRows[inFile.first()]].agency.id;
            } else if (inFile.size() > 1) {
                problem(row.line, u"parent"_s, row.parentText, u"ambiguous_parent"_s);
            } else {
                const QList<qsizetype> inDirectory = lookup(directory, row.parentText);
                if (inDirectory.size() == 1)
                    row.agency.parent = directory[inDirectory.first()].id;
                else
                    problem(row.line, u"parent"_s, row.parentText,
                            inDirectory.isEmpty() ? u"unknown_parent"_s : u"ambiguous_parent"_s);
            }
        }
        earlier << row.agency;
        earlierRows << r;
    }

    // Pass 3: no agency may end up under itself once the file's parents are applied. Nodes are
    // stored agencies by id (a row that updates one stands for it) and new rows by index.
    auto nodeOf = [&](qsizetype r) {
        return rows[r].agency.id.isValid() ? u"d%1"_s.arg(rows[r].agency.id.raw())
                                           : u"r%1"_s.arg(r);
    };
    QHash<QString, QString> parentNode;
    for (const Agency& a : directory) {
        if (a.parent.isValid())
            parentNode[u"d%1"_s.arg(a.id.raw())] = u"d%1"_s.arg(a.parent.raw());
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (const auto p = parentRow.value(r))
            parentNode[nodeOf(r)] = nodeOf(*p);
        else if (rows[r].agency.parent.isValid())
            parentNode[nodeOf(r)] = u"d%1"_s.arg(rows[r].agency.parent.raw());
        else
            parentNode.remove(nodeOf(r));
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QSet<QString> seen{nodeOf(r)};
        for (QString at = parentNode.value(nodeOf(r)); !at.isEmpty(); at = parentNode.value(at)) {
            if (seen.contains(at)) {
                if (at == nodeOf(r))
                    problem(rows[r].line, u"parent"_s, rows[r].parentText, u"parent_cycle"_s);
                break;
            }
            seen.insert(at);
        }
    }
    if (!report.problems.isEmpty())
        return report;

    // Write: one transaction; rows in file order so that a parent above is already stored.
    storage::WriteTransaction tx(m_workspace.database());
    if (!tx.isActive())
        return tx.beginError();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        Row& row = rows[r];
        if (const auto p = parentRow.value(r))
            row.agency.parent = rows[*p].agency.id;
        if (row.existing) {
            const Agency& before = directory[*row.existing];
            row.agency.code = before.code;
            if (row.agency == before) {
                ++report.unchanged;
                continue;
            }
            if (auto s = repository.update(row.agency); !s)
                return s.error();
            ++report.updated;
        } else {
            const auto id = repository.add(row.agency);
            if (!id)
                return id.error();
            row.agency.id = id.value();
            ++report.added;
        }
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace ed::services
