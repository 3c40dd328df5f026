#pragma once

#include "core/agency.h"
#include "core/meeting.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QPushButton;
class QStandardItemModel;
class QTableWidget;

namespace ed::gui {

/// Edits who does what: a small table of (agency, role) with Add and Remove. The agency is typed
/// or chosen: the list is in Vietnamese order and the completion ignores accents and case
/// ("ban to chuc" finds "Ban Tổ chức Tỉnh ủy"). Shared by the meeting and task dialogs.
class AssignmentEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit AssignmentEditor(QWidget* parent = nullptr);
    ~AssignmentEditor() override;

    /// The agencies offered (every agency of the directory).
    void setAgencies(const QList<Agency>& agencies);
    void setAssignments(const QList<AgencyAssignment>& assignments);
    /// One entry per row; a row whose text names no agency gives an invalid agency id (the
    /// form's check then reports it as required).
    [[nodiscard]] QList<AgencyAssignment> assignments() const;

    /// The agency field of a row (for tests and for focusing a problem).
    [[nodiscard]] QComboBox* agencyComboBox(int row) const;
    [[nodiscard]] QComboBox* roleComboBox(int row) const;

signals:
    void changed();

private:
    void addRow(const AgencyAssignment& assignment);
    void addClicked();
    void removeClicked();
    void updateButtons();
    [[nodiscard]] AgencyId agencyNamed(const QComboBox* combo) const;

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QStandardItemModel* m_agencies;
};

} // namespace ed::gui
