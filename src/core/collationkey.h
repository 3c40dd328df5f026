#pragma once

#include <QString>

namespace ed {

/// A sort key for Vietnamese text: comparing two keys as plain strings (code unit by code unit,
/// which is what SQLite's BINARY collation and PostgreSQL's "C" collation do) gives Vietnamese
/// dictionary order, so the queue sorts names in SQL on an indexed column.
///
/// Levels, as in the Vietnamese tailoring of the Unicode collation algorithm (CLDR `vi`):
/// - primary: the letters of the Vietnamese alphabet in their own order (a < ă < â < b < c < d
///   < đ < e < ê < … < o < ô < ơ < … < u < ư < …; f, j, w and z where Latin puts them), case
///   ignored; white space before punctuation, punctuation before numbers, numbers before
///   letters; a run of digits compares by its value ("2" < "10"); letters of other scripts
///   after z, by code point;
/// - secondary: the tones, compared only between texts whose letters are the same: no tone <
///   huyền < hỏi < ngã < sắc < nặng ("ma" < "mà" < "mả" < "mã" < "má" < "mạ").
/// Case is not a level: "an" and "An" have the same key (the queue then orders by number).
/// The key is ASCII; its exact form is an implementation detail (it is recomputed, never
/// parsed).
[[nodiscard]] QString collationKey(const QString& text);

} // namespace ed
