#pragma once

#include <QString>

namespace ed {

/// The folded form search compares: "Phường Bến Nghé" → "phuong ben nghe", "ĐIỆN BIÊN" →
/// "dien bien". Diacritics dropped (đ/Đ mapped by hand: they do not decompose), case folded,
/// white space simplified. Stored in the *_search columns and applied to what the user types.
[[nodiscard]] QString searchKey(const QString& text);

/// Text as stored: Unicode NFC, so "ệ" typed as e + two marks compares equal to the precomposed
/// letter; surrounding white space removed.
[[nodiscard]] QString normalizedText(const QString& text);

} // namespace ed
