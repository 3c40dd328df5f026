// NominationImport::check() on any bytes, against a workspace holding the demo plans (agencies,
// the award forms of 508/KH-UBND) and a small province. check() writes nothing, so every input
// meets the same database.

#include "fuzzworkspace.h"
#include "services/nominationimport.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    ed::fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace ed;
    const QByteArrayView file = fuzz::bytes(data, size);
    const auto report = services::NominationImport(fuzz::workspace()).check(file);
    fuzz::checkPreview(report, file);
    if (report->added < 0 || report->unchanged < 0
        || report->added + report->unchanged > report->rows)
        fuzz::fail("counts that do not add up");
    return 0;
}
