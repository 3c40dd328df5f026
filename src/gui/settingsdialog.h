#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace ed::gui {

/// The user's settings: the UI language (applied on the next start), how many days ahead
/// "due soon" looks and how many daily backups are kept. Saved in QSettings when the dialog is
/// accepted.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kDefaultDueSoonDays = 7;
    static constexpr int kMinDueSoonDays = 1;
    static constexpr int kMaxDueSoonDays = 90;
    static constexpr int kDefaultBackupsKept = 7;
    static constexpr int kMinBackupsKept = 1;
    static constexpr int kMaxBackupsKept = 365;

    explicit SettingsDialog(QWidget* parent = nullptr);
    ~SettingsDialog() override;

    /// The saved "due soon" window ("schedule/dueSoonDays"), kept within 1..90; 7 by default.
    [[nodiscard]] static int dueSoonDays();
    /// How many daily backups to keep ("backup/dailyKept"), within 1..365; 7 by default.
    [[nodiscard]] static int dailyBackupsKept();

    /// True when the accepted dialog changed the language (it applies on the next start).
    [[nodiscard]] bool languageChanged() const { return m_languageChanged; }

public slots:
    void accept() override;

private:
    void updateLanguageNote();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QString m_savedLanguage;
    bool m_languageChanged = false;
};

} // namespace ed::gui
