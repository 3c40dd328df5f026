#pragma once

#include "core/importproblem.h"
#include "core/result.h"
#include "services/importreport.h"

#include <QDialog>
#include <QStringList>

#include <functional>
#include <optional>

class QPlainTextEdit;

namespace ed::gui {

/// What an import found in a file, already worded, for ImportProblemsDialog.
struct ImportFindings
{
    QStringList problems; ///< errors, in file order: any of them refuses the whole file
    int moreProblems = 0; ///< errors beyond those listed ("… and N more")
    QStringList warnings; ///< legal but to be explained; they never refuse the file
    int moreWarnings = 0;
    QString changes; ///< what the import would change ("12 added, 3 updated, …")
};

/// What an import found in a file, one problem per line with its line and column, in read-only
/// texts the user can select and copy (or copy whole with a button). Two uses:
/// - after an import was refused (the agencies): every problem and a Close button;
/// - as a preview before anything is written (the results): with errors only Close, since
///   nothing can be imported; without errors the warnings, what would change and an Import
///   button, which accepts the dialog and is the explicit confirmation warnings need.
class ImportProblemsDialog final : public QDialog
{
    Q_OBJECT

public:
    /// The refusal of an import that wrote nothing: every problem, sorted by line.
    ImportProblemsDialog(const QString& fileName,
                         const QList<ImportProblem>& problems,
                         QWidget* parent = nullptr);
    /// The preview of an import that has not run yet.
    ImportProblemsDialog(const QString& fileName,
                         const ImportFindings& findings,
                         QWidget* parent = nullptr);

    /// The problems as shown, one per line.
    [[nodiscard]] QString problemText() const;
    /// The warnings as shown, one per line (empty without any).
    [[nodiscard]] QString warningText() const;
    /// True when the dialog has an Import button (a preview without errors).
    [[nodiscard]] bool offersImport() const { return m_offersImport; }

private:
    void setUp(const QString& fileName, const ImportFindings& findings, bool preview);

    QPlainTextEdit* m_text;
    QPlainTextEdit* m_warnings;
    bool m_offersImport = false;
};

/// The bytes of a file the user chose to import; nothing, after telling them why, when it
/// cannot be read.
[[nodiscard]] std::optional<QByteArray>
readImportFile(QWidget* parent, const QString& title, const QString& path);

/// One pass of an import over the bytes already read: check() for the preview, run() to write.
using ImportPass = std::function<Result<services::ImportReport>()>;

/// The preview, then the import: shows what `check` finds in an ImportProblemsDialog worded by
/// `findings`; when the user confirms, runs `run` and shows a refusal found only then (the
/// database changed since the preview). Errors of either pass go to `showError`. Returns the
/// report of a run that was not refused; nothing when the user stopped or it failed.
[[nodiscard]] std::optional<services::ImportReport>
previewAndImport(QWidget* parent,
                 const QString& title,
                 const QString& fileName,
                 const ImportPass& check,
                 const ImportPass& run,
                 const std::function<ImportFindings(const services::ImportReport&)>& findings,
                 const std::function<void(const Error&)>& showError);

} // namespace ed::gui
