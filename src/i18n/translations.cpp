#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ed::i18n {

namespace {

const QString kDefaultLanguage = u"vi"_s;
const QString kSettingsKey = u"ui/language"_s;

} // namespace

QStringList availableLanguages()
{
    return {u"vi"_s, u"en"_s};
}

QString savedLanguage()
{
    // ELECTIONDESK_LANG overrides the setting: for scripts, tests and screenshots.
    const QString forced = qEnvironmentVariable("ELECTIONDESK_LANG");
    const QString language = forced.isEmpty()
                                     ? QSettings().value(kSettingsKey, kDefaultLanguage).toString()
                                     : forced;
    return availableLanguages().contains(language) ? language : kDefaultLanguage;
}

void saveLanguage(const QString& language)
{
    QSettings().setValue(kSettingsKey, language);
}

bool install(const QString& language)
{
    static QTranslator* ours = nullptr;
    static QTranslator* qtBase = nullptr;
    for (QTranslator** translator : {&ours, &qtBase}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    QLocale::setDefault(language == u"vi"_s ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                            : QLocale(QLocale::English, QLocale::UnitedKingdom));
    ours = new QTranslator(QCoreApplication::instance());
    const bool loaded = ours->load(u":/i18n/electiondesk_%1.qm"_s.arg(language));
    if (loaded)
        QCoreApplication::installTranslator(ours);
    // Qt ships no Vietnamese catalogue for its own dialogs; ours is resources/translations.
    qtBase = new QTranslator(QCoreApplication::instance());
    if (qtBase->load(u":/i18n/qtbase_%1.qm"_s.arg(language)))
        QCoreApplication::installTranslator(qtBase);
    return loaded;
}

} // namespace ed::i18n
