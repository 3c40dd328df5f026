#pragma once

#include "core/result.h"
#include "core/rowstamp.h"

#include <QString>

namespace ed::i18n {

/// The sentence a user reads for an error, in the UI language: what happened and what to do.
/// `subject` (a file path, say) is put into the sentence where it helps. Both front ends use it,
/// so the GUI and the CLI say the same thing.
[[nodiscard]] QString errorMessage(const Error& error, const QString& subject = {});

/// Who changed a record and when, for a save refused with ErrorCode::Stale: "hoa changed this
/// record at 24/05/2021 08:00, after you opened it. …"
[[nodiscard]] QString staleMessage(const RowStamp& current);

/// Why a restore from `backupFile` did not happen; the current data is unchanged in every case.
/// `safetyCopy` is where the current data was to be saved first.
[[nodiscard]] QString
restoreErrorMessage(const Error& error, const QString& backupFile, const QString& safetyCopy = {});

} // namespace ed::i18n
