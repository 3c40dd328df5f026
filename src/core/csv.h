#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

/// RFC 4180 comma-separated values, UTF-8, as Excel and LibreOffice read and write them.
namespace ed::csv {

/// A parsed file: a header and the rows under it, fields exactly as written (only header names
/// are trimmed).
struct Table
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> rowLines; ///< rowLines[i]: the 1-based physical line on which rows[i] starts
    int headerLine = 1;  ///< blank lines before the header are skipped, so it may be later

    /// The index of the column whose (trimmed) name is exactly `name`, or -1.
    [[nodiscard]] int column(const QString& name) const;

    friend bool operator==(const Table&, const Table&) = default;
};

/// The rows of a large file held compactly: every field's text in one buffer and 4 bytes of
/// offset per field, rather than a QString each (a 300,000-row file would cost ~200 MB).
/// Offsets are 32-bit: Limits::maxBytes keeps the text under 2^31 characters.
class CompactTable
{
public:
    QStringList header;
    int headerLine = 1;

    [[nodiscard]] qsizetype rowCount() const { return m_rowLines.size(); }
    /// The 1-based physical line on which `row` starts.
    [[nodiscard]] int line(qsizetype row) const { return m_rowLines[row]; }
    [[nodiscard]] qsizetype fieldCount(qsizetype row) const;
    /// The field exactly as written; empty past the row's last field.
    [[nodiscard]] QStringView field(qsizetype row, qsizetype column) const;
    /// The index of the column whose (trimmed) name is exactly `name`, or -1.
    [[nodiscard]] int column(const QString& name) const;

    /// Adds a row: `text` holds its fields back to back, field i ending at `ends[i]`.
    void appendRow(QStringView text, const QList<qsizetype>& ends, int line);
    /// Gives back the spare capacity of the buffers once the file is read.
    void squeeze();

private:
    QString m_text;
    QList<qint32> m_fieldEnds; ///< per field: where it ends in m_text
    QList<qint32> m_rowEnds;   ///< per row: one past its last field in m_fieldEnds
    QList<int> m_rowLines;
};

/// One problem, placed where a text editor would show it. `code` is stable English snake_case:
/// not_utf8, unterminated_quote, quote_in_unquoted_field, text_after_closing_quote, empty_file,
/// field_count, duplicate_column, empty_column_name, line_too_long, too_many_fields,
/// file_too_large. `detail` holds numbers and column names, never field values.
struct ParseError
{
    int line = 0;   ///< 1-based physical line; 0 when the error is about the whole file
    int column = 0; ///< 1-based, in characters (code points) of that line; 0 with line 0
    QString code;
    QString detail;

    friend bool operator==(const ParseError&, const ParseError&) = default;
};

/// Bounds that keep a wrong or hostile file from exhausting memory.
struct Limits
{
    qint64 maxBytes = qint64{512} * 1024 * 1024;
    int maxLineChars = 64 * 1024; ///< characters per record, embedded line breaks included
    int maxFields = 256;          ///< fields per record
};

struct ParseResult
{
    /// What was read. Rows with a wrong field count are kept, so that rowLines still match the
    /// file; after a structural error it holds the rows before it. Use it only when ok().
    Table table;
    QList<ParseError> errors; ///< in file order

    [[nodiscard]] bool ok() const { return errors.isEmpty(); }
};

struct CompactParseResult
{
    CompactTable table; ///< as ParseResult::table
    QList<ParseError> errors;

    [[nodiscard]] bool ok() const { return errors.isEmpty(); }
};

/// Parses UTF-8 (BOM optional) with LF or CRLF line ends; a NUL byte is refused as not_utf8
/// (the file is UTF-16 or binary). Reports every field count, duplicate
/// or empty column name and quoting problem; stops at the first invalid UTF-8, unterminated quote
/// or exceeded limit.
[[nodiscard]] ParseResult parse(QByteArrayView bytes, const Limits& limits = {});
/// parse() into a CompactTable, with the same checks and errors: for files of many rows.
[[nodiscard]] CompactParseResult parseCompact(QByteArrayView bytes, const Limits& limits = {});

struct WriteOptions
{
    bool bom = false; ///< Excel needs the BOM to recognise UTF-8
    QByteArray lineEnd = "\r\n";
};

/// UTF-8 text that parse() reads back to the same header and rows. Fields are quoted only when
/// they need it; values are written exactly, with nothing added.
[[nodiscard]] QByteArray
write(const QStringList& header, const QList<QStringList>& rows, const WriteOptions& options = {});

} // namespace ed::csv
