#include "core/csv.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <string>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace ed::csv {

// Readable failures for the types under test.
void PrintTo(const ParseError& e, std::ostream* os)
{
    *os << e.line << ':' << e.column << ' ' << e.code.toStdString() << " ("
        << e.detail.toStdString() << ')';
}

} // namespace ed::csv

namespace {

using ed::csv::Limits;
using ed::csv::ParseError;
using ed::csv::ParseResult;

/// parse(), checking on the way that parseCompact() reads every input to the same rows, lines
/// and errors: each test below thus covers both.
ParseResult parse(const char* text, const Limits& limits = {})
{
    ParseResult result = ed::csv::parse(QByteArrayView(text), limits);
    const ed::csv::CompactParseResult compact = ed::csv::parseCompact(QByteArrayView(text), limits);
    EXPECT_EQ(compact.errors, result.errors);
    EXPECT_EQ(compact.table.header, result.table.header);
    EXPECT_EQ(compact.table.headerLine, result.table.headerLine);
    EXPECT_EQ(compact.table.rowCount(), result.table.rows.size());
    for (qsizetype r = 0; r < std::min(compact.table.rowCount(), result.table.rows.size()); ++r) {
        const QStringList& row = result.table.rows[r];
        EXPECT_EQ(compact.table.line(r), result.table.rowLines[r]);
        EXPECT_EQ(compact.table.fieldCount(r), row.size()) << "row " << r;
        for (qsizetype c = 0; c < row.size(); ++c)
            EXPECT_EQ(compact.table.field(r, c).toString(), row[c]) << "row " << r << " col " << c;
        EXPECT_TRUE(compact.table.field(r, row.size()).isEmpty()) << "past the end of row " << r;
    }
    return result;
}

/// Line, column and code of each error, for compact expectations.
using Where = std::vector<std::tuple<int, int, std::string>>;

Where where(const ParseResult& result)
{
    Where out;
    for (const ParseError& e : result.errors)
        out.emplace_back(e.line, e.column, e.code.toStdString());
    return out;
}

} // namespace

TEST(CsvParse, ReadsHeaderAndRowsWithLf)
{
    const ParseResult r = parse("ma,ten\n01,An Giang\n02,Bắc Ninh\n");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.table.header, (QStringList{u"ma"_s, u"ten"_s}));
    ASSERT_EQ(r.table.rows.size(), 2);
    EXPECT_EQ(r.table.rows[1], (QStringList{u"02"_s, u"Bắc Ninh"_s}));
    EXPECT_EQ(r.table.rowLines, (QList<int>{2, 3}));
    EXPECT_EQ(r.table.headerLine, 1);
}

TEST(CsvParse, CrlfAndLfGiveTheSameTable)
{
    const ParseResult lf = parse("a,b\n1,2\n3,4\n");
    const ParseResult crlf = parse("a,b\r\n1,2\r\n3,4\r\n");
    ASSERT_TRUE(lf.ok());
    ASSERT_TRUE(crlf.ok());
    EXPECT_EQ(lf.table, crlf.table);
}

TEST(CsvParse, StripsTheBom)
{
    const ParseResult withBom = parse("\xEF\xBB\xBFm\xC3\xA3,t\xC3\xAAn\n1,2\n");
    const ParseResult without = parse("m\xC3\xA3,t\xC3\xAAn\n1,2\n");
    ASSERT_TRUE(withBom.ok());
    EXPECT_EQ(withBom.table.header, (QStringList{u"mã"_s, u"tên"_s}));
    EXPECT_EQ(withBom.table, without.table);
}

TEST(CsvParse, LastLineMayLackTheLineEnd)
{
    const ParseResult r = parse("a,b\r\n1,2");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.table.rows, (QList<QStringList>{{u"1"_s, u"2"_s}}));
}

TEST(CsvParse, SkipsTrailingBlankLines)
{
    const ParseResult r = parse("a,b\n1,2\n\r\n\n");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.table.rows.size(), 1);
}

TEST(CsvParse, SkipsBlankLinesBeforeTheHeader)
{
    const ParseResult r = parse("\n\r\na,b\n1,2\n");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.table.headerLine, 3);
    EXPECT_EQ(r.table.rowLines, (QList<int>{4}));
}

TEST(CsvParse, HeaderOnlyIsAnEmptyTable)
{
    const ParseResult r = parse("a,b\n");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.table.header.size(), 2);
    EXPECT_TRUE(r.table.rows.isEmpty());
}

