#pragma once

#include <QDate>
#include <QString>

namespace ed {

/// Vietnamese display conventions, independent of the machine's locale.
/// "06/02/2021"; an invalid date gives an empty string.
[[nodiscard]] QString formatDate(QDate date);
/// "1.234.567"
[[nodiscard]] QString formatCount(qint64 value);
/// Hundredths of a percent as "99,90 %" (the caller floors: see basisPoints()).
[[nodiscard]] QString formatBasisPoints(qint64 basisPoints);
/// Parses "dd/MM/yyyy" (also d/M/yyyy); invalid QDate when it is not a real date.
[[nodiscard]] QDate parseDate(const QString& text);

} // namespace ed
