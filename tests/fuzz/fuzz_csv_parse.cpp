// csv::parse and csv::parseCompact on any bytes, with the default limits and with small ones:
// both readers agree, and a file read without error is written back and read again unchanged.

#include "core/csv.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::fflush(stderr);
    std::abort();
}

void compare(QByteArrayView bytes, const ed::csv::Limits& limits)
{
    using namespace ed::csv;
    const ParseResult plain = parse(bytes, limits);
    const CompactParseResult compact = parseCompact(bytes, limits);
    if (plain.errors != compact.errors)
        fail("parse and parseCompact report different errors");
    if (plain.table.header != compact.table.header
        || plain.table.headerLine != compact.table.headerLine)
        fail("parse and parseCompact read different headers");
    if (plain.table.rows.size() != compact.table.rowCount())
        fail("parse and parseCompact read a different number of rows");
    for (qsizetype r = 0; r < plain.table.rows.size(); ++r) {
        const QStringList& row = plain.table.rows.at(r);
        if (plain.table.rowLines.at(r) != compact.table.line(r))
            fail("parse and parseCompact place a row on different lines");
        if (row.size() != compact.table.fieldCount(r))
            fail("parse and parseCompact read a different number of fields");
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (row.at(c) != compact.table.field(r, c))
                fail("parse and parseCompact read a field differently");
        }
    }
    for (const ParseError& e : plain.errors) {
        if (e.code.isEmpty() || e.line < 0 || e.column < 0 || (e.line == 0) != (e.column == 0))
            fail("an error placed nowhere");
    }
    if (!plain.ok())
        return;
    for (const bool bom : {false, true}) {
        const QByteArray written =
                write(plain.table.header, plain.table.rows, WriteOptions{bom, "\r\n"});
        const ParseResult again = parse(written);
        if (!again.ok())
            fail("what write() wrote cannot be read back");
        if (again.table.header != plain.table.header || again.table.rows != plain.table.rows)
            fail("a file written and read back differs");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    compare(bytes, ed::csv::Limits{});
    compare(bytes, ed::csv::Limits{256, 16, 4}); // every limit within reach of a small input
    return 0;
}