TEST(CsvParse, QuotedFieldsHoldCommasQuotesAndLineBreaks)
{
    const ParseResult r = parse("ten,ghi chu\r\n"
                                "\"Hà Nội, Việt Nam\",\"nói \"\"xin chào\"\"\"\r\n"
                                "\"dòng 1\r\ndòng 2\ndòng 3\",\"\"\r\n"
                                "x,\"a\rb\"\r\n");
    ASSERT_TRUE(r.ok()) << ::testing::PrintToString(r.errors.value(0));
    ASSERT_EQ(r.table.rows.size(), 3);
    EXPECT_EQ(r.table.rows[0], (QStringList{u"Hà Nội, Việt Nam"_s, u"nói \"xin chào\""_s}));
    EXPECT_EQ(r.table.rows[1], (QStringList{u"dòng 1\r\ndòng 2\ndòng 3"_s, QString()}));
    EXPECT_EQ(r.table.rows[2], (QStringList{u"x"_s, u"a\rb"_s})) << "a lone CR is data";
    // The second row spans lines 3 to 5.
    EXPECT_EQ(r.table.rowLines, (QList<int>{2, 3, 6}));
}

TEST(CsvParse, KeepsSpacesInDataButTrimsHeaderNames)
{
    const ParseResult r = parse(" ma , ten \n 01 , An Giang \n");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.table.header, (QStringList{u"ma"_s, u"ten"_s}));
    EXPECT_EQ(r.table.rows[0], (QStringList{u" 01 "_s, u" An Giang "_s}));
    EXPECT_EQ(r.table.column(u"ten"_s), 1);
    EXPECT_EQ(r.table.column(u"ma"_s), 0);
    EXPECT_EQ(r.table.column(u"khac"_s), -1);
}

TEST(CsvParse, EmptyFieldsAndTrailingComma)
{
    const ParseResult r = parse("a,b,c\n,,\n1,,3\n");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.table.rows[0], (QStringList{QString(), QString(), QString()}));
    EXPECT_EQ(r.table.rows[1], (QStringList{u"1"_s, QString(), u"3"_s}));
}

TEST(CsvParse, UnterminatedQuoteAtEndPointsAtTheOpeningQuote)
{
    const ParseResult r = parse("a,b\n1,2\nx,\"mở\nchưa đóng\n");
    EXPECT_EQ(where(r), (Where{{3, 3, "unterminated_quote"}}));
    EXPECT_EQ(r.table.rows.size(), 1) << "rows before the error are kept";
}

TEST(CsvParse, QuoteInsideAnUnquotedField)
{
    const ParseResult r = parse("a,b\n1,Hà \"Nội\"\n2,3\n");
    EXPECT_EQ(where(r), (Where{{2, 6, "quote_in_unquoted_field"}}));
    EXPECT_EQ(r.table.rows.size(), 2) << "parsing goes on after a quoting mistake";
}

TEST(CsvParse, TextAfterTheClosingQuote)
{
    const ParseResult r = parse("a,b\n\"Điện\" Biên,2\n3,\"x\"y\n");
    EXPECT_EQ(where(r),
              (Where{{2, 7, "text_after_closing_quote"}, {3, 6, "text_after_closing_quote"}}));
}

TEST(CsvParse, ReportsEveryRowWithTheWrongFieldCount)
{
    const ParseResult r = parse("a,b,c\n1,2,3\n1,2\n1,2,3\n1,2,3,4\n\"x\ny\",2,3\n5\n");
    EXPECT_EQ(where(r),
              (Where{{3, 1, "field_count"}, {5, 1, "field_count"}, {8, 1, "field_count"}}));
    EXPECT_EQ(r.errors[0].detail, u"expected 3 fields, found 2"_s);
    EXPECT_EQ(r.table.rows.size(), 6) << "rows stay aligned with rowLines";
    EXPECT_EQ(r.table.rowLines, (QList<int>{2, 3, 4, 5, 6, 8}));
}

TEST(CsvParse, BlankLineInTheMiddle)
{
    const ParseResult twoColumns = parse("a,b\n1,2\n\n3,4\n");
    EXPECT_EQ(where(twoColumns), (Where{{3, 1, "field_count"}}));

    const ParseResult oneColumn = parse("a\n1\n\n3\n\n");
    ASSERT_TRUE(oneColumn.ok());
    EXPECT_EQ(oneColumn.table.rows, (QList<QStringList>{{u"1"_s}, {QString()}, {u"3"_s}}));
    EXPECT_EQ(oneColumn.table.rowLines, (QList<int>{2, 3, 4}));
}

