#include "core/csv.h"

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace ed::csv {

namespace {

constexpr QByteArrayView kBom = "\xEF\xBB\xBF";

bool isContinuationByte(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/// The offset of the first byte of the first ill-formed UTF-8 sequence or NUL, or -1. Written
/// out rather than left to QStringDecoder because the user needs the position, and because
/// overlong forms, surrogates and code points above U+10FFFF must be refused too. NUL is valid
/// UTF-8 but never text: a file holding one is UTF-16 or binary, and SQLite's text functions
/// stop at it (length(), so a name starting with NUL broke a CHECK constraint).
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead == 0)
            return i;
        if (lead < 0x80) {
            ++i;
            continue;
        }
        // The second byte's range is narrower after some leads (Unicode table 3-7).
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead == 0xE0) {
            length = 3;
            low = 0xA0;
        } else if (lead == 0xED) {
            length = 3;
            high = 0x9F;
        } else if (lead >= 0xE1 && lead <= 0xEF) {
            length = 3;
        } else if (lead == 0xF0) {
            length = 4;
            low = 0x90;
        } else if (lead >= 0xF1 && lead <= 0xF3) {
            length = 4;
        } else if (lead == 0xF4) {
            length = 4;
            high = 0x8F;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        const auto second = static_cast<unsigned char>(bytes[i + 1]);
        if (second < low || second > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (!isContinuationByte(static_cast<unsigned char>(bytes[i + k])))
                return i;
        }
        i += length;
    }
    return -1;
}

ParseError error(int line, int column, const QString& code, const QString& detail)
{
    return ParseError{line, column, code, detail};
}

/// Where byte `offset` of valid UTF-8 `bytes` sits, as a 1-based line and character column.
std::pair<int, int> positionOf(QByteArrayView bytes, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if (!isContinuationByte(c)) {
            ++column;
        }
    }
    return {line, column};
}

/// One record as the parser read it: the fields' text back to back, and where each ends.
struct Record
{
    QString text;
    QList<qsizetype> ends;

    [[nodiscard]] qsizetype size() const { return ends.size(); }
    [[nodiscard]] QStringView field(qsizetype i) const
    {
        const qsizetype begin = i == 0 ? 0 : ends[i - 1];
        return QStringView(text).sliced(begin, ends[i] - begin);
    }
    void clear()
    {
        text.resize(0);
        ends.resize(0);
    }
    void endField() { ends.append(text.size()); }
};

/// Where the parser puts the rows under the header.
class RowSink
{
public:
    virtual ~RowSink() = default;
    virtual void addRow(const Record& record, int line) = 0;
};

/// What the parser finds besides the rows.
struct Outline
{
    QStringList header;
    int headerLine = 1;
    QList<ParseError> errors;
};

/// A single pass over the decoded text that tracks the physical line and column.
class Parser
{
public:
    Parser(const QString& text, const Limits& limits, RowSink& sink)
        : m_text(text), m_limits(limits), m_sink(sink)
    {}

    Outline run()
    {
        QList<int> blankLines; // held back until we know whether they are trailing
        bool haveHeader = false;
        Record blank;
        blank.endField();
        while (!atEnd()) {
            const int line = m_line;
            if (atLineEnd()) {
                skipLineEnd();
                if (haveHeader)
                    blankLines.append(line);
                continue;
            }
            // A record follows, so the held-back blank lines were in the middle of the file.
            for (const int blankLine : std::as_const(blankLines))
                addRow(blank, blankLine, true);
            blankLines.clear();

            if (!readRecord())
                return std::move(m_outline);
            if (haveHeader) {
                addRow(m_record, line, !m_recordHasError);
            } else {
                setHeader(line);
                haveHeader = true;
            }
        }
        if (!haveHeader)
            m_outline.errors.append(error(0, 0, u"empty_file"_s, u"no header line"_s));
        return std::move(m_outline);
    }

private:
    [[nodiscard]] bool atEnd() const { return m_pos >= m_text.size(); }
    [[nodiscard]] QChar peek(qsizetype ahead = 0) const
    {
        const qsizetype at = m_pos + ahead;
        return at < m_text.size() ? m_text.at(at) : QChar();
    }
    /// LF or CRLF; also a CR that ends the file, which some editors leave behind.
    [[nodiscard]] bool atLineEnd() const
    {
        if (peek() == u'\n')
            return true;
        return peek() == u'\r' && (peek(1) == u'\n' || m_pos + 1 == m_text.size());
    }
    [[nodiscard]] bool atFieldEnd() const { return atEnd() || peek() == u',' || atLineEnd(); }

