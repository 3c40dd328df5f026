#pragma once

#include "core/agency.h"
#include "core/letterhead.h"
#include "core/validation.h"

#include <QDate>
#include <QDialog>
#include <QList>

#include <memory>

class QStandardItemModel;

namespace Ui {
class LetterheadDialog;
}
namespace ed::services {
class LetterheadService;
}

namespace ed::gui {

/// The letterhead of one report: issuer, number, place and date, title, signature and
/// recipients. Choosing an agency as the issuer writes its name and its parent's in capitals
/// and picks the layout for its kind (which can still be changed). The number and date lines
/// show as they will print; problems show beside their fields and OK stays disabled while there
/// are any. OK remembers the letterhead for the report (the page, the preview and the CLI print
/// with it); Cancel changes nothing.
class LetterheadDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Fills the form with `letterhead`; `issuers` are offered as issuing bodies; `today` is
    /// the day the date field offers when the letterhead leaves the date blank. `service`
    /// proposes a letterhead (Restore proposed) and remembers the one accepted.
    LetterheadDialog(ReportKind kind,
                     const Letterhead& letterhead,
                     const QList<Agency>& issuers,
                     QDate today,
                     services::LetterheadService& service,
                     QWidget* parent = nullptr);
    ~LetterheadDialog() override;

    /// The letterhead as the form states it.
    [[nodiscard]] Letterhead letterhead() const;
    void setLetterhead(const Letterhead& letterhead);
    /// Shows `problems` beside their fields and enables OK only without any.
    void showProblems(const QList<FieldProblem>& problems);

public slots:
    /// Remembers the letterhead and closes; keeps the dialog open when the service refuses.
    void accept() override;
    /// Fills the form with the letterhead proposed from the data.
    void restoreProposed();

private:
    void fillIssuers();
    void issuerChosen(int row);
    void updateFormulaNames();
    void validate();

    std::unique_ptr<Ui::LetterheadDialog> m_ui;
    ReportKind m_kind;
    QList<Agency> m_issuers;
    services::LetterheadService& m_service;
    QStandardItemModel* m_issuerModel;
    bool m_filling = false;
};

} // namespace ed::gui