TEST(CsvParse, DuplicateAndEmptyColumnNames)
{
    const ParseResult r = parse("ma,ten, ma ,,x\n1,2,3,4,5\n");
    EXPECT_EQ(where(r), (Where{{1, 8, "duplicate_column"}, {1, 13, "empty_column_name"}}));
    EXPECT_EQ(r.errors[0].detail, u"column 3 \"ma\" repeats column 1"_s);
}

TEST(CsvParse, EmptyFile)
{
    EXPECT_EQ(where(parse("")), (Where{{0, 0, "empty_file"}}));
    EXPECT_EQ(where(parse("\xEF\xBB\xBF")), (Where{{0, 0, "empty_file"}}));
    EXPECT_EQ(where(parse("\r\n\n")), (Where{{0, 0, "empty_file"}}));
}

TEST(CsvParse, InvalidUtf8GivesThePositionOfTheFirstBadByte)
{
    // "ặ" is three bytes and counts as one column; \xFF is never valid.
    const ParseResult r = parse("a,b\n\"x\ny\",\xE1\xBA\xB7\xFF\n");
    EXPECT_EQ(where(r), (Where{{3, 5, "not_utf8"}}));
    EXPECT_EQ(r.errors[0].detail, u"invalid UTF-8 at byte 14"_s);
    EXPECT_TRUE(r.table.rows.isEmpty());
}

TEST(CsvParse, RefusesEveryKindOfIllFormedUtf8)
{
    // Windows-1258, a truncated sequence, an overlong '/', a surrogate, beyond U+10FFFF,
    // a lone continuation byte.
    for (const char* bad : {"a\n\xE0", "a\n\xE1\xBA", "a\n\xC0\xAF", "a\n\xED\xA0\x80",
                            "a\n\xF4\x90\x80\x80", "a\n\x80"}) {
        EXPECT_EQ(where(parse(bad)), (Where{{2, 1, "not_utf8"}})) << bad;
    }
    EXPECT_TRUE(parse("a\n\xF0\x9F\x97\xB3\n").ok()) << "four-byte sequences are fine";
}

TEST(CsvParse, RefusesNulAsNotText)
{
    // Found by fuzz_agencies_csv: a name starting with NUL passed the import's checks, and
    // SQLite's length() stops at NUL, so the CHECK on the name failed as a storage error. A
    // UTF-16 file without a BOM looks like this too.
    const ParseResult r = ed::csv::parse(QByteArrayView("name\n\0\0x\n", 9));
    EXPECT_EQ(where(r), (Where{{2, 1, "not_utf8"}}));
    EXPECT_EQ(r.errors[0].detail, u"NUL at byte 6"_s);
    const QByteArrayView utf16("n\0a\0m\0e\0\n\0", 10);
    EXPECT_EQ(where(ed::csv::parse(utf16)), (Where{{1, 2, "not_utf8"}}));
    EXPECT_EQ(ed::csv::parseCompact(utf16).errors, ed::csv::parse(utf16).errors);
}

TEST(CsvParse, ColumnsCountCharactersNotBytesOrUtf16Units)
{
    // U+1F5F3 takes two UTF-16 units but is one character.
    const ParseResult r = parse("a,b\n\xF0\x9F\x97\xB3x,\"y\"z\n");
    EXPECT_EQ(where(r), (Where{{2, 7, "text_after_closing_quote"}}));
}

TEST(CsvParse, FileTooLarge)
{
    Limits limits;
    limits.maxBytes = 8;
    EXPECT_EQ(where(parse("a,b\n1,2\n", limits)), Where{}) << "exactly at the limit";
    EXPECT_EQ(where(parse("a,b\n1,2\n\n", limits)), (Where{{0, 0, "file_too_large"}}));
}

TEST(CsvParse, RecordTooLong)
{
    Limits limits;
    limits.maxLineChars = 5;
    EXPECT_TRUE(parse("abcde\r\n12345\r\n", limits).ok()) << "the line end does not count";
    EXPECT_EQ(where(parse("a\n123456\n", limits)), (Where{{2, 6, "line_too_long"}}));
    // Embedded line breaks count: a quoted field cannot grow without bound.
    const ParseResult r = parse("a\n\"12\n345\"\n7\n", limits);
    EXPECT_EQ(where(r), (Where{{3, 2, "line_too_long"}}));
    EXPECT_TRUE(r.table.rows.isEmpty());
}