    void skipLineEnd()
    {
        if (peek() == u'\r')
            ++m_pos;
        if (peek() == u'\n')
            ++m_pos;
        ++m_line;
        m_column = 1;
    }

    /// Moves past one character of the record; false once the record is too long.
    bool advance()
    {
        const QChar c = m_text.at(m_pos);
        if (!c.isLowSurrogate() && ++m_recordChars > m_limits.maxLineChars) {
            m_outline.errors.append(
                    error(m_line, m_column, u"line_too_long"_s,
                          u"record longer than %1 characters"_s.arg(m_limits.maxLineChars)));
            return false;
        }
        ++m_pos;
        if (c == u'\n') {
            ++m_line;
            m_column = 1;
        } else if (!c.isLowSurrogate()) {
            ++m_column;
        }
        return true;
    }

    bool take()
    {
        m_record.text.append(m_text.at(m_pos));
        return advance();
    }

    /// Quoting mistakes are reported once per record: the first explains the rest.
    void quotingError(const QString& code, const QString& detail)
    {
        if (m_recordHasError)
            return;
        m_recordHasError = true;
        m_outline.errors.append(error(m_line, m_column, code, detail));
    }

    bool readRecord()
    {
        m_recordChars = 0;
        m_recordHasError = false;
        m_fieldStarts.clear();
        m_record.clear();
        for (;;) {
            m_fieldStarts.append({m_line, m_column});
            if (!readField())
                return false;
            m_record.endField();
            if (atEnd())
                return true;
            if (atLineEnd()) {
                skipLineEnd();
                return true;
            }
            if (!advance()) // the comma
                return false;
            if (m_record.size() >= m_limits.maxFields) {
                m_outline.errors.append(
                        error(m_line, m_column, u"too_many_fields"_s,
                              u"more than %1 fields in a record"_s.arg(m_limits.maxFields)));
                return false;
            }
        }
    }

    bool readField()
    {
        if (peek() != u'"') {
            // Copied in one piece at the end: most fields of a large file are unquoted.
            const qsizetype start = m_pos;
            while (!atFieldEnd()) {
                if (peek() == u'"')
                    quotingError(u"quote_in_unquoted_field"_s,
                                 u"a field with a quote must be quoted as a whole"_s);
                if (!advance())
                    return false;
            }
            m_record.text.append(QStringView(m_text).sliced(start, m_pos - start));
            return true;
        }

        const int openLine = m_line;
        const int openColumn = m_column;
        if (!advance())
            return false;
        for (;;) {
            if (atEnd()) {
                m_outline.errors.append(error(openLine, openColumn, u"unterminated_quote"_s,
                                              u"the quoted field is never closed"_s));
                return false;
            }
            if (peek() == u'"') {
                if (peek(1) == u'"') {
                    m_record.text.append(u'"');
                    if (!advance() || !advance())
                        return false;
                    continue;
                }
                if (!advance())
                    return false;
                break;
            }
            if (!take())
                return false;
        }
        // Keep what follows as data so that the rest of the file is still checked.
        while (!atFieldEnd()) {
            quotingError(u"text_after_closing_quote"_s,
                         u"a closing quote must be followed by a comma or a line end"_s);
            if (!take())
                return false;
        }
        return true;
    }

    void setHeader(int line)
    {
        m_outline.headerLine = line;
        QStringList& header = m_outline.header;
        for (qsizetype i = 0; i < m_record.size(); ++i) {
            const QString name = m_record.field(i).trimmed().toString();
            const auto [fieldLine, fieldColumn] = m_fieldStarts.at(i);
            if (name.isEmpty()) {
                m_outline.errors.append(error(fieldLine, fieldColumn, u"empty_column_name"_s,
                                              u"column %1 has no name"_s.arg(i + 1)));
            } else if (const qsizetype first = header.indexOf(name); first >= 0) {
                m_outline.errors.append(
                        error(fieldLine, fieldColumn, u"duplicate_column"_s,
                              u"column %1 \"%2\" repeats column %3"_s.arg(i + 1).arg(name).arg(
                                      first + 1)));
            }
            header.append(name);
        }
    }

    void addRow(const Record& record, int line, bool checkCount)
    {
        if (checkCount && record.size() != m_outline.header.size()) {
            m_outline.errors.append(
                    error(line, 1, u"field_count"_s,
                          u"expected %1 fields, found %2"_s.arg(m_outline.header.size())
                                  .arg(record.size())));
        }
        m_sink.addRow(record, line);
    }

