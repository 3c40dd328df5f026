#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <utility>

namespace ed::gui {

/// The shared half of our table models over value rows (engineering §3.6): a flat list of rows
/// replaced as a whole by setRows(). Subclasses add the Column enum, data() and headerData().
template <typename RowType>
class RowTableModel : public QAbstractTableModel
{
public:
    using Row = RowType;
    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces every row (a model reset).
    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        rowsReplaced();
        endResetModel();
    }

    /// The row behind a source row number; nullptr when out of range.
    [[nodiscard]] const Row* rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

protected:
    /// The row of a valid index of this model; nullptr for anything else.
    [[nodiscard]] const Row* rowFor(const QModelIndex& index) const
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return nullptr;
        return rowAt(index.row());
    }

    [[nodiscard]] const QList<Row>& rows() const { return m_rows; }

    /// Called inside the reset, after the rows changed: derived data computed once per row.
    virtual void rowsReplaced() {}

private:
    QList<Row> m_rows;
};

} // namespace ed::gui
