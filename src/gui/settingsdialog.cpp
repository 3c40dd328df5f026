#include "gui/settingsdialog.h"

#include "i18n/translations.h"
#include "logging/log.h"

#include "ui_settingsdialog.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace ed::gui {

namespace {

const QString kDueSoonKey = u"schedule/dueSoonDays"_s;
const QString kBackupsKeptKey = u"backup/dailyKept"_s;

/// Each language is named in itself, so a user can find theirs whatever the current language:
/// these names are deliberately not translated.
QString endonym(const QString& language)
{
    if (language == u"vi"_s)
        return u"Tiếng Việt"_s;
    if (language == u"en"_s)
        return u"English"_s;
    return language;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()),
      m_savedLanguage(i18n::savedLanguage())
{
    m_ui->setupUi(this);
    for (const QString& language : i18n::availableLanguages())
        m_ui->languageComboBox->addItem(endonym(language), language);
    m_ui->languageComboBox->setCurrentIndex(m_ui->languageComboBox->findData(m_savedLanguage));
    m_ui->dueSoonSpinBox->setRange(kMinDueSoonDays, kMaxDueSoonDays);
    m_ui->dueSoonSpinBox->setValue(dueSoonDays());
    m_ui->backupsKeptSpinBox->setRange(kMinBackupsKept, kMaxBackupsKept);
    m_ui->backupsKeptSpinBox->setValue(dailyBackupsKept());
    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::updateLanguageNote);
    updateLanguageNote();
}

SettingsDialog::~SettingsDialog() = default;

int SettingsDialog::dueSoonDays()
{
    const int days = QSettings().value(kDueSoonKey, kDefaultDueSoonDays).toInt();
    return days < kMinDueSoonDays || days > kMaxDueSoonDays ? kDefaultDueSoonDays : days;
}

int SettingsDialog::dailyBackupsKept()
{
    const int kept = QSettings().value(kBackupsKeptKey, kDefaultBackupsKept).toInt();
    return kept < kMinBackupsKept || kept > kMaxBackupsKept ? kDefaultBackupsKept : kept;
}

void SettingsDialog::accept()
{
    const QString language = m_ui->languageComboBox->currentData().toString();
    m_languageChanged = language != m_savedLanguage;
    if (m_languageChanged)
        i18n::saveLanguage(language);
    QSettings().setValue(kDueSoonKey, m_ui->dueSoonSpinBox->value());
    QSettings().setValue(kBackupsKeptKey, m_ui->backupsKeptSpinBox->value());
    log::gui()->info("settings saved: language changed {}, due soon {} days, {} daily backups kept",
                     m_languageChanged, m_ui->dueSoonSpinBox->value(),
                     m_ui->backupsKeptSpinBox->value());
    QDialog::accept();
}

void SettingsDialog::updateLanguageNote()
{
    const bool changed = m_ui->languageComboBox->currentData().toString() != m_savedLanguage;
    m_ui->languageNoteLabel->setVisible(changed);
}

} // namespace ed::gui
