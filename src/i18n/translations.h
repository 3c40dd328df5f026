#pragma once

#include <QString>
#include <QStringList>

namespace ed::i18n {

/// The UI languages that ship: "vi" (the default) and "en".
[[nodiscard]] QStringList availableLanguages();

/// The language saved in the settings ("ui/language"), "vi" when none is saved.
[[nodiscard]] QString savedLanguage();
void saveLanguage(const QString& language);

/// Installs our catalogue and Qt's own for `language` into the running application and sets
/// the default locale (Vietnamese collation and number formats for "vi"). Returns false when
/// the catalogue could not be loaded; English source strings then stay in place.
bool install(const QString& language);

} // namespace ed::i18n
