#pragma once

#include "reports/reportdocument.h"

#include <QString>

namespace ed::reports {

/// The report as one self-contained HTML page (UTF-8, inline styles, the chart as an inline
/// SVG), for a quick look in a browser. The PDF is the document of record.
[[nodiscard]] QString toHtml(const ReportDocument& document);

} // namespace ed::reports
