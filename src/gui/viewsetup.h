#pragma once

#include <initializer_list>
#include <utility>

class QAbstractItemView;
class QHeaderView;

namespace ed::gui {

/// The look every list of rows shares: whole-row single selection, one line per row at a fixed
/// height (no per-row measuring, engineering §4), elided text, alternating row colours, no
/// row numbers. Works on table and tree views.
void setUpRowView(QAbstractItemView* view);

/// Column widths in pixels as {column, width}; `stretchColumn` takes the space that is left.
void setColumnWidths(QHeaderView* header,
                     int stretchColumn,
                     std::initializer_list<std::pair<int, int>> widths);

} // namespace ed::gui
