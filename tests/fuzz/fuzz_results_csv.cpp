// The results (ballots) file of ResultsImport: check() on any bytes, against a workspace holding
// the demo plans and a small province. check() writes nothing, so every input meets the same
// database.

#include "fuzzworkspace.h"
#include "services/resultsimport.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    ed::fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace ed;
    const QByteArrayView file = fuzz::bytes(data, size);
    const auto report =
            services::ResultsImport(fuzz::workspace(), services::ResultsFile::Ballots).check(file);
    fuzz::checkPreview(report, file);
    return 0;
}
