#pragma once

#include "core/result.h"
#include "core/rowstamp.h"

class QWidget;

namespace ed::gui {

/// A save refused because someone else changed the record after it was read (ErrorCode::Stale):
/// says who and when (`current`, the record's stamp now, when it could be read) and offers to
/// reload. True when the user chose to reload, dropping the edit; false to keep editing (to
/// copy their text, say).
[[nodiscard]] bool
offerReload(QWidget* parent, const QString& title, const Result<RowStamp>& current);

} // namespace ed::gui
