// AgencyImport::run() on any bytes, inside a transaction of our own that is rolled back: the
// import has no preview, and its own transaction becomes a savepoint within ours, so every
// input meets the same directory (the demo agencies).

#include "fuzzworkspace.h"
#include "services/agencyimport.h"
#include "storage/writetransaction.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    ed::fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace ed;
    const QByteArrayView file = fuzz::bytes(data, size);
    services::Workspace& workspace = fuzz::workspace();
    const storage::WriteTransaction rolledBack(workspace.database());
    if (!rolledBack.isActive())
        fuzz::fail("cannot open the transaction");
    const auto report = services::AgencyImport(workspace).run(file);
    if (!report.ok())
        fuzz::fail("run() failed on a healthy database");
    // The agencies import reports every problem of the file: there is no cap to check.
    fuzz::checkProblems(report->problems, file, report->problems.size());
    if (!report->problems.isEmpty() && report->added + report->updated + report->unchanged != 0)
        fuzz::fail("a refused file counted rows as imported");
    return 0;
}
