#include "Translations.h"

#include "settings/SettingsTable.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace btcw {

namespace {

// Marks our translators so a second installTranslations() can find and replace them.
constexpr auto TranslatorName = "btcw-translator";

QString primaryLanguage(const QString& uiLanguage)
{
    // "de-DE", "de_DE" and "de" all mean German for our purposes.
    return uiLanguage.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

// Loads `file` from `directory` into a translator owned by `app` and installs it; false (and nothing installed) when
// it cannot be loaded.
bool installTranslator(QCoreApplication* app, const QString& file, const QString& directory)
{
    auto* translator = new QTranslator(app);
    translator->setObjectName(QLatin1String(TranslatorName));
    if (!translator->load(file, directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

QStringList shippedLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("ja")};
}

QLocale preferredUiLocale()
{
    const QString chosen = SettingsValues::read(QSettings()).text(SettingsKeys::Language);
    if (chosen.isEmpty() || chosen.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
        return QLocale::system();
    return QLocale(chosen);
}

QString languageFor(const QLocale& locale)
{
    const QStringList shipped = shippedLanguages();
    for (const QString& uiLanguage : locale.uiLanguages()) {
        const QString language = primaryLanguage(uiLanguage);
        if (language == QLatin1String("en") || language == QLatin1String("c"))
            return {};
        if (shipped.contains(language))
            return language;
    }
    return {};
}

InstalledTranslations installTranslations(const QLocale& locale)
{
    QCoreApplication* app = QCoreApplication::instance();
    Q_ASSERT_X(app, "installTranslations", "needs an application object");
    if (!app)
        return {};
    const auto earlier = app->findChildren<QTranslator*>(QLatin1String(TranslatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : earlier) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    InstalledTranslations installed;
    const QString language = languageFor(locale);
    if (!language.isEmpty() &&
        installTranslator(app, QStringLiteral("btc-worker_%1").arg(language), QStringLiteral(":/i18n"))) {
        installed.language = language;
        // Qt's own texts (command line "Usage:", dialog buttons) in the same language, when the system has them.
        installed.qtTranslations = installTranslator(app, QStringLiteral("qtbase_%1").arg(language),
                                                     QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        return installed;
    }
    // The source texts are English, but "%n server(s)" needs the plural forms only a translation can give.
    installed.englishPlurals = installTranslator(app, QStringLiteral("btc-worker_en"), QStringLiteral(":/i18n"));
    return installed;
}

} // namespace btcw
