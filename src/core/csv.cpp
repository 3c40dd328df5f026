#include "core/csv.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace ed::csv {

namespace {

constexpr QByteArrayView kBom = "\xEF\xBB\xBF";

bool isContinuationByte(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/// The offset of the first byte of the first ill-formed UTF-8 sequence, or -1. Written out
/// rather than left to QStringDecoder because the user needs the position, and because
/// overlong forms, surrogates and code points above U+10FFFF must be refused too.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
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

/// A single pass over the decoded text that tracks the physical line and column.
class Parser
{
public:
    Parser(const QString& text, const Limits& limits) : m_text(text), m_limits(limits) {}

    ParseResult run()
    {
        QList<int> blankLines; // held back until we know whether they are trailing
        bool haveHeader = false;
        while (!atEnd()) {
            const int line = m_line;
            if (atLineEnd()) {
                skipLineEnd();
                if (haveHeader)
                    blankLines.append(line);
                continue;
            }
            // A record follows, so the held-back blank lines were in the middle of the file.
            for (const int blank : std::as_const(blankLines))
                addRow(QStringList{QString()}, blank, true);
            blankLines.clear();

            QStringList fields;
            if (!readRecord(fields))
                return std::move(m_result);
            if (haveHeader) {
                addRow(fields, line, !m_recordHasError);
            } else {
                setHeader(fields, line);
                haveHeader = true;
            }
        }
        if (!haveHeader)
            m_result.errors.append(error(0, 0, u"empty_file"_s, u"no header line"_s));
        return std::move(m_result);
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
            m_result.errors.append(
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

    bool take(QString& field)
    {
        field.append(m_text.at(m_pos));
        return advance();
    }

    /// Quoting mistakes are reported once per record: the first explains the rest.
    void quotingError(const QString& code, const QString& detail)
    {
        if (m_recordHasError)
            return;
        m_recordHasError = true;
        m_result.errors.append(error(m_line, m_column, code, detail));
    }

    bool readRecord(QStringList& fields)
    {
        m_recordChars = 0;
        m_recordHasError = false;
        m_fieldStarts.clear();
        for (;;) {
            m_fieldStarts.append({m_line, m_column});
            QString field;
            if (!readField(field))
                return false;
            fields.append(field);
            if (atEnd())
                return true;
            if (atLineEnd()) {
                skipLineEnd();
                return true;
            }
            if (!advance()) // the comma
                return false;
            if (fields.size() >= m_limits.maxFields) {
                m_result.errors.append(
                        error(m_line, m_column, u"too_many_fields"_s,
                              u"more than %1 fields in a record"_s.arg(m_limits.maxFields)));
                return false;
            }
        }
    }

    bool readField(QString& field)
    {
        if (peek() != u'"') {
            while (!atFieldEnd()) {
                if (peek() == u'"')
                    quotingError(u"quote_in_unquoted_field"_s,
                                 u"a field with a quote must be quoted as a whole"_s);
                if (!take(field))
                    return false;
            }
            return true;
        }

        const int openLine = m_line;
        const int openColumn = m_column;
        if (!advance())
            return false;
        for (;;) {
            if (atEnd()) {
                m_result.errors.append(error(openLine, openColumn, u"unterminated_quote"_s,
                                             u"the quoted field is never closed"_s));
                return false;
            }
            if (peek() == u'"') {
                if (peek(1) == u'"') {
                    field.append(u'"');
                    if (!advance() || !advance())
                        return false;
                    continue;
                }
                if (!advance())
                    return false;
                break;
            }
            if (!take(field))
                return false;
        }
        // Keep what follows as data so that the rest of the file is still checked.
        while (!atFieldEnd()) {
            quotingError(u"text_after_closing_quote"_s,
                         u"a closing quote must be followed by a comma or a line end"_s);
            if (!take(field))
                return false;
        }
        return true;
    }

    void setHeader(const QStringList& fields, int line)
    {
        Table& table = m_result.table;
        table.headerLine = line;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QString name = fields.at(i).trimmed();
            const auto [fieldLine, fieldColumn] = m_fieldStarts.at(i);
            if (name.isEmpty()) {
                m_result.errors.append(error(fieldLine, fieldColumn, u"empty_column_name"_s,
                                             u"column %1 has no name"_s.arg(i + 1)));
            } else if (const qsizetype first = table.header.indexOf(name); first >= 0) {
                m_result.errors.append(
                        error(fieldLine, fieldColumn, u"duplicate_column"_s,
                              u"column %1 \"%2\" repeats column %3"_s.arg(i + 1).arg(name).arg(
                                      first + 1)));
            }
            table.header.append(name);
        }
    }

    void addRow(const QStringList& fields, int line, bool checkCount)
    {
        Table& table = m_result.table;
        if (checkCount && fields.size() != table.header.size()) {
            m_result.errors.append(error(
                    line, 1, u"field_count"_s,
                    u"expected %1 fields, found %2"_s.arg(table.header.size()).arg(fields.size())));
        }
        table.rows.append(fields);
        table.rowLines.append(line);
    }

    const QString& m_text;
    const Limits& m_limits;
    ParseResult m_result;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    int m_recordChars = 0;
    bool m_recordHasError = false;
    QList<std::pair<int, int>> m_fieldStarts; // line and column where each field began
};

bool needsQuotes(const QString& field, bool onlyField)
{
    // A lone empty field would be written as a blank line, which parse() skips at the end.
    if (field.isEmpty())
        return onlyField;
    for (const QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return field.startsWith(u' ') || field.endsWith(u' ');
}

void appendRecord(QByteArray& out, const QStringList& fields, const WriteOptions& options)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(',');
        const QString& field = fields.at(i);
        if (needsQuotes(field, fields.size() == 1)) {
            QString quoted = field;
            quoted.replace(u'"', u"\"\""_s);
            out.append('"').append(quoted.toUtf8()).append('"');
        } else {
            out.append(field.toUtf8());
        }
    }
    out.append(options.lineEnd);
}

} // namespace

int Table::column(const QString& name) const
{
    return static_cast<int>(header.indexOf(name));
}

ParseResult parse(QByteArrayView bytes, const Limits& limits)
{
    ParseResult result;
    if (bytes.size() > limits.maxBytes) {
        result.errors.append(
                error(0, 0, u"file_too_large"_s,
                      u"%1 bytes, more than %2"_s.arg(bytes.size()).arg(limits.maxBytes)));
        return result;
    }
    const qsizetype skipped = bytes.startsWith(kBom) ? kBom.size() : 0;
    bytes = bytes.sliced(skipped);
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        const auto [line, column] = positionOf(bytes, bad);
        result.errors.append(error(line, column, u"not_utf8"_s,
                                   u"invalid UTF-8 at byte %1"_s.arg(skipped + bad + 1)));
        return result;
    }
    const QString text = QString::fromUtf8(bytes);
    return Parser(text, limits).run();
}

QByteArray
write(const QStringList& header, const QList<QStringList>& rows, const WriteOptions& options)
{
    QByteArray out;
    if (options.bom)
        out.append(kBom);
    appendRecord(out, header, options);
    for (const QStringList& row : rows)
        appendRecord(out, row, options);
    return out;
}

} // namespace ed::csv
