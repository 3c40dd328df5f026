#pragma once

// Shared by the CSV fuzz targets: one workspace per process, opened before the first input.

#include "core/importproblem.h"
#include "services/importreport.h"
#include "services/workspace.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstdlib>

namespace ed::fuzz {

/// A temporary database holding the demo plans (agencies, the campaign of 508/KH-UBND) and a
/// small province (P, D1, C1, K1–K3) with results for K1 and K2, on a clock fixed at
/// 01/06/2021. Created on the first call, removed when the process exits normally.
services::Workspace& workspace();

/// The fuzzer's bytes as a view.
inline QByteArrayView bytes(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)};
}

/// Ends the run with a message when an invariant breaks: libFuzzer saves the input.
[[noreturn]] void fail(const char* what);

/// Every problem placed on a line of the file (or on none), at most `cap` of them.
void checkProblems(const QList<ImportProblem>& problems, QByteArrayView file, qsizetype cap);

/// What every check() of an import must give on any file: a report (the database is healthy),
/// nothing written, every problem and warning placed on the file, no negative counts.
void checkPreview(const Result<services::ImportReport>& report, QByteArrayView file);

/// Sets up Qt (Qt Sql needs a QCoreApplication) and the workspace; call from
/// LLVMFuzzerInitialize.
void initialize(int* argc, char*** argv);

} // namespace ed::fuzz