    const QString& m_text;
    const Limits& m_limits;
    RowSink& m_sink;
    Outline m_outline;
    Record m_record;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    int m_recordChars = 0;
    bool m_recordHasError = false;
    QList<std::pair<int, int>> m_fieldStarts; // line and column where each field began
};

/// Rows as QStringLists: the Table of parse().
class TableSink final : public RowSink
{
public:
    explicit TableSink(Table& table) : m_table(table) {}
    void addRow(const Record& record, int line) override
    {
        QStringList fields;
        fields.reserve(record.size());
        for (qsizetype i = 0; i < record.size(); ++i)
            fields.append(record.field(i).toString());
        m_table.rows.append(fields);
        m_table.rowLines.append(line);
    }

private:
    Table& m_table;
};

/// Rows packed into one buffer: the CompactTable of parseCompact().
class CompactSink final : public RowSink
{
public:
    explicit CompactSink(CompactTable& table) : m_table(table) {}
    void addRow(const Record& record, int line) override
    {
        m_table.appendRow(record.text, record.ends, line);
    }

private:
    CompactTable& m_table;
};

/// The checks before parsing: size, BOM, UTF-8. The decoded text, or the errors.
std::optional<QString> decode(QByteArrayView bytes, const Limits& limits, QList<ParseError>& errors)
{
    if (bytes.size() > limits.maxBytes) {
        errors.append(error(0, 0, u"file_too_large"_s,
                            u"%1 bytes, more than %2"_s.arg(bytes.size()).arg(limits.maxBytes)));
        return std::nullopt;
    }
    const qsizetype skipped = bytes.startsWith(kBom) ? kBom.size() : 0;
    bytes = bytes.sliced(skipped);
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        const auto [line, column] = positionOf(bytes, bad);
        errors.append(error(line, column, u"not_utf8"_s,
                            (bytes[bad] == 0 ? u"NUL at byte %1"_s : u"invalid UTF-8 at byte %1"_s)
                                    .arg(skipped + bad + 1)));
        return std::nullopt;
    }
    return QString::fromUtf8(bytes);
}

} // namespace

int Table::column(const QString& name) const
{
    return static_cast<int>(header.indexOf(name));
}

int CompactTable::column(const QString& name) const
{
    return static_cast<int>(header.indexOf(name));
}

qsizetype CompactTable::fieldCount(qsizetype row) const
{
    return m_rowEnds[row] - (row == 0 ? 0 : m_rowEnds[row - 1]);
}

QStringView CompactTable::field(qsizetype row, qsizetype column) const
{
    if (column < 0 || column >= fieldCount(row))
        return {};
    const qsizetype index = (row == 0 ? 0 : m_rowEnds[row - 1]) + column;
    const qsizetype begin = index == 0 ? 0 : m_fieldEnds[index - 1];
    return QStringView(m_text).sliced(begin, m_fieldEnds[index] - begin);
}

void CompactTable::appendRow(QStringView text, const QList<qsizetype>& ends, int line)
{
    const qsizetype offset = m_text.size();
    m_text.append(text);
    for (const qsizetype end : ends)
        m_fieldEnds.append(qint32(offset + end));
    m_rowEnds.append(qint32(m_fieldEnds.size()));
    m_rowLines.append(line);
}

void CompactTable::squeeze()
{
    m_text.squeeze();
    m_fieldEnds.squeeze();
    m_rowEnds.squeeze();
    m_rowLines.squeeze();
}

ParseResult parse(QByteArrayView bytes, const Limits& limits)
{
    ParseResult result;
    const std::optional<QString> text = decode(bytes, limits, result.errors);
    if (!text)
        return result;
    TableSink sink(result.table);
    Outline outline = Parser(*text, limits, sink).run();
    result.table.header = std::move(outline.header);
    result.table.headerLine = outline.headerLine;
    result.errors = std::move(outline.errors);
    return result;
}

CompactParseResult parseCompact(QByteArrayView bytes, const Limits& limits)
{
    CompactParseResult result;
    const std::optional<QString> text = decode(bytes, limits, result.errors);
    if (!text)
        return result;
    CompactSink sink(result.table);
    Outline outline = Parser(*text, limits, sink).run();
    result.table.header = std::move(outline.header);
    result.table.headerLine = outline.headerLine;
    result.errors = std::move(outline.errors);
    result.table.squeeze();
    return result;
}

} // namespace ed::csv
