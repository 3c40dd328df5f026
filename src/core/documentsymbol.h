#pragma once

#include <QString>

namespace ed {

/// "Số: 508 /KH-UBND" → "508/KH-UBND"; "Số 01 -KH/BCĐ" → "01-KH/BCĐ". Drops the "Số" label and
/// its colon and every space the pre-printed blank left around the number; keeps the rest.
[[nodiscard]] QString normalizedSymbol(const QString& printed);

} // namespace ed
