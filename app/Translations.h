// The interface language: chosen from the settings (ui/language) or the system locale, installed as translators.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace btcw {

// Languages compiled into the binary as :/i18n/btc-worker_<code>.qm, besides the English source texts.
QStringList shippedLanguages();

// The locale to translate for: QSettings key ui/language when it holds a code ("de"), else (empty or "system")
// the system locale.
QLocale preferredUiLocale();

// The shipped language to show for `locale`: its first UI language we ship, or empty for English (the source).
// English ahead of a shipped language wins, so "en_US:de" stays English.
QString languageFor(const QLocale& locale);

struct InstalledTranslations
{
    QString language;            // the app's language ("de"), empty for the English source texts
    bool qtTranslations = false; // Qt's own texts (qtbase_<lang>.qm) were found and installed too
    bool englishPlurals = false; // no language was: the English plural forms (btc-worker_en.qm) were installed
};

// Installs BTC Worker's and Qt's translations for `locale` on the running application (one must exist); for English,
// or a language we do not ship, the English plural forms ("1 server", "2 servers"). The translators are children of
// the application; a second call replaces those of the first.
InstalledTranslations installTranslations(const QLocale& locale);

} // namespace btcw