TEST(CsvParse, TooManyFields)
{
    Limits limits;
    limits.maxFields = 3;
    EXPECT_TRUE(parse("a,b,c\n1,2,3\n", limits).ok());
    const ParseResult r = parse("a,b,c\n1,2,3\n1,2,3,4,5\n1,2,3\n", limits);
    EXPECT_EQ(where(r), (Where{{3, 7, "too_many_fields"}}));
    EXPECT_EQ(r.table.rows.size(), 1) << "parsing stops";
}

TEST(CsvWrite, QuotesOnlyWhenNeeded)
{
    const QByteArray out = ed::csv::write({u"ma"_s, u"ten"_s}, {{u"01"_s, u"Hà Nội, Việt Nam"_s},
                                                                {u"02"_s, u"nói \"chào\""_s},
                                                                {u"03"_s, u"hai\ndòng"_s},
                                                                {u" 04"_s, u"cuối "_s},
                                                                {u"05"_s, u"giữa có cách"_s},
                                                                {QString(), u"a\rb"_s}});
    EXPECT_EQ(out, (u"ma,ten\r\n"
                    u"01,\"Hà Nội, Việt Nam\"\r\n"
                    u"02,\"nói \"\"chào\"\"\"\r\n"
                    u"03,\"hai\ndòng\"\r\n"
                    u"\" 04\",\"cuối \"\r\n"
                    u"05,giữa có cách\r\n"
                    u",\"a\rb\"\r\n"_s)
                           .toUtf8());
}

TEST(CsvWrite, BomAndLineEndOnRequest)
{
    ed::csv::WriteOptions options;
    options.bom = true;
    options.lineEnd = "\n";
    const QByteArray out = ed::csv::write({u"a"_s}, {{u"1"_s}}, options);
    EXPECT_EQ(out, QByteArray("\xEF\xBB\xBF"
                              "a\n1\n"));
    EXPECT_FALSE(ed::csv::write({u"a"_s}, {}).startsWith("\xEF\xBB\xBF"));
}

TEST(CsvWrite, FormulaLikeTextIsWrittenAsIs)
{
    EXPECT_EQ(ed::csv::write({u"a"_s}, {{u"=1+2"_s}}), QByteArray("a\r\n=1+2\r\n"));
}

TEST(CsvRoundTrip, VietnameseTextSurvivesWriteThenParse)
{
    const QStringList header{u"Mã"_s, u"Tên cơ quan"_s, u"Ghi chú"_s};
    const QList<QStringList> rows{
            {u"BC-01"_s, u"Ủy ban bầu cử tỉnh Điện Biên"_s, u"Trụ sở: số 1, đường \"7/5\""_s},
            {u"BC-02"_s, u"Ban bầu cử đại biểu Quốc hội\r\nđơn vị số 1"_s, QString()},
            {u"BC-03"_s, u" Tổ bầu cử số 12 "_s, u"Hội đồng nhân dân; xã Mường Phăng"_s},
    };
    for (const bool bom : {false, true}) {
        ed::csv::WriteOptions options;
        options.bom = bom;
        const ParseResult r = ed::csv::parse(ed::csv::write(header, rows, options));
        ASSERT_TRUE(r.ok()) << bom;
        EXPECT_EQ(r.table.header, header);
        EXPECT_EQ(r.table.rows, rows);
        EXPECT_EQ(r.table.rowLines, (QList<int>{2, 3, 5}));
    }
}

TEST(CsvRoundTrip, LoneEmptyFieldInAOneColumnTable)
{
    const QList<QStringList> rows{{u"1"_s}, {QString()}};
    const ParseResult r = ed::csv::parse(ed::csv::write({u"a"_s}, rows));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.table.rows, rows) << "an empty last row must not read as a trailing blank line";
}

TEST(CsvRoundTrip, AFieldBeginningWithUFeffKeepsIt)
{
    // Found by fuzz_csv_parse: written unquoted first in the file, the U+FEFF of a value was
    // read back as a byte order mark and dropped.
    const QString value = QChar(0xFEFF) + u"mã"_s;
    for (const bool bom : {false, true}) {
        ed::csv::WriteOptions options;
        options.bom = bom;
        const QByteArray written = ed::csv::write({value}, {{value}}, options);
        const ParseResult r = ed::csv::parse(written);
        ASSERT_TRUE(r.ok()) << bom;
        EXPECT_EQ(r.table.header, QStringList{value}) << bom;
        EXPECT_EQ(r.table.rows, QList<QStringList>{{value}}) << bom;
    }
}
