#include "gui/settingsdialog.h"
#include "i18n/translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using ed::gui::SettingsDialog;

namespace {

/// Every test reads and writes settings in its own folder, never the user's.
class SettingsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    }
    void TearDown() override
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }

    template <typename T>
    static T* child(const QWidget& parent, const QString& name)
    {
        auto* widget = parent.findChild<T*>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(SettingsDialogTest, ShowsTheSavedLanguageAndSevenDaysByDefault)
{
    SettingsDialog dialog;
    auto* language = child<QComboBox>(dialog, u"languageComboBox"_s);
    auto* dueSoon = child<QSpinBox>(dialog, u"dueSoonSpinBox"_s);
    auto* note = child<QLabel>(dialog, u"languageNoteLabel"_s);
    ASSERT_TRUE(language && dueSoon && note);

    EXPECT_EQ(language->count(), ed::i18n::availableLanguages().size());
    EXPECT_EQ(language->currentData().toString(), ed::i18n::savedLanguage());
    EXPECT_EQ(dueSoon->value(), 7);
    EXPECT_EQ(dueSoon->minimum(), 1);
    EXPECT_EQ(dueSoon->maximum(), 90);
    EXPECT_EQ(SettingsDialog::dueSoonDays(), 7);
    EXPECT_TRUE(note->isHidden());
}

TEST_F(SettingsDialogTest, AcceptingSavesTheWindowAndTheLanguageForTheNextStart)
{
    const QString before = ed::i18n::savedLanguage();
    const QString other = before == u"vi"_s ? u"en"_s : u"vi"_s;
    SettingsDialog dialog;
    auto* language = child<QComboBox>(dialog, u"languageComboBox"_s);
    auto* dueSoon = child<QSpinBox>(dialog, u"dueSoonSpinBox"_s);
    auto* note = child<QLabel>(dialog, u"languageNoteLabel"_s);
    auto* buttons = child<QDialogButtonBox>(dialog, u"buttonBox"_s);
    ASSERT_TRUE(language && dueSoon && note && buttons);

    language->setCurrentIndex(language->findData(other));
    EXPECT_FALSE(note->isHidden()); // says the language applies on the next start
    dueSoon->setValue(14);
    buttons->button(QDialogButtonBox::Ok)->click();

    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.languageChanged());
    EXPECT_EQ(ed::i18n::savedLanguage(), other);
    EXPECT_EQ(QSettings().value(u"schedule/dueSoonDays"_s).toInt(), 14);
    EXPECT_EQ(SettingsDialog::dueSoonDays(), 14);
}

TEST_F(SettingsDialogTest, CancellingSavesNothing)
{
    SettingsDialog dialog;
    auto* dueSoon = child<QSpinBox>(dialog, u"dueSoonSpinBox"_s);
    auto* buttons = child<QDialogButtonBox>(dialog, u"buttonBox"_s);
    ASSERT_TRUE(dueSoon && buttons);

    dueSoon->setValue(30);
    buttons->button(QDialogButtonBox::Cancel)->click();

    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(QSettings().contains(u"schedule/dueSoonDays"_s));
    EXPECT_EQ(SettingsDialog::dueSoonDays(), 7);
}

TEST_F(SettingsDialogTest, AWindowOutsideOneToNinetyDaysFallsBackToSeven)
{
    QSettings().setValue(u"schedule/dueSoonDays"_s, 0);
    EXPECT_EQ(SettingsDialog::dueSoonDays(), 7);
    QSettings().setValue(u"schedule/dueSoonDays"_s, 91);
    EXPECT_EQ(SettingsDialog::dueSoonDays(), 7);
    QSettings().setValue(u"schedule/dueSoonDays"_s, 90);
    EXPECT_EQ(SettingsDialog::dueSoonDays(), 90);
}

TEST_F(SettingsDialogTest, DailyBackupsKeptIsSavedAndKeptInRange)
{
    EXPECT_EQ(SettingsDialog::dailyBackupsKept(), 7);
    SettingsDialog dialog;
    auto* kept = child<QSpinBox>(dialog, u"backupsKeptSpinBox"_s);
    auto* buttons = child<QDialogButtonBox>(dialog, u"buttonBox"_s);
    ASSERT_TRUE(kept && buttons);
    EXPECT_EQ(kept->value(), 7);
    EXPECT_EQ(kept->minimum(), 1);
    kept->setValue(30);
    buttons->button(QDialogButtonBox::Ok)->click();
    EXPECT_EQ(QSettings().value(u"backup/dailyKept"_s).toInt(), 30);
    EXPECT_EQ(SettingsDialog::dailyBackupsKept(), 30);
    QSettings().setValue(u"backup/dailyKept"_s, 0);
    EXPECT_EQ(SettingsDialog::dailyBackupsKept(), 7);
}
